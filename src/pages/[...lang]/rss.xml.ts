// /rss.xml, /be/rss.xml, /ru/rss.xml: new articles, every change to the data
// and every correction to the text, newest first, one feed per edition. The
// articles are English in every edition (a be or ru feed says so); data
// changes and corrections are in the feed's language. Dates come from the
// articles' frontmatter, the changelog and the corrections, never the build time.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset, getSiteData } from '../../data/load.ts';
import { getArticleSummaries } from '../../models/articles.ts';
import { changeAnchor } from '../../models/about.ts';
import { pageLink } from '../../models/common.ts';
import { correctionFeedItem, correctionItems, plainTextIn } from '../../models/corrections.ts';
import { routeIn, ROUTES } from '../../models/routes.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { editionPaths, type EditionProps } from '../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../i18n/page-editions.ts';
import { localeTag } from '../../i18n/locales.ts';
import { localText } from '../../i18n/data-text.ts';
import { messages } from '../../i18n/messages/index.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.rss)) satisfies GetStaticPaths;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An absolute URL from a site-relative href (base included). */
const absolute = (hrefWithBase: string) => new URL(hrefWithBase, absoluteUrl('/')).href;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as EditionProps;
  const t = messages(locale).feeds;
  const ds = getDataset();
  const { index } = getSiteData();
  const summaries = await getArticleSummaries(locale);
  const home = routeIn(locale, 'home');
  const articles = summaries.map((a) => ({
    // A translated article is the edition's own; an untranslated one says it is in English.
    title: a.lang === locale ? a.title : t.articleTitle(a.title),
    link: absolute(pageLink(locale, `/articles/${a.slug}/`)),
    pubDate: day(a.published),
    description: a.lang === locale ? a.description : t.articleDescription(a.description),
    categories: [t.categories.article],
    sort: `${a.published} 1 ${a.slug}`,
  }));
  const changes = ds.changelog.map((c) => ({
    title: t.dataTitle(plainTextIn(locale, index, localText(locale, c, 'title'))),
    link: absolute(pageLink(locale, `${ROUTES.about.path}#${changeAnchor(c.id)}`)),
    pubDate: day(c.date),
    description: t.dataDescription(plainTextIn(locale, index, localText(locale, c, 'change')), plainTextIn(locale, index, localText(locale, c, 'reason'))),
    categories: [t.categories.dataChange],
    sort: `${c.date} 0 ${c.id}`,
  }));
  const corrections = correctionItems(getSiteData(), summaries, locale).map((c) => {
    const f = correctionFeedItem(c, ROUTES.about.path, locale);
    return { title: f.title, link: absolute(pageLink(locale, f.path)), pubDate: day(f.date), description: f.description, categories: f.categories, sort: `${f.date} 0 ${c.correction.id}` };
  });
  const items = [...articles, ...changes, ...corrections].sort((a, b) => b.sort.localeCompare(a.sort)).map(({ sort: _sort, ...item }) => item);
  return rss({
    title: home.title,
    description: home.description,
    site: absolute(pageLink(locale, '/')),
    items,
    customData: `<language>${localeTag(locale).toLowerCase()}</language>`,
    trailingSlash: true,
  });
};
