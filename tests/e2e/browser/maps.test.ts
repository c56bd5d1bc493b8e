// The maps in a real browser, as served with the site's headers (the CSP of
// dist/_headers). What every map page, map embed and region page must be in
// both themes (clean, and painted in the theme's fills) is checked by the
// sweep (harness/sweep-suite.ts, its maps probe, on every page of the
// matrix); what the built HTML says (each region a link named with its value,
// the locator maps of the region pages, the credit) by
// tests/e2e/dist/maps.test.ts; a corrected figure by
// tests/e2e/build/data-update.test.ts. Here, what needs a browser: once for
// the map kind (the first map id; every map is drawn by the same code), on
// its English page and embed and on those of each further edition built, the
// map without JavaScript in the system's theme, the accessible name of each
// region's link, Minsk city's target at least 24 × 24 px at 320 px, keyboard
// focus visible, and the embed on another site fitting its frame and
// following the host's dark theme; and for every map id (a build output of
// its own) the embed under 8 KB gzip before any interaction, its links
// opening a new tab. Needs `npm run build` first (`npm test` does it).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithBrowser, type Theme } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import { contentHeight, embedFrame, fetchJson, hostPage, readSnippet, serveFiles, until, type BuiltChartJson } from '../harness/chart-helpers.ts';
import { MAP_CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { fillColours } from '../../../src/charts/map/scale.ts';
import { parseColor } from '../harness/colors.ts';
import { casesPerEdition } from '../harness/matrix.ts';
import { builtPageSet } from '../harness/built-pages.ts';

const THEMES: Theme[] = ['light', 'dark'];
const REGION_IDS = ['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-oblast', 'mogilev', 'minsk-city'];
/** The map kind's representative: every map is drawn by the same code (src/charts/map/). */
const MAP = MAP_CHART_IDS[0];
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

/** The map's page and embed in English and in each further edition that has built it. */
const MAP_PAGES = casesPerEdition([MAP], (id) => `/charts/${id}/`, builtPageSet()).map((c) => c.path);
const MAP_EMBEDS = casesPerEdition([MAP], (id) => `/embed/${id}/`, builtPageSet()).map((c) => c.path);

describeWithBrowser(`the map kind (${MAP})`, () => {

  test.for(MAP_PAGES)('%s without JavaScript: the map, in the system’s theme', async (path, { browser, server }) => {
    for (const theme of THEMES) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme, viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url(path), { waitUntil: 'networkidle' });
        const svg = await page.locator('svg[data-map]').boundingBox();
        expect(svg!.width).toBeGreaterThan(300);
        const colours = fillColours(theme);
        const painted = await fills(page);
        expect(painted.length).toBeGreaterThanOrEqual(8);
        for (const f of painted) expect(same(f.fill, colours[f.cls]!), `${theme} ${f.cls}`).toBe(true);
      } finally {
        await context.close();
      }
    }
  });

  test.for(MAP_PAGES)('%s: each region is a link to its page whose accessible name gives its value', async (path, { browser, server }) => {
    const json = await fetchJson<BuiltChartJson>(server.url(`/charts/${MAP}/${MAP}.json`));
    // The accessible names are in the page's language: checked word for word in English; the links in every edition.
    const english = path === `/charts/${MAP}/`;
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(server.url(path), { waitUntil: 'networkidle' });
      const map = page.locator('svg[data-map]');
      for (const category of json.categories) {
        const value = json.values.find((v) => v.category === category.id)!;
        const name = `${SHORT[category.id]} ${value.display}`;
        const link = english ? map.getByRole('link', { name, exact: true }) : map.locator(`a[data-region="${category.id}"]`);
        expect(await link.count(), name).toBe(1);
        // In another edition the name is its words, with the same figure (its digits, whatever the separators).
        if (!english) expect(((await link.getAttribute('aria-label')) ?? '').replace(/\D/g, ''), category.id).toContain(value.display.replace(/\D/g, ''));
        expect(await link.getAttribute('href')).toMatch(new RegExp(`/results/2025/regions/${category.id}/$`));
      }
      expect(await map.getByRole('link').count()).toBe(json.categories.length);
    } finally {
      await page.context().close();
    }
  });

  test.for(MAP_PAGES)('%s at 320 px: Minsk city’s link is at least 24 × 24 px and answers a tap anywhere in that square', async (path, { browser, server }) => {
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

  test.for(MAP_PAGES)('%s: keyboard focus on a region shows', async (path, { browser, server }) => {
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

  test.for(MAP_EMBEDS)('%s without JavaScript: every region a link, the map drawn', async (path, { browser, server }) => {
    const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
    try {
      const page = await off.newPage();
      await page.goto(server.url(path), { waitUntil: 'networkidle' });
      expect(await page.locator('svg[data-map] a').count()).toBe(REGION_IDS.length);
      expect((await page.locator('svg[data-map]').boundingBox())!.width).toBeGreaterThan(300);
    } finally {
      await off.close();
    }
  });

  describe('embedded on another site', () => {
    let host: Awaited<ReturnType<typeof serveFiles>>;

    test.beforeAll(async ({ server }) => {
      const s = await readSnippet(server, MAP);
      host = await serveFiles({ [`${MAP}.html`]: hostPage(s.code), [`${MAP}-dark.html`]: hostPage(s.code, { htmlAttrs: 'data-theme="dark"' }) }, '127.0.0.2');
    });
    test.afterAll(async () => {
      await host?.dispose();
    });

    const iframeHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe[src*="/embed/"]')!.getBoundingClientRect().height);

    // The initial height without the host script, for every id, is in browser/embed.test.ts.
    test.for([1280, 375])('with the host script the frame fits its content at %i px', async (width, { browser }) => {
      const p = await (await browser.newContext({ viewport: { width, height: 1000 } })).newPage();
      try {
        await p.goto(host.url(`/${MAP}.html`), { waitUntil: 'load' });
        const frame = await embedFrame(p);
        await until(async () => Math.abs((await iframeHeight(p)) - (await contentHeight(frame))) <= 2, `the frame to fit its content at ${width} px`, 15_000);
      } finally {
        await p.context().close();
      }
    });

    test('follows the host page’s dark theme', async ({ browser }) => {
      const page = await (await browser.newContext({ viewport: { width: 800, height: 1000 } })).newPage();
      try {
        await page.goto(host.url(`/${MAP}-dark.html`), { waitUntil: 'load' });
        const frame = await embedFrame(page);
        await until(async () => (await frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto')) === 'dark', 'the dark theme', 15_000);
        const colours = fillColours('dark');
        await until(async () => (await fills(frame as unknown as Page)).every((f) => same(f.fill, colours[f.cls]!)), 'the dark fills', 15_000);
      } finally {
        await page.context().close();
      }
    });
  });
});

describeWithBrowser('every map embed (a build output of its own)', () => {
  test.for(MAP_CHART_IDS)('/embed/%s/: under 8 KB gzip before any interaction, links open a new tab', async (id, { browser, server }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
    try {
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
    } finally {
      await context.close();
    }
  });

  test('the gallery shows each map as one picture named by its summary', async ({ browser, server }) => {
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
});
