// The chart gallery and every chart page in a real browser: the sweep (axe,
// console, requests, overflow) in both themes at a phone and a desktop
// width; then, per chart, what the issue promises: readable without
// JavaScript, the canvas replacing the image in exactly its box after a
// pointer move and drawing in its plot area, no animation under reduced
// motion, the image (not the canvas) in print, and reading by keyboard.
// Needs `npm run build` first (`npm test` does it).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describeWithBrowser, formatProblems, launchBrowser, serveDist, sweep, type StaticServer, type Theme } from './harness/index.ts';
import {
  boxDrift,
  canvasFingerprint,
  canvasInk,
  CANVAS_CHART_IDS,
  chartImagesLoaded,
  CHART_IDS,
  MAP_CHART_IDS,
  fetchJson,
  figureBoxes,
  until,
  visibleChartImages,
  type BuiltChartJson,
} from './chart-helpers.ts';

const THEMES: Theme[] = ['light', 'dark'];
const WIDTHS = [375, 1280];
const PAGES = ['/charts/', ...CHART_IDS.map((id) => `/charts/${id}/`)];

interface Interactive {
  layouts: { wide: { config: { type: string } } };
  points: string[][];
}

const probes = {
  images: async (page: Page) => {
    await chartImagesLoaded(page);
    return visibleChartImages(page);
  },
  figures: (page: Page) => page.locator('[data-chart-figure]').count(),
  maps: (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('svg[data-map]')).filter((s) => s.getClientRects().length > 0).length),
};
const isMapPage = (p: string) => (MAP_CHART_IDS as readonly string[]).some((id) => p === `/charts/${id}/`);

describeWithBrowser('chart pages', () => {
  let browser: Browser;
  let server: StaticServer;
  const data = new Map<string, BuiltChartJson>();
  const interactive = new Map<string, Interactive>();

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    for (const id of CHART_IDS) data.set(id, await fetchJson<BuiltChartJson>(server.url(`/charts/${id}/${id}.json`)));
    for (const id of CANVAS_CHART_IDS) interactive.set(id, await fetchJson<Interactive>(server.url(`/charts/${id}/interactive.json`)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page in a fresh context, with a reader's theme stored as the site keeps it. */
  async function open(path: string, theme: Theme, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme, ...options });
    await context.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const page = await context.newPage();
    await page.goto(server.url(path), { waitUntil: 'networkidle' });
    return page;
  }

  async function goLive(page: Page): Promise<void> {
    await page.hover('[data-chart-frame]');
    await page.waitForSelector('[data-chart-figure][data-chart-state="live"]', { timeout: 10_000 });
  }

  describe.each(PAGES.flatMap((p) => THEMES.flatMap((theme) => WIDTHS.map((width) => ({ p, theme, width })))))(
    '$p in the $theme theme at $width px',
    ({ p, theme, width }) => {
      test('has no axe violation, console error, failed request or sideways scroll', async () => {
        const r = await sweep(browser, server.url(p), { theme, width, probes });
        expect(r.status).toBe(200);
        expect(r.axe?.violations.length, formatProblems(r, ['axe'])).toBe(0);
        expect(r.consoleErrors.length, formatProblems(r, ['console'])).toBe(0);
        expect(r.failedRequests.length, formatProblems(r, ['requests'])).toBe(0);
        expect(r.overflow.overflowing, formatProblems(r, ['overflow'])).toBe(false);
      });

      test('shows each chart once, in the image of the theme (a map as its inline drawing)', async () => {
        const r = await sweep(browser, server.url(p), { theme, width, probes });
        expect(r.probes.maps).toBe(p === '/charts/' ? MAP_CHART_IDS.length : isMapPage(p) ? 1 : 0);
        if (isMapPage(p)) {
          expect(r.probes.images).toEqual([]);
          return;
        }
        const expected = p === '/charts/' ? CANVAS_CHART_IDS.length : 1;
        expect(r.probes.images.length).toBe(expected);
        expect(r.probes.images.map((i) => i.theme)).toEqual(Array(expected).fill(theme));
        if (p !== '/charts/') expect(r.probes.images[0]!.naturalWidth, JSON.stringify(r.probes.images)).toBeGreaterThan(0);
      });
    },
  );

  test('the manifest lists every image as served, with the text it drew: the chart’s own values', async () => {
    const manifest = await fetchJson<{
      charts: { id: string; images: { path: string; format: string; role: string; texts: string[]; stageText: string }[] }[];
    }>(server.url('/charts/manifest.json'));
    expect(manifest.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const chart of manifest.charts) {
      const json = data.get(chart.id)!;
      const values = json.values.filter((v) => v.value !== null).map((v) => v.display);
      for (const image of chart.images) {
        const response = await fetch(server.url(image.path));
        expect(response.status, image.path).toBe(200);
        expect(response.headers.get('content-type'), image.path).toBe(image.format === 'svg' ? 'image/svg+xml' : 'image/png');
        await response.arrayBuffer();
        // What the image says, read from the manifest: values of this chart only (ticks aside).
        const drawn = image.texts.join('\n').match(/\d+(?:\.\d+)?%/g) ?? [];
        // A value the source qualifies ("about 61.7%") is drawn with its qualifier before the number.
        for (const t of drawn) expect(values.some((v) => v === t || v.endsWith(` ${t}`)) || /^\d+%$/.test(t), `${image.path} drew ${t}`).toBe(true);
        if (image.role === 'display' && json.series.length === 1) for (const v of values) expect(image.texts, `${image.path} lacks ${v}`).toContain(v);
      }
    }
  });

  describe.each(CANVAS_CHART_IDS.map((id) => [id]))('%s', (id) => {
    const path = `/charts/${id}/`;

    test('without JavaScript: the image shows and the table has one row per category, with a cell per value', async () => {
      const json = data.get(id)!;
      for (const theme of THEMES) {
        // A context with JavaScript off; the sweep opens its page in it.
        const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme });
        const r = await sweep(context, server.url(path), {
          theme,
          width: 1280,
          axe: false,
          storedTheme: null,
          probes: {
            images: (page: Page) => visibleChartImages(page),
            table: (page: Page) =>
              page.evaluate((chart) => {
                const table = document.querySelector(`table[data-chart-table="${chart}"]`)!;
                return {
                  rows: table.querySelectorAll('tbody tr').length,
                  rowHeaders: table.querySelectorAll('tbody th[scope="row"]').length,
                  columnHeaders: table.querySelectorAll('thead th[scope="col"]').length,
                  cells: table.querySelectorAll('tbody td').length,
                  gaps: Array.from(table.querySelectorAll('tbody td')).filter((td) => td.textContent === 'no official figure found').length,
                };
              }, id),
            // Without JavaScript nothing may be focusable that does nothing.
            focusableFrame: (page: Page) => page.evaluate(() => document.querySelector('[data-chart-frame]')!.hasAttribute('tabindex')),
          },
        });
        expect(r.consoleErrors, formatProblems(r, ['console'])).toEqual([]);
        // The system's theme decides without JavaScript (prefers-color-scheme).
        expect(r.probes.images.map((i) => i.theme)).toEqual([theme]);
        expect(r.probes.images[0]!.naturalWidth).toBeGreaterThan(0);
        expect(r.probes.table).toEqual({
          rows: json.categories.length,
          rowHeaders: json.categories.length,
          columnHeaders: json.series.length + 1,
          cells: json.values.length,
          gaps: json.values.filter((v) => v.value === null).length,
        });
        expect(r.probes.focusableFrame).toBe(false);
        await context.close();
      }
    });

    test.each(WIDTHS)('at %i px, a pointer move swaps in a canvas in the same box, drawn in its plot area', async (width) => {
      const page = await open(path, 'light', { viewport: { width, height: 800 } });
      try {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.locator('[data-chart-frame]').scrollIntoViewIfNeeded();
        const before = await figureBoxes(page);
        const requestsBefore = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        expect(requestsBefore.some((u) => /interactive(?:-(?:bar|line))?\.[\w-]+\.js$/.test(u)), 'Chart.js loaded before any interaction').toBe(false);
        await goLive(page);
        const after = await figureBoxes(page);
        expect(boxDrift(before, after), `${JSON.stringify(before)}\n${JSON.stringify(after)}`).toBeLessThanOrEqual(1);
        const geometry = await page.evaluate(() => {
          const img = Array.from(document.querySelectorAll('svg[data-chart-drawing]')).find((i) => i.getClientRects().length > 0)!;
          const canvas = document.querySelector('.chart-figure__canvas canvas')!;
          const a = img.getBoundingClientRect();
          const b = canvas.getBoundingClientRect();
          return { dx: Math.abs(a.x - b.x), dy: Math.abs(a.y - b.y), dw: Math.abs(a.width - b.width), dh: Math.abs(a.height - b.height), imgVisibility: getComputedStyle(img).visibility };
        });
        expect(Math.max(geometry.dx, geometry.dy, geometry.dw, geometry.dh), JSON.stringify(geometry)).toBeLessThanOrEqual(1);
        expect(geometry.imgVisibility).toBe('hidden');
        await until(async () => (await canvasInk(page)).inked > 0, 'the canvas to draw');
        const ink = await canvasInk(page);
        expect(ink.inked, JSON.stringify(ink)).toBeGreaterThan(200);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    test('under reduced motion, nothing animates', async () => {
      const page = await open(path, 'light', { reducedMotion: 'reduce' });
      try {
        await page.locator('[data-chart-frame]').focus();
        await page.waitForSelector('[data-chart-state="live"]');
        expect(await page.getAttribute('[data-chart-figure]', 'data-chart-motion')).toBe('off');
        // Move to a value and compare the canvas at once and later: with no animation, the first frame is the last.
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const first = await canvasFingerprint(page);
        await page.waitForTimeout(400);
        expect(await canvasFingerprint(page)).toBe(first);
      } finally {
        await page.context().close();
      }
    });

    test('in print, the light image shows and the canvas does not', async () => {
      const page = await open(path, 'dark');
      try {
        await goLive(page);
        await page.emulateMedia({ media: 'print' });
        await until(async () => (await visibleChartImages(page)).some((i) => i.naturalWidth > 0), 'the light image to load for print');
        const images = await visibleChartImages(page);
        expect(images.map((i) => [i.theme, i.visibility])).toEqual([['light', 'visible']]);
        const canvasDisplay = await page.evaluate(() => getComputedStyle(document.querySelector('.chart-figure__canvas')!).display);
        expect(canvasDisplay).toBe('none');
      } finally {
        await page.context().close();
      }
    });

    test('by keyboard: arrow keys move from value to value (line charts along the axes), show and announce it; Escape hides it', async () => {
      const { points, layouts } = interactive.get(id)!;
      const line = layouts.wide.config.type === 'line';
      const order = points[0]!.flatMap((_t, ci) => points.map((s) => s[ci]!));
      const page = await open(path, 'light');
      try {
        const frame = page.locator('[data-chart-frame]');
        await frame.focus();
        await page.waitForSelector('[data-chart-state="live"]');
        expect(await frame.getAttribute('tabindex')).toBe('0');
        const readout = page.locator('[data-chart-readout]');
        const live = page.locator('[data-chart-live]');
        expect(await live.getAttribute('aria-live')).toBe('polite');
        const state = async () => ({ hidden: await readout.isHidden(), shown: await readout.textContent(), said: await live.textContent() });
        const press = async (key: string, expected: string, what: string) => {
          await page.keyboard.press(key);
          await until(async () => (await live.textContent()) === expected, what);
          expect(await state()).toEqual({ hidden: false, shown: expected, said: expected });
        };

        if (line) {
          // ←/→ along the x axis within a series; ↑/↓ between series at the same point; Home/End to the ends.
          const first = points[0]!;
          await press('ArrowRight', first[0]!, 'the first point of the first series');
          await press('ArrowRight', first[1]!, 'the next point along the x axis');
          await press('End', first.at(-1)!, 'the last point of the series');
          await press('ArrowLeft', first.at(-2)!, 'the point before, same series');
          if (points.length > 1) {
            await press('ArrowDown', points[1]!.at(-2)!, 'the same point of the next series');
            await press('ArrowUp', first.at(-2)!, 'back to the first series');
          }
          await press('Home', first[0]!, 'the first point of the series');
        } else {
          // Bar by bar, in table order.
          await press('ArrowRight', order[0]!, 'the first value to be announced');
          await press('ArrowDown', order[1]!, 'the second value to be announced');
          await press('End', order.at(-1)!, 'the last value to be announced');
          await press('ArrowLeft', order.at(-2)!, 'the one before to be announced');
          await press('Home', order[0]!, 'the first bar');
        }

        await page.keyboard.press('Escape');
        expect(await readout.isHidden()).toBe(true);
        // Focus stays on the chart, so reading can go on.
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-chart-frame'))).toBe(true);
      } finally {
        await page.context().close();
      }
    });
  });
});
