// Corrections to the text: the schema, the check against the corrected
// articles and pages, and the real list (every correction stands).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorrectionSchema, CorrectionsFileSchema, type Correction } from '../../../src/schemas/index.ts';
import { checkCorrections, comparableText, pageFile } from '../../../src/data/validate/corrections.ts';
import { readArticles } from '../../../src/articles/read.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { REPO_ROOT } from '../../fixtures/invalid/work-tree.ts';
import { realData } from '../pages/fixtures.ts';

const base: Correction = {
  id: 'observers', date: '2026-12-03', article: 'how-the-vote-was-run',
  was: 'It was held without observers.', now: 'It was held without independent observers.', why: 'State-accredited observers were there.',
};

describe('the correction schema', () => {
  it('accepts an article correction and a page correction', () => {
    expect(CorrectionSchema.safeParse(base).success).toBe(true);
    const { article: _a, ...rest } = base;
    expect(CorrectionSchema.safeParse({ ...rest, page: '/results/2025/' }).success).toBe(true);
  });

  it('wants exactly one of article and page', () => {
    const { article: _a, ...neither } = base;
    expect(CorrectionSchema.safeParse(neither).error?.issues[0]?.message).toBe('either an article or a page, not both and not neither');
    expect(CorrectionSchema.safeParse({ ...base, page: '/results/2025/' }).success).toBe(false);
  });

  it('refuses a new wording equal to the old, a bare reason, a bad path and an unknown field', () => {
    expect(CorrectionSchema.safeParse({ ...base, now: base.was }).error?.issues[0]?.message).toBe('a new wording that differs from the old');
    expect(CorrectionSchema.safeParse({ ...base, why: 'wrong' }).success).toBe(false);
    const { article: _a, ...rest } = base;
    expect(CorrectionSchema.safeParse({ ...rest, page: 'results/2025' }).success).toBe(false);
    expect(CorrectionSchema.safeParse({ ...base, old: 'x' }).success).toBe(false);
  });
});

describe('comparableText', () => {
  it('reads figures as keys and drops citation marks, list markers and bold', () => {
    const src = '- **Turnout** was <Figure of="2025.final.turnout" />.<Cite id="unn_0203" /> <Cite id="shine_0203" />\n  Next.';
    expect(comparableText(src)).toBe('Turnout was {{2025.final.turnout}}. Next.');
    expect(comparableText('<Figure of="2025.final.turnout" show="date" />')).toBe('{{2025.final.turnout}}');
  });
});

describe('checkCorrections', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  const article = { slug: 'how-the-vote-was-run', file: 'content/articles/how-the-vote-was-run.mdx', text: '---\ntitle: x\n---\nIt was held without <Figure of="k.x" /> independent observers.<Cite id="a" />' };
  const lines = (cs: Correction[], root = REPO_ROOT) => checkCorrections(root, cs, [article]).map(formatProblem);

  it('passes a correction whose new wording stands and whose old wording is gone', () => {
    expect(lines([{ ...base, now: 'It was held without {{k.x}} independent observers.' }])).toEqual([]);
  });

  it('names a new wording that is not in the article', () => {
    expect(lines([base])).toEqual([
      'content/data/corrections.json: [observers].now: expected the corrected wording to stand in content/articles/how-the-vote-was-run.mdx, found "It was held without independent observers." missing from it',
    ]);
  });

  it('names an old wording still in the article', () => {
    const c = { ...base, was: 'It was held without {{k.x}}', now: 'independent observers.' };
    expect(lines([c])).toEqual([
      'content/data/corrections.json: [observers].was: expected the old wording to be gone from content/articles/how-the-vote-was-run.mdx, found "It was held without {{k.x}}" still there',
    ]);
  });

  it('names an unknown article and an unknown page', () => {
    const { article: _a, ...rest } = base;
    expect(lines([{ ...base, article: 'no-such-article' }, { ...rest, id: 'page', page: '/no/such/page/' }])).toEqual([
      'content/data/corrections.json: [observers].article: expected the slug of an article in content/articles, found "no-such-article"',
      'content/data/corrections.json: [page].page: expected the path of a page of the site (a file src/pages/[...lang]/no/such/page/index.astro), found "/no/such/page/"',
    ]);
  });

  it('checks a page correction against the page’s source file', () => {
    const root = mkdtempSync(join(tmpdir(), 'corrections-'));
    dirs.push(root);
    mkdirSync(join(root, 'src/pages/[...lang]/results/2025'), { recursive: true });
    writeFileSync(join(root, pageFile('/results/2025/')), "<p>{'No exact count was found.'}</p>\n");
    const { article: _a, ...rest } = base;
    const page = { ...rest, page: '/results/2025/', was: 'It was only ever reported rounded.', now: 'No exact count was found.' };
    expect(checkCorrections(root, [page], [])).toEqual([]);
    expect(checkCorrections(root, [{ ...page, now: 'Something else.' }], []).map((p) => p.path)).toEqual(['[observers].now']);
    // A page whose words moved to the English message table: the wording is found there, and the old one must be gone from it too.
    mkdirSync(join(root, 'src/i18n/messages/en'), { recursive: true });
    writeFileSync(join(root, 'src/i18n/messages/en/results.ts'), "export const results = { note: 'Something else.', old: 'It was only ever reported rounded.' };\n");
    expect(checkCorrections(root, [{ ...page, now: 'Something else.' }], []).map((p) => p.path)).toEqual(['[observers].was']);
  });

  it('holds for every correction on the real site, each new wording standing and each old one gone', () => {
    const { ds } = realData();
    const { articles } = readArticles(REPO_ROOT);
    expect(CorrectionsFileSchema.safeParse(ds.corrections).success).toBe(true);
    expect(ds.corrections.length).toBeGreaterThan(0);
    expect(checkCorrections(REPO_ROOT, ds.corrections, articles).map(formatProblem)).toEqual([]);
    // The items of the review this list answers are each there.
    const ids = ds.corrections.map((c) => c.id);
    for (const id of ['vote-run-observers', 'result-observers', 'result-most-early', 'vote-run-early-vs-day', 'reactions-eu-sanctions', 'history-exception-2020', 'west-us-silence', 'results-page-against-all', 'candidates-chemodanova']) {
      expect(ids).toContain(id);
    }
  });
});
