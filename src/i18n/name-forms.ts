/**
 * The case forms of a name or term, as a pattern: Belarusian and Russian
 * inflect names (Лукашэнка, Лукашэнкі, Лукашэнку; Анна, Анны, Анну), so a
 * check that knows a name must know its forms. A long word is matched by its
 * stem and up to four letters of ending; a short one by its form less a final
 * vowel, plus one of the usual endings (Алег, Алега; not Алена or Александр).
 */
import { escapeRegExp as escape } from '../lib/regexp.ts';

const VOWEL_END = /[аяоеэыіиуюё]$/u;
const ENDINGS = '(?:а|я|ы|і|и|у|ю|е|о|ой|ай|ою|аю|ей|ам|ом|ым|ім|ем|ах|ых|іх|их)';

/** The pattern source (no anchors) matching `word` and its case forms. */
export function caseFormsPattern(word: string): string {
  if (word.length >= 6) return `${escape(word.slice(0, -2))}\\p{L}{0,4}`;
  return VOWEL_END.test(word) ? `${escape(word.slice(0, -1))}${ENDINGS}` : `${escape(word)}${ENDINGS}?`;
}

/** A test for words that are one of `words` or a case form of one (Cyrillic words only are inflected). */
export function caseFormsOf(words: Iterable<string>): { has(word: string): boolean } {
  const exact = new Set(words);
  const cyrillic = [...exact].filter((w) => /^\p{Script=Cyrillic}/u.test(w) && w.length > 2);
  const re = cyrillic.length ? new RegExp(`^(?:${cyrillic.map(caseFormsPattern).join('|')})$`, 'u') : undefined;
  return { has: (word) => exact.has(word) || (re?.test(word) ?? false) };
}
