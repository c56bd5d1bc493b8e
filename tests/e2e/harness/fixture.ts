// The one fixture for browser tests: a static server on the built site and a
// Chromium, each created once per test file (Vitest's file-scoped fixtures)
// and closed after its last test, whatever happened.
//
//   import { siteTest as test } from './fixture.ts';
//   test('…', async ({ browser, server }) => { … });
//   test.beforeAll(async ({ browser, server }) => { … });   // file fixtures reach suite hooks too
//
// The server applies the built `_headers` as Cloudflare Pages does (CSP and
// all), so every browser test sees the headers readers get. `plainSiteTest`
// serves the same files without them, for the one check that needs a page of
// the site to be framable (tests/e2e/browser/embed.test.ts).
import { test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../tools/chromium.ts';
import { requireDist } from '../../../tools/dist.ts';
import { cloudflareHeaders } from '../../../tools/headers-file.ts';
import { builtAddress } from '../../../tools/links.ts';
import { startServer, type StaticServer } from '../../../tools/server.ts';

function makeSiteTest(applyHeaders: boolean) {
  return test
    .extend('server', { scope: 'file' }, async ({}, { onCleanup }): Promise<StaticServer> => {
      const dist = requireDist();
      const server = await startServer({
        root: dist,
        base: builtAddress(dist).base,
        ...(applyHeaders ? { headers: cloudflareHeaders(dist) } : {}),
      });
      onCleanup(() => server.close());
      return server;
    })
    .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
      const browser = await launchBrowser();
      onCleanup(() => browser.close());
      return browser;
    });
}

/** `test` with `server` (dist/ with its `_headers`) and `browser`, one of each per file. */
export const siteTest = makeSiteTest(true);
/** The same without the `_headers` (no CSP, every page framable). */
export const plainSiteTest = makeSiteTest(false);
