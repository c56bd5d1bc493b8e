// Search in the Belarusian and Russian editions, in Chromium: Pagefind picks
// the index of the page's <html lang>, so a query in the language finds that
// edition's pages and no other; the status line is in the language with the
// plural form of the count; Russian finds another form of a word (its index
// stems), Belarusian a word's beginning (its index does not stem, as the page
// says). Needs `npm run build` first.
import { expect } from 'vitest';
import { describeWithBrowser, type StaticServer } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import type { Browser } from 'playwright-core';

async function search({ browser, server }: { browser: Browser; server: StaticServer }, locale: 'be' | 'ru', query: string) {
  const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`${server.url(`/${locale}/search/`)}?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return /«/.test(s);
    });
    const status = (await page.textContent('[data-search-status]')) ?? '';
    const paths = await page.$$eval('[data-search-results] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { status, paths: paths.map((p) => p.replace(server.url('/').replace(server.origin, '').replace(/\/$/, ''), '')), errors };
  } finally {
    await context.close();
  }
}

describeWithBrowser('search in the be and ru editions', () => {
  test('a Belarusian query finds the Belarusian pages only, counted in Belarusian', async ({ browser, server }) => {
    const r = await search({ browser, server }, 'be', 'яўка');
    expect(r.status).toMatch(/^\d+ (вынік|вынікі|вынікаў|выніку) па запыце «яўка»/);
    expect(r.paths).toContain('/be/');
    expect(r.paths.every((p) => p.startsWith('/be/')), r.paths.join(' ')).toBe(true);
    expect(r.errors).toEqual([]);
  });

  test('Belarusian finds a word by its beginning, as the page advises', async ({ browser, server }) => {
    const r = await search({ browser, server }, 'be', 'выбар');
    expect(r.paths.length).toBeGreaterThan(0);
    expect(r.paths.every((p) => p.startsWith('/be/'))).toBe(true);
  });

  test('a Russian query finds the Russian pages only, other forms of the word included', async ({ browser, server }) => {
    const r = await search({ browser, server }, 'ru', 'явки');
    expect(r.status).toMatch(/^\d+ (результат|результата|результатов) по запросу «явки»/);
    expect(r.paths).toContain('/ru/');
    expect(r.paths.every((p) => p.startsWith('/ru/')), r.paths.join(' ')).toBe(true);
    expect(r.errors).toEqual([]);
  });

  test('nothing found is said in the language', async ({ browser, server }) => {
    const r = await search({ browser, server }, 'ru', 'щщщщщ');
    expect(r.status).toBe('По запросу «щщщщщ» ничего не найдено.');
    expect(r.paths).toEqual([]);
  });
});
