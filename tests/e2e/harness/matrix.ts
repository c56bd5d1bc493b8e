// The one declared sweep matrix: which (page, theme, width) loads the
// browser project makes, and why each exists. Driven by the build: every
// sitemap URL and every embed, so a new page is swept without touching a
// test. tests/e2e/README.md explains each dropped combination.
//
// Editions: the site's language editions (src/i18n/locales.ts), by path
// prefix. The first (English, full) gets the full matrix; each further
// edition gets every URL it has in the build once (light, 1,280 px) plus one
// page of each type dark at 320 px. The pages come from the build (the
// sitemap, the embed and 404 files), so a page that joins an edition
// (src/i18n/page-editions.ts) is swept without touching a test.
import type { Theme } from './sweep.ts';
import { LOCALES, LOCALE_INFO } from '../../../src/i18n/locales.ts';

export interface Edition {
  /** Language tag, for test names. */
  lang: string;
  /** Path prefix of the edition's pages, with slashes: '/', '/be/'. */
  prefix: string;
  /** Full matrix (light 1,280 + dark 320 on every URL, one page per type at 375) or the reduced one. */
  full: boolean;
}

export const EDITIONS: readonly Edition[] = LOCALES.map((lang, i) => ({ lang, prefix: `${LOCALE_INFO[lang].prefix}/`, full: i === 0 }));

/**
 * The pages to sweep besides the sitemap's, from the build's files (paths
 * relative to dist/): every edition's embeds (`<prefix>embed/<id>/`) and
 * 404 page, in edition order.
 */
export function builtExtras(files: readonly string[], editions: readonly Edition[] = EDITIONS): string[] {
  const out: string[] = [];
  for (const kind of ['embed', '404'] as const) {
    for (const e of editions) {
      const rel = e.prefix.slice(1);
      for (const f of files) {
        if (!f.startsWith(rel)) continue;
        const local = f.slice(rel.length);
        if (kind === 'embed' && /^embed\/[^/]+\/index\.html$/.test(local)) out.push(`/${f.slice(0, -'index.html'.length)}`);
        if (kind === '404' && local === '404.html') out.push(`/${f}`);
      }
    }
  }
  return out;
}

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

/**
 * Behaviour cases per edition: every case in the full edition (English),
 * and in each further edition the first case whose page it has built (one
 * page of the type per edition). `pathOf` gives the English page of a case.
 */
export function casesPerEdition<C>(cases: readonly C[], pathOf: (c: C) => string, pages: ReadonlySet<string>, editions: readonly Edition[] = EDITIONS): { lang: string; path: string; case: C }[] {
  const out: { lang: string; path: string; case: C }[] = [];
  for (const e of editions) {
    const local = (c: C) => `${e.prefix}${pathOf(c).replace(/^\//, '')}`;
    const built = cases.filter((c) => e.full || pages.has(local(c).replace(/[?#].*$/, '')));
    for (const c of e.full ? built : built.slice(0, 1)) out.push({ lang: e.lang, path: local(c), case: c });
  }
  return out;
}

/**
 * Pages enough to show every (marker, page type) pair of `paths` at least
 * once, `always` first, then greedily the page that shows the most pairs not
 * yet shown (ties in the order given).
 */
export function coverMarkers(paths: readonly string[], markersOf: ReadonlyMap<string, ReadonlySet<string>>, always: readonly string[] = []): string[] {
  const types = pageTypes(paths);
  const pairs = (p: string) => [...(markersOf.get(p) ?? [])].map((m) => `${types.get(p)} ${m}`);
  const shown = new Set<string>();
  const chosen: string[] = [];
  const take = (p: string) => {
    chosen.push(p);
    for (const x of pairs(p)) shown.add(x);
  };
  for (const p of always) if (paths.includes(p)) take(p);
  for (;;) {
    let best: string | undefined;
    let gain = 0;
    for (const p of paths) {
      if (chosen.includes(p)) continue;
      const n = pairs(p).filter((x) => !shown.has(x)).length;
      if (n > gain) [best, gain] = [p, n];
    }
    if (!best) return chosen;
    take(best);
  }
}
