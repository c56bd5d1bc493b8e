/**
 * The rules for the Belarusian and Russian text in content/data, run by
 * `npm run validate` after the schemas and cross-file checks:
 *
 * - every English free-text field listed in `TRANSLATED_FIELDS` has its
 *   `…Be` and `…Ru` version beside it (a list has lists of the same length);
 * - each version has exactly the English `{{figure.key}}` placeholders, so a
 *   figure is never dropped, added or typed by hand in one edition;
 * - Belarusian text (and every Belarusian name form: regions, people,
 *   candidates) has none of the letters Belarusian does not use (и, щ,
 *   ъ: the sign of a Russian word or of a keyboard slip), Russian text none
 *   of Belarusian's (ў, і);
 * - neither has Latin words, except inside «…» (a source's own spelling, a
 *   work's title), the Latin names of people who have no Cyrillic form in
 *   that language in content/data/people.json, and the names in
 *   `LATIN_ALLOWED` (each with its reason).
 *
 * - a source title's `lang` agrees with its letters (Cyrillic titles are be,
 *   ru or uk, and each without the letters its language does not use).
 *
 * Each problem names the file, the record and the field.
 */
import type { Dataset, DataFileName } from '../schemas/index.ts';
import { DATA_FILES } from '../schemas/index.ts';
import { formatPath, type Problem } from '../data/problems.ts';
import { TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from './locales.ts';

/** The English free-text fields that carry Belarusian and Russian versions, by data file. */
export const TRANSLATED_FIELDS: Partial<Record<DataFileName, readonly string[]>> = {
  timeline: ['text', 'note'],
  elections: ['note', 'reason'],
  results2025: ['note', 'announcedBy'],
  turnout2025: ['note', 'measure', 'label', 'shortLabel', 'notFound'],
  regions2020: ['note'],
  candidates: ['role', 'party', 'nomination', 'place', 'conflictNote', 'beNote'],
  people: ['role'],
  evidence: ['title', 'producerName', 'measured', 'method', 'sample', 'limitations', 'summary', 'note', 'of'],
  changelog: ['title', 'change', 'reason'],
  corrections: ['why'],
  sources: ['note', 'dateNote'],
};

/** Latin names that stay Latin in Belarusian and Russian text, with why. */
export const LATIN_ALLOWED: readonly { words: string; reason: string }[] = [
  { words: 'Prensa Latina', reason: 'a news agency whose name is not transliterated by Belarusian or Russian outlets' },
  { words: 'Mehr News', reason: 'a news agency, named as it names itself' },
  { words: 'Chatham House', reason: 'a think tank whose Latin name Belarusian and Russian outlets keep' },
  { words: 'BYPOL', reason: 'an initiative of former security officers that names itself in Latin letters, as Belarusian and Russian outlets write it' },
  { words: 'EPDE', reason: 'the acronym of the European Platform for Democratic Elections, as the network writes it in every language' },
  { words: 'DW', reason: 'Deutsche Welle’s own short name, which its Belarusian and Russian services use' },
];

const LANGUAGE: Record<TranslatedLocale, string> = { be: 'Belarusian', ru: 'Russian' };
const SUFFIX: Record<TranslatedLocale, 'Be' | 'Ru'> = { be: 'Be', ru: 'Ru' };

/** Letters that do not belong to the language, with what to say about them. */
const FOREIGN_LETTERS: Record<TranslatedLocale, { re: RegExp; say: string }> = {
  be: { re: /[иИщЩъЪ]/g, say: 'no и, щ or ъ (letters Belarusian does not use)' },
  ru: { re: /[ўЎіІ]/g, say: 'no ў or і (Belarusian letters)' },
};

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/** Latin words outside «…», {{…}} and the allowed names. */
export function strayLatin(text: string, allowed: ReadonlySet<string>): string[] {
  const bare = text.replace(/«[^»]*»/g, ' ').replace(/\{\{[^}]*\}\}/g, ' ');
  const words = bare.match(/[A-Za-zÀ-ÖØ-öø-ɏ]+/g) ?? [];
  return words.filter((w) => !allowed.has(w));
}

function allowedLatin(ds: Dataset, locale: TranslatedLocale): Set<string> {
  const out = new Set<string>();
  for (const a of LATIN_ALLOWED) for (const w of a.words.split(/\s+/)) out.add(w);
  for (const p of ds.people) if (!p[locale]) for (const w of p.name.form.match(/[\p{L}]+/gu) ?? []) out.add(w);
  return out;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (keys: string[]) => (keys.length ? keys.map((k) => `{{${k}}}`).join(', ') : 'none');

export function checkTranslations(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const allowed = { be: allowedLatin(ds, 'be'), ru: allowedLatin(ds, 'ru') };
  for (const [name, fields] of Object.entries(TRANSLATED_FIELDS) as [DataFileName, readonly string[]][]) {
    const file = `content/data/${DATA_FILES[name].file}`;
    const root: unknown = ds[name];
    const checkText = (en: string, value: unknown, locale: TranslatedLocale, path: PropertyKey[]) => {
      const at = formatPath(path, root);
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push({ file, path: at, expected: `the ${LANGUAGE[locale]} version of the English beside it`, found: value === undefined ? 'nothing (the field is missing)' : JSON.stringify(value) });
        return;
      }
      const want = placeholders(en);
      const got = placeholders(value);
      if (!sameSet(want, got)) problems.push({ file, path: at, expected: `the English text's figure placeholders (${list(want)})`, found: list(got) });
      // A form quoted in the other language («Анатолеўна» in a Russian note) keeps its letters.
      const bad = [...new Set(value.replace(/«[^»]*»/g, ' ').match(FOREIGN_LETTERS[locale].re) ?? [])];
      if (bad.length) problems.push({ file, path: at, expected: `${LANGUAGE[locale]} letters only: ${FOREIGN_LETTERS[locale].say}`, found: bad.map((c) => `"${c}"`).join(', ') });
      const latin = [...new Set(strayLatin(value, allowed[locale]))];
      if (latin.length) problems.push({ file, path: at, expected: `${LANGUAGE[locale]} words only: Latin only inside «…», in the name of a person with no ${LANGUAGE[locale]} form in people.json, or in src/i18n/data-text.ts LATIN_ALLOWED`, found: latin.map((w) => `"${w}"`).join(', ') });
    };
    const walk = (node: unknown, path: PropertyKey[]) => {
      if (Array.isArray(node)) { node.forEach((x, i) => walk(x, [...path, i])); return; }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(o)) {
        // A reported-rounded figure's `text` is the figure as its source wrote it, not our prose.
        const isText = fields.includes(key) && !(key === 'text' && 'status' in o);
        if (isText && typeof value === 'string') {
          for (const l of TRANSLATED_LOCALES) checkText(value, o[key + SUFFIX[l]], l, [...path, key + SUFFIX[l]]);
        } else if (isText && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
          for (const l of TRANSLATED_LOCALES) {
            const tr = o[key + SUFFIX[l]];
            const at = [...path, key + SUFFIX[l]];
            if (!Array.isArray(tr) || tr.length !== value.length) {
              problems.push({ file, path: formatPath(at, root), expected: `a list of ${value.length} ${LANGUAGE[l]} versions, one for each English item of ${key}`, found: Array.isArray(tr) ? `${tr.length}` : 'nothing (the field is missing)' });
              continue;
            }
            value.forEach((en, i) => checkText(en as string, tr[i], l, [...at, i]));
          }
        } else if (!key.endsWith('Be') && !key.endsWith('Ru')) {
          walk(value, [...path, key]);
        }
      }
    };
    walk(root, []);
  }
  // Names in Cyrillic: the language's own letters.
  const letters = (file: string, path: string, value: string | undefined, l: TranslatedLocale) => {
    const bad = [...new Set(value?.match(FOREIGN_LETTERS[l].re) ?? [])];
    if (bad.length) problems.push({ file, path, expected: `${LANGUAGE[l]} letters only: ${FOREIGN_LETTERS[l].say}`, found: bad.map((c) => `"${c}"`).join(', ') });
  };
  for (const r of ds.regions) {
    const at = (f: string) => `[${r.id}].${f}`;
    for (const [l, sfx] of [['be', 'Be'], ['ru', 'Ru']] as const) {
      letters('content/data/regions.json', at(`name${sfx}`), r[`name${sfx}`], l);
      letters('content/data/regions.json', at(`shortName${sfx}`), r[`shortName${sfx}`], l);
      for (const c of ['genitive', 'locative'] as const) letters('content/data/regions.json', at(`cases${sfx}.${c}`), r[`cases${sfx}`][c], l);
    }
  }
  // A source title's lang agrees with its script and letters.
  for (const s of ds.sources) {
    const why = titleLangProblem(s.title, s.lang);
    if (why) problems.push({ file: 'content/data/sources.json', path: `[${s.key}].lang`, expected: why, found: JSON.stringify(s.lang) });
  }
  for (const p of ds.people) for (const l of TRANSLATED_LOCALES) letters('content/data/people.json', `[${p.id}].${l}.form`, p[l]?.form, l);
  for (const c of ds.candidates) for (const l of TRANSLATED_LOCALES) letters('content/data/candidates.json', `[${c.id}].otherNames.${l}`, c.otherNames[l], l);
  return problems;
}

/** Why a title cannot be in `lang`, judged by its letters; undefined when it can. */
function titleLangProblem(title: string, lang: string): string | undefined {
  const text = title;
  const cyrillic = /[\u0400-\u04ff]/.test(text);
  const han = /[\u4e00-\u9fff]/.test(text);
  if (lang === 'zh') return han ? undefined : 'a language written in Latin or Cyrillic letters (the title has no Chinese characters)';
  if (han) return '"zh" (the title is in Chinese characters)';
  const cyrLangs = ['be', 'ru', 'uk'];
  if (cyrillic && !cyrLangs.includes(lang)) return 'be, ru or uk (the title is in Cyrillic)';
  if (!cyrillic && cyrLangs.includes(lang)) return `a language written in Latin letters (the title has no Cyrillic)${lang === 'be' ? ': be-Latn for Łacinka' : ''}`;
  if (lang === 'be' && /[иИщЩъЪїЇєЄ]/.test(text)) return 'ru or uk (the title has и, щ, ъ, ї or є, which Belarusian does not use)';
  if (lang === 'ru' && /[ўЎіІїЇєЄ]/.test(text)) return 'be or uk (the title has ў, і, ї or є, which Russian does not use)';
  if (lang === 'uk' && /[ўЎыЫэЭъЪёЁ]/.test(text)) return 'be or ru (the title has ў, ы, э, ъ or ё, which Ukrainian does not use)';
  return undefined;
}

const FIELD_SUFFIX: Record<Locale, string> = { en: '', be: 'Be', ru: 'Ru' };

/**
 * A free-text field of a data record in an edition: `text` in English,
 * `textBe` in Belarusian, `textRu` in Russian. `npm run validate` makes sure
 * each translated field listed in TRANSLATED_FIELDS has its versions; a
 * missing one here is a field that list does not name.
 */
export function localText<R extends object>(locale: Locale, record: R, field: keyof R & string): string {
  const key = `${field}${FIELD_SUFFIX[locale]}`;
  const value = (record as Record<string, unknown>)[key];
  if (typeof value !== 'string') {
    throw new Error(`no ${locale} text for "${field}" (expected a field "${key}" beside it; list the field in TRANSLATED_FIELDS in src/i18n/data-text.ts)`);
  }
  return value;
}

/** A list field in an edition (`notFound`, `notFoundBe`, `notFoundRu`). */
export function localList<R extends object>(locale: Locale, record: R, field: keyof R & string): string[] {
  const key = `${field}${FIELD_SUFFIX[locale]}`;
  const value = (record as Record<string, unknown>)[key];
  if (!Array.isArray(value)) throw new Error(`no ${locale} list for "${field}" (expected a field "${key}" beside it)`);
  return value as string[];
}
