/**
 * The site's own pages (not charts, embeds or articles): route path, title
 * and description, in one place, so the pages, the source index on /sources/,
 * the 404 page and the no-JS search fallback all name a page the same way.
 */
import type { Region } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { regionCase, regionName } from '../i18n/names.ts';

export interface RouteInfo {
  path: string;
  title: string;
  description: string;
}

/** Every page's route path; its title and description are in the message tables (`routes`). */
const PATHS = {
  home: '/',
  results: '/results/2025/',
  regions: '/results/2025/regions/',
  history: '/history/',
  candidates: '/candidates/',
  timeline: '/timeline/',
  evidence: '/evidence/',
  sources: '/sources/',
  about: '/about/',
  data: '/data/',
  search: '/search/',
  articles: '/articles/',
  charts: '/charts/',
  notFound: '/404.html',
} as const;

type RouteName = keyof typeof PATHS;

/** A page's route (English path, title and description) in an edition. */
export function routeIn(locale: Locale, name: RouteName): RouteInfo {
  const t = messages(locale).routes[name];
  return { path: PATHS[name], title: t.title, description: t.description };
}

/** The English routes, by name. */
export const ROUTES = Object.fromEntries(Object.keys(PATHS).map((k) => [k, routeIn('en', k as RouteName)])) as Record<RouteName, RouteInfo>;

/** A region's page in an edition (English by default). */
export function regionRoute(region: Pick<Region, 'id' | 'name' | 'nameBe' | 'nameRu' | 'casesBe' | 'casesRu'>, locale: Locale = 'en'): RouteInfo {
  const t = messages(locale).routes.region;
  const name = regionName(locale, region);
  return {
    path: `/results/2025/regions/${region.id}/`,
    title: t.title(name),
    description: t.description(name, regionCase(locale, region, 'locative')),
  };
}

const SECTIONS = ['results', 'regions', 'history', 'candidates', 'timeline', 'evidence', 'articles', 'charts', 'data', 'sources', 'about'] as const;

/** The sections a lost reader (404) or a reader without JavaScript (search) is offered, in an edition (English paths). */
export function sectionLinks(locale: Locale = 'en'): { path: string; label: string }[] {
  const labels = messages(locale).routes.sections;
  return SECTIONS.map((k) => ({ path: PATHS[k], label: labels[k] }));
}
