// Search (Pagefind) in Chromium, on the site served with its _headers: by
// keyboard, from the address, and the no-JavaScript fallback. Needs
// `npm run build` first (`npm test` does it).
import { expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeWithBrowser, requireDist, type StaticServer } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import { listFiles } from '../../../tools/dist-files.ts';

const articleSlugs = listFiles(requireDist()).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]!);

describeWithBrowser('search', () => {
  const openSearch = async ({ browser, server }: { browser: Browser; server: StaticServer }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url('/search/'), { waitUntil: 'networkidle' });
    return { context, page, errors };
  };

  test('by keyboard: type “joint statement”, press Enter, Tab to the results; the timeline is among them', async ({ browser, server }) => {
    const { context, page, errors } = await openSearch({ browser, server });
    try {
      // Tab from the top of the page until the search box has focus.
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'search-input')); i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.type('joint statement');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /result|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && !/Searching/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const status = await page.textContent('[data-search-status]');
      const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(status).toMatch(/\d+ results? for “joint statement”/);
      expect(hrefs).toContain(server.url('/timeline/').replace(server.origin, ''));
      if (articleSlugs.includes('recognition-and-reactions')) expect(hrefs).toContain(server.url('/articles/recognition-and-reactions/').replace(server.origin, ''));
      expect(hrefs.filter((h) => h.includes('/embed/'))).toEqual([]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('joint statement');
      // Past the button, the next stop is the first result.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null && document.activeElement?.tagName === 'A')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a search in the address runs on load, and a chart title finds no embed', async ({ browser, server }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url('/search/')}?q=${encodeURIComponent('turnout by region')}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => h.includes('/embed/'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the page says search needs it and still offers every section', async ({ browser, server }) => {
    // axe needs JavaScript, so this load is a plain one; the sweeps above check the page with it.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(server.url('/search/'), { waitUntil: 'load' });
      const state = await page.evaluate(() => {
        const shown = (sel: string) => (document.querySelector(sel) as HTMLElement | null)?.offsetParent != null;
        return {
          message: shown('[data-search-nojs]') ? document.querySelector('[data-search-nojs]')!.textContent ?? '' : '',
          formVisible: shown('[data-search-form]'),
          links: document.querySelectorAll('main a').length,
        };
      });
      expect(state.message).toContain('Search needs JavaScript');
      expect(state.formVisible).toBe(false);
      expect(state.links).toBeGreaterThan(8);
    } finally {
      await context.close();
    }
  });
});
