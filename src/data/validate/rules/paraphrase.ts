/**
 * Rule: no close paraphrase of the source article.
 *
 * The eight-word test (tests/unit/articles/prose-rules.test.ts) catches
 * copying; it misses a paraphrase that follows the source sentence by
 * sentence and swaps a synonym every few words. This rule compares meaning
 * words in order instead:
 *
 * 1. Each sentence (ours, and the source article's when its hashes were made)
 *    is reduced to its content words: NFKC, lower case, quotation marks'
 *    contents dropped (an exact, attributed quotation is allowed and checked
 *    elsewhere), digits dropped (numbers come from the data), function words
 *    and attribution words ("Preiherman argues that") dropped, each word
 *    stemmed by a light suffix stripper (stem()).
 * 2. Each stem is hashed (SHA-256, first 16 hex digits, with a fixed prefix);
 *    only the source's hash sequences are committed
 *    (tests/fixtures/seed-ngrams/sentences.json), never its text.
 * 3. An article sentence and a source sentence are a close paraphrase when
 *    the longest common subsequence of their stems (shared words in the same
 *    order) has at least MIN_SHARED stems and covers more than THRESHOLD (half)
 *    of the shorter sentence's stems. The threshold is argued in
 *    tests/unit/articles/rules/paraphrase.test.ts.
 *
 *   content/articles/x.mdx: line 12, close paraphrase: expected a sentence …
 *   in our own words and order …, found sentence 14 (“…”, 11 content words)
 *   and source sentence 34 (16) sharing 7 in the same order, more than half
 *   of the shorter
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../problems.ts';
import type { Sentence } from './sentences.ts';

export const SOURCE_SENTENCES_FILE = 'tests/fixtures/seed-ngrams/sentences.json';
/** A pair fails when the shared words are MORE than this share of the shorter sentence's content words ("most"). */
export const THRESHOLD = 0.5;
/** Fewer shared words than this is a phrase, not a sentence: never reported. */
export const MIN_SHARED = 5;

/** Function words, and the words that attribute a view (which make nothing our own). */
const STOP = new Set(`a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up upon very was we were what when where which while who whom why will with would you your yet however therefore hence thus also even still already another one ones whether though although within without across among per via us
preiherman preiherman's author analyst argue argues argued conclude concludes concluded note notes noted write writes wrote written suggest suggests suggested according view think thinks believe believes say says said see sees saw`.split(/\s+/));

/**
 * A light English stemmer, so that "agreed" = "agree" and "calls" = "calling":
 * the plural off, a final e off, then at most one common suffix, y as i, a
 * doubled final letter single. It only has to treat both sides alike.
 */
const STEMS = new Map<string, string>();

export function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  const out = stemUncached(word);
  STEMS.set(word, out);
  return out;
}

function stemUncached(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  const step = (re: RegExp, to: string) => {
    const next = w.replace(re, to);
    if (next !== w && next.length >= 3) { w = next; return true; }
    return false;
  };
  step(/ies$/, 'y') || step(/sses$/, 'ss') || step(/([^su])s$/, '$1');
  step(/e$/, '');
  const suffixes: [RegExp, string][] = [
    [/ational$/, 'ate'], [/i[sz]ation$/, 'ize'], [/fulness$/, 'ful'], [/ousness$/, 'ous'], [/ingly$/, ''], [/edly$/, ''],
    [/ments?$/, ''], [/ness$/, ''], [/ations?$/, 'at'], [/ions?$/, ''], [/ing$/, ''], [/ed$/, ''], [/ly$/, ''], [/er$/, ''], [/est$/, ''],
  ];
  for (const [re, to] of suffixes) if (step(re, to)) break;
  step(/y$/, 'i');
  return w.replace(/(.)\1$/, '$1');
}

/** The content words of a sentence, stemmed, in order. */
export function contentStems(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C"«][^\u201D"»]*[\u201D"»]/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}'\s-]+/gu, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w && /\p{L}/u.test(w) && !STOP.has(w))
    .map(stem);
}

const HASHES = new Map<string, string>();

export function stemHash(s: string): string {
  let h = HASHES.get(s);
  if (h === undefined) {
    h = createHash('sha256').update(`stem:${s}`, 'utf8').digest('hex').slice(0, 16);
    HASHES.set(s, h);
  }
  return h;
}

/**
 * Splits plain text (the source article) into sentences, the way sentences.ts
 * splits ours. Lines that do not end a sentence (the publication line, the
 * byline, the author's title) are not prose and are skipped.
 */
export function plainSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const t = para.replace(/\s+/g, ' ').trim();
    if (!t || !/[.!?]["”’)\]]*$/u.test(t)) continue;
    let start = 0;
    for (const m of t.matchAll(/[.!?]["”’)\]]*(?=\s+["“‘(\p{Lu}\p{N}]|$)/gu)) {
      const word = /([\p{L}.]+)$/u.exec(t.slice(0, m.index!))?.[1]?.toLowerCase() ?? '';
      if (m[0].startsWith('.') && (/^\p{L}$/u.test(word) || ['u.s', 'e.g', 'i.e', 'mr', 'dr', 'st'].includes(word))) continue;
      const end = m.index! + m[0].length;
      out.push(t.slice(start, end).trim());
      start = end;
    }
    if (start < t.length) out.push(t.slice(start).trim());
  }
  return out.filter(Boolean);
}

export interface SourceSentence {
  /** 1-based number of the sentence in the source article's prose (byline and title lines skipped). */
  n: number;
  /** stemHash() of each content word, in order. */
  stems: string[];
}

/** Length of the longest common subsequence. */
export function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = tmp;
    }
  }
  return row[b.length]!;
}

export interface ParaphraseMatch { shared: number; ours: number; theirs: number; source: number }

/** The source sentence our sentence follows most closely, if it crosses the threshold. */
export function closestParaphrase(text: string, source: readonly SourceSentence[]): ParaphraseMatch | undefined {
  const ours = contentStems(text).map(stemHash);
  const mine = new Set(ours);
  let best: ParaphraseMatch | undefined;
  for (const s of source) {
    const shorter = Math.min(ours.length, s.stems.length);
    if (shorter < MIN_SHARED) continue;
    // The common subsequence is never longer than the shared words: skip pairs that cannot reach the bar.
    let common = 0;
    for (const h of s.stems) if (mine.has(h)) common++;
    if (common < MIN_SHARED || common * 2 <= shorter) continue;
    const shared = lcs(ours, s.stems);
    if (shared < MIN_SHARED || shared / shorter <= THRESHOLD) continue;
    if (!best || shared / shorter > best.shared / Math.min(best.ours, best.theirs)) best = { shared, ours: ours.length, theirs: s.stems.length, source: s.n };
  }
  return best;
}

/** Reads the committed hashes; a missing or broken file is a problem, not a crash. */
export function loadSourceSentences(root: string): { sentences: SourceSentence[]; problems: Problem[] } {
  const path = join(root, SOURCE_SENTENCES_FILE);
  if (!existsSync(path)) return { sentences: [], problems: [{ file: SOURCE_SENTENCES_FILE, path: '', expected: 'the hashed sentences of the source article (npx node tests/fixtures/seed-ngrams/generate-sentences.ts <seed .txt>)', found: 'no file' }] };
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { sentences: SourceSentence[] };
    if (!Array.isArray(data.sentences) || !data.sentences.every((s) => Number.isInteger(s.n) && Array.isArray(s.stems))) throw new Error('shape');
    return { sentences: data.sentences, problems: [] };
  } catch {
    return { sentences: [], problems: [{ file: SOURCE_SENTENCES_FILE, path: 'sentences', expected: 'a list of { n, stems: [hash, …] }', found: 'something else' }] };
  }
}

export function checkParaphrase(file: string, sentences: readonly Sentence[], source: readonly SourceSentence[]): Problem[] {
  const out: Problem[] = [];
  for (const s of sentences) {
    const m = closestParaphrase(s.text, source);
    if (!m) continue;
    out.push({
      file,
      path: `line ${s.line}, close paraphrase`,
      expected: 'a sentence written from the facts in our own words and order (attribute the author’s views to him, and quote his exact words if they matter)',
      found: `sentence ${s.n} (“${s.text.length > 60 ? `${s.text.slice(0, 57)}…` : s.text}”, ${m.ours} content words) and source sentence ${m.source} (${m.theirs}) sharing ${m.shared} in the same order, more than half of the shorter`,
    });
  }
  return out;
}
