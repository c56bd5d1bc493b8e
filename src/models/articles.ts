/** Articles as the site pages list them (the article pages themselves belong to src/pages/articles/). */
import { getArticles } from '../data/load.ts';
import { articleCitationKeys } from '../articles/meta.ts';
import type { ArticleSummary } from './home.ts';

/** Newest first; `sources` are the keys the article's reference list numbers (its text, figures and charts). */
export async function getArticleSummaries(): Promise<ArticleSummary[]> {
  return (await getArticles()).map((a) => ({
    slug: a.id,
    title: a.data.title,
    description: a.data.description,
    published: a.data.published,
    updated: a.data.updated,
    sources: articleCitationKeys(a.filePath ?? `content/articles/${a.id}.mdx`, a.body ?? ''),
  }));
}
