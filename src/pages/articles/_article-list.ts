/**
 * The one rule for the order of articles: by `order` (1 first), then newest,
 * then by slug. The list page and the related-article links use it.
 */
import type { ArticleFrontmatter } from '../../schemas/article.ts';

export interface ArticleEntryLike {
  id: string;
  data: ArticleFrontmatter;
}

export function sortArticles<T extends ArticleEntryLike>(all: readonly T[]): T[] {
  return [...all].sort(
    (a, b) =>
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      b.data.published.localeCompare(a.data.published) ||
      a.id.localeCompare(b.id),
  );
}
