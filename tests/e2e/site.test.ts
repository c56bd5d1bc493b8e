// The built site in a real browser: every key page, in both themes, at a
// phone and a desktop width. Each (page, theme, width) is loaded once; the
// tests below are assertions on that one sweep (see harness/sweep.ts).
// Needs `npm run build` first (`npm test` does it).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  describeWithBrowser,
  effectiveBackground,
  formatProblems,
  isDarkSnapshot,
  launchBrowser,
  serveDist,
  sweep,
  type StaticServer,
  type SweepOptions,
  type Theme,
} from './harness/index.ts';

const PAGES = ['/', '/results/2025/'];
const THEMES: Theme[] = ['light', 'dark'];
const WIDTHS = [320, 1280];

const MATRIX = PAGES.flatMap((page) => THEMES.flatMap((theme) => WIDTHS.map((width) => ({ page, theme, width }))));

describeWithBrowser('site pages', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const load = (page: string, options: SweepOptions) => sweep(browser, server.url(page), options);

  describe.each(MATRIX)('$page in the $theme theme at $width px', ({ page, theme, width }) => {
    const options: SweepOptions = { theme, width };

    test('loads with status 200 and shows the stored theme', async () => {
      const r = await load(page, options);
      expect(r.status, formatProblems(r, ['requests'])).toBe(200);
      // Guards the matrix itself: the dark runs really test the dark theme.
      expect(r.documentTheme).toBe(theme);
    });

    test('has no axe violation (WCAG 2.x A and AA)', async () => {
      const r = await load(page, options);
      expect(r.axe?.violations.length, formatProblems(r, ['axe'])).toBe(0);
    });

    test('logs no console error', async () => {
      const r = await load(page, options);
      expect(r.consoleErrors.length, formatProblems(r, ['console'])).toBe(0);
    });

    test('has no failed request', async () => {
      const r = await load(page, options);
      expect(r.failedRequests.length, formatProblems(r, ['requests'])).toBe(0);
    });

    test('does not scroll sideways', async () => {
      const r = await load(page, options);
      expect(r.overflow.overflowing, formatProblems(r, ['overflow'])).toBe(false);
    });
  });

  describe.each(PAGES)('%s with the stored theme dark and a light system theme', (page) => {
    const options: SweepOptions = { theme: 'dark', systemScheme: 'light', width: 1280, axe: false };

    test('is dark from the first paint, before any deferred or module script', async () => {
      const r = await load(page, options);
      const { bodyStart, domContentLoaded, firstFrame } = r.firstPaint;
      const state = JSON.stringify(r.firstPaint, null, 2);

      // Set by a blocking script in <head>: at the start of <body> no module
      // or deferred script can have run yet.
      expect(bodyStart?.theme, `data-theme when <body> started\n${state}`).toBe('dark');
      expect(domContentLoaded?.theme, `data-theme at DOMContentLoaded\n${state}`).toBe('dark');
      expect(firstFrame?.theme, `data-theme at the first frame\n${state}`).toBe('dark');

      // The first frame comes after render-blocking CSS, so its colours are
      // the ones first painted. At DOMContentLoaded the stylesheets may still
      // be loading; check the colour there only when they have arrived.
      expect(firstFrame && isDarkSnapshot(firstFrame), `background at the first frame: ${firstFrame && effectiveBackground(firstFrame)}\n${state}`).toBe(true);
      if (domContentLoaded && domContentLoaded.pendingStylesheets === 0) {
        expect(isDarkSnapshot(domContentLoaded), `background at DOMContentLoaded: ${effectiveBackground(domContentLoaded)}\n${state}`).toBe(true);
      }
    });
  });
});
