/**
 * Where each source is used, computed from the data: every page model
 * (the same functions the pages render from) says which source keys it cites,
 * articles name theirs in their frontmatter, and chart pages cite the sources
 * of their chart's derivation. /sources/ lists, under each source, the pages
 * that cite it; a page's reference list links back to that entry.
 */
import type { SiteData } from '../data/site-data.ts';
import { homeModel, type ArticleSummary } from './home.ts';
import { resultsModel } from './results.ts';
import { regionModel, regionsModel, sortedRegions } from './regions.ts';
import { historyModel } from './history.ts';
import { candidatesModel } from './candidates.ts';
import { timelineModel } from './timeline.ts';
import { aboutModel } from './about.ts';
import { evidenceModel } from './evidence.ts';
import { regionRoute, routeIn } from './routes.ts';
import type { Locale } from '../i18n/locales.ts';

export interface Usage {
  /** The English route path (the page links it in its edition). */
  path: string;
  /** The title in the edition's language; an untranslated article's is its own (English). */
  title: string;
  kind: 'page' | 'article' | 'chart';
  /** The language of the title, when it is not the edition's. */
  lang?: Locale | undefined;
}

export interface CitingPage extends Usage {
  sources: readonly string[];
}

/** Every site page (not articles or charts) with the keys it cites, in site order; titles in `locale`. */
export function sitePageCitations(data: SiteData, articles: readonly ArticleSummary[], locale: Locale = 'en'): CitingPage[] {
  const { ds } = data;
  const page = (r: { path: string; title: string }, sources: readonly string[]): CitingPage => ({ path: r.path, title: r.title, kind: 'page', sources });
  const route = (name: Parameters<typeof routeIn>[1]) => routeIn(locale, name);
  return [
    page(route('home'), homeModel(data, articles).cites.keys),
    page(route('results'), resultsModel(data).cites.keys),
    page(route('regions'), regionsModel(data).cites.keys),
    ...sortedRegions(ds).map((r) => page(regionRoute(r, locale), regionModel(data, r.id).cites.keys)),
    page(route('history'), historyModel(data).cites.keys),
    page(route('candidates'), candidatesModel(data).cites.keys),
    page(route('timeline'), timelineModel(data).cites.keys),
    page(route('evidence'), evidenceModel(data).cites.keys),
    page(route('about'), aboutModel(data).cites.keys),
  ];
}

/**
 * Source key → the pages, articles and chart pages that cite it, in that
 * order. `charts` are the chart pages that exist in this build (path, title,
 * the sources of the chart's data).
 */
export function computeSourceUsage(
  data: SiteData,
  articles: readonly ArticleSummary[],
  charts: readonly CitingPage[] = [],
  locale: Locale = 'en',
): Map<string, Usage[]> {
  const { ds } = data;
  const usage = new Map<string, Usage[]>(ds.sources.map((s) => [s.key, []]));
  const citing: CitingPage[] = [
    ...sitePageCitations(data, articles, locale),
    ...articles.map((a) => ({ path: `/articles/${a.slug}/`, title: a.title, kind: 'article' as const, sources: a.sources, lang: a.lang ?? 'en' })),
    ...charts,
  ];
  for (const p of citing) {
    for (const key of new Set(p.sources)) {
      const list = usage.get(key);
      if (!list) throw new Error(`computeSourceUsage: ${p.path} cites "${key}", which is not in content/data/sources.json`);
      list.push({ path: p.path, title: p.title, kind: p.kind });
    }
  }
  return usage;
}
