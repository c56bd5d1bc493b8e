/**
 * Every page's social card in every edition the page exists in
 * (src/i18n/page-editions.ts): its route, its title and the key figure it
 * shows, from the same page models the pages render. The card images
 * (src/pages/og/[...slug].png.ts), their manifest (src/pages/og/manifest.json.ts)
 * and each page's og:image and its alt text (Base.astro) all read this list,
 * so a card cannot say something its page does not. Chart pages are not here:
 * each shows its own chart as its image.
 */
import type { SiteData } from '../data/site-data.ts';
import type { CardSpec } from '../og/spec.ts';
import { localePath } from '../i18n/editions.ts';
import { formatCount } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { candidateShortName, regionCase, regionName } from '../i18n/names.ts';
import { PAGE_EDITIONS, type PageName } from '../i18n/page-editions.ts';
import { cardFigure } from './card-figure.ts';
import { regionRoute, routeIn, type RouteInfo } from './routes.ts';
import { resultsModel } from './results.ts';
import { regionModel, regionsModel, sortedRegions } from './regions.ts';
import { historyModel } from './history.ts';
import { candidatesModel } from './candidates.ts';

/**
 * The cards of every page but the chart pages, in every edition, sorted by
 * path. `editions` is PAGE_EDITIONS; a test passes another table to draw the
 * cards of pages not yet in an edition.
 */
export function siteCards(
  data: SiteData,
  /** Each article in each edition it is written in (`locale` English when not given). */
  articles: readonly { slug: string; title: string; locale?: Locale | undefined }[],
  editions: Readonly<Record<PageName, readonly Locale[]>> = PAGE_EDITIONS,
): CardSpec[] {
  const results = resultsModel(data);
  const winner = results.rows.find((r) => !r.isAgainstAll)!;
  const winnerCandidate = data.ds.candidates.find((c) => c.id === winner.id)!;
  const national = regionsModel(data).rows.at(-1)!.values.at(-1)!;
  const latest = historyModel(data).rows.at(-1)!;
  const { registered } = candidatesModel(data);
  const regions = sortedRegions(data.ds).map((r) => ({ region: r, model: regionModel(data, r.id) }));

  const cards: CardSpec[] = [];
  const add = (page: PageName, build: (locale: Locale) => { route: RouteInfo; figure?: CardSpec['figure'] }[]) => {
    for (const locale of editions[page]) {
      for (const { route, figure } of build(locale)) cards.push({ locale, path: localePath(locale, route.path), title: route.title, figure });
    }
  };
  const one = (page: PageName & Parameters<typeof routeIn>[1], figure?: (locale: Locale) => CardSpec['figure']) =>
    add(page, (locale) => [{ route: routeIn(locale, page), figure: figure?.(locale) }]);
  const t = (locale: Locale) => messages(locale).cards;

  one('home', (l) => cardFigure(l, t(l).share(candidateShortName(l, winnerCandidate)), winner.final.share.figure));
  one('results', (l) => cardFigure(l, t(l).share(candidateShortName(l, winnerCandidate)), winner.final.share.figure));
  one('regions', (l) => cardFigure(l, t(l).turnoutCloseNational, national.figure, { electionNight: true }));
  add('region', (l) =>
    regions.map(({ region, model }) => ({
      route: regionRoute(region, l),
      figure: cardFigure(l, t(l).turnoutCloseIn(regionName(l, region), regionCase(l, region, 'locative')), model.close.figure, { electionNight: true }),
    })),
  );
  one('history', (l) => cardFigure(l, t(l).winnerShareIn(latest.row.label), latest.winnerShare.figure));
  one('candidates', (l) => (registered ? cardFigure(l, t(l).candidatesRegistered, registered.figure) : undefined));
  one('timeline');
  one('evidence');
  one('sources', (l) => ({ label: t(l).sourcesCited, value: formatCount(l, data.ds.sources.length) }));
  one('about');
  one('data');
  one('search');
  one('articles');
  add('article', (l) => articles.filter((a) => (a.locale ?? 'en') === l).map((a) => ({ route: { path: `/articles/${a.slug}/`, title: a.title, description: '' } })));
  one('charts');
  one('notFound');

  const seen = new Set<string>();
  for (const c of cards) {
    if (seen.has(c.path)) throw new Error(`social cards: two cards for ${c.path}`);
    seen.add(c.path);
  }
  return cards.sort((a, b) => a.path.localeCompare(b.path));
}
