/**
 * Shared pieces for the article tests: the real dataset and articles, the
 * fixtures, the committed hashes of the source article's n-grams, the
 * committed copy of the reference, and the two rules that need them (quotes
 * are exact; our own words do not copy the source article).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../../src/data/dataset.ts';
import { resolveFigure } from '../../../src/data/figures/resolve.ts';
import { checkArticle, quotationsInBlock, type ArticleContext } from '../../../src/data/validate/articles.ts';
import { parseArticle, readArticles, type Article } from '../../../src/articles/read.ts';
import { formatProblem, type Problem } from '../../../src/data/problems.ts';
import { renderedBlocks, type FigureResolver } from '../../../src/articles/text.ts';
import { MAX_NGRAM, ngramHash, normaliseWords, OVERLAP_N } from '../../fixtures/seed-ngrams/normalise.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(REPO_ROOT, 'tests/fixtures/articles');

const loaded = loadDataset(REPO_ROOT);
if (!loaded.ok) throw new Error(`the real dataset does not validate:\n${loaded.problems.map(formatProblem).join('\n')}`);
export const dataset = loaded.dataset;
export const index = loaded.index;
export const ctx: ArticleContext = { index, sourceKeys: new Set(dataset.sources.map((s) => s.key)) };
export const resolveKey: FigureResolver = (key) => resolveFigure(index, key);

export const realArticles: Article[] = readArticles(REPO_ROOT).articles;
const realSlugs = new Set(realArticles.map((a) => a.slug));

/** A fixture read as if it were content/articles/<name>.mdx, so its messages have the usual form. */
export function fixture(rel: string): Article {
  const text = readFileSync(join(FIXTURES, rel), 'utf8');
  const name = rel.split('/').pop()!;
  return parseArticle(`content/articles/${name}`, text).article;
}

export function fixtureNames(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.mdx')).sort();
}

/** Everything the validator says about an article (parse problems included), as printed lines. */
export function validatorLines(article: Article, text?: string): string[] {
  const parsed = parseArticle(article.file, text ?? article.text);
  const problems: Problem[] = [...parsed.problems, ...checkArticle(parsed.article, ctx, realSlugs, REPO_ROOT)];
  return problems.map(formatProblem);
}

// ---------------------------------------------------------------------------
// The source article, as hashes only

const hashFile = readFileSync(join(REPO_ROOT, 'tests/fixtures/seed-ngrams/ngrams.sha256'), 'utf8');
export const seedHashes = new Set(hashFile.split('\n').filter((l) => /^[0-9a-f]{64}$/.test(l)));

export function isSeedNgram(words: readonly string[]): boolean {
  return words.length >= 1 && words.length <= MAX_NGRAM && seedHashes.has(ngramHash(words));
}

export interface AllowedName {
  phrase: string;
  reason: string;
}
export const allowList: AllowedName[] = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/seed-ngrams/allowlist.json'), 'utf8'));

// ---------------------------------------------------------------------------
// The reference, as committed under tests/ (never ../shared)

const referenceJson: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/reference/dataset.json'), 'utf8'));
/** Every string in the reference copy, normalised to words (one entry per string: a quote never spans two fields). */
const referenceStrings: string[] = [];
(function collect(node: unknown) {
  if (typeof node === 'string') referenceStrings.push(` ${normaliseWords(node).join(' ')} `);
  else if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') Object.values(node).forEach(collect);
})(referenceJson);

// The quotations of the independent-evidence reference, as transcribed verbatim
// in tests/fixtures/reference/independent.json (checked against the byte copy
// of INDEPENDENT.md by tests/unit/reference/independent.test.ts).
const independentJson: { findings: { quotes: { text: string }[] }[] } = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/reference/independent.json'), 'utf8'));
for (const f of independentJson.findings) for (const q of f.quotes) referenceStrings.push(` ${normaliseWords(q.text).join(' ')} `);

export function inReference(words: readonly string[]): boolean {
  const needle = ` ${words.join(' ')} `;
  return words.length > 0 && referenceStrings.some((s) => s.includes(needle));
}

// ---------------------------------------------------------------------------
// Rules

/** The source key of the source article. */
const SOURCE_ARTICLE = 'preiherman_edm';

/**
 * Quotations are short, exact and attributed: each has a <Cite> after it;
 * one attributed to the source article is one of its n-grams (by hash); any
 * other is found, word for word, in the committed reference copy.
 */
export function quoteProblems(article: Article): string[] {
  const out: string[] = [];
  for (const block of article.body.blocks) {
    if (block.kind === 'component') continue;
    const { quotes, problems } = quotationsInBlock(block);
    for (const p of problems) out.push(`${article.file}: line ${block.line}: expected ${p}`);
    for (const q of quotes) {
      const words = normaliseWords(q.text);
      const where = `${article.file}: line ${q.line}: “${q.text}”`;
      if (!q.citeId) out.push(`${where}: expected a <Cite> after it, found none`);
      else if (words.length === 0 || words.length > MAX_NGRAM) out.push(`${where}: expected 1 to ${MAX_NGRAM} words, found ${words.length}`);
      else if (q.citeId === SOURCE_ARTICLE) {
        if (!isSeedNgram(words)) out.push(`${where}: expected the exact words of the source article (attributed to ${SOURCE_ARTICLE}), found words it does not contain`);
      } else if (!inReference(words)) {
        out.push(`${where}: expected words found in the reference (attributed to ${q.citeId}), found words the committed reference copy does not contain`);
      }
    }
  }
  return out;
}

/**
 * Our own words: no OVERLAP_N consecutive words of the article's running text
 * (quotations left out, figures as rendered) match the source article. Names
 * on the allow-list are taken out first, as a break: a name is not prose.
 */
export function copiedRuns(article: Article, allowed: readonly AllowedName[] = allowList): string[] {
  const names = allowed.map((a) => normaliseWords(a.phrase));
  const out: string[] = [];
  const segments: string[][] = [];
  for (const { text } of renderedBlocks(article.body, resolveKey)) {
    // Quotations are not our words; they are checked by quoteProblems.
    const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, ' \u0000 ');
    for (const part of unquoted.split('\u0000')) {
      let words = normaliseWords(part);
      // Cut every allow-listed name out of the run of words.
      const pieces: string[][] = [];
      let start = 0;
      for (let i = 0; i < words.length; ) {
        const hit = names.find((n) => n.length && n.every((w, j) => words[i + j] === w));
        if (hit) {
          pieces.push(words.slice(start, i));
          i += hit.length;
          start = i;
        } else i++;
      }
      pieces.push(words.slice(start));
      words = [];
      segments.push(...pieces);
    }
  }
  for (const seg of segments) {
    for (let i = 0; i + OVERLAP_N <= seg.length; i++) {
      const gram = seg.slice(i, i + OVERLAP_N);
      if (seedHashes.has(ngramHash(gram))) out.push(gram.join(' '));
    }
  }
  return out;
}

export const MIN_WORDS = 600;
export const MAX_WORDS = 1500;
