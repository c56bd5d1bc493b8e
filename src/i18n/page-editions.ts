/**
 * Which editions each page and file is generated in. A page's
 * getStaticPaths reads its entry (`editionPaths(PAGE_EDITIONS.results)`), and
 * so do the social cards and the tests, so the three always agree. A page
 * joins an edition here once every word it writes is in that edition's
 * language.
 */
import { LOCALES, type Locale } from './locales.ts';

const ENGLISH = ['en'] as const satisfies readonly Locale[];
const ALL = LOCALES;

export const PAGE_EDITIONS = {
  // The 2025 results, the regions, the history of votes, the candidates.
  results: ENGLISH,
  regions: ENGLISH,
  region: ENGLISH,
  history: ENGLISH,
  candidates: ENGLISH,

  // Home, timeline, sources, the list of articles, search.
  home: ENGLISH,
  timeline: ENGLISH,
  sources: ENGLISH,
  articles: ENGLISH,
  search: ENGLISH,

  // The evidence page and the about page (method, changes, corrections), the feed.
  evidence: ENGLISH,
  about: ENGLISH,
  rss: ENGLISH,

  // Charts: the list, each chart's page and files, the embeds, the manifest.
  charts: ALL,
  chart: ALL,
  chartFiles: ALL,
  chartManifest: ALL,
  embed: ALL,

  // Data downloads: the page, the files, their schemas, README and licence.
  data: ENGLISH,
  dataFiles: ENGLISH,

  // The articles themselves are English only (their translations are content of their own).
  article: ENGLISH,
  notFound: ENGLISH,
} as const satisfies Record<string, readonly Locale[]>;

export type PageName = keyof typeof PAGE_EDITIONS;
