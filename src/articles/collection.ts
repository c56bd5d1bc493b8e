/**
 * The articles of an edition, from the content collections: the English
 * originals (`articles`) and their translations (`translations`, ids
 * "be/<slug>"). A translation takes its sources, charts, related articles and
 * order from its original. In Belarusian and Russian, an article not yet
 * translated is listed in English (`lang: 'en'`), as the links to it say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { translationHash } from './translation-hash.ts';

export interface EditionArticle {
  slug: string;
  /** The language the text is in: the edition's, or English where there is no translation. */
  lang: Locale;
  /** Repository-relative path of the MDX file rendered. */
  file: string;
  /** The MDX body (for numbering citations and counting words). */
  body: string;
  entry: CollectionEntry<'articles'> | CollectionEntry<'translations'>;
  /** The frontmatter: the translation's words, the original's sources, charts, related and order. */
  data: Pick<ArticleFrontmatter, 'title' | 'description' | 'published' | 'updated' | 'sources' | 'charts' | 'related' | 'order'>;
  /** For a translation: made from an older English text than the current one. */
  behind: boolean;
}

let english: Promise<CollectionEntry<'articles'>[]> | undefined;
let translations: Promise<CollectionEntry<'translations'>[]> | undefined;

function fileOf(entry: { id: string; filePath?: string | undefined }, dir: string): string {
  return entry.filePath ?? `content/articles/${dir}${entry.id}.mdx`;
}

const perEdition = new Map<Locale, Promise<EditionArticle[]>>();

/** Every article of an edition, translated where a translation exists; worked out once per edition and build. */
export function editionArticles(locale: Locale): Promise<EditionArticle[]> {
  let hit = perEdition.get(locale);
  if (!hit) perEdition.set(locale, (hit = readEdition(locale)));
  return hit;
}

async function readEdition(locale: Locale): Promise<EditionArticle[]> {
  english ??= getCollection('articles');
  translations ??= getCollection('translations');
  const originals = await english;
  const byId = new Map((await translations).map((t) => [t.id, t]));
  return originals.map((o) => {
    const t = locale === 'en' ? undefined : byId.get(`${locale}/${o.id}`);
    if (!t) return { slug: o.id, lang: 'en' as const, file: fileOf(o, ''), body: o.body ?? '', entry: o, data: o.data, behind: false };
    const originalText = readFileSync(join(process.cwd(), fileOf(o, '')), 'utf8');
    return {
      slug: o.id,
      lang: locale,
      file: t.filePath ?? `content/articles/${t.id}.mdx`,
      body: t.body ?? '',
      entry: t,
      data: { ...t.data, sources: o.data.sources, charts: o.data.charts, related: o.data.related, order: o.data.order },
      behind: t.data.translatedFrom !== translationHash(originalText),
    };
  });
}

/** The articles of an edition that are written in its language (every English one; the translations). */
export async function writtenIn(locale: Locale): Promise<EditionArticle[]> {
  return (await editionArticles(locale)).filter((a) => a.lang === locale);
}
