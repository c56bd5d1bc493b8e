// The chart drawing is in the HTML: with JavaScript off it shows, in the
// colours of the theme the reader's system asks for; an embed paints its
// chart from its HTML alone, under the `_headers` CSP (its inline stylesheet
// and theme script allowed by their hashes): once per kind of chart (bar,
// line, map: one template each), every other request refused. For every
// embed, in both themes, the sweep (harness/sweep-suite.ts) checks that nothing
// blocked rendering and no stylesheet or chart image was fetched, under the
// CSP. Needs `npm run build` first.
import { describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeWithBrowser, type StaticServer, type Theme } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import { embedFrame, hostPage, onePerKind, serveFiles, visibleChartImages } from '../harness/chart-helpers.ts';
import { MAP_CHART_IDS } from '../../../src/schemas/chart-ids.ts';

const THEMES: Theme[] = ['light', 'dark'];
/** The first id of each kind: bar, line (the registry's kinds) and map. */
const KINDS: [kind: string, id: string][] = [...onePerKind(), ['map', MAP_CHART_IDS[0]]];

describeWithBrowser('inline chart drawings', () => {
  let browser: Browser;
  let server: StaticServer;

  test.beforeAll(async ({ browser: b, server: s }) => {
    browser = b;
    server = s;
  });

  async function open(path: string, theme: Theme, options: { js: boolean; width?: number; onlyDocument?: boolean }) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 800, height: 900 },
      colorScheme: theme,
      javaScriptEnabled: options.js,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    if (options.onlyDocument) {
      await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
    }
    await page.goto(server.url(path), { waitUntil: 'load' });
    return { page, problems, requests, close: () => context.close() };
  }

  describe.each(THEMES)('JavaScript off, %s system theme', (theme) => {
    test.each(['/embed/vote-share-2025/', '/charts/turnout-history/', '/embed/early-voting-by-region-2025/'])('%s shows the drawing in the theme', async (path) => {
      const { page, close } = await open(path, theme, { js: false });
      try {
        const shown = await visibleChartImages(page);
        expect(shown.map((s) => [s.theme, s.src, s.complete])).toEqual([[theme, 'wide', true]]);
        expect(shown[0]!.naturalWidth).toBeGreaterThan(300);
      } finally {
        await close();
      }
    });

    test('a phone gets the narrow drawing', async () => {
      const { page, close } = await open('/embed/turnout-history/', theme, { js: false, width: 375 });
      try {
        expect((await visibleChartImages(page)).map((s) => [s.theme, s.src])).toEqual([[theme, 'narrow']]);
      } finally {
        await close();
      }
    });
  });

  describe.each(THEMES)('an embed, %s, under its CSP', (theme) => {
    test.each(KINDS)('a %s embed (%s): the HTML alone paints the chart, themed', async (_kind, id) => {
      // Every request but the document refused: what shows is what the one response holds.
      const alone = await open(`/embed/${id}/`, theme, { js: true, onlyDocument: true });
      try {
        // A map is drawn by its own code (svg[data-map], themed by map.css); bar and line charts by the inline drawing.
        const map = await alone.page.evaluate(() => [...document.querySelectorAll('svg[data-map]')].filter((s) => s.getBoundingClientRect().width > 300).length);
        if (map === 0) expect((await visibleChartImages(alone.page)).map((s) => s.theme)).toEqual([theme]);
        else expect(map).toBe(1);
        // The inline stylesheet applied (the hash let it through): the embed's own layout, not the browser's default.
        const bg = await alone.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(20, 23, 27)');
        expect(alone.problems.filter((p) => /Content Security Policy/i.test(p))).toEqual([]);
      } finally {
        await alone.close();
      }
    });
  });

  test.each(KINDS)('on a host page, a %s embed (%s) costs one request, its HTML, until a reader points at it', async (_kind, id) => {
    // The embed's script is inline (src/charts/client/inline-embed-module.ts) and a
    // framed page fetches no favicon, so the host's frame asks for nothing but the
    // embed's document; Chart.js waits for the first interaction.
    const host = await serveFiles({ 'index.html': hostPage(`<iframe src="${server.url(`/embed/${id}/`)}" width="640" height="600" title="chart"></iframe>`) }, '127.0.0.1');
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(host.url('/'), { waitUntil: 'networkidle' });
      await embedFrame(page);
      expect(requests.filter((u) => u.startsWith(server.url('/')))).toEqual([server.url(`/embed/${id}/`)]);
    } finally {
      await context.close();
      await host.dispose();
    }
  });

  describe.each(THEMES)('embed options, %s, under the CSP', (theme) => {
    const id = 'turnout-history';
    const shown = (page: import('playwright-core').Page, selector: string) =>
      page.evaluate((sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0), selector);

    test('?plain: the drawing and the table only; with JavaScript off, the full form', async () => {
      const on = await open(`/embed/${id}/?plain&theme=${theme}`, theme, { js: true });
      try {
        expect(await on.page.evaluate(() => document.documentElement.hasAttribute('data-embed-plain'))).toBe(true);
        for (const sel of ['.chart-figure__title', '.chart-figure__subtitle', '.chart-figure__caption']) expect(await shown(on.page, sel), sel).toBe(false);
        expect(await shown(on.page, '.chart-figure__data')).toBe(true);
        expect((await visibleChartImages(on.page)).map((s) => s.theme)).toEqual([theme]);
        expect(on.problems).toEqual([]);
      } finally {
        await on.close();
      }
      const off = await open(`/embed/${id}/?plain`, theme, { js: false });
      try {
        for (const sel of ['.chart-figure__title', '.chart-figure__caption', '.chart-figure__data']) expect(await shown(off.page, sel), sel).toBe(true);
      } finally {
        await off.close();
      }
    });

    test('?transparent: no background; with JavaScript off, the page colour', async () => {
      const bgs = (page: import('playwright-core').Page) =>
        page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);
      const on = await open(`/embed/${id}/?transparent&theme=${theme}`, theme, { js: true });
      try {
        expect(await bgs(on.page)).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
        expect((await visibleChartImages(on.page)).map((s) => s.theme)).toEqual([theme]);
        expect(on.problems).toEqual([]);
      } finally {
        await on.close();
      }
      const off = await open(`/embed/${id}/?transparent`, theme, { js: false });
      try {
        const opaque = theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(20, 23, 27)';
        expect(await bgs(off.page)).toEqual([opaque, opaque]);
      } finally {
        await off.close();
      }
    });

    test('?transparent: outlined bars stay hollow, in the drawing and in the live chart', async () => {
      // The chart whose estimates are outlined bars (theme:background inside a ring).
      const outlined = 'lukashenka-2020-official-vs-estimates';
      const insides = (page: import('playwright-core').Page) =>
        page.evaluate(() => [...document.querySelectorAll('svg[data-chart-drawing] .fb')].map((e) => getComputedStyle(e).fill));
      /** The live chart's pixel at the middle of the first outlined bar's inside (its alpha). */
      const liveInside = (page: import('playwright-core').Page) =>
        page.evaluate(() => {
          const svg = [...document.querySelectorAll<SVGSVGElement>('svg[data-chart-drawing]')].find((s) => s.getClientRects().length > 0)!;
          // The first bar alone: one path holds every outlined bar's inside.
          const inside = svg.querySelector('.fb')!;
          const first = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          first.setAttribute('d', `M${inside.getAttribute('d')!.split('M')[1]}`);
          svg.append(first);
          const box = first.getBBox();
          first.remove();
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const canvas = document.querySelector<HTMLCanvasElement>('.chart-figure__canvas canvas')!;
          const ratio = canvas.width / canvas.getBoundingClientRect().width;
          const x = Math.round((box.x + box.width / 2) * scale * ratio);
          const y = Math.round((box.y + box.height / 2) * scale * ratio);
          return canvas.getContext('2d')!.getImageData(x, y, 1, 1).data[3];
        });
      const hollow = await open(`/embed/${outlined}/?transparent&theme=${theme}`, theme, { js: true });
      try {
        const fills = await insides(hollow.page);
        expect(fills.length).toBeGreaterThan(0);
        expect(new Set(fills)).toEqual(new Set(['none']));
        await hollow.page.hover('[data-chart-frame]');
        await hollow.page.waitForSelector('[data-chart-state="live"]', { timeout: 20_000 });
        expect(await liveInside(hollow.page)).toBe(0);
        expect(hollow.problems).toEqual([]);
      } finally {
        await hollow.close();
      }
      // Without the option the inside is the page colour: the checks above can fail.
      const filled = await open(`/embed/${outlined}/?theme=${theme}`, theme, { js: true });
      try {
        const opaque = theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(20, 23, 27)';
        expect(new Set(await insides(filled.page))).toEqual(new Set([opaque]));
        await filled.page.hover('[data-chart-frame]');
        await filled.page.waitForSelector('[data-chart-state="live"]', { timeout: 20_000 });
        expect(await liveInside(filled.page)).toBe(255);
      } finally {
        await filled.close();
      }
    });

    test('?static: pointing at and focusing the chart loads no Chart.js; the drawing stays', async () => {
      const on = await open(`/embed/${id}/?static&theme=${theme}`, theme, { js: true });
      try {
        await on.page.hover('[data-chart-frame]');
        await on.page.mouse.move(5, 5);
        await on.page.hover('[data-chart-frame]');
        await on.page.waitForTimeout(500);
        expect(on.requests.filter((u) => /interactive|\.json(\?|$)/.test(u))).toEqual([]);
        expect(await on.page.getAttribute('[data-chart-figure]', 'data-chart-state')).toBe('static');
        expect(await on.page.getAttribute('[data-chart-frame]', 'tabindex')).toBe(null);
        expect((await visibleChartImages(on.page)).map((s) => [s.theme, s.visibility])).toEqual([[theme, 'visible']]);
        expect(on.problems).toEqual([]);
      } finally {
        await on.close();
      }
      // Without the option the same pointer loads the chart: the test above can fail.
      const live = await open(`/embed/${id}/?theme=${theme}`, theme, { js: true });
      try {
        await live.page.hover('[data-chart-frame]');
        await live.page.waitForSelector('[data-chart-state="live"]', { timeout: 20_000 });
        // Only the chunk of the chart's own kind.
        const kind = await live.page.getAttribute('[data-chart-figure]', 'data-chart-kind');
        const other = kind === 'bar' ? 'line' : 'bar';
        expect(live.requests.some((u) => new RegExp(`interactive-${kind}\\.[\\w-]+\\.js$`).test(u))).toBe(true);
        expect(live.requests.some((u) => new RegExp(`interactive-${other}\\.[\\w-]+\\.js$`).test(u))).toBe(false);
      } finally {
        await live.close();
      }
    });
  });
});
