// Keyboard, on the site served with its _headers (CSP): the theme toggle,
// search, the copy-embed button and the charts are reached with Tab, show a
// visible focus indicator, and work with Enter, Space and the arrow keys.
// The theme toggle, the copy-embed button and the charts also on the same
// pages of each further edition (be, ru) the build has; search by keyboard in
// English (its words and results are the language's).
// Needs `npm run build` first (`npm test` does it).
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, type StaticServer } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import { casesPerEdition } from '../harness/matrix.ts';
import { builtPageSet } from '../harness/built-pages.ts';

/** A page in English and in each further edition that has built it. */
const everyEdition = (path: string) => casesPerEdition([path], (p) => p, builtPageSet()).map((c) => c.path);

interface FocusState {
  selector: string;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
  indicator: boolean;
}

/** What has focus, and whether it shows a focus indicator (an outline of 1px or more, or a box-shadow). */
async function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outlineWidth = parseFloat(cs.outlineWidth) || 0;
    const outline = cs.outlineStyle !== 'none' && outlineWidth >= 1;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return {
      selector: `${el.tagName.toLowerCase()}${id}${cls}`,
      focusVisible: el.matches(':focus-visible'),
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
      indicator: outline || shadow,
    };
  });
}

/** Presses Tab until `selector` has focus (at most `max` times); returns the number of presses. */
async function tabTo(page: Page, selector: string, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab on ${page.url()}; last focus: ${JSON.stringify(await focusState(page))}`);
}

async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const state = await focusState(page);
  expect(state, `${what}: nothing has focus`).not.toBeNull();
  expect(state!.focusVisible, `${what}: ${state!.selector} does not match :focus-visible`).toBe(true);
  expect(state!.indicator, `${what}: ${state!.selector} has no visible focus indicator (outline ${state!.outline}; box-shadow ${state!.boxShadow})`).toBe(true);
}

// One test at a time: keyboard focus and the clipboard are the browser's, not a context's.
describeWithBrowser('keyboard', { concurrent: false }, () => {
  const contexts: BrowserContext[] = [];
  test.afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  });

  /** A fresh light-themed page on `sitePath`, collecting console errors; the clipboard is allowed. */
  const open = async ({ browser, server }: { browser: Browser; server: StaticServer }, sitePath: string, width = 1280) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
    contexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url(sitePath), { waitUntil: 'networkidle' });
    return { page, errors };
  };

  test.for(everyEdition('/').flatMap((home) => [1280, 320].map((width) => [home, width] as const)))('%s: the theme toggle is reached with Tab and cycles the theme with Enter and Space (%i px)', async ([home, width], { browser, server }) => {
    const { page, errors } = await open({ browser, server }, home, width);
    await tabTo(page, '[data-theme-toggle]');
    await expectVisibleFocus(page, 'theme toggle');
    const choice = () => page.evaluate(() => document.documentElement.dataset.themeChoice);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await choice()).toBe('system');
    expect(await theme()).toBe('light');
    await page.keyboard.press('Enter');
    expect(await choice()).toBe('dark');
    expect(await theme()).toBe('dark');
    await page.keyboard.press('Space');
    expect(await choice()).toBe('light');
    await page.keyboard.press('Space');
    expect(await choice()).toBe('system');
    await expectVisibleFocus(page, 'theme toggle after use');
    expect(errors).toEqual([]);
  });

  test('search: the field is reached with Tab, Enter searches, and the results are reached with Tab', async ({ browser, server }) => {
    const { page, errors } = await open({ browser, server }, '/search/');
    await tabTo(page, '#search-input');
    await expectVisibleFocus(page, 'search field');
    await page.keyboard.type('turnout');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results] li a', { timeout: 15_000 });
    const status = await page.locator('[data-search-status]').textContent();
    expect(status).toMatch(/\d+ results? for “turnout”/);
    await tabTo(page, '[data-search-results] a', 5);
    await expectVisibleFocus(page, 'first search result');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    expect(errors).toEqual([]);
  });

  test.for(everyEdition('/charts/vote-share-2025/'))('%s: the copy-embed button is reached with Tab and copies the snippet (the edition’s embed) with Enter', async (chartPage, { browser, server }) => {
    const { page, errors } = await open({ browser, server }, chartPage);
    await tabTo(page, 'button[data-copy-target]', 80);
    await expectVisibleFocus(page, 'copy-embed button');
    await page.keyboard.press('Enter');
    const status = page.locator('[data-copy-status]').first();
    // The status in the page's words: English word for word; in another edition, said at all.
    if (chartPage.startsWith('/charts/')) await expect.poll(() => status.textContent()).toMatch(/Copied|Selected/);
    else await expect.poll(async () => (await status.textContent())?.trim()).toBeTruthy();
    const snippet = await page.locator('[data-embed-snippet]').first().textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // The snippet frames this edition's embed.
    expect(snippet).toMatch(new RegExp(`${chartPage.replace(/charts\/vote-share-2025\/$/, '')}embed/vote-share-2025/`));
    expect(errors).toEqual([]);
  });

  test.for([...everyEdition('/charts/vote-share-2025/'), ...everyEdition('/embed/turnout-history/')])('a chart on %s is reached with Tab and read with the arrow keys; Escape hides the value', async (sitePath, { browser, server }) => {
    const { page, errors } = await open({ browser, server }, sitePath);
    await tabTo(page, '[data-chart-frame]', 100);
    await expectVisibleFocus(page, 'chart');
    const figure = page.locator('[data-chart-figure]:has([data-chart-frame]:focus)');
    await expect.poll(() => figure.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('live');
    const readout = figure.locator('[data-chart-readout]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.isVisible()).toBe(true);
    const first = (await readout.textContent())?.trim();
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readout.textContent())?.trim()).not.toBe(first);
    await expect.poll(async () => (await figure.locator('[data-chart-live]').textContent())?.trim()).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(() => readout.isVisible()).toBe(false);
    await expectVisibleFocus(page, 'chart after Escape');
    expect(errors).toEqual([]);
  });
});
