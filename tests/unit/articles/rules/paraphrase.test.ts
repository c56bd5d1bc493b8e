/**
 * Rule: no close paraphrase of the source article (src/data/validate/rules/paraphrase.ts).
 *
 * Method. Each sentence is reduced to its stemmed content words (function
 * words, attribution words such as "Preiherman argues", digits and quoted
 * words left out); the source article's sentences are committed only as the
 * hashes of those stems (tests/fixtures/seed-ngrams/sentences.json). A pair
 * fails when the longest common subsequence of stems (shared words, same
 * order) has at least MIN_SHARED = 5 words and is more than half of the
 * shorter sentence.
 *
 * Why these numbers, measured on the six articles as they stood at f4ce143
 * (256 sentences against the source's 42):
 * - "More than half" is the issue's own word, "most", taken literally. It
 *   flags both example sentences of the review (5 of 7 and 7 of 11 stems),
 *   every one of the three sections of belarus-and-the-west.mdx it named
 *   ("A quiet election", "The American exception", "What Minsk wants"), the
 *   passages of recognition-and-reactions.mdx and "The officials' verdict" of
 *   how-the-vote-was-run.mdx, and one sentence of result-at-a-glance.mdx
 *   listing the joint statement's signatories in the source's order. It flags
 *   nothing in candidates.mdx or thirty-years-of-elections.mdx, which the
 *   review found written in their own words: their closest pairs share four
 *   words (4 of 7, "the Central Election Commission (CEC) registered…"; 4 of
 *   8, "Belarus has held seven presidential elections…"), names and plain
 *   facts anyone would state, and fall below MIN_SHARED.
 * - A threshold of 0.6 missed "What Minsk wants" entirely (its closest pair
 *   is 5 of 9); 0.45 would flag sentences that only share a date and a name.
 * - MIN_SHARED = 5: a short sentence ("Minsk says no.") shares three or four
 *   words with something by chance; five words in the same order is a
 *   structure, not a coincidence.
 * - Stems, not words: swapping "agreed to free" for "agreeing to release"
 *   should not escape; synonyms do escape (the rule cannot know that "argue
 *   with" is "disagree with"), which is why the ratio is taken against the
 *   shorter sentence and names count: a sentence that keeps the source's names
 *   and key verbs in order reads as the source's, whatever words join them.
 * - Quoted words are left out on both sides: an exact, attributed quotation
 *   is allowed (and checked against the n-gram hashes elsewhere); the words
 *   around it are what must be ours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/data/problems.ts';
import {
  checkParaphrase, closestParaphrase, contentStems, lcs, loadSourceSentences, MIN_SHARED, plainSentences, SOURCE_SENTENCES_FILE, stem, THRESHOLD,
} from '../../../../src/data/validate/rules/paraphrase.ts';
import { articleSentences } from '../../../../src/data/validate/rules/sentences.ts';
import { fixture, REPO_ROOT } from '../helpers.ts';

const { sentences: SOURCE, problems } = loadSourceSentences(REPO_ROOT);
const run = (name: string) => {
  const a = fixture(`rules/${name}`);
  return checkParaphrase(a.file, articleSentences(a.body.blocks), SOURCE).map(formatProblem);
};

describe('the committed source sentences', () => {
  it('are hashes only: 42 sentences, each a list of 16-hex-digit stem hashes, no word of text', () => {
    expect(problems).toEqual([]);
    expect(SOURCE).toHaveLength(42);
    const raw = readFileSync(join(REPO_ROOT, SOURCE_SENTENCES_FILE), 'utf8');
    for (const s of SOURCE) for (const h of s.stems) expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(raw).not.toMatch(/Kubrakou|Minsk|election/i);
  });
});

describe('the pieces', () => {
  it('stems inflections together', () => {
    expect(stem('agreed')).toBe(stem('agree'));
    expect(stem('releases')).toBe(stem('released'));
    expect(stem('calling')).toBe(stem('called'));
    expect(stem('governments')).toBe(stem('government'));
  });

  it('keeps content words in order, without function words, attribution, digits or quotations', () => {
    expect(contentStems('Preiherman argues that Minsk agreed, on 26 January, to “free her” in exchange for silence.')).toEqual(['minsk', stem('agreed'), stem('january'), stem('exchange'), stem('silence')]);
  });

  it('splits plain text into sentences, skipping lines that end none (bylines)', () => {
    expect(plainSentences('Originally published\n\nOne U.S. citizen. Two “quoted.” Three.\n\nDirector, X')).toEqual(['One U.S. citizen.', 'Two “quoted.”', 'Three.']);
  });

  it('measures order: the longest common subsequence', () => {
    expect(lcs(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3);
    expect(lcs([], ['a'])).toBe(0);
    expect(THRESHOLD).toBe(0.5);
    expect(MIN_SHARED).toBe(5);
  });
});

describe('failing fixtures: the review’s examples and the f4ce143 sections, verbatim', () => {
  it('flags both example sentences of the review', () => {
    const kubrakou = closestParaphrase('He finds it hard to argue with the interior minister, Ivan Kubrakou, who called it the “calmest election in Belarus’s history”.', SOURCE);
    expect(kubrakou).toMatchObject({ shared: 5, ours: 7, source: 10 });
    const silence = closestParaphrase('Putting the two together, Preiherman concludes that Minsk probably agreed to free her in exchange for Washington’s silence on the vote.', SOURCE);
    expect(silence).toMatchObject({ shared: 7, ours: 11, source: 34 });
  });

  it('fails each of "A quiet election", "The American exception" and "What Minsk wants" as they were at f4ce143, naming both sentence numbers', () => {
    const lines = run('paraphrase-f4ce143.mdx');
    expect(lines.map((l) => /found sentence (\d+) .* source sentence (\d+) /.exec(l)!.slice(1).join('~'))).toEqual(['3~10', '13~26', '14~27', '17~34', '19~36']);
    expect(lines[0]).toBe(
      'content/articles/paraphrase-f4ce143.mdx: line 17, close paraphrase: expected a sentence written from the facts in our own words and order (attribute the author’s views to him, and quote his exact words if they matter), found sentence 3 (“He finds it hard to argue with the interior minister, Iva…”, 7 content words) and source sentence 10 (9) sharing 5 in the same order, more than half of the shorter',
    );
    // One per section: line 17 is "A quiet election", 25–27 "The American exception", 31 "What Minsk wants".
    expect(new Set(lines.map((l) => Number(/line (\d+)/.exec(l)![1])))).toEqual(new Set([17, 25, 27, 31]));
  });
});

describe('passing fixture', () => {
  it('passes the same facts written in our own words and order', () => {
    expect(run('paraphrase-own-words.mdx')).toEqual([]);
  });
});
