// Bytes of a page as the charts issue (#4) defines them: Chromium, cold cache,
// a 375×667 viewport at device scale 2, every request counted (HTML, JS, CSS,
// images, fonts, data), the gzip-9 size of each body as served, KB = 1,024
// bytes. "Before" is the load until 3 s of network idle with no input;
// "after" adds what the first interaction with a chart (a pointer entering
// its frame) fetches, again until 3 s of network idle.
//
// The one way the project counts bytes: `npm run bench` and
// `npm run measure:bytes` (scripts/measure-bytes.ts) both call
// `measureBytes`. It also records layout shifts (`cls`), so the script's CLS
// check rides on the same load. Plain TypeScript that Node 24 runs as is.

import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request, Response } from 'playwright-core';

export const KB = 1024;
export const VIEWPORT = { width: 375, height: 667 } as const;
export const DEVICE_SCALE_FACTOR = 2;
const IDLE_MS = 3000;

/** Issue #4's budgets for an embed page. */
export const EMBED_BUDGET = {
  /** Until 3 s of network idle with no input. */
  beforeKB: 25,
  /** After the first interaction: `beforeKB` + the Chart.js chunk + this. */
  afterExtraKB: 3,
  /** A map's embed (inline SVG, no Chart.js): before and after a pointer over a region. */
  mapKB: 8,
} as const;

interface ByteEntry {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, image, font, fetch, … */
  type: string;
  status: number;
  contentType: string;
  /** The body as served, decoded (what the page received after content decoding). */
  bodyBytes: number;
  /** gzip -9 of that body: the figure the budgets count. */
  gzip9Bytes: number;
  /** Milliseconds after navigation started when the response finished. */
  atMs: number;
}

interface PhaseBytes {
  entries: ByteEntry[];
  requests: number;
  bodyBytes: number;
  gzip9Bytes: number;
}

export interface PageBytes {
  url: string;
  /** Until 3 s of network idle with no input. */
  before: PhaseBytes;
  /** What the first interaction added (undefined when the page has no chart to interact with). */
  added?: PhaseBytes;
  /** before + added. */
  afterGzip9Bytes: number;
  /** The largest script fetched after the interaction: the chunk that carries Chart.js. */
  chartChunk?: ByteEntry;
  /**
   * A chart image in the first screen had loaded (complete, naturalWidth > 0)
   * at the end of "before"; undefined when no chart is in the first screen.
   */
  staticChartVisible: boolean | undefined;
  /** The interaction drew a canvas with pixels in it. */
  canvasDrawn: boolean | undefined;
  /** Requests that failed or answered ≥ 400. */
  failed: string[];
  /** Layout shifts from the first paint to the end of the measurement. */
  cls: LayoutShiftTotal;
}

export interface LayoutShiftTotal {
  /** Every shift, after input included. */
  all: number;
  /** Shifts without recent input (what Lighthouse counts). */
  withoutInput: number;
  entries: number;
  /** The elements that moved, e.g. "main#main.site-main.page-width". */
  moved: string[];
}

export interface MeasureOptions {
  /** Hover the first chart frame after the first idle period; default true when one exists. */
  interact?: boolean;
  /** CSS selector of the element to interact with; default `[data-chart-frame]`. */
  interactSelector?: string;
  idleMs?: number;
  /** Give up waiting for network idle after this long; default 60 s. */
  timeoutMs?: number;
  /** Default VIEWPORT (375×667); the device scale is always DEVICE_SCALE_FACTOR. */
  viewport?: { width: number; height: number };
}

const gzip9 = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;
const toKB = (bytes: number): number => bytes / KB;
const formatKB = (bytes: number, digits = 1): string => `${toKB(bytes).toFixed(digits)} KB`;

function phase(entries: ByteEntry[]): PhaseBytes {
  return {
    entries,
    requests: entries.length,
    bodyBytes: entries.reduce((s, e) => s + e.bodyBytes, 0),
    gzip9Bytes: entries.reduce((s, e) => s + e.gzip9Bytes, 0),
  };
}

/** Waits until no request has been in flight for `idleMs`. */
async function networkIdle(tracker: Tracker, idleMs: number, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const now = Date.now();
    if (tracker.inflight === 0 && now - tracker.lastActivity >= idleMs) return;
    if (now - started > timeoutMs) throw new Error(`no ${idleMs} ms of network idle within ${timeoutMs} ms (${tracker.inflight} requests in flight)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Tracker {
  inflight: number;
  lastActivity: number;
  pending: Promise<void>[];
  entries: ByteEntry[];
  failed: string[];
}

function track(page: Page, t0: number): Tracker {
  const tracker: Tracker = { inflight: 0, lastActivity: Date.now(), pending: [], entries: [], failed: [] };
  const open = new Set<Request>();
  const settle = (req: Request) => {
    if (open.delete(req)) tracker.inflight--;
    tracker.lastActivity = Date.now();
  };
  page.on('request', (req) => {
    open.add(req);
    tracker.inflight++;
    tracker.lastActivity = Date.now();
  });
  page.on('requestfailed', (req) => {
    tracker.failed.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
    settle(req);
  });
  page.on('requestfinished', (req) => {
    const atMs = Date.now() - t0;
    // Read the body before the request counts as settled, so "idle" means every body is in.
    const job = (async () => {
      const res: Response | null = await req.response();
      if (!res) return;
      const status = res.status();
      if (status >= 400) tracker.failed.push(`${req.url()} (${status})`);
      let body: Buffer = Buffer.alloc(0);
      if (status < 300 || status >= 400) {
        try {
          body = await res.body();
        } catch {
          body = Buffer.alloc(0); // redirects and bodiless answers
        }
      }
      tracker.entries.push({
        url: req.url(),
        type: req.resourceType(),
        status,
        contentType: (res.headers()['content-type'] ?? '').split(';')[0]!.trim(),
        bodyBytes: body.length,
        gzip9Bytes: body.length ? gzip9(body) : 0,
        atMs,
      });
    })().finally(() => settle(req));
    tracker.pending.push(job);
  });
  return tracker;
}

/**
 * Loads `url` in a fresh browser context (empty cache) at 375×667, device
 * scale 2, and counts every response body: until 3 s of network idle, then
 * again after a pointer enters the first chart frame.
 */
export async function measureBytes(browser: Browser, url: string, options: MeasureOptions = {}): Promise<PageBytes> {
  const idleMs = options.idleMs ?? IDLE_MS;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const selector = options.interactSelector ?? '[data-chart-frame]';
  const context = await browser.newContext({ viewport: { ...(options.viewport ?? VIEWPORT) }, deviceScaleFactor: DEVICE_SCALE_FACTOR });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordLayoutShifts);
    const cls = () => page.evaluate(() => (window as unknown as { __cls: LayoutShiftTotal }).__cls);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const t0 = Date.now();
    const tracker = track(page, t0);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await networkIdle(tracker, idleMs, timeoutMs);
    await Promise.all(tracker.pending);
    const beforeEntries = [...tracker.entries];
    // Only charts in the first screen count: one further down loads lazily, when scrolled to.
    const staticChartVisible = await page.evaluate(() => {
      const shown = [...document.querySelectorAll<SVGSVGElement>('[data-chart-figure] svg[data-chart-drawing]')].filter((svg) => {
        const r = svg.getBoundingClientRect();
        return svg.getClientRects().length > 0 && getComputedStyle(svg).visibility !== 'hidden' && r.top < innerHeight && r.bottom > 0;
      });
      // A map is an inline drawing: visible when it has a box in the first screen.
      const maps = [...document.querySelectorAll('svg[data-map]')].filter((svg) => {
        const r = svg.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0;
      });
      if (maps.length) return true;
      if (!shown.length) return undefined;
      // Inline in the HTML: drawn as soon as it is laid out.
      return shown.some((svg) => svg.querySelector('path, text') !== null);
    });

    const target = page.locator(selector).first();
    const canInteract = (options.interact ?? true) && (await target.count()) > 0;
    if (!canInteract) {
      return {
        url,
        before: phase(beforeEntries),
        afterGzip9Bytes: phase(beforeEntries).gzip9Bytes,
        staticChartVisible,
        canvasDrawn: undefined,
        failed: tracker.failed,
        cls: await cls(),
      };
    }
    await target.hover({ timeout: timeoutMs });
    await networkIdle(tracker, idleMs, timeoutMs);
    await Promise.all(tracker.pending);
    const addedEntries = tracker.entries.slice(beforeEntries.length);
    const canvasDrawn = await page.evaluate((sel) => {
      const frame = document.querySelector(sel);
      const canvas = frame?.closest('[data-chart-figure]')?.querySelector('canvas');
      if (!canvas || !canvas.width || !canvas.height) return false;
      const ctx = canvas.getContext('2d');
      if (!ctx) return false;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i]) return true;
      return false;
    }, selector);
    const scripts = addedEntries.filter((e) => e.type === 'script' || e.contentType === 'text/javascript' || e.contentType === 'application/javascript');
    const chartChunk = scripts.sort((a, b) => b.gzip9Bytes - a.gzip9Bytes)[0];
    const before = phase(beforeEntries);
    const added = phase(addedEntries);
    return {
      url,
      before,
      added,
      afterGzip9Bytes: before.gzip9Bytes + added.gzip9Bytes,
      ...(chartChunk ? { chartChunk } : {}),
      staticChartVisible,
      canvasDrawn,
      failed: tracker.failed,
      cls: await cls(),
    };
  } finally {
    await context.close();
  }
}

/** Init script: sums every layout shift from the first paint on into `window.__cls`, with what moved. */
function recordLayoutShifts(): void {
  type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
  const w = window as unknown as { __cls: LayoutShiftTotal };
  w.__cls = { all: 0, withoutInput: 0, entries: 0, moved: [] };
  const describe = (n: Node | null | undefined) => {
    if (!n || !(n instanceof Element)) return n?.nodeName ?? '?';
    const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
    return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as Shift[]) {
      w.__cls.all += e.value;
      w.__cls.entries++;
      if (!e.hadRecentInput) w.__cls.withoutInput += e.value;
      for (const source of e.sources) w.__cls.moved.push(describe(source.node));
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export interface EmbedBudgetCheck {
  beforeOk: boolean;
  /** 25 KB + the Chart.js chunk + 3 KB, in bytes. */
  afterLimitBytes: number;
  afterOk: boolean;
  visibleOk: boolean;
  ok: boolean;
}

/** Issue #4's embed budgets applied to one measurement. */
export function checkEmbedBudget(m: PageBytes, kind: 'chart' | 'map' = 'chart'): EmbedBudgetCheck {
  const beforeLimit = (kind === 'map' ? EMBED_BUDGET.mapKB : EMBED_BUDGET.beforeKB) * KB;
  const beforeOk = m.before.gzip9Bytes <= beforeLimit;
  const afterLimitBytes = kind === 'map' ? beforeLimit : EMBED_BUDGET.beforeKB * KB + (m.chartChunk?.gzip9Bytes ?? 0) + EMBED_BUDGET.afterExtraKB * KB;
  const afterOk = m.afterGzip9Bytes <= afterLimitBytes;
  const visibleOk = m.staticChartVisible === true;
  return { beforeOk, afterLimitBytes, afterOk, visibleOk, ok: beforeOk && afterOk && visibleOk };
}
