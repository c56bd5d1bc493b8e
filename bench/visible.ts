// "Chart visible": when a reader first sees the chart, measured the same way
// on both sides of the comparison in a fresh Chromium context (cold cache,
// 375×667 at device scale 2, like the byte counts).
//   ours:     the load event of the static chart image that is displayed
//             (captured, not added: a capturing listener installed before
//             any page script);
//   baseline: the `chart-visible` performance mark bench/baseline/draw.ts
//             sets after Chart.js's first render (animation off);
//   limit:    as ours: the bare page with the same inline drawing and table
//             and nothing else (bench/limit/build.ts).
// With it, the requests the page had started before that moment (the
// document included).
// Both are milliseconds from the start of navigation. LCP cannot be used for
// this: it ignores canvases.
//
// Two conditions: unthrottled (loopback), and throttled like Lighthouse's
// mobile preset applied by DevTools (4× CPU slowdown, 562.5 ms request
// latency, 1,474.56 kbit/s down, 675 kbit/s up: Lighthouse's mobileSlow4G
// "devtools" values).

import type { Browser } from 'playwright-core';
import { DEVICE_SCALE_FACTOR, VIEWPORT } from '../tools/bytes.ts';

export type Side = 'ours' | 'baseline' | 'limit';
export type Condition = 'unthrottled' | 'throttled';

export const THROTTLED = {
  cpuSlowdown: 4,
  latencyMs: 562.5,
  downloadKbps: 1474.56,
  uploadKbps: 675,
} as const;

export interface VisibleRun {
  /** ms from navigation start; null when the chart never became visible within the timeout. */
  chartVisibleMs: number | null;
  /** The load event, for context. */
  loadMs: number | null;
  /** Requests started before the chart was visible, the document included; null when it never was. */
  requestsBefore: number | null;
}

const INIT = `(() => {
  window.__benchChartVisible = null;
  document.addEventListener('load', (event) => {
    const img = event.target;
    if (!(img instanceof HTMLImageElement) || window.__benchChartVisible !== null) return;
    if (!img.closest('[data-chart-figure]')) return;
    if (img.getClientRects().length === 0 || getComputedStyle(img).visibility === 'hidden') return;
    window.__benchChartVisible = performance.now();
  }, true);
})();`;

export async function measureChartVisible(browser: Browser, url: string, side: Side, condition: Condition, timeoutMs = 60_000): Promise<VisibleRun> {
  const context = await browser.newContext({ viewport: { ...VIEWPORT }, deviceScaleFactor: DEVICE_SCALE_FACTOR });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition === 'throttled') {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpuSlowdown });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: THROTTLED.latencyMs,
        downloadThroughput: (THROTTLED.downloadKbps * 1024) / 8,
        uploadThroughput: (THROTTLED.uploadKbps * 1024) / 8,
      });
    }
    if (side !== 'baseline') await page.addInitScript(INIT);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    let chartVisibleMs: number | null = null;
    while (Date.now() < deadline) {
      chartVisibleMs = await page.evaluate((s) => {
        if (s !== 'baseline') {
          // The drawing is inline SVG in the HTML: visible at the first paint that shows it.
          const drawing = [...document.querySelectorAll('[data-chart-figure] svg[data-chart-drawing]')].some((svg) => svg.getClientRects().length > 0);
          if (drawing) return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          return (window as unknown as { __benchChartVisible: number | null }).__benchChartVisible;
        }
        const mark = performance.getEntriesByName('chart-visible', 'mark')[0];
        return mark ? mark.startTime : null;
      }, side);
      if (chartVisibleMs !== null) break;
      await page.waitForTimeout(100);
    }
    const loadMs = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav && nav.loadEventStart > 0 ? nav.loadEventStart : null;
    });
    const requestsBefore =
      chartVisibleMs === null
        ? null
        : await page.evaluate((at) => 1 + performance.getEntriesByType('resource').filter((e) => e.startTime <= at).length, chartVisibleMs);
    return { chartVisibleMs, loadMs, requestsBefore };
  } finally {
    await context.close();
  }
}
