/**
 * The MDX reader that the validator, the tests and the article pages share
 * (src/articles/body.ts), the citation numbering it gives the
 * pages, the computed-share figure, and the sealed numbering that fails the
 * build rather than print a mark without an entry.
 */
import { describe, expect, it } from 'vitest';
import { citationOrder, parseBody, proseText, splitFrontmatter, stripInlineMarkdown, countWords } from '../../../src/articles/body.ts';
import { quotationsInBlock } from '../../../src/data/validate/articles.ts';
import { ratioFigure, RatioError } from '../../../src/articles/ratio.ts';
import { componentText } from '../../../src/articles/text.ts';
import { SealedCitations } from '../../../src/components/mdx/context.ts';
import { resolveKey, realArticles } from './helpers.ts';

describe('splitFrontmatter', () => {
  it('separates the YAML and says on which line of the file the body starts', () => {
    const s = splitFrontmatter('---\ntitle: A?\nsources: []\n---\nimport x from "y";\n\nText.\n');
    expect(s.yaml).toBe('title: A?\nsources: []');
    expect(s.bodyLine).toBe(5);
    expect(s.body.startsWith('import x')).toBe(true);
  });

  it('copes with a byte-order mark and with no frontmatter at all', () => {
    expect(splitFrontmatter('\uFEFF---\na: 1\n---\nx').yaml).toBe('a: 1');
    expect(splitFrontmatter('Just text').yaml).toBeUndefined();
  });
});

describe('parseBody', () => {
  const body = [
    "import { Figure, Cite } from '../../src/components/mdx/index.ts';", // line 10
    '',
    '## A heading',
    'A paragraph with <Figure of="2025.final.turnout" /> and',
    'a second line.<Cite id="shine_0203" />',
    '',
    '- item one <Cite id="a_b" />',
    '- item two',
    '  continued',
    '',
    '> a quotation',
    '',
    '<ChartFigure id="vote-share-2025" />',
    '',
    '{/* a comment',
    'over two lines */}',
    'After the comment.',
  ].join('\n');
  const r = parseBody(body, 10);

  it('reads headings, paragraphs, list items, quotations and lone components, with file line numbers', () => {
    expect(r.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 12], ['paragraph', 13], ['list-item', 16], ['list-item', 17], ['blockquote', 20], ['component', 22], ['paragraph', 26],
    ]);
    expect(r.blocks[0]!.depth).toBe(2);
    expect(r.imports).toEqual([{ line: 10, text: "import { Figure, Cite } from '../../src/components/mdx/index.ts';" }]);
    expect(r.problems).toEqual([]);
  });

  it('finds every component tag, in order, with its attributes and line', () => {
    expect(r.tags.map((t) => [t.name, t.attrs, t.line])).toEqual([
      ['Figure', { of: '2025.final.turnout' }, 13],
      ['Cite', { id: 'shine_0203' }, 14],
      ['Cite', { id: 'a_b' }, 16],
      ['ChartFigure', { id: 'vote-share-2025' }, 22],
    ]);
  });

  it('keeps a continued list item together and drops comments from the prose', () => {
    expect(proseText(r.blocks[3]!)).toBe('item two\ncontinued');
    expect(proseText(r.blocks[6]!)).toBe('After the comment.');
  });

  it('reads attributes in single or double quotes, bare, or as expressions (reported by the validator)', () => {
    const t = parseBody(`<Figure of='2025.final.turnout' long show={"date"} />`).tags[0]!;
    expect(t.attrs).toEqual({ of: '2025.final.turnout', long: 'true', show: '"date"' });
    expect(t.expressionAttrs).toEqual(['show']);
  });

  it('reports what it cannot read instead of guessing', () => {
    expect(parseBody('Text with <span>html</span>.').problems.map((p) => p.found)).toEqual(['<span>', '</span>']);
    expect(parseBody('Text with {an.expression}.').problems.map((p) => p.found)).toEqual(['{an.expression}']);
    expect(parseBody('<Figure of="x">').problems.length).toBe(1);
  });
});

describe('stripInlineMarkdown and countWords', () => {
  it('keeps the text of links and emphasis', () => {
    expect(stripInlineMarkdown('A [link](/x/) and **bold**, *em* and _em_, `code`, \\*escaped\\*.')).toBe('A link and bold, em and em, code, *escaped*.');
  });

  it('counts words that hold a letter or a digit', () => {
    expect(countWords('86.82% of — the “vote”, [1]')).toBe(5);
  });
});

describe('quotationsInBlock', () => {
  it('pairs each quotation with the first <Cite> after it in the block', () => {
    const b = parseBody('He said “one” and “two”.<Cite id="a" /> Then “three”<Cite id="b" /> and "four".<Cite id="c" />').blocks[0]!;
    expect(quotationsInBlock(b).quotes.map((q) => [q.text, q.citeId])).toEqual([['one', 'a'], ['two', 'a'], ['three', 'b'], ['four', 'c']]);
  });

  it('reports unbalanced marks', () => {
    expect(quotationsInBlock(parseBody('A “quote without an end.').blocks[0]!).problems.length).toBe(1);
    expect(quotationsInBlock(parseBody('An end” without a start.').blocks[0]!).problems.length).toBe(1);
  });
});

describe('citationOrder: the numbering of an article’s reference list', () => {
  const tags = parseBody('<Figure of="f1" /> <Cite id="c1" /> <Figure of="f2" per="f3" /> <Cite id="s1" /> <ChartFigure id="ch" />').tags;
  const figures: Record<string, string[]> = { f1: ['s1', 's2'], f2: ['s3'], f3: ['s2', 's4'] };

  it('numbers sources in order of first use: a figure’s sources, then its per figure’s, a citation’s id, a chart’s sources', () => {
    expect(citationOrder(tags, (k) => figures[k]!, () => ['s5', 's1'])).toEqual(['s1', 's2', 'c1', 's3', 's4', 's5']);
  });

  it('gives every real article a numbering that covers each <Cite> id', () => {
    for (const a of realArticles) {
      const order = citationOrder(a.body.tags, (k) => resolveKey(k).sources);
      for (const t of a.body.tags.filter((x) => x.name === 'Cite')) expect(order, a.file).toContain(t.attrs.id);
    }
  });
});

describe('SealedCitations', () => {
  it('returns the numbers fixed from the text, and fails on a source the text did not foresee', () => {
    const c = new SealedCitations('content/articles/x.mdx', ['a', 'b']);
    expect(c.add(['b', 'a'])).toEqual([2, 1]);
    expect(() => c.add(['z'])).toThrow('content/articles/x.mdx: expected every cited source to be numbered from the article\'s text, found "z"');
    expect(c.keys).toEqual(['a', 'b']);
  });
});

describe('ratioFigure: a share computed from two counts', () => {
  it('gives 1994’s second-round share from its own counts, as computed, citing both', () => {
    const f = ratioFigure(resolveKey('1994-r2.winner.votes'), resolveKey('1994-r2.took-part'), 3);
    expect(f.display).toBe('80.348%');
    expect(f.status).toBe('derived');
    expect(f.formula).toContain('1994-r2.winner.votes ÷ 1994-r2.took-part');
    expect(ratioFigure(resolveKey('1994-r2.winner.votes'), resolveKey('1994-r2.took-part')).display).toBe('80.35%');
    expect(ratioFigure(resolveKey('1994-r2.runner-up.votes'), resolveKey('1994-r2.took-part')).display).toBe('14.18%');
  });

  it('refuses a percentage or a figure with no exact value', () => {
    expect(() => ratioFigure(resolveKey('2025.final.turnout'), resolveKey('2025.final.took-part'))).toThrow(RatioError);
    expect(() => ratioFigure(resolveKey('2025.final.invalid.votes'), resolveKey('2025.final.took-part'))).toThrow(/exact count/);
  });
});

describe('componentText: what a component prints, for word counts', () => {
  const tag = (md: string) => parseBody(md).tags[0]!;
  it('prints figures as FigureValue does, dates in the house format, and nothing for citations and charts', () => {
    expect(componentText(tag('<Figure of="2025.final.lukashenka.share" />'), resolveKey)).toBe('86.82%');
    expect(componentText(tag('<Figure of="2025.final.lukashenka.share" show="date" />'), resolveKey)).toBe('3 February 2025');
    expect(componentText(tag('<Figure of="2025.final.syrankou.votes" />'), resolveKey)).toBe('189 thousand (reported, rounded)');
    expect(componentText(tag('<Figure of="2025.final.invalid.votes" />'), resolveKey)).toBe('no official figure found');
    expect(componentText(tag('<Figure of="2025.final.invalid.votes" long />'), resolveKey)).toBe('no official figure found in the sources consulted');
    expect(componentText(tag('<Figure of="2025.final.ballots-not-returned" />'), resolveKey)).toBe('639 (computed)');
    expect(componentText(tag('<Cite id="shine_0203" />'), resolveKey)).toBe('');
    expect(componentText(tag('<ChartFigure id="vote-share-2025" />'), resolveKey)).toBe('');
  });
});

describe('list items that Markdown would read as a list inside the list', () => {
  it('are reported, with the line', () => {
    const r = parseBody('- 2001. Turnout was high.\n- 2006 — turnout was higher.', 20);
    expect(r.problems).toEqual([
      { line: 20, expected: 'list item text that does not start like a list marker (Markdown reads "2001. " or "- " there as a list inside the list; write "2001: " or "2001 — ")', found: '"2001. Turnout was hi"' },
    ]);
  });
});
