/**
 * The site's own pages (not charts, embeds or articles): route path, title
 * and description, in one place, so the pages, the source index on /sources/,
 * the 404 page and the no-JS search fallback all name a page the same way.
 */
import type { Region } from '../schemas/index.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts';

export interface RouteInfo {
  path: string;
  title: string;
  description: string;
}

export const ROUTES = {
  home: {
    path: '/',
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
  },
  results: {
    path: '/results/2025/',
    title: '2025 national results',
    description: 'The official results of Belarus’s presidential election of 26 January 2025: votes and shares for each candidate, turnout, preliminary and final figures, each with its source.',
  },
  regions: {
    path: '/results/2025/regions/',
    title: '2025 results by region',
    description: 'Turnout in the six oblasts and Minsk city through the five days of early voting and election day 2025, polling stations, and the 2020 figures for comparison.',
  },
  history: {
    path: '/history/',
    title: 'Presidential votes since 1994',
    description: 'The eight presidential votes in Belarus from 1994 (two rounds) to 2025: turnout, the winner’s share and the runner-up, with the percentage basis of every figure explained.',
  },
  candidates: {
    path: '/candidates/',
    title: 'The 2025 candidates',
    description: 'The five candidates of 2025: their names in English, Belarusian and Russian, nomination and party, birth, role and result.',
  },
  timeline: {
    path: '/timeline/',
    title: 'Timeline of the 2025 election',
    description: 'The 2025 presidential campaign and the reactions to it, from the calling of the election to the inauguration, each event dated and sourced.',
  },
  evidence: {
    path: '/evidence/',
    title: 'Can the official numbers be checked?',
    description: 'What independent evidence exists beside the official figures of Belarus’s 2020 and 2025 presidential elections, item by item: who produced it, how, its limits and its sources, and what was looked for in 2025 and not found.',
  },
  sources: {
    path: '/sources/',
    title: 'Sources',
    description: 'Every source this site cites: title, publisher, date and address, mirrors and aggregators labelled, and the pages that use it.',
  },
  about: {
    path: '/about/',
    title: 'About this site and its method',
    description: 'How shares and turnout are computed, the two percentage bases, how names are written, what the figures cannot tell you, and every correction to the data.',
  },
  data: {
    path: '/data/',
    title: 'Download the data',
    description: 'Every dataset behind this site as CSV and JSON, with a JSON Schema, a README, the licence and how to cite it.',
  },
  search: {
    path: '/search/',
    title: 'Search',
    description: 'Search the articles and pages of this site.',
  },
  articles: {
    path: '/articles/',
    title: 'Articles',
    // No count and no list of topics: both went stale when the seventh article arrived.
    description: 'Explainers on Belarus’s presidential election of 26 January 2025, each answering one question, with every source cited.',
  },
  charts: {
    path: '/charts/',
    title: 'Charts',
    description: 'Every chart of the 2025 Belarusian presidential election and the votes since 1994: each readable without JavaScript, with its data table, CSV and JSON data, PNG and SVG images, and code to embed it.',
  },
  notFound: {
    path: '/404.html',
    title: 'Page not found',
    description: 'There is no page at this address. The site’s sections are listed here.',
  },
} as const satisfies Record<string, RouteInfo>;

type RouteName = keyof typeof ROUTES;

export function regionRoute(region: Pick<Region, 'id' | 'name'>): RouteInfo {
  return {
    path: `/results/2025/regions/${region.id}/`,
    title: `${region.name}: 2025 turnout`,
    description: `Turnout in ${region.name} through the five days of early voting and election day 2025, its polling stations, and the 2020 figures for comparison.`,
  };
}

/** The sections a lost reader (404) or a reader without JavaScript (search) is offered. */
export const SECTION_LINKS: { path: string; label: string }[] = [
  { path: ROUTES.results.path, label: 'National results' },
  { path: ROUTES.regions.path, label: 'Results by region' },
  { path: ROUTES.history.path, label: 'Votes since 1994' },
  { path: ROUTES.candidates.path, label: 'The candidates' },
  { path: ROUTES.timeline.path, label: 'Timeline' },
  { path: ROUTES.evidence.path, label: 'Can the numbers be checked?' },
  { path: '/articles/', label: 'Articles' },
  { path: '/charts/', label: 'Charts' },
  { path: ROUTES.data.path, label: 'Data downloads' },
  { path: ROUTES.sources.path, label: 'Sources' },
  { path: ROUTES.about.path, label: 'About and method' },
];
