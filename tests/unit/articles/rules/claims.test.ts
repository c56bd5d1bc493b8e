/**
 * Rule: absolutes and comparisons carry their evidence (src/data/validate/rules/claims.ts).
 *
 * The failing fixture holds the f4ce143 sentences the review found false or
 * unsupported, verbatim: "most of the voting happened before election day"
 * (item 3; early voters were about 49 % of those who took part), "more people
 * voted early than on election day" (item 4, twice; once with two rounded
 * figures, which cannot settle it), "The exception was 2020" (item 6; the
 * runner-up also beat "against all" in 1994, 2001 and 2006) and "said nothing
 * about the result" (item 7, twice; the reference found no statement, which
 * is not the same). Each carried a <Cite>, which is why the citation rule
 * passed them; a citation alone does not satisfy this rule.
 *
 * The passing fixture shows the three ways through: a comparison between two
 * exact figures, a claim quoting the reference (INDEPENDENT.md/FACTS.md), and
 * a claim quoting the source article (checked by its n-gram hashes), plus the
 * phrases the rule decides are not claims ("all five", "against all", "at all").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../../src/articles/body.ts';
import { formatProblem } from '../../../../src/data/problems.ts';
import {
  checkClaimEntries, checkClaims, findInReference, inSourceArticle, loadReferenceTexts, REFERENCE_DIR, seedWords, triggersIn,
} from '../../../../src/data/validate/rules/claims.ts';
import { articleSentences } from '../../../../src/data/validate/rules/sentences.ts';
import { normaliseWords } from '../../../fixtures/seed-ngrams/normalise.ts';
import { ctx, fixture, REPO_ROOT } from '../helpers.ts';

const REF = loadReferenceTexts(REPO_ROOT);
const sentencesOf = (md: string) => articleSentences(parseBody(md).blocks);
const words = (md: string) => triggersIn(sentencesOf(md)[0]!).map((t) => t.word.toLowerCase());
const runFixture = (name: string) => {
  const a = fixture(`rules/${name}`);
  return checkClaims(a.file, articleSentences(a.body.blocks), a.frontmatter!.claims, ctx.index, REF, ctx.sourceKeys).map(formatProblem);
};

/** SHA-256 of shared/reference/FACTS.md and INDEPENDENT.md when they were copied (dataset.json's is pinned in reference.test.ts). */
const COPIES: Record<string, string> = {
  'FACTS.md': 'b4ad21a5b34d53a7d91037f117bce0cadad1260239dca1f92ad277769c8d5eab',
  'INDEPENDENT.md': 'a1c884d96c5a2e8585fadb015edfbd4b8e44100879666b7e75ef4f3dcb5e39ef',
};

describe('the committed reference copies', () => {
  it('are byte copies of FACTS.md and INDEPENDENT.md, pinned by SHA-256, and load without problems', () => {
    for (const [name, sha] of Object.entries(COPIES)) {
      expect(createHash('sha256').update(readFileSync(join(REPO_ROOT, REFERENCE_DIR, name))).digest('hex'), name).toBe(sha);
    }
    expect(REF.problems).toEqual([]);
    expect(REF.files.map((f) => f.name)).toEqual(['FACTS.md', 'INDEPENDENT.md', 'dataset.json']);
  });

  it('normalises the source article’s words exactly as the n-gram hashes were made', () => {
    const s = 'Lukashenka’s “calmest election” — in Belarus’s history, 86.82 percent!';
    expect(seedWords(s)).toEqual(normaliseWords(s));
    expect(inSourceArticle('calmest election in Belarus’s history', REF.seedHashes)).toBe(true);
    expect(inSourceArticle('calmest election in Belarus’s entire history', REF.seedHashes)).toBe(false);
    // Thirteen words of the source article are more than the repository may keep of it.
    expect(inSourceArticle('how fundamentally Belarus and the West disagree on the outcomes of the latest election', REF.seedHashes)).toBe(false);
    expect(inSourceArticle('Belarus and the West disagree on the outcomes of the latest election', REF.seedHashes)).toBe(true);
  });

  it('finds quotes across markdown emphasis and curly quotes, with the [keys] their line names', () => {
    expect(findInReference('Belarus opened no polling stations abroad in 2025.', REF)).toEqual([{ file: 'FACTS.md', keys: ['thegaze_abroad', 'afn_2020_voters'] }]);
    expect(findInReference('divides candidate and "against all" votes by all voters who took part', REF)[0]?.file).toBe('FACTS.md');
    expect(findInReference('Belarus opened no polling stations anywhere', REF)).toEqual([]);
  });
});

describe('which words are claims', () => {
  it('reads universals and comparisons, quotations left out', () => {
    expect(words('Most of the voting happened before election day.')).toEqual(['most']);
    expect(words('In 2025 more people voted early than on election day.')).toEqual(['more people voted early than']);
    expect(words('The exception was 2020, and nobody, no one, none said “never always only”.')).toEqual(['the exception', 'nobody', 'no one', 'none']);
    expect(words('It was the highest, the lowest, a record, for the first time.')).toEqual(['highest', 'lowest', 'a record', 'for the first time']);
    expect(words('Every voter, everyone, all voters.')).toEqual(['every', 'everyone', 'all']);
  });

  it('does not read a ballot option, an idiom, an ordinal, a counted set or a reported bound as a claim', () => {
    expect(words('All five candidates, all <Figure of="2025.final.turnout" />, every one of the seven, against all, at all, after all.')).toEqual([]);
    expect(words('The first round, the first day, the first is mundane.')).toEqual([]);
    expect(words('Viasna counted more than <Figure of="timeline.pardons-dec.held" /> political prisoners.')).toEqual([]);
    expect(words('It reached <Figure of="2025.final.turnout" /> of everyone registered (of everyone entitled to vote), a share of all voters who took part.')).toEqual([]);
    expect(words('The sources record no statement; the record bears this out.')).toEqual([]);
  });
});

describe('failing fixture: the f4ce143 sentences of items 3, 4, 6 and 7, verbatim', () => {
  it('fails all seven, each with a <Cite> and none with a claim; two rounded figures do not settle a comparison', () => {
    const lines = runFixture('claims-f4ce143.mdx');
    expect(lines.map((l) => /found sentence (\d+)/.exec(l)![1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(lines[2]).toBe(
      'content/articles/claims-f4ce143.mdx: line 17, absolute or comparison: expected two exact <Figure>s for the quantities it compares (2 of its figures are rounded or not found), or an entry under claims: in the frontmatter (sentence, source, quote from the reference), found sentence 3 (“Reports of the final count put the early voters at , agai…”) with “more people voted early than”, 0 exact figures and no claim',
    );
    expect(lines[4]).toContain('found sentence 5 (“The exception was 2020.”) with “The exception” and no claim');
    expect(lines[5]).toContain('expected an entry under claims: in the frontmatter');
  });
});

describe('passing fixture', () => {
  it('passes two exact figures, a claim quoting the reference and one quoting the source article', () => {
    expect(runFixture('claims-supported.mdx')).toEqual([]);
  });
});

describe('the claims themselves are checked', () => {
  const sentences = sentencesOf('Belarus opened no polling stations abroad in 2025, so none could vote there.\n\nThe Trump administration said nothing.');
  const check = (claim: { sentence: string; source: string; quote: string }) => checkClaimEntries('content/articles/x.mdx', [claim], sentences, REF, ctx.sourceKeys).map(formatProblem);

  it('accepts a claim whose quote is in the reference under its source', () => {
    expect(check({ sentence: 'so none could vote there', source: 'thegaze_abroad', quote: 'Belarus opened no polling stations abroad in 2025' })).toEqual([]);
  });

  it('rejects a quote the reference does not contain, a source its line does not name, an unknown source, a fragment of no sentence', () => {
    expect(check({ sentence: 'so none could vote there', source: 'thegaze_abroad', quote: 'Belarus opened no polling stations anywhere' })).toEqual([
      'content/articles/x.mdx: frontmatter.claims[0].quote: expected words that occur exactly in FACTS.md, INDEPENDENT.md, dataset.json (tests/fixtures/reference/), found "Belarus opened no polling stations anywhere", which does not',
    ]);
    expect(check({ sentence: 'so none could vote there', source: 'sb_abroad_0110', quote: 'Belarus opened no polling stations abroad in 2025' })).toEqual([
      'content/articles/x.mdx: frontmatter.claims[0].source: expected a source the quoted line of the reference names ("thegaze_abroad", "afn_2020_voters"), found "sb_abroad_0110"',
    ]);
    expect(check({ sentence: 'so none could vote there', source: 'no_such_key', quote: 'Belarus opened no polling stations abroad in 2025' })[0]).toContain('frontmatter.claims[0].source: expected a source key from content/data/sources.json, found "no_such_key"');
    expect(check({ sentence: 'nobody could vote', source: 'thegaze_abroad', quote: 'Belarus opened no polling stations abroad in 2025' })[0]).toContain('frontmatter.claims[0].sentence: expected words of one sentence of the article');
  });

  it('takes source-article words only for the source article itself', () => {
    const c = { sentence: 'The Trump administration said nothing', quote: 'has not yet issued any public statements on the election results' };
    expect(check({ ...c, source: 'preiherman_edm' })).toEqual([]);
    expect(check({ ...c, source: 'rferl_blinken' })[0]).toContain('.quote: expected words that occur exactly in');
  });
});
