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
import { ArticleFrontmatterSchema, TranslationFrontmatterSchema, type ArticleFrontmatter, type TranslationFrontmatter } from '../schemas/article.ts';
import type { z } from 'zod';
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
  return parseMdx(file, text, ArticleFrontmatterSchema);
}

/** Reads an MDX file against a frontmatter schema (an article's or a translation's). */
export function parseMdx<S extends z.ZodType>(file: string, text: string, schema: S): { article: { file: string; slug: string; text: string; frontmatter: z.output<S> | undefined; body: ArticleBody }; problems: Problem[] } {
  const problems: Problem[] = [];
  const slug = file.split('/').pop()!.replace(/\.mdx$/, '');
  const split = splitFrontmatter(text);
  let frontmatter: z.output<S> | undefined;
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
      const parsed = schema.safeParse(raw ?? {}, { reportInput: true });
      if (parsed.success) frontmatter = parsed.data as z.output<S>;
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

/** The editions an article is translated into, each in its folder: content/articles/be/, content/articles/ru/. */
export const TRANSLATION_LOCALES = ['be', 'ru'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export interface Translation {
  /** Repository-relative path, e.g. content/articles/be/result-at-a-glance.mdx. */
  file: string;
  /** The slug of the English article it translates (the same file name). */
  slug: string;
  locale: TranslationLocale;
  text: string;
  frontmatter: TranslationFrontmatter | undefined;
  body: ArticleBody;
}

/** Reads content/articles/<be|ru>/*.mdx. Never throws on bad input. */
export function readTranslations(root: string): { translations: Translation[]; problems: Problem[] } {
  const translations: Translation[] = [];
  const problems: Problem[] = [];
  for (const locale of TRANSLATION_LOCALES) {
    const dir = join(root, ARTICLES_DIR, locale);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const file = `${ARTICLES_DIR}/${locale}/${name}`;
      const r = parseMdx(file, readFileSync(join(root, file), 'utf8'), TranslationFrontmatterSchema);
      translations.push({ ...r.article, locale });
      problems.push(...r.problems);
    }
  }
  return { translations, problems };
}
