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

/** Titles of the charts an article links to, until the chart registry names them. */
export const CHART_TITLES: Record<string, string> = {
  'vote-share-2025': 'Vote share of each candidate, 2025',
  'turnout-by-region-2025': 'Turnout at the close of polls by region, 2025',
  'early-voting-2025': 'Turnout through early voting and election day, 2025',
  'early-voting-by-region-2025': 'Early voting by region, 2025',
  'turnout-history': 'Turnout at every presidential vote, 1994–2025',
  'winner-share-history': 'The winner’s share, 1994–2025',
  'against-all-vs-runner-up': 'Against all and the runner-up, 2001–2025',
  'turnout-2020-vs-2025-by-region': 'Turnout by region, 2020 and 2025',
};
