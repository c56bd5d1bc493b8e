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
  results: ALL,
  regions: ALL,
  region: ALL,
  history: ALL,
  candidates: ALL,

  // Home, timeline, sources, the list of articles, search.
  home: ALL,
  timeline: ALL,
  sources: ALL,
  articles: ALL,
  search: ALL,

  // The evidence page and the about page (method, changes, corrections), the feed.
  evidence: ALL,
  about: ALL,
  rss: ALL,

  // Charts: the list, each chart's page and files, the embeds, the manifest.
  charts: ALL,
  chart: ALL,
  chartFiles: ALL,
  chartManifest: ALL,
  embed: ALL,

  // Data downloads: the page, the files, their schemas, README and licence.
  data: ALL,
  dataFiles: ALL,

  // Each article in the editions it is translated into (src/articles/translated.ts says which).
  article: ALL,
  notFound: ENGLISH,
} as const satisfies Record<string, readonly Locale[]>;

export type PageName = keyof typeof PAGE_EDITIONS;
