// Measures what an embed costs a reader, and checks the charts do not shift
// the layout. Not a test (speed and size are measured, never asserted in
// tests); it exits 1 when a budget is exceeded so CI can flag it.
//
//   npm run build && npm run measure:bytes
//   E2E_DIST_DIR=/path/to/dist BASE_PATH=/x/ npm run measure:bytes
//
// Method (issue 4, "Budgets"): Chromium, a fresh context per load (cold
// cache), viewport 375 × 667 at device scale 2, every request counted (HTML,
// JS, CSS, images, fonts), the gzip -9 size of each body as served, KB =
// 1,024 bytes.
//   - embed page until 3 s of network idle with no input: at most 25 KB, with
//     the static chart visible;
//   - after the first interaction (a pointer over the chart) and 3 s of idle
//     again: at most 25 KB + the Chart.js chunk + 3 KB;
//   - a map's embed (inline SVG, no Chart.js): at most 8 KB, before and after
//     a pointer over a region;
//   - cumulative layout shift 0 on chart and embed pages, load and
//     interaction included (shifts right after input counted too).
// Writes bench/out/bytes.json and prints a table.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { CHART_IDS, isMapChartId } from '../src/charts/ids.ts';
import { launchBrowser } from '../tests/e2e/harness/browser.ts';
import { serveDist } from '../tests/e2e/harness/dist.ts';
import { REPO_ROOT } from '../tests/e2e/harness/test-build.ts';

const KB = 1024;
const BUDGET_EMBED = 25 * KB;
/** A map's embed: inline SVG and no script to load, before or after interaction. */
const BUDGET_MAP_EMBED = 8 * KB;
const BUDGET_AFTER_EXTRA = 3 * KB;
const IDLE_MS = 3000;
const CHUNK = /\/interactive(?:-(?:bar|line))?\.[\w-]+\.js$/;

interface Counted {
  url: string;
  type: string;
  gzip: number;
  raw: number;
}

interface Load {
  page: Page;
  counted: Counted[];
  waitIdle(): Promise<void>;
  total(): number;
}

async function openCounted(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Load> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const counted: Counted[] = [];
  const pending = new Set<Request>();
  const bodies: Promise<void>[] = [];
  let lastActivity = Date.now();
  page.on('request', (r) => {
    pending.add(r);
    lastActivity = Date.now();
  });
  const settle = (r: Request) => {
    pending.delete(r);
    lastActivity = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', (r) => {
    settle(r);
    bodies.push(
      (async () => {
        const response = await r.response();
        let body: Buffer;
        try {
          body = response ? await response.body() : Buffer.alloc(0);
        } catch {
          body = Buffer.alloc(0); // a redirect has no body
        }
        counted.push({ url: r.url(), type: r.resourceType(), raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 });
      })(),
    );
  });
  // Every layout shift, from the first paint on.
  // Every layout shift, from the first paint on, with what moved.
  await page.addInitScript(() => {
    type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
    const w = window as unknown as { __cls: { all: number; withoutInput: number; entries: number; moved: string[] } };
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
  });
  await page.goto(url, { waitUntil: 'load' });
  const load: Load = {
    page,
    counted,
    async waitIdle() {
      for (;;) {
        await page.waitForTimeout(100);
        if (pending.size === 0 && Date.now() - lastActivity >= IDLE_MS) break;
      }
      await Promise.all(bodies);
    },
    total: () => counted.reduce((n, c) => n + c.gzip, 0),
  };
  return load;
}

interface Cls {
  all: number;
  withoutInput: number;
  entries: number;
  /** The elements that moved, e.g. "main#main.site-main.page-width". */
  moved: string[];
}

const cls = (page: Page) => page.evaluate(() => (window as unknown as { __cls: Cls }).__cls);

/** A shift of anything inside a chart figure, or of the figure itself: the charts' own. */
const chartShift = (c: Cls) => c.moved.some((m) => /chart-figure|embed__root/.test(m));

async function chartVisible(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-chart-drawing]')).some(
        (svg) => svg.getClientRects().length > 0 && svg.querySelector('path, text') !== null,
      ) || Array.from(document.querySelectorAll('svg[data-map]')).some((svg) => svg.getBoundingClientRect().width > 0),
  );
}

/** A pointer over the chart: Chart.js takes over a bar or line chart; a map only highlights the region (CSS). */
async function interact(page: Page, map: boolean): Promise<void> {
  if (map) {
    await page.hover('svg[data-map] a[data-region]');
    await page.waitForTimeout(100);
    return;
  }
  await page.hover('[data-chart-frame]');
  await page.waitForSelector('[data-chart-figure][data-chart-state="live"]', { timeout: 15_000 });
}

const kb = (n: number) => (n / KB).toFixed(1);

async function main(): Promise<void> {
  const server = await serveDist();
  const browser = await launchBrowser();
  const phone = { width: 375, height: 667 };
  const rows: Record<string, unknown>[] = [];
  let failed = false;
  try {
    for (const id of CHART_IDS) {
      const map = isMapChartId(id);
      const budget = map ? BUDGET_MAP_EMBED : BUDGET_EMBED;
      // The embed: before and after the first interaction.
      const embed = await openCounted(browser, server.url(`/embed/${id}/`), phone);
      await embed.waitIdle();
      const visible = await chartVisible(embed.page);
      const before = embed.total();
      const beforeFiles = embed.counted.map((c) => ({ ...c, url: c.url.replace(server.origin, '') }));
      await interact(embed.page, map);
      await embed.waitIdle();
      const after = embed.total();
      const chunk = embed.counted.filter((c) => CHUNK.test(c.url)).reduce((n, c) => n + c.gzip, 0);
      const embedCls = await cls(embed.page);
      await embed.page.context().close();

      // The chart page, for layout shift at a phone and a desktop width.
      const pageCls: Record<string, unknown> = {};
      for (const viewport of [phone, { width: 1280, height: 800 }]) {
        const chart = await openCounted(browser, server.url(`/charts/${id}/`), viewport);
        await chart.waitIdle();
        await chart.page.locator(map ? 'svg[data-map]' : '[data-chart-frame]').first().scrollIntoViewIfNeeded();
        await interact(chart.page, map);
        await chart.waitIdle();
        pageCls[viewport.width] = await cls(chart.page);
        await chart.page.context().close();
      }

      const afterBudget = map ? BUDGET_MAP_EMBED : BUDGET_EMBED + chunk + BUDGET_AFTER_EXTRA;
      const clsValues = [embedCls, ...Object.values(pageCls)] as Cls[];
      const ok = visible && before <= budget && after <= afterBudget && clsValues.every((c) => c.all === 0);
      failed ||= !ok;
      rows.push({
        id,
        staticChartVisible: visible,
        beforeBytes: before,
        afterBytes: after,
        chunkBytes: chunk,
        afterMinusChunkMinusBefore: after - chunk - before,
        afterBudget,
        clsEmbed: embedCls,
        clsChartPage: pageCls,
        ok,
        beforeFiles,
      });
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${id.padEnd(32)} before ${kb(before).padStart(5)} KB (budget ${kb(budget)})` +
          `  after ${kb(after).padStart(5)} KB (budget ${kb(afterBudget)}; chunk ${kb(chunk)}, rest ${kb(after - chunk - before)})` +
          `  CLS embed ${embedCls.all.toFixed(4)}, page 375 ${(pageCls[375] as Cls).all.toFixed(4)}, 1280 ${(pageCls[1280] as Cls).all.toFixed(4)}` +
          `${visible ? '' : '  STATIC CHART NOT VISIBLE'}`,
      );
      for (const [where, c] of [['embed', embedCls], ...Object.entries(pageCls)] as [string, Cls][]) {
        if (c.all > 0) console.log(`       ${where}: moved ${[...new Set(c.moved)].join(', ')}${chartShift(c) ? '' : ' (not the chart)'}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const out = path.join(REPO_ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'bytes.json');
  writeFileSync(file, JSON.stringify({ measured: new Date().toISOString(), kb: KB, viewport: '375x667@2', charts: rows }, null, 2) + '\n');
  console.log(`\nwritten: ${path.relative(REPO_ROOT, file)}`);
  if (failed) {
    console.error('A budget was exceeded (see OVER above).');
    process.exitCode = 1;
  }
}

await main();
