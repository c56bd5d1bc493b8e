// The sweep: every (page, theme, width) of the declared matrix
// (harness/matrix.ts: every sitemap URL, every embed and the 404 page, light
// at 1,280 px and dark at 320 px, plus one page of each type at 375 px),
// served with the built `_headers` applied as Cloudflare applies them, loaded
// once each. Every load must be clean (expectClean: status 200, the theme
// asked for, no axe violation (WCAG 2.x A/AA), console error, failed request,
// CSP violation or sideways scroll), name its landmarks distinctly, show each
// chart once, in the image of its theme, paint every map in the fills of its
// theme, and, for an embed, hold everything it shows in its HTML (no
// stylesheet or chart image fetched, nothing render-blocking). Then the first
// paint: dark from the first frame when the stored theme is dark and the
// system's light.
// Needs `npm run build` first (`npm test` does it).
//
// The matrix is cut into SWEEP_SHARDS shards, one test file each
// (browser/sweep-1.test.ts, …): cell i goes to shard i mod SWEEP_SHARDS, so
// each of the browser project's two workers sweeps half the pages with its
// own Chromium, beside the behaviour files. `SWEEP_TIMINGS=<file>` writes
// each load's timings (load, probes, axe) to <file>.<shard>.json.
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeWithBrowser,
  effectiveBackground,
  isDarkSnapshot,
  sweep,
  type Probes,
  type SweepOptions,
  type SweepResult,
} from './index.ts';
import { siteTest as test } from './fixture.ts';
import { expectClean } from './expect-clean.ts';
import { EDITIONS, editionOf, onePerType, pageTypes, sweepMatrix, type SweepCell } from './matrix.ts';
import { builtPages } from './built-pages.ts';
import { parseColor } from './colors.ts';
import { fillColours } from '../../../src/charts/map/scale.ts';
import { SWEEP_CONCURRENCY, limiter } from './concurrency.ts';

/** Every sitemap URL of every edition, every edition's embeds and 404 page: what the build holds. */
const PAGES = builtPages();
const MATRIX = sweepMatrix(PAGES);
/** Test files the matrix is cut into (browser/sweep-<n>.test.ts). */
const SWEEP_SHARDS = 2;

interface ChartShown {
  /** Charts on the page: figures, or the gallery's cards. */
  figures: number;
  /** The chart images a reader sees (not display: none). */
  images: { theme: string; naturalWidth: number; firstScreen: boolean }[];
}

/** The charts as drawn: bar and line charts are inline SVG in the HTML (maps have their own checks). */
async function charts(page: Page): Promise<ChartShown> {
  return page.evaluate(() => ({
    // A chart is its figure, or in the gallery the card holding its drawing.
    figures: new Set(Array.from(document.querySelectorAll('svg[data-chart-drawing]'), (svg) => svg.closest('[data-chart-figure]') ?? svg.parentElement)).size,
    images: Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-chart-drawing]'))
      .filter((svg) => svg.getClientRects().length > 0)
      .map((svg) => {
        // The resolved paint of the drawing's first text (its colours are light-dark() pairs).
        const text = svg.querySelector('text.ft, text.fm');
        const fill = text ? getComputedStyle(text).fill : '';
        const light = /^rgb\((27, 30, 35|81, 90, 102)\)$/.test(fill);
        const dark = /^rgb\((230, 233, 237|169, 177, 188)\)$/.test(fill);
        return {
          theme: light ? 'light' : dark ? 'dark' : `unknown (${fill})`,
          naturalWidth: svg.getBoundingClientRect().width,
          firstScreen: svg.getBoundingClientRect().top < innerHeight,
        };
      }),
  }));
}

interface MapShapes {
  /** Region shapes shown, per map on the page. */
  shapes: number[];
  /** Each shown shape's fill class and the colour painted. */
  fills: { cls: string; fill: string }[];
}

/** Every map drawn on the page (chart, embed, gallery card, a region page's locator). */
async function maps(page: Page): Promise<MapShapes> {
  return page.evaluate(() => {
    const shown = (svg: Element) => Array.from(svg.querySelectorAll<SVGPathElement>('.map__shape')).filter((p) => p.getClientRects().length > 0);
    const svgs = Array.from(document.querySelectorAll('svg[data-map]')).filter((s) => s.getClientRects().length > 0);
    return {
      shapes: svgs.map((s) => shown(s).length),
      fills: svgs.flatMap(shown).map((p) => ({ cls: Array.from(p.classList).find((c) => c.startsWith('m-'))?.slice(2) ?? '(none)', fill: getComputedStyle(p).fill })),
    };
  });
}

/** A computed `rgb(…)` against a `#rrggbb`. */
function sameColour(computed: string, hex: string | undefined): boolean {
  const x = parseColor(computed);
  if (!x || !hex) return false;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return x.r === r && x.g === g && x.b === b;
}

/**
 * What the page fetched: resources that blocked rendering, stylesheets or
 * chart images fetched at all, and every request started before the first
 * contentful paint (for an embed, the HTML must be the only one).
 */
async function resources(page: Page): Promise<{ blocking: string[]; fetched: string[]; beforePaint: string[] }> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    return {
      blocking: entries.filter((e) => e.renderBlockingStatus === 'blocking').map((e) => e.name),
      fetched: entries.map((e) => e.name).filter((u) => /\.css(\?|$)|\/charts\/.*\.(svg|png)(\?|$)/.test(u)),
      // The favicon is left out: a browser asks for it only for a top-level page, and the
      // sweep loads embeds top-level; framed on a host page, an embed's only request is
      // its HTML (tests/e2e/browser/inline-charts.test.ts).
      beforePaint: entries.filter((e) => e.startTime < fcp && !/\/favicon\.svg$/.test(e.name)).map((e) => e.name),
    };
  });
}

interface Landmark {
  role: string;
  name: string;
}

/** The landmarks a reader gets (rendered, not hidden), with their names; two of one role need different names. */
const probes = {
  charts,
  maps,
  resources,
  landmarks: async (page: Page): Promise<Landmark[]> =>
    page.evaluate(() => {
      const roleOf = (el: Element): string | null => {
        const explicit = el.getAttribute('role');
        if (explicit) return explicit;
        const tag = el.tagName.toLowerCase();
        const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
        if (tag === 'nav') return 'navigation';
        if (tag === 'main') return 'main';
        if (tag === 'aside') return 'complementary';
        if (tag === 'section' && named) return 'region';
        if (tag === 'form' && named) return 'form';
        const sectioning = el.parentElement?.closest('article, aside, main, nav, section');
        if (tag === 'header' && !sectioning) return 'banner';
        if (tag === 'footer' && !sectioning) return 'contentinfo';
        return null;
      };
      const LANDMARKS = new Set(['navigation', 'main', 'complementary', 'region', 'form', 'search', 'banner', 'contentinfo']);
      const nameOf = (el: Element): string => {
        const ids = el.getAttribute('aria-labelledby');
        if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
        return el.getAttribute('aria-label')?.trim() ?? '';
      };
      const out: { role: string; name: string }[] = [];
      for (const el of Array.from(document.querySelectorAll('nav, main, aside, section, form, header, footer, [role]'))) {
        const role = roleOf(el);
        if (!role || !LANDMARKS.has(role)) continue;
        if (!(el as HTMLElement).checkVisibility?.({ visibilityProperty: true })) continue;
        if (el.closest('[aria-hidden="true"]')) continue;
        out.push({ role, name: nameOf(el) });
      }
      return out;
    }),
} satisfies Probes;

/** Landmarks of one role with the same name (or none), more than once: a screen reader's landmark list cannot tell them apart. */
function duplicateLandmarks(landmarks: readonly Landmark[]): string[] {
  const count = new Map<string, number>();
  for (const l of landmarks) count.set(`${l.role} "${l.name}"`, (count.get(`${l.role} "${l.name}"`) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
}

type Shown = { charts: ChartShown; maps: MapShapes; resources: { blocking: string[]; fetched: string[] }; landmarks: Landmark[] };
type Result = SweepResult<Shown>;

/** The sweep's tests for shard `shard` (0-based) of SWEEP_SHARDS; shard 0 also checks the matrix and the first paint. */
export function sweepShard(shard: number): void {
    const cells = MATRIX.filter((_, i) => i % SWEEP_SHARDS === shard);

  describeWithBrowser(`the sweep (${shard + 1} of ${SWEEP_SHARDS}): sitemap URLs and embeds under the _headers CSP`, () => {
    const results = new Map<SweepCell, Promise<Result>>();

    test.beforeAll(async ({ browser, server }) => {
      // Every load is queued now, a few in flight at once in separate contexts
      // of the one browser; each test awaits its own.
      const limit = limiter(SWEEP_CONCURRENCY);
      for (const cell of cells) {
        const options: SweepOptions<Shown> = { theme: cell.theme, width: cell.width, probes };
        const run = limit(() => sweep(browser, server.url(cell.page), options));
        run.catch(() => {}); // reported by the test that awaits it
        results.set(cell, run);
      }
    });
    test.afterAll(async () => {
      await Promise.allSettled(results.values());
      if (process.env.SWEEP_TIMINGS) {
        const rows = [];
        for (const [cell, run] of results) {
          const r = await run.catch(() => null);
          if (r) rows.push({ ...cell, ...r.timings });
        }
        writeFileSync(`${process.env.SWEEP_TIMINGS}.${shard + 1}.json`, JSON.stringify(rows, null, 1));
      }
    });

    if (shard === 0) test('the matrix covers the sitemap, the embeds and one page of each type, each cell in one shard', () => {
      expect(PAGES.length).toBeGreaterThan(30);
      expect(PAGES.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(0);
      expect(new Set(PAGES).size).toBe(PAGES.length);
      const types = new Set(pageTypes(PAGES).values());
      for (const t of ['/', '/charts/*', '/embed/*', '/articles/*', '/404.html']) expect(types, t).toContain(t);
      // One page of each type at 375 px, in the full (English) edition.
      expect(MATRIX.filter((c) => c.width === 375).map((c) => c.page)).toEqual(onePerType(PAGES.filter((p) => editionOf(p) === EDITIONS[0])));
      expect(EDITIONS[0]!.full).toBe(true);
      // Every page of a further edition once, light at 1,280 px; one of each of its types dark at 320 px.
      for (const e of EDITIONS.filter((x) => !x.full)) {
        const pages = PAGES.filter((p) => editionOf(p) === e);
        expect(MATRIX.filter((c) => editionOf(c.page) === e && c.width === 1280).map((c) => c.page), e.lang).toEqual(pages);
        expect(MATRIX.filter((c) => editionOf(c.page) === e && c.width === 320).map((c) => c.page), e.lang).toEqual(onePerType(pages));
      }
      const shards = Array.from({ length: SWEEP_SHARDS }, (_, n) => MATRIX.filter((_, i) => i % SWEEP_SHARDS === n));
      expect(shards.flat().length).toBe(MATRIX.length);
      expect(new Set(shards.flat()).size).toBe(MATRIX.length);
    });

    test.each(cells)('$page ($theme, $width px; $why)', async (cell) => {
      const r = await results.get(cell)!;
      // Embeds follow the host's theme (?theme=, else the system's), not the site's stored choice.
      expectClean(r, { theme: /^\/(?:[a-z]{2}\/)?embed\//.test(cell.page) ? undefined : cell.theme });
      const dupes = duplicateLandmarks(r.probes.landmarks);
      expect(dupes, `landmarks of one role need distinct names on ${cell.page}: ${JSON.stringify(r.probes.landmarks)}`).toEqual([]);
      // Each chart once, in the image of the theme (the system's is the same here, so embeds agree).
      const { figures, images } = r.probes.charts;
      expect(images.length, JSON.stringify(r.probes.charts)).toBe(figures);
      expect(images.map((i) => i.theme)).toEqual(Array(figures).fill(cell.theme));
      for (const i of images.filter((x) => x.firstScreen)) expect(i.naturalWidth, `a chart image in the first screen did not load: ${JSON.stringify(images)}`).toBeGreaterThan(0);
      // Every map: its regions and the Minsk city inset drawn, each in the fill of its class in this theme.
      const m = r.probes.maps;
      for (const n of m.shapes) expect(n, `shapes of a map on ${cell.page}`).toBeGreaterThanOrEqual(8);
      const colours = fillColours(cell.theme);
      const wrong = m.fills.filter((f) => !sameColour(f.fill, colours[f.cls]));
      expect(wrong, `map fills not of the ${cell.theme} theme on ${cell.page}`).toEqual([]);
      // An embed paints from its HTML alone: no stylesheet or chart image fetched, nothing
      // render-blocking, and no request but the HTML's started before the first paint.
      if (cell.page.startsWith('/embed/')) expect(r.probes.resources, cell.page).toEqual({ blocking: [], fetched: [], beforePaint: [] });
    });
  });

  if (shard === 0) describeWithBrowser('the first paint with the stored theme dark and a light system theme', () => {
    test.for(['/', '/results/2025/'])('%s is dark from the first paint, before any deferred or module script', async (page, { browser, server }) => {
      const r = await sweep(browser, server.url(page), { theme: 'dark', systemScheme: 'light', width: 1280, axe: false });
      const { bodyStart, domContentLoaded, firstFrame } = r.firstPaint;
      const state = JSON.stringify(r.firstPaint, null, 2);

      // Set by a blocking script in <head>: at the start of <body> no module
      // or deferred script can have run yet.
      expect(bodyStart?.theme, `data-theme when <body> started\n${state}`).toBe('dark');
      expect(domContentLoaded?.theme, `data-theme at DOMContentLoaded\n${state}`).toBe('dark');
      expect(firstFrame?.theme, `data-theme at the first frame\n${state}`).toBe('dark');

      // The first frame comes after render-blocking CSS, so its colours are
      // the ones first painted. At DOMContentLoaded the stylesheets may still
      // be loading; check the colour there only when they have arrived.
      expect(firstFrame && isDarkSnapshot(firstFrame), `background at the first frame: ${firstFrame && effectiveBackground(firstFrame)}\n${state}`).toBe(true);
      if (domContentLoaded && domContentLoaded.pendingStylesheets === 0) {
        expect(isDarkSnapshot(domContentLoaded), `background at DOMContentLoaded: ${effectiveBackground(domContentLoaded)}\n${state}`).toBe(true);
      }
      // The rest of the load is clean too (axe is the sweep's job).
      expectClean(r, { theme: 'dark', kinds: ['console', 'requests', 'overflow', 'csp'] });
    });
  });
}
