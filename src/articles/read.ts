/**
 * Reads content/articles/*.mdx: the file list, the frontmatter (YAML, then
 * its schema) and the body (blocks and component tags, with line numbers).
 * The validator checks what this returns; the pages number citations and
 * count words from the same reading. Bad input never throws: it comes back
 * as problems in the dataset's form.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { ArticleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { parseBody, splitFrontmatter, type ArticleBody } from './body.ts';
import type { Problem } from '../data/problems.ts';
import { problemsFromZod } from '../data/zod-issues.ts';

const ARTICLES_DIR = 'content/articles';

export interface Article {
  /** Repository-relative path, e.g. content/articles/result-at-a-glance.mdx. */
  file: string;
  /** The URL slug: the file name without .mdx. */
  slug: string;
  text: string;
  /** Parsed frontmatter, or undefined when it does not satisfy the schema. */
  frontmatter: ArticleFrontmatter | undefined;
  body: ArticleBody;
}

/** Article files, sorted; an absent folder means no articles. */
function listArticleFiles(root: string): string[] {
  const dir = join(root, ARTICLES_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => `${ARTICLES_DIR}/${f}`);
}

/** Reads one article: frontmatter (YAML, then the schema) and body. Never throws on bad input. */
export function parseArticle(file: string, text: string): { article: Article; problems: Problem[] } {
  const problems: Problem[] = [];
  const slug = file.split('/').pop()!.replace(/\.mdx$/, '');
  const split = splitFrontmatter(text);
  let frontmatter: ArticleFrontmatter | undefined;
  if (split.yaml === undefined) {
    problems.push({ file, path: 'frontmatter', expected: 'frontmatter between two --- lines at the top of the file', found: 'none' });
  } else {
    let raw: unknown;
    try {
      raw = loadYaml(split.yaml);
    } catch (err) {
      const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      problems.push({ file, path: 'frontmatter', expected: 'valid YAML', found: `a syntax error (${msg.slice(0, 100)})` });
    }
    if (raw !== undefined || split.yaml.trim() === '') {
      // YAML reads an unquoted 2026-11-29 as a Date; report and check it as the day it names.
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        raw = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v]));
      }
      const parsed = ArticleFrontmatterSchema.safeParse(raw ?? {}, { reportInput: true });
      if (parsed.success) frontmatter = parsed.data;
      else {
        // A refinement on the whole object reports the object as its input; report the field it names instead.
        const issues = parsed.error.issues.map((i) => {
          if (i.code !== 'custom' || !i.path.length) return i;
          const { input: _whole, ...rest } = i as typeof i & { input?: unknown };
          return rest as typeof i;
        });
        for (const p of problemsFromZod(file, raw, issues)) {
          problems.push({ ...p, path: p.path ? `frontmatter.${p.path}` : 'frontmatter' });
        }
      }
    }
  }
  const body = parseBody(split.body, split.bodyLine);
  for (const p of body.problems) problems.push({ file, path: `line ${p.line}`, expected: p.expected, found: p.found });
  return { article: { file, slug, text, frontmatter, body }, problems };
}

export function readArticles(root: string): { articles: Article[]; problems: Problem[] } {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const file of listArticleFiles(root)) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      problems.push({ file, path: '', expected: 'a readable file', found: 'a file that could not be read' });
      continue;
    }
    const r = parseArticle(file, text);
    articles.push(r.article);
    problems.push(...r.problems);
  }
  return { articles, problems };
}
