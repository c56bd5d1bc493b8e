// The security headers of the build (dist/_headers) in Chromium, served as
// Cloudflare Pages would send them (the fixture's server applies every
// matching rule, repeated names joined with ", "): the headers arrive; the CSP
// is enforced (an injected inline script is refused and reported); search
// works under it (Pagefind's WebAssembly); an embed loads in a frame on
// another origin (127.0.0.2) with its snippet, while a site page refuses to
// be framed there. The file itself is checked in tests/e2e/dist/headers.test.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithBrowser, formatProblems, requireDist, startServer, sweep, type StaticServer } from '../harness/index.ts';
import { siteTest as test } from '../harness/fixture.ts';
import { findAll, parseHtml, readText, textContent } from '../../../tools/dist-files.ts';
import { builtAddress } from '../../../tools/links.ts';

const dist = requireDist();
const address = builtAddress(dist);

describeWithBrowser('the headers in Chromium', () => {
  let host: StaticServer;
  let hostDir: string;

  test.beforeAll(async ({ server }) => {
    // A host page on another origin, with the embed snippet exactly as the
    // chart page offers it (pointed at this server) and a site page in a frame.
    const chartPage = parseHtml(readText(dist, 'charts/vote-share-2025/index.html'));
    const code = findAll(chartPage, (e) => e.tag === 'code' && e.attrs['data-embed-snippet'] === 'vote-share-2025')[0];
    if (!code) throw new Error('no embed snippet on /charts/vote-share-2025/');
    const snippet = textContent(code).split(address.site + address.base).join(server.url('/'));
    hostDir = await mkdtemp(path.join(os.tmpdir(), 'headers-host-'));
    await writeFile(
      path.join(hostDir, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Another site</title><link rel="icon" href="data:,"></head><body><h1>Another site</h1>\n` +
        `${snippet}\n<iframe id="site-frame" src="${server.url('/results/2025/')}" title="A site page" width="600" height="300"></iframe>\n</body></html>`,
    );
    host = await startServer({ root: hostDir, host: '127.0.0.2' });
  });
  test.afterAll(async () => {
    await host?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  test('sends the _headers rules with each response', async ({ browser, server }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const site = (await page.goto(server.url('/sources/')))!.headers();
      expect(site['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(site['x-content-type-options']).toBe('nosniff');
      const embed = (await page.goto(server.url('/embed/vote-share-2025/')))!.headers();
      expect(embed['content-security-policy']).toMatch(/^default-src 'self'/);
      expect(embed['content-security-policy']).not.toContain('frame-ancestors');
      expect(embed['x-frame-options']).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  test('the CSP is enforced: an inline script added to a page is refused and reported', async ({ browser, server }) => {
    const r = await sweep(browser, server.url('/'), {
      theme: 'light',
      width: 1280,
      axe: false,
      probes: {
        injected: (page: Page) =>
          page.evaluate(() => {
            const s = document.createElement('script');
            s.textContent = 'window.__injected = true;';
            document.head.append(s);
            return new Promise<boolean>((resolve) => setTimeout(() => resolve((window as unknown as { __injected?: boolean }).__injected === true), 100));
          }),
      },
    });
    expect(r.probes.injected).toBe(false);
    expect(r.cspViolations.map((v) => v.effectiveDirective)).toContain('script-src-elem');
  });

  test('search works under the CSP (Pagefind and its WebAssembly), with no violation', async ({ browser, server }) => {
    const r = await sweep(browser, server.url('/search/?q=turnout'), {
      theme: 'light',
      width: 1280,
      probes: {
        results: async (page: Page) => {
          await page.waitForSelector('[data-search-results] li a', { timeout: 15_000 });
          return {
            count: await page.locator('[data-search-results] li').count(),
            status: await page.locator('[data-search-status]').textContent(),
          };
        },
      },
    });
    expect(r.probes.results.count).toBeGreaterThan(0);
    expect(r.probes.results.status).toMatch(/results? for “turnout”/);
    // Pagefind 1.6 searches in a worker that compiles wasm.<lang>.pagefind: allowed by 'wasm-unsafe-eval'.
    expect(server.requests.filter((q) => /\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(q.url) && q.status === 200).length).toBeGreaterThan(0);
    expect(r.cspViolations.length + r.consoleErrors.length + r.failedRequests.length, formatProblems(r)).toBe(0);
  });

  test('on another origin, the embed loads in its frame and a site page refuses to be framed', async ({ browser, server }) => {
    const r = await sweep(browser, host.url('/'), {
      theme: 'light',
      width: 1280,
      axe: false,
      probes: {
        frames: async (page: Page) => {
          const embedFrame = page.frameLocator('iframe[src*="/embed/vote-share-2025/"]');
          await embedFrame.locator('[data-embed-root] .chart-figure__title').waitFor({ timeout: 15_000 });
          const frames = page.frames();
          const embed = frames.find((f) => f.url().includes('/embed/vote-share-2025/'));
          const site = frames.find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
          return {
            embedTitle: await embed?.locator('.chart-figure__title').textContent(),
            embedHeight: await page.locator('iframe[src*="/embed/"]').evaluate((f) => f.getBoundingClientRect().height),
            siteFrameUrl: site?.url() ?? null,
            siteFrameMain: site ? await site.locator('main').count().catch(() => 0) : 0,
          };
        },
      },
    });
    expect(r.probes.frames.embedTitle).toContain('Vote shares');
    expect(r.probes.frames.embedHeight).toBeGreaterThan(200);
    expect(r.probes.frames.siteFrameMain, `site page frame at ${r.probes.frames.siteFrameUrl}`).toBe(0);
    // Chromium names the framed origin: "Framing 'http://127.0.0.1:…/' violates … frame-ancestors 'none'".
    const refusals = r.consoleErrors.filter((e) => e.text.includes("frame-ancestors 'none'") && e.text.includes(server.origin));
    expect(refusals.length, r.consoleErrors.map((e) => e.text).join('\n')).toBe(1);
    // Nothing else went wrong on the host page or in the embed.
    const others = r.consoleErrors.filter((e) => !refusals.includes(e));
    expect(others, others.map((e) => e.text).join('\n')).toEqual([]);
    expect(r.cspViolations.filter((v) => v.frameUrl.includes('/embed/')), formatProblems(r, ['csp'])).toEqual([]);
  });
});
