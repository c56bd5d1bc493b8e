/**
 * Pieces of regular expressions the checks share. JavaScript's \b and \w see
 * only ASCII letters, so a word in Belarusian or Russian is bounded with
 * Unicode letter classes instead.
 */

/** A string matched literally inside a pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pattern source: no letter, digit or underscore just before (the start of a word, in any script). */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
/** Pattern source: no letter, digit or underscore just after (the end of a word, in any script). */
export const WORD_END = '(?![\\p{L}\\p{N}_])';
