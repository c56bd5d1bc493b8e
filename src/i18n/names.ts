/**
 * Names as each edition writes them, from the data: candidates' and people's
 * Cyrillic forms (the Russian form is not the Belarusian one: Ганна
 * Канапацкая, Анна Канопацкая), regions' names, short labels and the case
 * forms a sentence needs. A person with no form in an edition keeps the
 * display form (a foreigner whose name no source gives in that script).
 */
import type { Candidate, Person, Region } from '../schemas/index.ts';
import type { Locale } from './locales.ts';

/** A patronymic, Belarusian or Russian: Рыгоравіч, Анатольеўна, Григорьевич, Анатольевна. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:віч|вич|ічна|ична|ўна|вна)$/u;

/** A Cyrillic name as running text writes it: given name and surname, the patronymic left out. */
function withoutPatronymic(form: string): string {
  const words = form.split(/\s+/);
  return words.length === 3 && PATRONYMIC.test(words[1]!) ? `${words[0]} ${words[2]}` : form;
}

/** A candidate's name in running text: the display form in English, given name and surname in be and ru. */
export function candidateName(locale: Locale, c: Pick<Candidate, 'name' | 'otherNames'>): string {
  return locale === 'en' ? c.name : withoutPatronymic(c.otherNames[locale]);
}

/** A candidate's full name as the data holds it (with the patronymic, where a source gives one). */
export function candidateFullName(locale: Locale, c: Pick<Candidate, 'name' | 'otherNames'>): string {
  return locale === 'en' ? c.name : c.otherNames[locale];
}

/** A candidate's surname as running text uses it: the last word of the edition's name. */
export function candidateShortName(locale: Locale, c: Pick<Candidate, 'name' | 'shortName' | 'otherNames'>): string {
  return locale === 'en' ? c.shortName : c.otherNames[locale].split(/\s+/).at(-1)!;
}

/** A person's name in running text in an edition (no patronymic). */
export function personName(locale: Locale, p: Pick<Person, 'name' | 'be' | 'ru'>): string {
  if (locale === 'en') return p.name.form;
  const form = p[locale]?.form;
  return form ? withoutPatronymic(form) : p.name.form;
}

/** A region's name ("Gomel Oblast", "Гомельская вобласць", "Гомельская область"). */
export function regionName(locale: Locale, r: Pick<Region, 'name' | 'nameBe' | 'nameRu'>): string {
  return locale === 'en' ? r.name : locale === 'be' ? r.nameBe : r.nameRu;
}

/** A region's short label for charts and tables. */
export function regionShortName(locale: Locale, r: Pick<Region, 'shortName' | 'shortNameBe' | 'shortNameRu'>): string {
  return locale === 'en' ? r.shortName : locale === 'be' ? r.shortNameBe : r.shortNameRu;
}

/** A region's case form in be or ru ("у Гомельскай вобласці" takes the locative). English has one form. */
export function regionCase(locale: Locale, r: Pick<Region, 'name' | 'casesBe' | 'casesRu'>, grammaticalCase: 'genitive' | 'locative'): string {
  return locale === 'en' ? r.name : (locale === 'be' ? r.casesBe : r.casesRu)[grammaticalCase];
}
