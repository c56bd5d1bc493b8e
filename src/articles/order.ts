/**
 * The order of articles, in one place. Reading order — by `order` (1 first),
 * then newest, then by slug — is the order of the article list and of the
 * previous/next and related links, and of every page that lists articles
 * without saying "latest". Date order — newest first, then by slug — is for
 * what is listed as new: the home page's "Latest articles", the RSS feed and
 * the per-source lists on /sources/.
 */
import type { ArticleFrontmatter } from '../schemas/article.ts';

export interface ArticleEntryLike {
  id: string;
  data: Pick<ArticleFrontmatter, 'published' | 'order'>;
}

export function sortArticles<T extends ArticleEntryLike>(all: readonly T[]): T[] {
  return [...all].sort(
    (a, b) =>
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      b.data.published.localeCompare(a.data.published) ||
      a.id.localeCompare(b.id),
  );
}

export function newestFirst<T extends ArticleEntryLike>(all: readonly T[]): T[] {
  return [...all].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}
