// Quality gates over the whole built site (`dist/`, built by `npm test`):
//
// 1. Without a browser: html-validate finds no error in any page; no broken
//    internal link, anchor, image, download, fetched file, CSS url() or
//    sitemap/RSS URL; external links are absolute http(s) URLs exactly as in
//    content/data/sources.json; no style attribute, inline handler or
//    javascript: URL (the CSP would block them); no `new Function`, eval or
//    zod in the client bundles (the CSP has no 'unsafe-eval').
// 2. Every URL of the sitemap and every embed, in both themes (light at
//    1280 px, dark at 320 px), served with the built `_headers` applied as
//    Cloudflare applies it: one sweep each, asserting no axe violation
//    (WCAG 2.x A/AA), no console error, no failed request, no CSP violation,
//    no sideways scrolling and uniquely named landmarks.
// 3. Keyboard: the theme toggle, search, the copy-embed button and the charts
//    are reached with Tab, show a visible focus indicator, and work with
//    Enter, Space and the arrow keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import {
  REPO_ROOT,
  describeWithBrowser,
  formatProblems,
  launchBrowser,
  problemCount,
  requireDist,
  startServer,
  sweep,
  type Probes,
  type StaticServer,
  type SweepOptions,
  type SweepResult,
} from './harness/index.ts';
import { cloudflareHeaders } from '../../tools/headers-file.ts';
import { listFiles, readText } from '../../tools/dist-files.ts';
import { builtAddress, checkDistLinks, embedPaths, formatLinkProblems, sitemapPaths } from '../../tools/links.ts';
import { inlineContent } from '../../scripts/headers.ts';
import { SWEEP_CONCURRENCY, limiter } from './harness/concurrency.ts';

const dist = requireDist();
const address = builtAddress(dist);
const files = listFiles(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));

/**
 * External links that are not sources: the licences named in the footer.
 * Every other external link must be a source's URL, exactly as in the data.
 */
const NON_SOURCE_LINKS = new Set(['https://opensource.org/license/mit', 'https://creativecommons.org/licenses/by/4.0/']);

let linkReport: ReturnType<typeof checkDistLinks> | undefined;
const links = () => (linkReport ??= checkDistLinks({ distDir: dist, ...address }));

describe('the built HTML and bundles', () => {
  test('html-validate (recommended rules, .htmlvalidate.mjs) finds no error in any page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig as ConfigData));
    const errors: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(readText(dist, file), file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity >= 2) errors.push(`  ${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    expect(htmlFiles.length).toBeGreaterThan(20);
    expect(errors.length, `html-validate errors:\n${errors.slice(0, 60).join('\n')}`).toBe(0);
  });

  test('no broken internal link, anchor, image, download, fetched file or feed URL', () => {
    const report = links();
    expect(report.internalChecked).toBeGreaterThan(1000);
    expect(report.problems.length, `broken links in ${dist}:\n${formatLinkProblems(report.problems)}`).toBe(0);
  });

  test('external links are absolute http(s) URLs exactly as content/data/sources.json has them, and every source URL is linked', () => {
    const report = links();
    const sources = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/data/sources.json'), 'utf8')) as { key: string; url: string }[];
    const sourceUrls = new Set(sources.map((s) => s.url).filter((u) => u !== 'no-url'));
    const unknown = [...report.external.keys()].filter((u) => !sourceUrls.has(u) && !NON_SOURCE_LINKS.has(u));
    expect(unknown, `external links that are neither a source URL as in the data nor a licence:\n${unknown.map((u) => `  ${u} (in ${[...report.external.get(u)!].slice(0, 3).join(', ')})`).join('\n')}`).toEqual([]);
    const unlinked = sources.filter((s) => s.url !== 'no-url' && !report.external.has(s.url));
    expect(unlinked.map((s) => `${s.key}: ${s.url}`), 'sources whose URL is linked nowhere, exactly as written').toEqual([]);
  });

  test('no style attribute, inline event handler or javascript: URL in any page (the CSP blocks them)', () => {
    const found: string[] = [];
    for (const file of htmlFiles) {
      const html = readText(dist, file);
      for (const a of inlineContent(html).blockedAttributes) found.push(`  ${file}: ${a}`);
      for (const m of html.matchAll(/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/gi)) found.push(`  ${file}: ${m[0]}`);
    }
    expect(found.length, found.slice(0, 40).join('\n')).toBe(0);
  });

  test('no eval, new Function or zod in the client bundles (the CSP has no unsafe-eval)', () => {
    const bundles = files.filter((f) => /^(_astro\/.*\.m?js|embed\.js|theme\.js|embed\/theme\.js)$/.test(f));
    expect(bundles.length).toBeGreaterThan(3);
    const patterns: [RegExp, string][] = [
      [/\bnew\s+Function\s*\(/, 'new Function('],
      [/(?<![\w$.])Function\s*\(\s*["'`]/, 'Function("…")'],
      [/(?<![\w$.])eval\s*\(/, 'eval('],
      [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
      [/ZodError|\$ZodType|_zod\b/, 'zod'],
    ];
    const found: string[] = [];
    for (const file of bundles) {
      const js = readText(dist, file);
      for (const [re, what] of patterns) if (re.test(js)) found.push(`  ${file}: ${what}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The browser sweep

const PAGES = [...sitemapPaths(dist, address), ...embedPaths(dist)];
const MATRIX = PAGES.flatMap((page) => [
  { page, theme: 'light' as const, width: 1280 },
  { page, theme: 'dark' as const, width: 320 },
]);

interface Landmark {
  role: string;
  name: string;
}

/** The landmarks a reader gets (rendered, not hidden), with their names; two of one role need different names. */
const probes = {
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

describeWithBrowser('every sitemap URL and embed, in both themes, with the _headers CSP', () => {
  let browser: Browser;
  let server: StaticServer;
  const results = new Map<string, Promise<SweepResult<{ landmarks: Landmark[] }>>>();
  const key = (m: (typeof MATRIX)[number]) => `${m.page} ${m.theme} ${m.width}`;

  beforeAll(async () => {
    server = await startServer({ root: dist, base: address.base, headers: cloudflareHeaders(dist) });
    browser = await launchBrowser();
    // Every sweep is queued now and each test awaits its own, so loads overlap.
    const limit = limiter(SWEEP_CONCURRENCY);
    for (const m of MATRIX) {
      const options: SweepOptions<{ landmarks: Landmark[] }> = { theme: m.theme, width: m.width, probes };
      const run = limit(() => sweep(browser, server.url(m.page), options));
      run.catch(() => {}); // reported by the test that awaits it
      results.set(key(m), run);
    }
  });
  afterAll(async () => {
    await Promise.allSettled(results.values());
    await browser?.close();
    await server?.close();
  });

  test('the sweep covers the sitemap and the embeds', () => {
    expect(PAGES.length).toBeGreaterThan(30);
    expect(PAGES.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(0);
    expect(new Set(PAGES).size).toBe(PAGES.length);
  });

  test.each(MATRIX)('$page ($theme, $width px): no axe violation, console error, failed request, CSP violation or overflow', async (m) => {
    const r = await results.get(key(m))!;
    expect(r.status, formatProblems(r, ['requests'])).toBe(200);
    // Embeds follow the host's theme (?theme=, else the system's), not the site's stored choice.
    if (!m.page.startsWith('/embed/')) expect(r.documentTheme).toBe(m.theme);
    expect(problemCount(r), formatProblems(r)).toBe(0);
    const dupes = duplicateLandmarks(r.probes.landmarks);
    expect(dupes, `landmarks of one role need distinct names on ${m.page}: ${JSON.stringify(r.probes.landmarks)}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Keyboard

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

describeWithBrowser('keyboard', () => {
  let browser: Browser;
  let server: StaticServer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ root: dist, base: address.base, headers: cloudflareHeaders(dist) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.close();
  });

  /** A fresh light-themed page on `sitePath`, collecting console errors; the clipboard is allowed. */
  const open = async (sitePath: string, width = 1280) => {
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

  test.each([1280, 320])('the theme toggle is reached with Tab and cycles the theme with Enter and Space (%i px)', async (width) => {
    const { page, errors } = await open('/', width);
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

  test('search: the field is reached with Tab, Enter searches, and the results are reached with Tab', async () => {
    const { page, errors } = await open('/search/');
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

  test('the copy-embed button is reached with Tab and copies the snippet with Enter', async () => {
    const { page, errors } = await open('/charts/vote-share-2025/');
    await tabTo(page, 'button[data-copy-target]', 80);
    await expectVisibleFocus(page, 'copy-embed button');
    await page.keyboard.press('Enter');
    const status = page.locator('[data-copy-status]').first();
    await expect.poll(() => status.textContent()).toMatch(/Copied|Selected/);
    const snippet = await page.locator('[data-embed-snippet]').first().textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(errors).toEqual([]);
  });

  test.each(['/charts/vote-share-2025/', '/embed/turnout-history/'])('a chart on %s is reached with Tab and read with the arrow keys; Escape hides the value', async (sitePath) => {
    const { page, errors } = await open(sitePath);
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
