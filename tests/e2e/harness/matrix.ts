// The one declared sweep matrix: which (page, theme, width) loads the
// browser project makes, and why each exists. Driven by the build: every
// sitemap URL and every embed, so a new page is swept without touching a
// test. tests/e2e/README.md explains each dropped combination.
//
// Editions: the site's language editions, by path prefix. The first (full)
// edition gets the full matrix; each further edition gets every URL once
// (light, 1,280 px) plus one page of each type dark at 320 px. Adding an
// edition is one line in EDITIONS.
import type { Theme } from './sweep.ts';

export interface Edition {
  /** Language tag, for test names. */
  lang: string;
  /** Path prefix of the edition's pages, with slashes: '/', '/be/'. */
  prefix: string;
  /** Full matrix (light 1,280 + dark 320 on every URL, one page per type at 375) or the reduced one. */
  full: boolean;
}

export const EDITIONS: readonly Edition[] = [
  { lang: 'en', prefix: '/', full: true },
  // { lang: 'be', prefix: '/be/', full: false },
  // { lang: 'ru', prefix: '/ru/', full: false },
];

export interface SweepCell {
  page: string;
  theme: Theme;
  width: number;
  /** Why this load exists (shown in the test name). */
  why: 'every URL, light, desktop' | 'every URL, dark, narrowest' | 'one per type, phone' | 'one per type, dark, narrowest';
}

/** The edition a site path belongs to: the one with the longest matching prefix. */
export function editionOf(sitePath: string, editions: readonly Edition[] = EDITIONS): Edition {
  const matches = editions.filter((e) => sitePath.startsWith(e.prefix));
  if (!matches.length) throw new Error(`${sitePath} is in no edition (${editions.map((e) => e.prefix).join(', ')})`);
  return matches.reduce((a, b) => (b.prefix.length > a.prefix.length ? b : a));
}

/**
 * The type of a page, from its path within its edition: pages that share a
 * parent folder with another page (`/charts/<id>/`, `/articles/<slug>/`,
 * `/embed/<id>/`, `/results/2025/regions/<region>/`) are one type,
 * `<parent>*`; any other page is a type of its own (`/`, `/charts/`, `/about/`).
 */
export function pageTypes(paths: readonly string[], editions: readonly Edition[] = EDITIONS): Map<string, string> {
  const local = (p: string) => `/${p.slice(editionOf(p, editions).prefix.length)}`;
  const parent = (p: string) => p.replace(/[^/]+\/?$/, '');
  // Top-level pages (`/about/`, `/404.html`) are each a type of their own.
  const family = (l: string) => (l === '/' || parent(l) === '/' ? undefined : parent(l));
  const siblings = new Map<string, number>();
  for (const p of paths) {
    const f = family(local(p));
    if (f) siblings.set(f, (siblings.get(f) ?? 0) + 1);
  }
  return new Map(
    paths.map((p) => {
      const l = local(p);
      const f = family(l);
      return [p, f && (siblings.get(f) ?? 0) > 1 ? `${f}*` : l];
    }),
  );
}

/** The first page of each type in each edition, in the order given. */
export function onePerType(paths: readonly string[], editions: readonly Edition[] = EDITIONS): string[] {
  const types = pageTypes(paths, editions);
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = `${editionOf(p, editions).prefix} ${types.get(p)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The cells for `paths` (sitemap URLs and embeds, site paths without the base). */
export function sweepMatrix(paths: readonly string[], editions: readonly Edition[] = EDITIONS): SweepCell[] {
  const sample = new Set(onePerType(paths, editions));
  const cells: SweepCell[] = [];
  for (const page of paths) {
    const full = editionOf(page, editions).full;
    cells.push({ page, theme: 'light', width: 1280, why: 'every URL, light, desktop' });
    if (full) cells.push({ page, theme: 'dark', width: 320, why: 'every URL, dark, narrowest' });
    else if (sample.has(page)) cells.push({ page, theme: 'dark', width: 320, why: 'one per type, dark, narrowest' });
    if (full && sample.has(page)) cells.push({ page, theme: 'light', width: 375, why: 'one per type, phone' });
  }
  return cells;
}
