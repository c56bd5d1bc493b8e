// Chart behaviour in a real browser, once per kind of chart (the first id of
// each kind the registry has: bar, line, …; see chartsByKind), and in each
// further edition (be, ru) on its first chart page the build has: readable
// without JavaScript in the system's theme, the canvas replacing the image in
// exactly its box after a pointer move and drawing in its plot area, no
// animation under reduced motion, the image (not the canvas) in print, and
// reading by keyboard. Each chart page's and the gallery's clean load is in
// the sweep (harness/sweep-suite.ts); what differs by id (tables, manifest, files) is in
// tests/e2e/dist/charts.test.ts. Needs `npm run build` first.
import { describe, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describeWithBrowser, formatProblems, sweep, type StaticServer, type Theme } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import {
  boxDrift,
  canvasFingerprint,
  canvasInk,
  fetchJson,
  figureBoxes,
  onePerKind,
  until,
  visibleChartImages,
} from '../harness/chart-helpers.ts';
import { casesPerEdition } from '../harness/matrix.ts';
import { builtPageSet } from '../harness/built-pages.ts';

const THEMES: Theme[] = ['light', 'dark'];
const WIDTHS = [375, 1280];

interface Interactive {
  layouts: { wide: { config: { type: string } } };
  points: string[][];
}

interface Site {
  browser: Browser;
  server: StaticServer;
}

describeWithBrowser('chart behaviour, once per kind', () => {
  /** A page in a fresh context, with a reader's theme stored as the site keeps it. */
  async function open({ browser, server }: Site, path: string, theme: Theme, options: BrowserContextOptions = {}): Promise<Page> {
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

  const cases = casesPerEdition(onePerKind(), ([, id]) => `/charts/${id}/`, builtPageSet()).map(({ path, case: [kind] }) => [kind, path] as const);
  describe.each(cases)('a %s chart (%s)', (_kind, path) => {

    test.for(THEMES)('without JavaScript, in the system theme %s: the image of that theme shows, and nothing logs an error', async (theme, { browser, server }) => {
      // A context with JavaScript off; the sweep opens its page in it.
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme });
      try {
        const r = await sweep(context, server.url(path), {
          theme,
          width: 1280,
          axe: false,
          storedTheme: null,
          probes: { images: (page: Page) => visibleChartImages(page) },
        });
        expect(r.consoleErrors, formatProblems(r, ['console'])).toEqual([]);
        // The system's theme decides without JavaScript (prefers-color-scheme).
        expect(r.probes.images.map((i) => i.theme)).toEqual([theme]);
        expect(r.probes.images[0]!.naturalWidth).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });

    test.for(WIDTHS)('at %i px, a pointer move swaps in a canvas in the same box, drawn in its plot area', async (width, { browser, server }) => {
      const page = await open({ browser, server }, path, 'light', { viewport: { width, height: 800 } });
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

    test('under reduced motion, nothing animates', async ({ browser, server }) => {
      const page = await open({ browser, server }, path, 'light', { reducedMotion: 'reduce' });
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

    test('in print, the light image shows and the canvas does not', async ({ browser, server }) => {
      const page = await open({ browser, server }, path, 'dark');
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

    test('by keyboard: arrow keys move from value to value (line charts along the axes), show and announce it; Escape hides it', async ({ browser, server }) => {
      const page = await open({ browser, server }, path, 'light');
      try {
        // The chart's data, from the address its page fetches it at (its edition's).
        const src = await page.getAttribute('[data-chart-figure]', 'data-chart-src');
        const { points, layouts } = await fetchJson<Interactive>(new URL(src!, page.url()).href);
        const line = layouts.wide.config.type === 'line';
        const order = points[0]!.flatMap((_t, ci) => points.map((s) => s[ci]!));
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
