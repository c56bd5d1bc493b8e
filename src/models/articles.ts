/** Articles as the site pages list them (the article pages themselves belong to src/pages/[...lang]/articles/). */
import { editionArticles } from '../articles/collection.ts';
import { newestFirst } from '../articles/order.ts';
import { articleCitationKeys } from '../articles/meta.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ArticleSummary } from './home.ts';

/**
 * Newest first, in the edition's language where translated (`lang` says which);
 * `sources` are the keys the article's reference list numbers (its text,
 * figures and charts).
 */
export async function getArticleSummaries(locale: Locale = 'en'): Promise<ArticleSummary[]> {
  const all = (await editionArticles(locale)).map((a) => ({ ...a, id: a.slug }));
  return newestFirst(all).map((a) => ({
    slug: a.slug,
    lang: a.lang,
    title: a.data.title,
    description: a.data.description,
    published: a.data.published,
    updated: a.data.updated,
    sources: articleCitationKeys(a.file, a.body),
  }));
}
