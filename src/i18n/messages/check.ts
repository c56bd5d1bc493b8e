/**
 * `npm run validate` checks the message tables: every key of the English
 * table is in each edition's, of the same kind (text or sentence function),
 * and no edition has a key English lacks. TypeScript checks the same at
 * build time; this names the file and key in plain words, as the data
 * checks do.
 */
import type { Problem } from '../../data/problems.ts';
import type { TranslatedLocale } from '../locales.ts';

type Node = unknown;
const kind = (v: Node) => (typeof v === 'function' ? 'a sentence function' : typeof v === 'string' ? 'a text' : v && typeof v === 'object' ? 'a group of messages' : 'nothing');

/** Problems of one area's translation against its English table. `file` names the translation's source file. */
export function compareMessages(en: Node, tr: Node, file: string, path: string[] = []): Problem[] {
  const at = path.join('.') || '(the whole table)';
  if (kind(en) !== kind(tr)) {
    return [{ file, path: at, expected: `${kind(en)}, as in the English table`, found: tr === undefined ? 'nothing (the key is missing)' : kind(tr) }];
  }
  if (typeof en === 'function' && typeof tr === 'function' && en.length !== tr.length) {
    return [{ file, path: at, expected: `a sentence function of ${en.length} parameter(s), as in English`, found: `${tr.length}` }];
  }
  if (kind(en) !== 'a group of messages') return [];
  const e = en as Record<string, Node>;
  const t = tr as Record<string, Node>;
  const problems = Object.keys(e).flatMap((k) => compareMessages(e[k], t[k], file, [...path, k]));
  for (const k of Object.keys(t)) {
    if (!(k in e)) problems.push({ file, path: [...path, k].join('.'), expected: 'only keys the English table has', found: 'a key English lacks' });
  }
  return problems;
}

/** Every area of every translated edition against English. */
export function checkMessageTables(
  tables: Record<'en' | TranslatedLocale, Record<string, Node>>,
  fileOf: (locale: TranslatedLocale, area: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  for (const locale of ['be', 'ru'] as const) {
    for (const area of Object.keys(tables.en)) {
      problems.push(...compareMessages(tables.en[area], tables[locale][area], fileOf(locale, area)));
    }
  }
  return problems;
}
