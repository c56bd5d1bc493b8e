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
//   - cumulative layout shift 0 on chart and embed pages, load and
//     interaction included (shifts right after input counted too).
// Every edition's embeds and chart pages (/embed/<id>/, /be/embed/<id>/,
// /ru/embed/<id>/), each against the same budgets; MEASURE_EDITIONS=be,ru
// measures only those. Writes bench/out/bytes.json and prints a table. Counts with tools/bytes.ts,
// the same code `npm run bench` uses.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_IDS, isMapChartId } from '../src/schemas/chart-ids.ts';
import { KB, EMBED_BUDGET, checkEmbedBudget, measureBytes, type LayoutShiftTotal } from '../tools/bytes.ts';
import { launchBrowser } from '../tools/chromium.ts';
import { requireDist, serveDist } from '../tools/dist.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../src/i18n/locales.ts';
import { REPO_ROOT } from '../tools/test-build.ts';

/** A shift of anything inside a chart figure, or of the figure itself: the charts' own. */
const chartShift = (c: LayoutShiftTotal) => c.moved.some((m) => /chart-figure|embed__root/.test(m));

const kb = (n: number) => (n / KB).toFixed(1);

async function main(): Promise<void> {
  const server = await serveDist();
  const browser = await launchBrowser();
  const rows: Record<string, unknown>[] = [];
  let failed = false;
  try {
    const only = process.env.MEASURE_EDITIONS?.split(',').map((x) => x.trim());
    const editions = LOCALES.filter((l) => !only || only.includes(l));
    const dist = requireDist();
    for (const [edition, id] of editions.flatMap((l) => CHART_IDS.map((id) => [l, id] as [Locale, string]))) {
      const prefix = LOCALE_INFO[edition].prefix;
      // A chart not written in an edition has no embed there.
      if (!existsSync(path.join(dist, prefix.replace(/^\//, ''), 'embed', id, 'index.html'))) continue;
      // The embed: before and after the first interaction.
      // A map has no Chart.js: a pointer over a region only highlights it (CSS), within the map's budget.
      const map = isMapChartId(id);
      const interactSelector = map ? 'svg[data-map] a[data-region]' : undefined;
      const embed = await measureBytes(browser, server.url(`${prefix}/embed/${id}/`), { interactSelector });
      const budget = checkEmbedBudget(embed, map ? 'map' : 'chart');
      const before = embed.before.gzip9Bytes;
      const after = embed.afterGzip9Bytes;
      const chunk = embed.chartChunk?.gzip9Bytes ?? 0;

      // The chart page, for layout shift at a phone and a desktop width.
      const pageCls: Record<string, LayoutShiftTotal> = {};
      for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
        pageCls[viewport.width] = (await measureBytes(browser, server.url(`${prefix}/charts/${id}/`), { viewport, interactSelector })).cls;
      }

      const clsValues = [embed.cls, ...Object.values(pageCls)];
      const ok = budget.ok && (map || embed.canvasDrawn === true) && clsValues.every((c) => c.all === 0);
      failed ||= !ok;
      rows.push({
        edition,
        id,
        staticChartVisible: embed.staticChartVisible,
        canvasDrawn: embed.canvasDrawn,
        beforeBytes: before,
        afterBytes: after,
        chunkBytes: chunk,
        afterMinusChunkMinusBefore: after - chunk - before,
        afterBudget: budget.afterLimitBytes,
        clsEmbed: embed.cls,
        clsChartPage: pageCls,
        ok,
        beforeFiles: embed.before.entries.map((e) => ({ url: e.url.replace(server.origin, ''), type: e.type, raw: e.bodyBytes, gzip: e.gzip9Bytes })),
      });
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${edition} ${id.padEnd(32)} before ${kb(before).padStart(5)} KB (budget ${map ? EMBED_BUDGET.mapKB : EMBED_BUDGET.beforeKB}.0)` +
          `  after ${kb(after).padStart(5)} KB (budget ${kb(budget.afterLimitBytes)}; chunk ${kb(chunk)}, rest ${kb(after - chunk - before)})` +
          `  CLS embed ${embed.cls.all.toFixed(4)}, page 375 ${pageCls[375]!.all.toFixed(4)}, 1280 ${pageCls[1280]!.all.toFixed(4)}` +
          `${embed.staticChartVisible ? '' : '  STATIC CHART NOT VISIBLE'}${embed.canvasDrawn ? '' : '  CHART NOT DRAWN AFTER INTERACTION'}`,
      );
      for (const [where, c] of [['embed', embed.cls], ...Object.entries(pageCls)] as [string, LayoutShiftTotal][]) {
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
