/**
 * The one helper for internal URLs.
 *
 * Every link, asset path and absolute URL on the site goes through `href()` or
 * `absoluteUrl()`, so the same build can be hosted at any origin (`SITE_URL`)
 * and under any path (`BASE_PATH`); see astro.config.mjs.
 *
 * Plain TypeScript with erasable syntax only: it runs in Astro (Vite), in
 * Vitest and under bare Node 24 (scripts/), which has no `import.meta.env`.
 * Inside Astro the values come from `import.meta.env.BASE_URL` / `.SITE`;
 * elsewhere from `process.env.BASE_PATH` / `SITE_URL`, with the same defaults
 * as astro.config.mjs.
 */

import { DEFAULT_BASE_PATH, DEFAULT_SITE_URL } from '../site.ts';

export const DEFAULT_BASE = DEFAULT_BASE_PATH;
export const DEFAULT_SITE = DEFAULT_SITE_URL;

export interface UrlConfig {
  /** Base path, e.g. '/' or '/belarus-2025/' (slashes are normalised). */
  base: string;
  /** Site URL, e.g. 'https://example.org' (a trailing slash or a path is ignored: only the origin is used). */
  site: string;
}

export interface UrlHelpers {
  /** The normalised base path: always starts and ends with '/'. */
  base: string;
  /** The site origin, no trailing slash, e.g. 'https://example.org'. */
  origin: string;
  href: (path: string) => string;
  absoluteUrl: (path: string) => string;
}

/** '/x', 'x/', '//x//' → '/x/'; '', '/' → '/'. The same rule as astro.config.mjs. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** 'https://example.org/' → 'https://example.org'. Throws on a value that is not an absolute http(s) URL. */
export function normaliseOrigin(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`url.ts: SITE_URL must be an absolute URL such as https://example.org, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`url.ts: SITE_URL must use http or https, got ${JSON.stringify(value)}`);
  }
  return url.origin;
}

/** A scheme ('https:', 'mailto:', 'data:') or a protocol-relative '//host'. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * True when the last path segment looks like a file ('rss.xml', 'x.csv',
 * 'favicon.svg'): such paths keep no trailing slash. Page routes never
 * contain a dot in their last segment.
 */
function isFilePath(pathname: string): boolean {
  const last = pathname.split('/').pop() ?? '';
  return /\.[a-z0-9]+$/i.test(last);
}

export function createUrlHelpers(config: UrlConfig): UrlHelpers {
  const base = normaliseBase(config.base);
  const origin = normaliseOrigin(config.site);

  function href(path: string): string {
    if (typeof path !== 'string') {
      throw new TypeError(`href() expects a string path, got ${typeof path}`);
    }
    // External URLs pass through untouched; a bare '#anchor' or '?query'
    // stays relative to the current page.
    if (EXTERNAL.test(path) || path.startsWith('#') || path.startsWith('?')) return path;

    const cut = path.search(/[?#]/);
    const rawPath = cut === -1 ? path : path.slice(0, cut);
    const suffix = cut === -1 ? '' : path.slice(cut);

    let pathname = `/${rawPath}`.replace(/\/{2,}/g, '/');
    if (!pathname.endsWith('/') && !isFilePath(pathname)) pathname += '/';

    return `${base}${pathname.slice(1)}${suffix}`;
  }

  function absoluteUrl(path: string): string {
    if (EXTERNAL.test(path)) {
      if (path.startsWith('//')) return `${new URL(origin).protocol}${path}`;
      return path;
    }
    const local = path.startsWith('#') || path.startsWith('?') ? `/${path}` : path;
    return `${origin}${href(local)}`;
  }

  return { base, origin, href, absoluteUrl };
}

type Env = Record<string, string | boolean | undefined>;

/**
 * `import.meta.env` under Vite/Astro/Vitest; undefined under plain Node.
 * Written literally as `import.meta.env` (no cast around `import.meta`): Vite
 * and Vitest rewrite that exact expression.
 */
function viteEnv(): Env | undefined {
  const env: unknown = import.meta.env;
  return env !== null && typeof env === 'object' ? (env as Env) : undefined;
}

function nodeEnv(name: string): string | undefined {
  return typeof process !== 'undefined' && process.env ? process.env[name] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The configuration the current runtime sees (read on every call, so tests can change it). */
export function currentUrlConfig(): UrlConfig {
  const env = viteEnv();
  return {
    base: str(env?.BASE_URL) ?? nodeEnv('BASE_PATH') ?? DEFAULT_BASE,
    site: str(env?.SITE) ?? nodeEnv('SITE_URL') ?? DEFAULT_SITE,
  };
}

/**
 * Base-prefixed internal URL.
 *
 *   href('/results/2025/')     → '/belarus-2025/results/2025/'  (BASE_PATH=/belarus-2025/)
 *   href('results/2025')       → '/belarus-2025/results/2025/'  (page routes get a trailing slash)
 *   href('/data/x.csv')        → '/belarus-2025/data/x.csv'     (files do not)
 *   href('/sources/#menafn')   → '/belarus-2025/sources/#menafn'
 *   href('#main'), href('https://…') → unchanged
 */
export function href(path: string): string {
  return createUrlHelpers(currentUrlConfig()).href(path);
}

/**
 * Absolute URL: site origin + base + path. For canonical links, og:image,
 * RSS, the sitemap and embed snippets.
 *
 *   absoluteUrl('/charts/vote-share-2025/') → 'https://example.org/belarus-2025/charts/vote-share-2025/'
 */
export function absoluteUrl(path: string): string {
  return createUrlHelpers(currentUrlConfig()).absoluteUrl(path);
}
