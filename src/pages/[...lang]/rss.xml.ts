// /rss.xml: new articles, every change to the data and every correction to the
// text, newest first. Dates come from the articles' frontmatter, the changelog
// and the corrections, never the build time.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset, getPlainText, getSiteData } from '../../data/load.ts';
import { getArticleSummaries } from '../../models/articles.ts';
import { changeAnchor } from '../../models/about.ts';
import { correctionFeedItem, correctionItems } from '../../models/corrections.ts';
import { ROUTES } from '../../models/routes.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { editionPaths } from '../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../i18n/page-editions.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.rss)) satisfies GetStaticPaths;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const GET: APIRoute = async () => {
  const ds = getDataset();
  const summaries = await getArticleSummaries();
  const articles = summaries.map((a) => ({
    title: a.title,
    link: absoluteUrl(`/articles/${a.slug}/`),
    pubDate: day(a.published),
    description: a.description,
    categories: ['Article'],
    sort: `${a.published} 1 ${a.slug}`,
  }));
  const changes = ds.changelog.map((c) => ({
    title: `Data: ${getPlainText(c.title)}`,
    link: absoluteUrl(`${ROUTES.about.path}#${changeAnchor(c.id)}`),
    pubDate: day(c.date),
    description: `${getPlainText(c.change)} Why: ${getPlainText(c.reason)}`,
    categories: ['Data change'],
    sort: `${c.date} 0 ${c.id}`,
  }));
  const corrections = correctionItems(getSiteData(), summaries).map((c) => {
    const f = correctionFeedItem(c, ROUTES.about.path);
    return { title: f.title, link: absoluteUrl(f.path), pubDate: day(f.date), description: f.description, categories: f.categories, sort: `${f.date} 0 ${c.correction.id}` };
  });
  const items = [...articles, ...changes, ...corrections].sort((a, b) => b.sort.localeCompare(a.sort)).map(({ sort: _sort, ...item }) => item);
  return rss({
    title: ROUTES.home.title,
    description: ROUTES.home.description,
    site: absoluteUrl('/'),
    items,
    customData: '<language>en-gb</language>',
    trailingSlash: true,
  });
};
