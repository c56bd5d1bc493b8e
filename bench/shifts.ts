// What moved: for a page that misses the CLS budget, load it at the size
// Lighthouse emulated and list every layout shift with the elements it moved
// (from the Layout Instability API's sources), so the report says why.

import type { Browser } from 'playwright-core';

interface ShiftSource {
  /** tag.class#id of the moved element. */
  node: string;
  /** Top and height before and after, in CSS pixels. */
  from: { top: number; height: number };
  to: { top: number; height: number };
}

export interface LayoutShift {
  atMs: number;
  value: number;
  hadRecentInput: boolean;
  sources: ShiftSource[];
}

/** Lighthouse 13's emulated screens (core/config/constants.js). */
export const LIGHTHOUSE_SCREENS = {
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true },
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false },
} as const;

export async function layoutShifts(browser: Browser, url: string, screen: (typeof LIGHTHOUSE_SCREENS)[keyof typeof LIGHTHOUSE_SCREENS]): Promise<LayoutShift[]> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
    isMobile: screen.isMobile,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __benchShifts: unknown[] };
      w.__benchShifts = [];
      const describe = (n: Node | null) => {
        if (!n) return '(removed)';
        if (!(n instanceof Element)) return n.nodeName.toLowerCase();
        const cls = typeof n.className === 'string' && n.className.trim() ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
        return `${n.tagName.toLowerCase()}${cls}${n.id ? `#${n.id}` : ''}`;
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {
          startTime: number;
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }[]) {
          w.__benchShifts.push({
            atMs: Math.round(e.startTime),
            value: e.value,
            hadRecentInput: e.hadRecentInput,
            sources: e.sources.map((s) => ({
              node: describe(s.node),
              from: { top: Math.round(s.previousRect.top * 10) / 10, height: Math.round(s.previousRect.height * 10) / 10 },
              to: { top: Math.round(s.currentRect.top * 10) / 10, height: Math.round(s.currentRect.height * 10) / 10 },
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => (window as unknown as { __benchShifts: LayoutShift[] }).__benchShifts);
  } finally {
    await context.close();
  }
}
