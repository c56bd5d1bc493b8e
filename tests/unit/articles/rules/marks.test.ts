/**
 * Two rules on the citation marks a reader sees in a row (src/data/validate/rules/):
 *
 * - cite-for.ts: a <Cite> straight after a <Figure> that is not one of the
 *   figure's sources needs for="…", a reason (the list of official results at
 *   f4ce143 ended each line on a Wikipedia page that prints other shares than
 *   the CEC-basis figures shown, and nothing said so);
 * - repeated-mark.ts: no citation number twice in a row (`92.9%[10].[10]`).
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../../src/articles/body.ts';
import { formatProblem } from '../../../../src/data/problems.ts';
import { checkCiteFor, MIN_REASON } from '../../../../src/data/validate/rules/cite-for.ts';
import { checkRepeatedMarks } from '../../../../src/data/validate/rules/repeated-mark.ts';
import { articleSentences, blockSentences } from '../../../../src/data/validate/rules/sentences.ts';
import { ctx, fixture } from '../helpers.ts';

const sentencesOf = (md: string) => articleSentences(parseBody(md).blocks);
const citeFor = (md: string) => checkCiteFor('content/articles/x.mdx', sentencesOf(md), ctx).map(formatProblem);
const repeated = (md: string) => checkRepeatedMarks('content/articles/x.mdx', sentencesOf(md), ctx).map(formatProblem);

describe('sentences', () => {
  it('splits at a full stop before a capital, keeps a <Cite> after the stop with its sentence, and leaves initials and U.S. alone', () => {
    const b = parseBody('Rubio thanked Christopher W. Smith. The U.S. envoy spoke.<Cite id="ap_0212" /> “Calm,” he said. In 2025 it was <Figure of="2025.final.turnout" />.').blocks[0]!;
    const s = blockSentences(b);
    expect(s.map((x) => x.text)).toEqual(['Rubio thanked Christopher W. Smith.', 'The U.S. envoy spoke.', '“Calm,” he said.', 'In 2025 it was .']);
    expect(s[1]!.parts.at(-1)).toMatchObject({ name: 'Cite', attrs: { id: 'ap_0212' } });
  });

  it('numbers sentences through the article and gives each its line', () => {
    const s = sentencesOf('# Title\n\nOne. Two.\n\n- Three\n- Four, on\n  two lines. Five.');
    expect(s.map((x) => [x.n, x.line, x.text])).toEqual([[1, 3, 'One.'], [2, 3, 'Two.'], [3, 5, 'Three'], [4, 6, 'Four, on two lines.'], [5, 7, 'Five.']]);
  });
});

describe('rule: citations support what they end (cite-for.ts)', () => {
  it('fails each list item of the f4ce143 results list whose closing <Cite> is not a source of the figure before it', () => {
    const a = fixture('rules/cite-for-f4ce143.mdx');
    const lines = checkCiteFor(a.file, articleSentences(a.body.blocks), ctx).map(formatProblem);
    expect(lines.map((l) => l.split(':').slice(0, 2).join(':'))).toEqual([18, 19, 20, 21, 22, 23, 24, 25].map((n) => `content/articles/cite-for-f4ce143.mdx: line ${n}, <Cite for>`));
    expect(lines[7]).toBe(
      'content/articles/cite-for-f4ce143.mdx: line 25, <Cite for>: expected a for="…" reason of at least 10 characters saying what <Cite id="wiki_2025" /> supports in sentence 8: it follows <Figure of="2025.final.against-all.share" />, whose sources are "shine_0203", found none',
    );
  });

  it('accepts a reason, rejects an empty or token one, and asks nothing of a <Cite> that ends words or repeats no figure', () => {
    const md = (attr: string) => `Against all: <Figure of="2025.final.against-all.share" />.<Cite id="wiki_2025"${attr} />`;
    expect(citeFor(md(' for="the year and the list it belongs to"'))).toEqual([]);
    expect(citeFor(md(' for=""'))).toHaveLength(1);
    expect(citeFor(md(' for="list"'))[0]).toMatch(/found "list"$/);
    expect('x'.repeat(MIN_REASON)).toHaveLength(10);
    expect(citeFor('It was <Figure of="2025.final.against-all.share" /> on the commission’s count.<Cite id="wiki_2025" />')).toEqual([]);
    expect(citeFor('The vote was held on 26 January.<Cite id="wiki_2025" />')).toEqual([]);
  });

  it('says nothing about a <Cite> after a figure whose key is unknown (that key is the problem reported)', () => {
    expect(citeFor('It was <Figure of="2025.final.lukashenko.share" />.<Cite id="shine_0203" />')).toEqual([]);
  });

  it('treats a second <Cite> in the same run like the first', () => {
    expect(citeFor('It was <Figure of="2025.final.turnout" />.<Cite id="shine_0203" /><Cite id="wiki_2025" />')).toHaveLength(1);
  });
});

describe('rule: no repeated mark (repeated-mark.ts)', () => {
  it('fails the f4ce143 sentence that printed 92.9%[10].[10]', () => {
    const a = fixture('rules/cite-for-f4ce143.mdx');
    expect(checkRepeatedMarks(a.file, articleSentences(a.body.blocks), ctx).map(formatProblem)).toEqual([
      'content/articles/cite-for-f4ce143.mdx: line 27, repeated mark: expected each citation number once in a row in sentence 9 (drop this <Cite>: the mark is already there), found <Cite id="sb_2006" /> straight after <Figure of="2006.turnout" />, which already cites it',
    ]);
  });

  it('fails a <Cite> repeated, passes the same source cited apart', () => {
    expect(repeated('Said so.<Cite id="ap_0212" /><Cite id="ap_0212" />')).toHaveLength(1);
    expect(repeated('It was <Figure of="2006.turnout" />, the highest.<Cite id="sb_2006" />')).toEqual([]);
    expect(repeated('It was <Figure of="2006.turnout" />.<Cite id="bbc_2006" />')).toEqual([]);
  });
});
