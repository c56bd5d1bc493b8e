/**
 * Links from one edition to another page of the site: to the page in the
 * reader's edition when the page is generated in it (PAGE_EDITIONS), to the
 * English page otherwise, and then the link says so ("in English", `lang`
 * and `hreflang` on it).
 */
import { localePath } from './editions.ts';
import type { Locale } from './locales.ts';
import { PAGE_EDITIONS, type PageName } from './page-editions.ts';
import { articleIn } from '../articles/translated.ts';

/** The PAGE_EDITIONS entry of an English route path ('/results/2025/regions/minsk-city/' → 'region'). */
export function pageOf(path: string): PageName {
  if (path === '/') return 'home';
  if (path === '/rss.xml') return 'rss';
  if (path === '/results/2025/regions/') return 'regions';
  if (path.startsWith('/results/2025/regions/')) return 'region';
  if (path.startsWith('/results/2025/')) return 'results';
  if (path === '/articles/') return 'articles';
  if (path.startsWith('/articles/')) return 'article';
  if (path === '/charts/') return 'charts';
  if (path.startsWith('/charts/')) return 'chart';
  const top = /^\/([a-z0-9-]+)\//.exec(path)?.[1];
  const byTop: Record<string, PageName> = {
    history: 'history',
    candidates: 'candidates',
    timeline: 'timeline',
    evidence: 'evidence',
    sources: 'sources',
    about: 'about',
    data: 'data',
    search: 'search',
  };
  const page = top ? byTop[top] : undefined;
  if (!page) throw new Error(`pageOf: no PAGE_EDITIONS entry for the route path ${JSON.stringify(path)}`);
  return page;
}

export interface EditionLink {
  /** The route path with its edition prefix (base not included). */
  path: string;
  /** The edition the linked page is in: the reader's, or 'en' when the page has no edition in the reader's language. */
  locale: Locale;
}

/** The page at English route path `path` (an #anchor kept), as a reader of `locale` is sent to it. */
export function editionLink(locale: Locale, path: string): EditionLink {
  const [route, hash] = path.split('#') as [string, string | undefined];
  const page = pageOf(route);
  // An article exists in an edition once it is translated into its language.
  const exists = page === 'article' ? articleIn(locale, route.split('/')[2] ?? '') : (PAGE_EDITIONS[page] as readonly Locale[]).includes(locale);
  const target: Locale = exists ? locale : 'en';
  return { path: `${localePath(target, route)}${hash === undefined ? '' : `#${hash}`}`, locale: target };
}
