// The maps in a real browser, as served with the site's headers (the CSP of
// dist/_headers): every map page, map embed and region page (locator map)
// in both themes at a phone and a desktop width (axe, console, requests,
// overflow, CSP, the fills of the theme); then, per map, what a reader and an
// embedder need: readable without JavaScript (the SVG, the table, the
// theme from prefers-color-scheme), each region a link to its page named with
// its value, Minsk city's target at least 24 × 24 px at 320 px, keyboard
// focus visible, the embed under 8 KB gzip before any interaction with no
// script needed, its links opening a new tab, its height right with and
// without the host script; and a rebuild after a figure changes.
// Needs `npm run build` first (`npm test` does it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  DIST_DIR,
  describeWithBrowser,
  formatBuildOutput,
  formatProblems,
  launchBrowser,
  serveDist,
  sweep,
  testBuild,
  type StaticServer,
  type TestBuild,
  type Theme,
} from '../harness/index.ts';
import { cloudflareHeaders } from '../../../tools/headers-file.ts';
import { contentHeight, embedFrame, fetchJson, hostPage, readSnippet, serveFiles, until, type BuiltChartJson, type Snippet } from '../harness/chart-helpers.ts';
import { MAP_CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { fillColours } from '../../../src/charts/map/scale.ts';
import { parseColor } from '../harness/colors.ts';

const THEMES: Theme[] = ['light', 'dark'];
const WIDTHS = [320, 1280];
const REGION_IDS = ['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-oblast', 'mogilev', 'minsk-city'];
const PAGES = [
  ...MAP_CHART_IDS.map((id) => `/charts/${id}/`),
  ...MAP_CHART_IDS.map((id) => `/embed/${id}/`),
  '/results/2025/regions/minsk-city/',
  '/results/2025/regions/gomel/',
];
const KB = 1024;
const EMBED_BUDGET = 8 * KB;

/** Each visible region shape: its fill class and the colour the browser paints. */
const fills = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGPathElement>('svg[data-map] .map__shape'))
      .filter((p) => p.getClientRects().length > 0)
      .map((p) => ({ cls: Array.from(p.classList).find((c) => c.startsWith('m-'))!.slice(2), fill: getComputedStyle(p).fill })),
  );

/** A computed `rgb(…)` against a `#rrggbb`. */
const same = (computed: string, hex: string) => {
  const x = parseColor(computed);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return !!x && x.r === r && x.g === g && x.b === b;
};
/** Short names, as the map writes them ("Brest", "Minsk city"). */
const SHORT: Record<string, string> = Object.fromEntries(
  (JSON.parse(readFileSync('content/data/regions.json', 'utf8')) as { id: string; shortName: string }[]).map((r) => [r.id, r.shortName]),
);

describeWithBrowser('maps', () => {
  let browser: Browser;
  let server: StaticServer;
  const data = new Map<string, BuiltChartJson>();

  beforeAll(async () => {
    server = await serveDist({ headers: cloudflareHeaders(DIST_DIR) });
    browser = await launchBrowser();
    for (const id of MAP_CHART_IDS) data.set(id, await fetchJson<BuiltChartJson>(server.url(`/charts/${id}/${id}.json`)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(PAGES.flatMap((p) => THEMES.flatMap((theme) => WIDTHS.map((width) => ({ p, theme, width })))))('$p in the $theme theme at $width px', ({ p, theme, width }) => {
    test('passes the sweep under the CSP, and paints the theme’s colours', async () => {
      const query = p.startsWith('/embed/') ? `?theme=${theme}` : '';
      const r = await sweep(browser, server.url(p) + query, { theme, width, probes: { fills } });
      expect(r.status).toBe(200);
      expect(r.axe?.violations.length, formatProblems(r, ['axe'])).toBe(0);
      expect(r.consoleErrors.length, formatProblems(r, ['console'])).toBe(0);
      expect(r.failedRequests.length, formatProblems(r, ['requests'])).toBe(0);
      expect(r.overflow.overflowing, formatProblems(r, ['overflow'])).toBe(false);
      expect(r.cspViolations).toEqual([]);
      expect(r.probes.fills.length).toBeGreaterThanOrEqual(8);
      const colours = fillColours(theme);
      for (const f of r.probes.fills) expect(same(f.fill, colours[f.cls]!), `${f.cls}: ${f.fill}, expected ${colours[f.cls]}`).toBe(true);
    });
  });

  describe.each(MAP_CHART_IDS.map((id) => [id]))('%s', (id) => {
    const path = `/charts/${id}/`;

    test('without JavaScript: the map, in the system’s theme, and a table row per region', async () => {
      const json = data.get(id)!;
      for (const theme of THEMES) {
        const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(server.url(path), { waitUntil: 'networkidle' });
        const svg = await page.locator('svg[data-map]').boundingBox();
        expect(svg!.width).toBeGreaterThan(300);
        const colours = fillColours(theme);
        for (const f of await fills(page)) expect(same(f.fill, colours[f.cls]!), `${theme} ${f.cls}`).toBe(true);
        const rows = await page.locator(`table[data-chart-table="${id}"] tbody tr`).count();
        expect(rows).toBe(json.categories.length);
        await context.close();
      }
    });

    test('each region is a link to its page whose accessible name gives its value', async () => {
      const json = data.get(id)!;
      const page = await (await browser.newContext()).newPage();
      try {
        await page.goto(server.url(path), { waitUntil: 'networkidle' });
        const map = page.locator('svg[data-map]');
        for (const category of json.categories) {
          const value = json.values.find((v) => v.category === category.id)!;
          const name = `${SHORT[category.id]} ${value.display}`;
          const link = map.getByRole('link', { name, exact: true });
          expect(await link.count(), name).toBe(1);
          const href = await link.getAttribute('href');
          expect(href).toMatch(new RegExp(`/results/2025/regions/${category.id}/$`));
          expect((await fetch(new URL(href!, server.url(path)))).status).toBe(200);
        }
        expect(await map.getByRole('link').count()).toBe(json.categories.length);
        expect(await map.textContent()).toContain('Map: Natural Earth');
      } finally {
        await page.context().close();
      }
    });

    test('at 320 px, Minsk city’s link is at least 24 × 24 px and answers a tap anywhere in that square', async () => {
      const page = await (await browser.newContext({ viewport: { width: 320, height: 700 }, hasTouch: true })).newPage();
      try {
        await page.goto(server.url(path), { waitUntil: 'networkidle' });
        const link = page.locator('svg[data-map] a[data-region="minsk-city"]');
        const box = (await link.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const hits = await page.evaluate(
          ([x, y]) =>
            [[-12, -12], [11, -12], [-12, 11], [11, 11], [0, 0]].map(([dx, dy]) => document.elementFromPoint(x! + dx!, y! + dy!)?.closest('a')?.getAttribute('data-region') ?? null),
          [cx, cy],
        );
        expect(hits).toEqual(Array(5).fill('minsk-city'));
      } finally {
        await page.context().close();
      }
    });

    test('keyboard focus on a region shows', async () => {
      const page = await (await browser.newContext()).newPage();
      try {
        await page.goto(server.url(path), { waitUntil: 'networkidle' });
        const link = page.locator('svg[data-map] a[data-region="gomel"]');
        const width = () => link.locator('.map__shape').evaluate((p) => getComputedStyle(p).strokeWidth);
        const before = await width();
        await link.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-region'))).toBe('gomel');
        expect(await width()).not.toBe(before);
      } finally {
        await page.context().close();
      }
    });

    test('the embed: under 8 KB gzip before any interaction, no script needed, links open a new tab', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const bodies: Promise<number>[] = [];
      page.on('response', (r) => bodies.push(r.body().then((b) => gzipSync(b, { level: 9 }).length).catch(() => 0)));
      await page.goto(server.url(`/embed/${id}/`), { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
      console.log(`[maps] /embed/${id}/: ${total} bytes gzip before interaction (${bodies.length} responses)`);
      expect(total).toBeLessThanOrEqual(EMBED_BUDGET);
      const targets = await page.evaluate(() => Array.from(document.querySelectorAll('svg[data-map] a')).map((a) => [a.getAttribute('target'), a.getAttribute('rel')]));
      expect(targets.length).toBe(REGION_IDS.length);
      for (const t of targets) expect(t).toEqual(['_blank', 'noopener']);
      await context.close();

      const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
      const p2 = await off.newPage();
      await p2.goto(server.url(`/embed/${id}/`), { waitUntil: 'networkidle' });
      expect(await p2.locator('svg[data-map] a').count()).toBe(REGION_IDS.length);
      expect((await p2.locator('svg[data-map]').boundingBox())!.width).toBeGreaterThan(300);
      await off.close();
    });
  });

  describe('embedded on another site', () => {
    let host: Awaited<ReturnType<typeof serveFiles>>;
    const snippets = new Map<string, Snippet>();

    beforeAll(async () => {
      const files: Record<string, string> = {};
      for (const id of MAP_CHART_IDS) {
        const s = await readSnippet(server, id);
        snippets.set(id, s);
        files[`${id}.html`] = hostPage(s.code);
        files[`${id}-noscript.html`] = hostPage(s.iframeOnly);
        files[`${id}-dark.html`] = hostPage(s.code, { htmlAttrs: 'data-theme="dark"' });
      }
      host = await serveFiles(files, '127.0.0.2');
    });
    afterAll(async () => {
      await host?.dispose();
    });

    const iframeHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe[src*="/embed/"]')!.getBoundingClientRect().height);

    test.each(MAP_CHART_IDS.map((id) => [id]))('%s: without the host script the initial height fits at 640 px; with it the frame fits at 1280 and 375 px', async (id) => {
      const page = await (await browser.newContext({ viewport: { width: 640, height: 1000 } })).newPage();
      try {
        await page.goto(host.url(`/${id}-noscript.html`), { waitUntil: 'load' });
        const frame = await embedFrame(page);
        await frame.waitForLoadState('load');
        const content = await contentHeight(frame);
        const height = await iframeHeight(page);
        expect(height).toBe(snippets.get(id)!.height);
        expect(height, `content ${content}px, snippet ${height}px`).toBeGreaterThanOrEqual(content);
        expect(height, `content ${content}px, snippet ${height}px`).toBeLessThanOrEqual(content + 24);
      } finally {
        await page.context().close();
      }
      for (const width of [1280, 375]) {
        const p = await (await browser.newContext({ viewport: { width, height: 1000 } })).newPage();
        try {
          await p.goto(host.url(`/${id}.html`), { waitUntil: 'load' });
          const frame = await embedFrame(p);
          await until(async () => Math.abs((await iframeHeight(p)) - (await contentHeight(frame))) <= 2, `the frame to fit its content at ${width} px`);
        } finally {
          await p.context().close();
        }
      }
    });

    test.each(MAP_CHART_IDS.map((id) => [id]))('%s follows the host page’s dark theme', async (id) => {
      const page = await (await browser.newContext({ viewport: { width: 800, height: 1000 } })).newPage();
      try {
        await page.goto(host.url(`/${id}-dark.html`), { waitUntil: 'load' });
        const frame = await embedFrame(page);
        await until(async () => (await frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto')) === 'dark', 'the dark theme');
        const colours = fillColours('dark');
        await until(async () => (await fills(frame as unknown as Page)).every((f) => same(f.fill, colours[f.cls]!)), 'the dark fills');
      } finally {
        await page.context().close();
      }
    });
  });

  test('the gallery shows each map as one picture named by its summary', async () => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(server.url('/charts/'), { waitUntil: 'networkidle' });
      for (const id of MAP_CHART_IDS) {
        const summary = (await fetchJson<{ summary: string }>(server.url(`/charts/${id}/${id}.json`))).summary;
        expect(await page.getByRole('img', { name: summary, exact: true }).count(), id).toBe(1);
      }
      expect(await page.locator('svg[data-map] a').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  test.each(REGION_IDS.map((id) => [id]))('the region page of %s: a locator map, the region highlighted, every other region and each neighbour a link', async (id) => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(server.url(`/results/2025/regions/${id}/`), { waitUntil: 'networkidle' });
      const locator = page.locator('[data-map-locator]');
      const map = locator.locator('svg[data-map]');
      expect(await map.locator('.m-hl').count()).toBe(id === 'minsk-city' ? 2 : 1);
      const links = await map.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBe(REGION_IDS.length - 1);
      for (const other of REGION_IDS.filter((r) => r !== id)) expect(links.some((h) => h.endsWith(`/results/2025/regions/${other}/`)), other).toBe(true);
      expect(links.some((h) => h.endsWith(`/regions/${id}/`))).toBe(false);
      const neighbours = await locator.locator('.locator__neighbours a').count();
      expect(neighbours).toBeGreaterThan(0);
      expect(await map.textContent()).toContain('Map: Natural Earth');
    } finally {
      await page.context().close();
    }
  });

  test('/about/ credits Natural Earth', async () => {
    const html = await (await fetch(server.url('/about/'))).text();
    expect(html).toContain('Map: Natural Earth');
  });
});

// An editor corrects Minsk city's 2025 figure; the maps follow: the value,
// the class (colour), the change, the table, the CSV and the manifest.
describe('a corrected figure moves on the maps', () => {
  let build: TestBuild;
  const NEW = '78.40';
  beforeAll(async () => {
    build = await testBuild({
      name: 'maps-update',
      mutate: (dir) => {
        const file = path.join(dir, 'content/data/turnout-2025.json');
        const t = JSON.parse(readFileSync(file, 'utf8')) as { series: { area: string; values: Record<string, { value: string }> }[] };
        const city = t.series.find((s) => s.area === 'minsk-city')!;
        expect(city.values.close!.value).toBe('69.72');
        city.values.close!.value = NEW;
        writeFileSync(file, JSON.stringify(t, null, 2) + '\n');
      },
      env: { SITE_URL: 'http://127.0.0.1:4398' },
    });
  }, 300_000);
  afterAll(async () => {
    await build?.cleanup();
  });

  test('the site builds, and every map shows the new figure in its class', () => {
    expect(build.exitCode, formatBuildOutput(build)).toBe(0);
    const html = readFileSync(path.join(build.distDir, 'charts/turnout-map-2025/index.html'), 'utf8');
    expect(html).toContain(`aria-label="Minsk city ${NEW}%"`);
    expect(html).not.toContain('69.72%');
    // 78.40 is in the class 75–80: the inset's shape has that class's fill.
    const inset = /<a class="map__region"[^>]*data-region="minsk-city"[^>]*><rect class="map__hit"[^>]*\/><path class="map__shape m-(\w+)"/.exec(html);
    expect(inset?.[1]).toBe('s2');
    const change = readFileSync(path.join(build.distDir, 'charts/turnout-change-map/index.html'), 'utf8');
    expect(change).toContain('aria-label="Minsk city +12.30 points"');
    const csv = readFileSync(path.join(build.distDir, 'charts/turnout-map-2025/turnout-map-2025.csv'), 'utf8');
    expect(csv).toMatch(new RegExp(`,minsk-city,[^\\r]*,${NEW.replace('.', '\\.')},percent,`));
    const manifest = JSON.parse(readFileSync(path.join(build.distDir, 'charts/manifest.json'), 'utf8')) as { charts: { id: string; images: { texts: string[] }[] }[] };
    for (const image of manifest.charts.find((c) => c.id === 'turnout-map-2025')!.images) expect(image.texts).toContain(`${NEW}%`);
  });
});
