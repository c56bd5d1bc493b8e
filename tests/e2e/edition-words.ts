/**
 * Words the Belarusian and Russian pages may use that the checks of
 * tests/e2e/dist/editions.test.ts would otherwise flag: Latin words kept in
 * the text (a name that stays Latin, an acronym, a unit) and Cyrillic words
 * Debian's hunspell-be / hunspell-ru dictionaries do not know. Each entry is
 * a name in the data, a glossary term, an acronym or a unit, with its
 * reason; a standard word form the dictionary lacks is not listed (the
 * sentence that uses it is rephrased with words the dictionary knows). An
 * entry that no page of its editions uses fails the test, so the list never
 * keeps a word the site has stopped writing.
 *
 * Allowed without an entry here (the data's own lists, kept by the data's
 * tests): the Latin names of src/i18n/data-text.ts LATIN_ALLOWED and of the
 * people who have no form in the language; the words of
 * src/i18n/spelling-allowlist.ts; every word of a Belarusian or Russian
 * name form in content/data (people, regions), of the sources' publishers'
 * names (as each writes its own), and of each Belarusian or Russian source
 * title, in its own language. Text marked with another
 * `lang` (an English article title, a source's own title) is not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AllowedWord, EditionLanguage } from './harness/edition-text.ts';
import { LATIN_ALLOWED } from '../../src/i18n/data-text.ts';
import { SPELLING_ALLOWED } from '../../src/i18n/spelling-allowlist.ts';
import { caseFormsOf } from '../../src/i18n/name-forms.ts';
import { GLOSSARY_FILE } from '../../src/data/validate/translations.ts';

const LICENCE = 'part of a licence’s name, written as the licence writes it (the footer of every page)';

export const EDITION_WORDS: readonly AllowedWord[] = [
  { word: 'MIT', langs: ['be', 'ru'], kind: 'acronym', reason: `${LICENCE}: the MIT licence of the code` },
  { word: 'CC', langs: ['be', 'ru'], kind: 'acronym', reason: `${LICENCE}: Creative Commons, CC BY 4.0, of the text and data` },
  { word: 'BY', langs: ['be', 'ru'], kind: 'acronym', reason: `${LICENCE}: CC BY 4.0 (“attribution”)` },
  { word: 'Creative', langs: ['be', 'ru'], kind: 'name', reason: `${LICENCE}: Creative Commons, on the data page` },
  { word: 'Commons', langs: ['be', 'ru'], kind: 'name', reason: `${LICENCE}: Creative Commons, on the data page` },
  { word: 'CSV', langs: ['be', 'ru'], kind: 'acronym', reason: 'a file format named in the chart and data pages’ downloads' },
  { word: 'JSON', langs: ['be', 'ru'], kind: 'acronym', reason: 'a file format named in the chart and data pages’ downloads' },
  { word: 'PNG', langs: ['be', 'ru'], kind: 'acronym', reason: 'an image format named in the chart pages’ downloads' },
  { word: 'SVG', langs: ['be', 'ru'], kind: 'acronym', reason: 'an image format named in the chart pages’ downloads' },
  { word: 'README', langs: ['be', 'ru'], kind: 'name', reason: 'the name of the data download’s description file, as the download names it' },
  { word: 'JavaScript', langs: ['be', 'ru'], kind: 'name', reason: 'the programming language’s name, which Belarusian and Russian write in Latin' },
  { word: 'Content', langs: ['be', 'ru'], kind: 'glossary', reason: 'part of the HTTP header name Content-Security-Policy, in the embed instructions' },
  { word: 'Security', langs: ['be', 'ru'], kind: 'glossary', reason: 'part of the HTTP header name Content-Security-Policy, in the embed instructions' },
  { word: 'Policy', langs: ['be', 'ru'], kind: 'glossary', reason: 'part of the HTTP header name Content-Security-Policy, in the embed instructions' },
  { word: 'Natural', langs: ['be', 'ru'], kind: 'name', reason: 'Natural Earth, the map data’s source, credited under every map by its own name' },
  { word: 'Earth', langs: ['be', 'ru'], kind: 'name', reason: 'Natural Earth, the map data’s source, credited under every map by its own name' },
  { word: 'Інтэрактыўная', langs: ['be'], kind: 'glossary', reason: 'інтэрактыўны (interactive), the term for a chart that answers the pointer and keys' },
  { word: 'інтэрактыўную', langs: ['be'], kind: 'glossary', reason: 'інтэрактыўны (interactive), accusative' },
  { word: 'Налады', langs: ['be'], kind: 'glossary', reason: 'налады (settings), the embed options heading' },
  { word: 'налады', langs: ['be'], kind: 'glossary', reason: 'налады (settings)' },
  { word: 'наладай', langs: ['be'], kind: 'glossary', reason: 'налада (setting), instrumental' },
  { word: 'Спампаваць', langs: ['be'], kind: 'glossary', reason: 'спампаваць (to download), the usual word in Belarusian interfaces' },
  { word: 'спампоўвання', langs: ['be'], kind: 'glossary', reason: 'спампоўванне (downloading), genitive' },
  { word: 'агрэгатар', langs: ['be'], kind: 'glossary', reason: 'агрэгатар (aggregator), a kind of source the site labels' },
  { word: 'агрэгатараў', langs: ['be'], kind: 'glossary', reason: 'агрэгатар, genitive plural' },
  { word: 'агрэгатары', langs: ['be'], kind: 'glossary', reason: 'агрэгатар, plural' },
  { word: 'пазнак', langs: ['be'], kind: 'glossary', reason: 'пазнака (label, mark), genitive plural' },
  { word: 'пазнака', langs: ['be'], kind: 'glossary', reason: 'пазнака (label, mark)' },
  { word: 'пазнакай', langs: ['be'], kind: 'glossary', reason: 'пазнака, instrumental' },
  { word: 'перадрукі', langs: ['be'], kind: 'glossary', reason: 'перадрук (reprint), plural: a kind of source the site labels' },
  { word: 'праваабарончыя', langs: ['be'], kind: 'glossary', reason: 'праваабарончы (human-rights), of the groups on the evidence page' },
  { word: 'статусы', langs: ['be'], kind: 'glossary', reason: 'статус (status) of a figure, plural' },
  { word: 'статусаў', langs: ['be'], kind: 'glossary', reason: 'статус, genitive plural' },
  { word: 'транслітаравана', langs: ['be'], kind: 'glossary', reason: 'транслітараваць (transliterate), the status of a name form' },
  { word: 'транслітараваная', langs: ['be'], kind: 'glossary', reason: 'транслітараваць, participle' },
  { word: 'ўбудавання', langs: ['be'], kind: 'glossary', reason: 'убудаванне (embedding) after a vowel, genitive' },
  { word: 'Атрыбуцыя', langs: ['be'], kind: 'glossary', reason: '«Атрыбуцыя», the Belarusian word for Attribution in the CC BY licence name' },
  { word: 'агрегатор', langs: ['ru'], kind: 'glossary', reason: 'агрегатор (aggregator), a kind of source the site labels' },
  { word: 'агрегаторов', langs: ['ru'], kind: 'glossary', reason: 'агрегатор, genitive plural' },
  { word: 'агрегаторы', langs: ['ru'], kind: 'glossary', reason: 'агрегатор, plural' },
  { word: 'латинкой', langs: ['ru'], kind: 'glossary', reason: 'латинка (Belarusian Łacinka), instrumental: one of the name forms' },
  { word: 'транслитерирована', langs: ['ru'], kind: 'glossary', reason: 'транслитерировать (transliterate), the status of a name form' },
  { word: 'транслитерировано', langs: ['ru'], kind: 'glossary', reason: 'транслитерировать, neuter' },
  { word: 'КБ', langs: ['be'], kind: 'unit', reason: 'kilobytes, the size of each download on the chart pages' },
  { word: 'пікселяў', langs: ['be'], kind: 'unit', reason: 'піксель (pixel), genitive plural: the size of each image download' },
  { word: 'п', langs: ['ru'], kind: 'unit', reason: 'п. п. (процентных пунктов), the unit of a change in percentage points' },
];

/** The words the data and the articles' glossary allow in each edition, with their case forms (not listed above, not required to be used on a page). */
export function dataWords(repoRoot: string): Record<EditionLanguage, { has(word: string): boolean }> {
  const words = dataWordSets(repoRoot);
  return { be: caseFormsOf(words.be), ru: caseFormsOf(words.ru) };
}

/**
 * On article pages, the other language's forms of people's names: an article
 * may discuss how each language writes a name (the candidates article does);
 * `npm run validate` allows them only in a sentence listed under namesDiscussed.
 */
export function articleNameWords(repoRoot: string): Record<EditionLanguage, { has(word: string): boolean }> {
  const people = JSON.parse(readFileSync(path.join(repoRoot, 'content/data/people.json'), 'utf8')) as { be?: { form: string }; ru?: { form: string } }[];
  const forms = (lang: EditionLanguage) => people.flatMap((p) => p[lang]?.form.match(/\p{L}+/gu) ?? []);
  return { be: caseFormsOf(forms('ru')), ru: caseFormsOf(forms('be')) };
}

function dataWordSets(repoRoot: string): Record<EditionLanguage, Set<string>> {
  const out: Record<EditionLanguage, Set<string>> = { be: new Set(), ru: new Set() };
  const add = (lang: EditionLanguage, text: string) => {
    for (const w of text.match(/[\p{L}’']+/gu) ?? []) out[lang].add(w);
  };
  for (const lang of ['be', 'ru'] as const) {
    for (const a of LATIN_ALLOWED) add(lang, a.words);
    for (const a of SPELLING_ALLOWED[lang]) out[lang].add(a.word);
  }
  const dir = path.join(repoRoot, 'content/data');
  const data = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown]));
  // People: the name forms of each edition; with none, the Latin name stands in the text.
  for (const p of (data['people.json'] ?? []) as { name: { form: string }; be?: { form: string }; ru?: { form: string } }[]) {
    for (const lang of ['be', 'ru'] as const) add(lang, p[lang]?.form ?? p.name.form);
  }
  // Sources: the publishers' names, as they write them (Sputnik Беларусь, Радыё Свабода), and
  // the words of a Belarusian or Russian source's title in that language only (its own spelling:
  // an unmarked Russian title on a Belarusian page is still checked against be_BY).
  for (const src of (data['sources.json'] ?? []) as { publisher?: string; title?: string; lang?: string }[]) {
    if (src.publisher) for (const lang of ['be', 'ru'] as const) add(lang, src.publisher);
    if (src.title && (src.lang === 'be' || src.lang === 'ru')) add(src.lang, src.title);
  }
  // Regions (and any record with names per edition): nameBe, shortNameRu, casesBe…
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, /^(name|shortName|cases)(Be|Ru)$/.test(k) ? k : key);
    else if (typeof v === 'string' && /(Be|Ru)$/.test(key)) add(key.endsWith('Be') ? 'be' : 'ru', v);
  };
  walk(data['regions.json'], '');
  // The articles' glossary: each edition's terms (and the full forms), and the names that stay in Latin in both.
  const glossary = JSON.parse(readFileSync(path.join(repoRoot, GLOSSARY_FILE), 'utf8')) as { terms: { be: string; ru: string; beFull?: string; ruFull?: string; latin?: boolean }[] };
  for (const t of glossary.terms) {
    add('be', `${t.be} ${t.beFull ?? ''}`);
    add('ru', `${t.ru} ${t.ruFull ?? ''}`);
  }
  return out;
}
