/**
 * The one text normalisation for quote and overlap checks, applied the same
 * way to the source article (when its n-gram hashes were generated) and to our
 * articles (in the tests): Unicode NFKC, lower case, straight quotes,
 * punctuation and symbols removed, split on white space.
 */
import { createHash } from 'node:crypto';

export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\p{P}\p{S}]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** SHA-256 (hex) of an n-gram: its normalised words joined by one space. */
export function ngramHash(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' '), 'utf8').digest('hex');
}

/** The longest quotation from the source article we allow, in words; also the largest n hashed. */
export const MAX_NGRAM = 12;
/** Our own words: this many consecutive words may not match the source article. */
export const OVERLAP_N = 8;
