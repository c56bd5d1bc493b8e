// Embeds in a real browser, as an embedder uses them. Once per kind of chart
// (the first id of each kind: bar, line, …), and on the first embed of each
// further edition (be, ru) the build has: the theme its address asks for
// wins over the system's, first paint included, with no storage touched and
// a clean load; ?theme=auto follows the system; without JavaScript the image
// of the system's theme shows. Across sites (a host page on 127.0.0.2 with the
// snippet, the site on 127.0.0.1): with the host script the frame matches its
// content (within 2 px) at 1280, 800 and 375 px and follows the host's theme;
// a resize message from a third origin (127.0.0.3), or from a frame of the
// site that is not an embed, changes nothing. For every id (a build-time
// figure): without the host script the frame's initial height fits the
// content at 640 px (within 24 px). Every embed's clean load in both themes
// is in the sweep (harness/sweep-suite.ts), its static head and body in tests/e2e/dist/charts.test.ts.
// Served without the _headers (plainSiteTest): the rogue test frames a page of
// the site that is not an embed, which the CSP would refuse outright.
import { describe, expect } from 'vitest';
import { isMapChartId } from '../../../src/schemas/chart-ids.ts';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, sweep, type StaticServer, type Theme } from '../harness/index.ts';
import { plainSiteTest as test } from '../harness/fixture.ts';
import { expectClean } from '../harness/expect-clean.ts';
import {
  chartImagesLoaded,
  CHART_IDS,
  contentHeight,
  embedFrame,
  fetchJson,
  hostPage,
  onePerKind,
  readSnippet,
  serveFiles,
  until,
  visibleChartImages,
  type BuiltChartJson,
  type Snippet,
} from '../harness/chart-helpers.ts';
import { casesPerEdition } from '../harness/matrix.ts';
import { builtPageSet } from '../harness/built-pages.ts';

const THEMES: Theme[] = ['light', 'dark'];
/** The embeds of the other editions the cross-origin tests also frame. */
const EDITION_EMBEDS = [['be', 'vote-share-2025'], ['ru', 'turnout-map-2025']] as const;
const HEIGHT_MESSAGE = 'belarus-2025:embed-height';

/** Records every touch of web storage, before any page script runs. */
async function watchStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __storage: string[] }).__storage = seen;
    for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      const original = Storage.prototype[name] as (...args: unknown[]) => unknown;
      Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
        seen.push(name);
        return original.apply(this, args);
      } as never;
    }
    for (const prop of ['localStorage', 'sessionStorage'] as const) {
      const d = Object.getOwnPropertyDescriptor(Window.prototype, prop) ?? Object.getOwnPropertyDescriptor(window, prop);
      if (d?.get) {
        const get = d.get;
        Object.defineProperty(window, prop, { configurable: true, get: () => (seen.push(prop), get.call(window)) });
      }
    }
  });
}

const probes = {
  storage: (page: Page) => page.evaluate(() => (window as unknown as { __storage?: string[] }).__storage ?? ['(not instrumented)']),
  head: (page: Page) =>
    page.evaluate(() => ({
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    })),
  body: (page: Page) =>
    page.evaluate(() => {
      const credit = document.querySelector<HTMLAnchorElement>('.embed__credit a');
      return {
        navigation: document.querySelectorAll('nav, header, footer, .site-header').length,
        detailsOpen: document.querySelector('details.chart-figure__data')?.hasAttribute('open') ?? null,
        title: document.querySelector('.chart-figure__title')?.textContent,
        credit: credit && { href: credit.href, target: credit.target, rel: credit.rel },
        summary: document.querySelector('.chart-figure__summary')?.textContent,
        sourceLinks: Array.from(document.querySelectorAll<HTMLAnchorElement>('.chart-figure__source a')).map((a) => a.target),
      };
    }),
  images: async (page: Page) => {
    await chartImagesLoaded(page);
    return visibleChartImages(page);
  },
};

describeWithBrowser('embeds', () => {
  let browser: Browser;
  let site: StaticServer;
  let host: Awaited<ReturnType<typeof serveFiles>>;
  let third: Awaited<ReturnType<typeof serveFiles>>;
  const snippets = new Map<string, Snippet>();
  const editionSnippets = new Map<string, Snippet>();
  const data = new Map<string, BuiltChartJson>();

  test.beforeAll(async ({ browser: b, server: s }) => {
    browser = b;
    site = s;
    const files: Record<string, string> = {};
    for (const id of CHART_IDS) {
      const s = await readSnippet(site, id);
      snippets.set(id, s);
      data.set(id, await fetchJson<BuiltChartJson>(site.url(`/charts/${id}/${id}.json`)));
      files[`${id}.html`] = hostPage(s.code);
      files[`${id}-noscript.html`] = hostPage(s.iframeOnly);
      files[`${id}-dark.html`] = hostPage(s.code, { htmlAttrs: 'data-theme="dark"' });
      files[`${id}-darkbg.html`] = hostPage(s.code, { style: 'body{background:#101418;color:#eee}' });
      files[`${id}-fixed-light.html`] = hostPage(s.code.replace(/(\/embed\/[a-z0-9-]+\/)"/, '$1?theme=light"'), { htmlAttrs: 'data-theme="dark"' });
    }
    // One Belarusian and one Russian embed (a bar chart and a map), from their editions' chart pages.
    for (const [edition, id] of EDITION_EMBEDS) {
      const s = await readSnippet(site, id, `/${edition}`);
      editionSnippets.set(edition, s);
      files[`${edition}-${id}.html`] = hostPage(s.code);
      files[`${edition}-${id}-noscript.html`] = hostPage(s.iframeOnly);
    }
    // Every id's snippet without the host script, on one page (each frame is its own document at the same width).
    files['all-noscript.html'] = hostPage(CHART_IDS.map((id) => `<div>${snippets.get(id)!.iframeOnly}</div>`).join(''));
    third = await serveFiles({ 'rogue.html': '<!doctype html><html lang="en"><title>third</title><p>a third site</p></html>' }, '127.0.0.3');
    const first = snippets.get(CHART_IDS[0])!;
    files['rogue.html'] = hostPage(
      `${first.code}<iframe id="third" src="${third.url('/rogue.html')}" title="A third site" height="60" width="300"></iframe>` +
        `<iframe id="same" src="${site.url('/charts/')}" title="This site, not an embed" height="60" width="300"></iframe>`,
    );
    host = await serveFiles(files, '127.0.0.2');
  });

  test.afterAll(async () => {
    await host?.dispose();
    await third?.dispose();
  });

  async function openHost(file: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url(`/${file}`), { waitUntil: 'load' });
    (page as Page & { errors?: string[] }).errors = errors;
    return page;
  }

  const iframeHeight = (page: Page, selector = 'iframe[src*="/embed/"]') =>
    page.evaluate((sel) => document.querySelector(sel)!.getBoundingClientRect().height, selector);

  // Every kind in English; the first embed each further edition (be, ru) has built.
  const EMBEDS = casesPerEdition(onePerKind(), ([, id]) => `/embed/${id}/`, builtPageSet()).map(({ path, case: [kind, id] }) => ({ kind, id, path, prefix: path.slice(0, -`embed/${id}/`.length) }));

  /** The title of a chart in the edition of `prefix`: its JSON there, or undefined when the edition has no chart files. */
  async function titleIn(prefix: string, id: string): Promise<string | undefined> {
    if (prefix === '/') return data.get(id)!.title;
    const r = await fetch(site.url(`${prefix}charts/${id}/${id}.json`));
    return r.ok ? ((await r.json()) as BuiltChartJson).title : undefined;
  }

  describe.each(EMBEDS.flatMap((e) => THEMES.map((theme) => ({ ...e, theme }))))('$path ($kind) with ?theme=$theme', ({ id, path, prefix, theme }) => {
    // The theme from the address; the system prefers the other one, so the address must win.
    const other: Theme = theme === 'light' ? 'dark' : 'light';
    const load = () =>
      sweep(browser, site.url(`${path}?theme=${theme}`), { theme, systemScheme: other, storedTheme: null, width: 375, probes, setup: watchStorage });

    test('is clean, in the theme its address asks for from the first paint, without touching storage', async () => {
      const r = await load();
      expectClean(r, { theme });
      expect(r.firstPaint.bodyStart?.theme, 'data-theme before <body>: set by the blocking head script').toBe(theme);
      expect(r.probes.images.map((i) => i.theme)).toEqual([theme]);
      expect(r.probes.images[0]!.naturalWidth).toBeGreaterThan(0);
      expect(r.probes.storage).toEqual([]);
      // The page read is the embed of this chart.
      expect(r.probes.head).toEqual({ robots: 'noindex', canonical: expect.stringMatching(new RegExp(`${prefix}charts/${id}/$`)) });
      const title = await titleIn(prefix, id);
      if (title) expect(r.probes.body.title).toBe(title);
      else expect((r.probes.body.title ?? '').trim()).not.toBe('');
    });
  });

  test.each(EMBEDS)('a $kind embed ($path) follows the system theme with ?theme=auto, and reads without JavaScript', async ({ id, path }) => {
    const auto = await sweep(browser, site.url(`${path}?theme=auto`), { theme: 'dark', storedTheme: null, width: 375, axe: false, probes });
    expect(auto.documentTheme).toBe(null);
    expect(auto.probes.images.map((i) => i.theme)).toEqual(['dark']);

    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(site.url(path), { waitUntil: 'networkidle' });
    const images = await visibleChartImages(page);
    expect(images.map((i) => i.theme)).toEqual(['light']);
    expect(images[0]!.naturalWidth).toBeGreaterThan(0);
    const rows = await page.locator(`table[data-chart-table="${id}"] tbody tr`).count();
    expect(rows).toBe(data.get(id)!.categories.length);
    await context.close();
  });

  test('the host script is small and served as JavaScript', async () => {
    const response = await fetch(site.url('/embed.js'));
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThanOrEqual(2048);
  });

  describe('across sites: a host page on 127.0.0.2, the site on 127.0.0.1', () => {
    // One host page holds every id's frame, 640 px wide and tall enough that no lazy frame waits for a scroll.
    let allFrames: Promise<Page> | undefined;
    const framesPage = () =>
      (allFrames ??= (async () => {
        const tall = CHART_IDS.reduce((sum, id) => sum + snippets.get(id)!.height, 200);
        const context = await browser.newContext({ viewport: { width: 640, height: tall } });
        const page = await context.newPage();
        await page.goto(host.url('/all-noscript.html'), { waitUntil: 'load' });
        return page;
      })());
    test.afterAll(async () => {
      if (allFrames) await (await allFrames).context().close();
    });

    test.each(CHART_IDS.map((id) => [id]))('%s: without the host script, the initial height fits the content at 640 px', async (id) => {
      const snippet = snippets.get(id)!;
      const page = await framesPage();
      const frame = await until(async () => !!page.frames().find((f) => f.url().includes(`/embed/${id}/`)), `the frame of ${id}`, 15_000).then(
        () => page.frames().find((f) => f.url().includes(`/embed/${id}/`))!,
      );
      await frame.waitForLoadState('load');
      await frame.waitForSelector('[data-embed-root]');
      const content = await contentHeight(frame);
      const height = await iframeHeight(page, `iframe[src*="/embed/${id}/"]`);
      expect(height).toBe(snippet.height);
      expect(height, `content ${content}px, snippet ${height}px`).toBeGreaterThanOrEqual(content);
      expect(height, `content ${content}px, snippet ${height}px`).toBeLessThanOrEqual(content + 24);
      // The chart is there without the script: the static image, loaded (a map: its inline drawing).
      if (isMapChartId(id)) expect(await frame.locator('svg[data-map]').first().isVisible()).toBe(true);
      else await until(async () => (await visibleChartImages(frame)).some((i) => i.naturalWidth > 0), 'the chart image in the frame');
    });

    test.each(onePerKind().flatMap(([kind, id]) => [1280, 800, 375].map((width) => [kind, id, width] as const)))(
      'a %s embed (%s) at %i px: with the host script, the frame is as tall as its content',
      async (_kind, id, width) => {
        const page = await openHost(`${id}.html`, width);
        try {
          const frame = await embedFrame(page);
          // Waits are generous (15 s): on a loaded 2-core machine the frame's first report can take seconds.
          await until(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))) <= 2, 'the frame to fit its content', 15_000);
          // And it stays so once everything has loaded.
          await page.waitForLoadState('networkidle');
          const content = await contentHeight(frame);
          const height = await iframeHeight(page);
          expect(Math.abs(height - content), `frame ${height}px, content ${content}px`).toBeLessThanOrEqual(2);
          expect((page as Page & { errors?: string[] }).errors).toEqual([]);
          // Opening the table grows the content; the frame follows.
          await frame.click('details.chart-figure__data > summary');
          await until(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))) <= 2 && (await iframeHeight(page)) > height + 50, 'the frame to grow with the open table', 15_000);
        } finally {
          await page.context().close();
        }
      },
    );

    test.each(EDITION_EMBEDS.map(([edition, id]) => [edition, id] as const))(
      'the %s embed of %s: the snippet gives the edition’s embed; with the host script the frame fits its content, without it the initial height does',
      async (edition, id) => {
        const snippet = editionSnippets.get(edition)!;
        expect(snippet.iframeSrc).toMatch(new RegExp(`/${edition}/embed/${id}/$`));
        const page = await openHost(`${edition}-${id}.html`, 800);
        try {
          const frame = await embedFrame(page);
          expect(await frame.evaluate(() => document.documentElement.lang)).toBe(edition);
          await until(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))) <= 2, 'the frame to fit its content', 15_000);
          await page.waitForLoadState('networkidle');
          expect(Math.abs((await iframeHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
          expect((page as Page & { errors?: string[] }).errors).toEqual([]);
        } finally {
          await page.context().close();
        }
        const bare = await browser.newContext({ viewport: { width: 640, height: 2000 } });
        try {
          const p = await bare.newPage();
          await p.goto(host.url(`/${edition}-${id}-noscript.html`), { waitUntil: 'load' });
          const frame = await embedFrame(p);
          const content = await contentHeight(frame);
          const height = await iframeHeight(p);
          expect(height).toBe(snippet.height);
          expect(height, `content ${content}px, snippet ${height}px`).toBeGreaterThanOrEqual(content);
          expect(height, `content ${content}px, snippet ${height}px`).toBeLessThanOrEqual(content + 24);
        } finally {
          await bare.close();
        }
      },
    );

    test('a resize message from a third origin, or from a page of the site that is not an embed, changes nothing', async () => {
      const page = await openHost('rogue.html', 1280);
      try {
        const frame = await embedFrame(page);
        await until(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))) <= 2, 'the embed to settle');
        await page.waitForLoadState('networkidle');
        const heights = () =>
          page.evaluate(() => Array.from(document.querySelectorAll('iframe')).map((f) => Math.round(f.getBoundingClientRect().height)));
        const before = await heights();
        const thirdFrame = page.frames().find((f) => f.url().startsWith(third.origin))!;
        const sameFrame = page.frames().find((f) => f.url().endsWith('/charts/'))!;
        expect(thirdFrame).toBeDefined();
        expect(sameFrame).toBeDefined();
        const rogue = (type: string) => window.parent.postMessage({ type, height: 777 }, '*');
        await thirdFrame.evaluate(rogue, HEIGHT_MESSAGE);
        await sameFrame.evaluate(rogue, HEIGHT_MESSAGE);
        await page.waitForTimeout(500);
        expect(await heights()).toEqual(before);

        // The same message from the embed itself is obeyed: the rogue ones were well-formed.
        await frame.evaluate(rogue, HEIGHT_MESSAGE);
        await until(async () => Math.round(await iframeHeight(page)) === 777, 'the embed’s own message to apply');
      } finally {
        await page.context().close();
      }
    });

    test.each(onePerKind())('a %s embed (%s) follows the host page’s theme, unless its address fixes one', async (_kind, id) => {
      const theme = (frame: Awaited<ReturnType<typeof embedFrame>>) => frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto');

      const dark = await openHost(`${id}-dark.html`, 800);
      try {
        const frame = await embedFrame(dark);
        await until(async () => (await theme(frame)) === 'dark', 'the embed to take the host’s dark theme');
        await until(async () => (await visibleChartImages(frame)).map((i) => i.theme).join() === 'dark', 'the dark image');
        await dark.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
        await until(async () => (await theme(frame)) === 'light', 'the embed to follow the host to light');
      } finally {
        await dark.context().close();
      }

      const backdrop = await openHost(`${id}-darkbg.html`, 800);
      try {
        const frame = await embedFrame(backdrop);
        await until(async () => (await theme(frame)) === 'dark', 'the embed to take a dark page colour as the dark theme');
      } finally {
        await backdrop.context().close();
      }

      const fixed = await openHost(`${id}-fixed-light.html`, 800);
      try {
        const frame = await embedFrame(fixed);
        await until(async () => Math.abs((await iframeHeight(fixed)) - (await contentHeight(frame))) <= 2, 'the frame to fit');
        expect(await theme(frame)).toBe('light');
      } finally {
        await fixed.context().close();
      }
    });
  });
});
