/**
 * Every page's social card: its route, its title and the key figure it shows,
 * from the same page models the pages render. The card images
 * (src/pages/og/[...slug].png.ts), their manifest (src/pages/og/manifest.json.ts)
 * and each page's og:image and its alt text (Base.astro) all read this list,
 * so a card cannot say something its page does not. Chart pages are not here:
 * each shows its own chart as its image.
 */
import type { SiteData } from '../data/site-data.ts';
import type { CardSpec } from '../og/spec.ts';
import { formatCount } from '../lib/format.ts';
import { cardFigure } from './card-figure.ts';
import { ROUTES, regionRoute, type RouteInfo } from './routes.ts';
import { homeModel } from './home.ts';
import { resultsModel } from './results.ts';
import { regionModel, regionsModel, sortedRegions } from './regions.ts';
import { historyModel } from './history.ts';
import { candidatesModel } from './candidates.ts';

const card = (route: RouteInfo, figure?: CardSpec['figure']): CardSpec => ({ path: route.path, title: route.title, figure });

/** The cards of every page but the chart pages, in route order. */
export function siteCards(data: SiteData, articles: readonly { slug: string; title: string }[]): CardSpec[] {
  const home = homeModel(data, []);
  const results = resultsModel(data);
  const winner = results.rows.find((r) => !r.isAgainstAll)!;
  const national = regionsModel(data).rows.at(-1)!.values.at(-1)!;
  const latest = historyModel(data).rows.at(-1)!;
  const { registered } = candidatesModel(data);
  const cards: CardSpec[] = [
    card(ROUTES.home, cardFigure(home.keyFigures[0]!.label, home.share.figure)),
    card(ROUTES.results, cardFigure(`${winner.name}’s share`, winner.final.share.figure)),
    card(ROUTES.regions, cardFigure('Turnout at the close of polls, nationally', national.figure, { electionNight: true })),
    ...sortedRegions(data.ds).map((r) => {
      const m = regionModel(data, r.id);
      return card(regionRoute(m.region), cardFigure(`Turnout at the close of polls, ${m.region.name}`, m.close.figure, { electionNight: true }));
    }),
    card(ROUTES.history, cardFigure(`The winner’s share in ${latest.row.label}`, latest.winnerShare.figure)),
    card(ROUTES.candidates, registered ? cardFigure('Candidates registered', registered.figure) : undefined),
    card(ROUTES.timeline),
    card(ROUTES.evidence),
    card(ROUTES.sources, { label: 'Sources cited', value: formatCount(data.ds.sources.length) }),
    card(ROUTES.about),
    card(ROUTES.data),
    card(ROUTES.search),
    card(ROUTES.articles),
    ...articles.map((a) => ({ path: `/articles/${a.slug}/`, title: a.title })),
    card(ROUTES.charts),
    card(ROUTES.notFound),
  ];
  const seen = new Set<string>();
  for (const c of cards) {
    if (seen.has(c.path)) throw new Error(`social cards: two cards for ${c.path}`);
    seen.add(c.path);
  }
  return cards.sort((a, b) => a.path.localeCompare(b.path));
}
