/**
 * `npm run validate` on articles, without building: the frontmatter against
 * its schema, every <Figure of>, <Cite id> and <ChartFigure id>, imports,
 * and the prose rules it enforces. Each broken fixture must produce exactly
 * the problem lines listed, in the house form
 * `content/articles/<file>.mdx: <where>: expected …, found …`.
 */
import { describe, expect, it } from 'vitest';
import { validateArticles } from '../../../src/data/validate/article-files.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { dataset, fixture, fixtureNames, index, REPO_ROOT, validatorLines } from './helpers.ts';
import { CHART_IDS } from '../../../src/schemas/chart-ids.ts';

const NUMBERS_RULE =
  'expected every count, percentage, turnout and result date to come from <Figure of="…" /> (a year, the day of a date in a paragraph with a <Cite>, or a number listed in typedNumbers with a reason is allowed)';

/** Fixture → the exact lines the validator prints for it. */
const EXPECTED: Record<string, string[]> = {
  'title-not-a-question.mdx': [
    'content/articles/title-not-a-question.mdx: frontmatter.title: expected a title phrased as a question (ending with "?"), found "The result at a glance"',
  ],
  'updated-before-published.mdx': [
    'content/articles/updated-before-published.mdx: frontmatter.unknownField: expected no such field (unknown fields are rejected; check the spelling or the schema), found a field "unknownField"',
    'content/articles/updated-before-published.mdx: frontmatter.updated: expected an updated date on or after the published date, found "2026-11-28"',
  ],
  'description-with-figure.mdx': [
    'content/articles/description-with-figure.mdx: frontmatter.description: expected no figures (years and dates only: figures change with the data, and these are shown without a citation), found "86.82%"',
  ],
  'unknown-chart-in-frontmatter.mdx': [
    `content/articles/unknown-chart-in-frontmatter.mdx: frontmatter.charts[0]: expected one of ${CHART_IDS.map((id) => `"${id}"`).join(', ')}, found "vote-share"`,
  ],
  'unused-source-and-bad-related.mdx': [
    'content/articles/unused-source-and-bad-related.mdx: frontmatter.sources[1]: expected a source the article cites (with <Cite id> or through a <Figure>), found "bbc_2006", cited nowhere in the text',
    'content/articles/unused-source-and-bad-related.mdx: frontmatter.related[0]: expected the slug of an article in content/articles (did you mean "result-at-a-glance"?), found "result-at-a-glanse"',
  ],
  'unknown-figure.mdx': [
    'content/articles/unknown-figure.mdx: line 11, <Figure of>: expected the key of a figure in content/data (did you mean "2025.final.lukashenka.share", "2025.final.lukashenka.votes"?), found "2025.final.lukashenko.share"',
  ],
  'figure-bad-props.mdx': [
    'content/articles/figure-bad-props.mdx: line 11, <Figure of>: expected an exact count to compute a share from (with per), found "2025.final.lukashenka.share" (a percentage)',
    'content/articles/figure-bad-props.mdx: line 11, <Figure show>: expected show="value" or show="date", found "day"',
    'content/articles/figure-bad-props.mdx: line 11, <Figure per>: expected an exact count to compute a share from (with per), found "2025.final.turnout" (a percentage)',
    'content/articles/figure-bad-props.mdx: line 11, <Figure decimals>: expected decimals="0" to decimals="4", together with per, found "7"',
  ],
  'unknown-cite.mdx': [
    'content/articles/unknown-cite.mdx: line 11, <Cite id>: expected a source key from content/data/sources.json (did you mean "menafn_joint_0127"?), found "menafn_joint_0128"',
  ],
  'cite-with-key.mdx': [
    'content/articles/cite-with-key.mdx: line 11, <Cite>: expected only the attributes id, for (write id="…", not key="…": JSX reserves key), found key="menafn_joint_0127"',
  ],
  'source-not-listed.mdx': [
    'content/articles/source-not-listed.mdx: line 11, <Cite id>: expected "menafn_joint_0127" listed in the frontmatter sources, found a source cited but not listed',
  ],
  'unknown-chart.mdx': [
    'content/articles/unknown-chart.mdx: line 14, <ChartFigure id>: expected a chart id from src/schemas/chart-ids.ts (did you mean "vote-share-2025"?), found "vote-shares-2025"',
  ],
  'missing-import.mdx': [
    "content/articles/missing-import.mdx: line 11, <Figure>: expected an import of Figure at the top of the article (import { Figure } from '../../src/components/mdx/index.ts';), found none",
  ],
  'html-and-expression.mdx': [
    'content/articles/html-and-expression.mdx: line 11: expected a self-closing component tag such as <Figure of="…" /> (HTML and open/close tags are not used in articles), found <b>',
    'content/articles/html-and-expression.mdx: line 11: expected a self-closing component tag such as <Figure of="…" /> (HTML and open/close tags are not used in articles), found </b>',
    'content/articles/html-and-expression.mdx: line 11: expected prose without {…} expressions (write figures as <Figure of="…" />), found {1 + 1}',
  ],
  'typed-percentage.mdx': [`content/articles/typed-percentage.mdx: line 11: ${NUMBERS_RULE}, found "86.82%", "5,136,293"`],
  'typed-number-is-a-figure.mdx': [
    'content/articles/typed-number-is-a-figure.mdx: frontmatter.typedNumbers[0].value: expected a number that is not a figure in the data (write <Figure of="2025.final.lukashenka.share" /> instead), found "86.82"',
    'content/articles/typed-number-is-a-figure.mdx: frontmatter.typedNumbers[1].value: expected a number that is not a figure in the data (79 is the value of timeline.pace.in-favour; write <Figure of="timeline.pace.in-favour" /> if that is the figure meant), found "79–0"',
    'content/articles/typed-number-is-a-figure.mdx: frontmatter.typedNumbers[2].value: expected a number that appears in the prose as written, found "4444", which does not',
  ],
  'day-without-cite.mdx': [
    `content/articles/day-without-cite.mdx: line 13: ${NUMBERS_RULE}, found "3"`,
    'content/articles/day-without-cite.mdx: line 13: expected a <Cite id="…" /> in a paragraph that contains a digit ("approved on 3 February."), found none',
  ],
  'figure-without-cite.mdx': [
    'content/articles/figure-without-cite.mdx: line 11: expected a <Cite id="…" /> in a paragraph that contains a <Figure>, found none',
  ],
  'quote-without-cite.mdx': [
    'content/articles/quote-without-cite.mdx: line 13: expected a <Cite id="…" /> in a paragraph that contains a quotation mark, found none',
    'content/articles/quote-without-cite.mdx: line 13: expected a <Cite id="…" /> after the quotation, in the same paragraph, naming its source, found “sham” with none after it',
  ],
  'quote-before-its-only-cite.mdx': [
    'content/articles/quote-before-its-only-cite.mdx: line 11: expected a <Cite id="…" /> after the quotation, in the same paragraph, naming its source, found “sham” with none after it',
  ],
  'unclosed-quote.mdx': [
    'content/articles/unclosed-quote.mdx: line 11: expected a closing quotation mark after “sham., found an unbalanced quotation mark',
  ],
  'long-quote.mdx': [
    'content/articles/long-quote.mdx: line 11: expected a short quotation (at most 12 words), found 13 words (“one two three four five six seven eight …”)',
  ],
  // Broken only for the rules that need the committed hashes or reference copy (tests, not the validator):
  'misquote-source-article.mdx': [],
  'misquote-reference.mdx': [],
  'copied-name.mdx': [],
  'too-short.mdx': [],
};

describe('the validator on the real articles', () => {
  const report = validateArticles(REPO_ROOT, { ds: dataset, index });

  it('reads all seven and finds no problem', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.articles.map((a) => a.slug).sort()).toEqual([
      'belarus-and-the-west', 'can-anyone-check-the-results', 'candidates', 'how-the-vote-was-run', 'recognition-and-reactions', 'result-at-a-glance', 'thirty-years-of-elections',
    ]);
  });

  it('has every article’s frontmatter parsed, with a question as its title and the dates in order', () => {
    for (const a of report.articles) {
      expect(a.frontmatter, a.file).toBeDefined();
      expect(a.frontmatter!.title.endsWith('?'), a.file).toBe(true);
      expect(a.frontmatter!.updated >= a.frontmatter!.published, a.file).toBe(true);
    }
  });

  it('counts figures and citations for the summary line', () => {
    expect(report.figures).toBeGreaterThan(50);
    expect(report.citations).toBeGreaterThan(50);
  });

  it('imports the components each article uses, explicitly, at the top', () => {
    for (const a of report.articles) {
      const firstBlock = a.body.blocks[0]!.line;
      expect(a.body.imports.length, a.file).toBeGreaterThan(0);
      for (const imp of a.body.imports) expect(imp.line, a.file).toBeLessThan(firstBlock);
    }
  });
});

describe('the validator on the valid fixture', () => {
  it('passes valid/minimal.mdx (a figure, a computed share, a typed resolution number, dates, a quote, an MDX comment)', () => {
    expect(validatorLines(fixture('valid/minimal.mdx'))).toEqual([]);
  });
});

describe('the validator on broken fixtures', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    expect(fixtureNames('invalid')).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, lines] of Object.entries(EXPECTED)) {
    it(`${name}: ${lines.length ? `${lines.length} problem line${lines.length === 1 ? '' : 's'}` : 'nothing the validator checks (see the prose-rule tests)'}`, () => {
      expect(validatorLines(fixture(`invalid/${name}`))).toEqual(lines);
    });
  }
});

describe('messages name the file and the place', () => {
  it('every problem line starts with content/articles/<file>.mdx: and a frontmatter path, a body line, or "body"', () => {
    for (const name of Object.keys(EXPECTED)) {
      for (const line of validatorLines(fixture(`invalid/${name}`))) {
        expect(line).toMatch(/^content\/articles\/[a-z0-9-]+\.mdx: (frontmatter(\.[\w[\].]+)?|line \d+(, <\w+( \w+)?>)?|body): expected .+, found .+$/);
      }
    }
  });

  it('reports a YAML syntax error, and a file without frontmatter, without throwing', () => {
    const a = fixture('valid/minimal.mdx');
    expect(validatorLines(a, a.text.replace('title: Is this a fixture?', 'title: [unclosed'))[0]).toMatch(
      /^content\/articles\/minimal\.mdx: frontmatter: expected valid YAML, found a syntax error \(/,
    );
    expect(validatorLines(a, 'Just text.\n')[0]).toBe(
      'content/articles/minimal.mdx: frontmatter: expected frontmatter between two --- lines at the top of the file, found none',
    );
  });

  it('points at the line of the offending tag in the file (frontmatter lines counted)', () => {
    const a = fixture('valid/minimal.mdx');
    const broken = a.text.replace('<Figure of="2025.final.lukashenka.share" />', '<Figure of="2025.final.nobody.share" />');
    const lineOfTag = broken.split('\n').findIndex((l) => l.includes('2025.final.nobody.share')) + 1;
    expect(validatorLines(a, broken)[0]).toMatch(new RegExp(`^content/articles/minimal\\.mdx: line ${lineOfTag}, <Figure of>: expected the key of a figure in content/data`));
  });
});
