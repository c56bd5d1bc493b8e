// `npm run bench`: Lighthouse, bytes, build and validate times, measured the
// same way every time, and our embeds side by side with the usual way of
// putting a chart on a page. A benchmark, not a test: it reports (bench/report.md,
// bench/out/results.json) and exits 1 only when a budget is missed or a
// measurement could not be taken; 2 when Chromium is missing.
//
//   npm run bench                      everything (about 15–20 minutes on 2 cores)
//   npm run bench -- --no-growth       without the synthetic growth builds
//   npm run bench -- --chart-pages     always add the 10× chart-pages build (else only when time allows)
//   npm run bench -- --no-chart-pages  never add it
//   npm run bench -- --report-only     rewrite bench/report.md from bench/out/results.json

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { getFreePort } from '../tools/server.ts';
import { CHROME_FLAGS, OUT_DIR, BENCH_DIR, chromiumPath, chromiumProblem, describeMachine, loadAverage } from './env.ts';
import { checkEmbedBudget, measureBytes } from '../tools/bytes.ts';
import { budgetMisses, median, runLighthouse, summarise, type LighthouseRun, type LighthouseSet, type Preset } from './lighthouse.ts';
import { measureChartVisible, type Condition, type Side, type VisibleRun } from './visible.ts';
import { BASELINE_CHARTS, BASELINE_PATH, buildBaseline, compareWithEmbed, installBaselines, type BaselineBuild } from './baseline/build.ts';
import { buildLimit, installLimits, LIMIT_PATH, type LimitBuild } from './limit/build.ts';
import { CHART_IDS, isMapChartId } from '../src/schemas/chart-ids.ts';
import { distStats, longestArticle, startPreview, timedBuild, timeNpmScript, type Preview, type Stats } from './site.ts';
import { generateSynthetic, type SyntheticSummary } from './synthetic.ts';
import { LIGHTHOUSE_SCREENS, layoutShifts } from './shifts.ts';
import { writeReport, type Results, type LighthouseEntry, type BytesEntry, type SideBySide, type GrowthRow, type Budget, type EveryChart, CHART_BUDGETS } from './report.ts';

const LIMIT_MS = 20 * 60_000;
const LH_RUNS = 3;
const VISIBLE_RUNS = 3;
const SEED = 2025;
const args = new Set(process.argv.slice(2));
const RESULTS_JSON = path.join(OUT_DIR, 'results.json');
const REPORT = path.join(BENCH_DIR, 'report.md');

const t0 = performance.now();
const elapsed = () => performance.now() - t0;
const log = (msg: string) => process.stdout.write(`[bench ${(elapsed() / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

if (args.has('--report-only')) {
  const results = JSON.parse(await readFile(RESULTS_JSON, 'utf8')) as Results;
  await writeReport(REPORT, results);
  log(`wrote ${path.relative(process.cwd(), REPORT)} from ${path.relative(process.cwd(), RESULTS_JSON)}`);
  process.exit(0);
}

const problem = chromiumProblem();
if (problem) {
  process.stderr.write(`[bench] Chromium is missing: ${problem}\n[bench] Nothing was measured.\n`);
  process.exit(2);
}

await mkdir(OUT_DIR, { recursive: true });
const machine = describeMachine();
const loadStart = loadAverage();
const phases: Results['phases'] = [];
let phaseStart = elapsed();
const phase = (name: string) => {
  const now = elapsed();
  phases.push({ name, ms: Math.round(now - phaseStart), loadAfter: loadAverage() });
  phaseStart = now;
};
const errors: string[] = [];
log(`machine: ${machine.cores} cores (${machine.cpu}), load average ${loadStart.join(', ')}, commit ${machine.commit}${machine.dirtyFiles ? ` + ${machine.dirtyFiles} changed files` : ''}`);

// ---------------------------------------------------------------------------
// The site, built for the origin it is served from.

const port = await getFreePort();
const origin = `http://127.0.0.1:${port}`;
log(`building the site for ${origin} (a copy of the working tree, npm run build)…`);
const site = await timedBuild('bench-site', { SITE_URL: origin });
if (site.build.exitCode !== 0) {
  process.stderr.write(`${site.build.stdout.slice(-3000)}\n${site.build.stderr.slice(-3000)}\n[bench] The site did not build (exit ${site.build.exitCode}); nothing else was measured.\n`);
  await site.build.cleanup();
  process.exit(1);
}
const distDir = site.build.distDir;
const siteStats = await distStats(distDir);
log(`built in ${(site.buildMs / 1000).toFixed(1)} s: ${siteStats.htmlPages} HTML pages, ${siteStats.files} files`);
const validateRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  const v = await timeNpmScript(site.build.dir, 'validate');
  if (v.code !== 0) errors.push(`npm run validate exited ${v.code}: ${v.output.slice(-500)}`);
  validateRuns.push(v.ms);
}
log(`npm run validate: ${validateRuns.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ')}`);
phase('build and validate the site');

// The baseline pages, built by the same Vite and put into the same dist/.
const baselines: BaselineBuild[] = [];
for (const id of BASELINE_CHARTS) baselines.push(await buildBaseline(id, site.build.dir));
await installBaselines(baselines, distDir);
const sameNumbers = await Promise.all(baselines.map((b) => compareWithEmbed(b, distDir)));
log(`baseline pages built (${baselines.map((b) => `${b.id} ${(b.durationMs / 1000).toFixed(1)} s`).join(', ')}); same numbers as the embeds: ${sameNumbers.map((s) => (s.same ? 'yes' : 'NO')).join(', ')}`);
phase('build the baseline pages');

// The limit pages: each bar and line chart's inline drawing and table alone, by the same Vite.
const LIMIT_CHARTS = CHART_IDS.filter((id) => !isMapChartId(id));
const limits: LimitBuild[] = [];
for (const id of LIMIT_CHARTS) limits.push(await buildLimit(id, distDir));
await installLimits(limits, distDir);
log(`limit pages built for ${limits.length} charts (${(limits.reduce((a, b) => a + b.durationMs, 0) / 1000).toFixed(1)} s)`);
phase('build the limit pages');

const longest = await longestArticle(distDir);
log(`longest article: ${longest.path} (${longest.chars} characters of text)`);

let preview: Preview | undefined;
let browser: Browser | undefined;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await preview?.stop().catch(() => {});
};
process.once('SIGINT', () => {
  void stopAll().finally(() => process.exit(130));
});

const lighthouse: LighthouseEntry[] = [];
const bytes: BytesEntry[] = [];
const sideBySide: SideBySide[] = [];
const everyChart: EveryChart[] = [];

try {
  preview = await startPreview(site.build.dir, port);
  log(`astro preview serving ${origin}`);

  // -------------------------------------------------------------------------
  // Bytes per page type, before and after the first interaction.
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROME_FLAGS] });
  const bytePages: { key: string; label: string; path: string; embed: boolean }[] = [
    { key: 'home', label: 'Home', path: '/', embed: false },
    { key: 'article', label: 'Longest article', path: longest.path, embed: false },
    { key: 'results', label: 'Results 2025', path: '/results/2025/', embed: false },
    { key: 'chart', label: 'Chart page', path: '/charts/vote-share-2025/', embed: false },
    // The other editions: a Belarusian chart page and a Russian embed, against the same budgets.
    { key: 'chart:be', label: 'Chart page, Belarusian', path: '/be/charts/vote-share-2025/', embed: false },
    { key: 'embed:ru:vote-share-2025', label: 'Embed vote-share-2025, Russian', path: '/ru/embed/vote-share-2025/', embed: true },
    ...(await embedIds(distDir)).map((id) => ({ key: `embed:${id}`, label: `Embed ${id}`, path: `/embed/${id}/`, embed: true })),
    ...BASELINE_CHARTS.map((id) => ({ key: `baseline:${id}`, label: `Baseline ${id}`, path: `${BASELINE_PATH}${id}/`, embed: false })),
    ...LIMIT_CHARTS.map((id) => ({ key: `limit:${id}`, label: `Limit page ${id}`, path: `${LIMIT_PATH}${id}/`, embed: false })),
  ];
  for (const p of bytePages) {
    try {
      const m = await measureBytes(browser, origin + p.path, { interact: !p.key.startsWith('baseline:') && !p.key.startsWith('limit:') });
      bytes.push({ ...p, result: m, ...(p.embed ? { budget: checkEmbedBudget(m) } : {}) });
      log(`bytes ${p.path}: ${(m.before.gzip9Bytes / 1024).toFixed(1)} KB before, ${(m.afterGzip9Bytes / 1024).toFixed(1)} KB after the first interaction`);
    } catch (error) {
      errors.push(`bytes of ${p.path}: ${(error as Error).message}`);
    }
  }
  phase('bytes per page');

  // -------------------------------------------------------------------------
  // Chart visible: ours (static image's load event) and the baseline (mark after Chart.js's first render).
  const visible = new Map<string, VisibleRun[]>();
  const vkey = (chart: string, side: Side, c: Condition) => `${chart}|${side}|${c}`;
  const pathOf = (chart: string, side: Side) => (side === 'ours' ? `/embed/${chart}/` : side === 'baseline' ? `${BASELINE_PATH}${chart}/` : `${LIMIT_PATH}${chart}/`);
  // The two charts with a baseline: ours, the usual way and the limit, both conditions. Every other
  // bar and line chart: ours and its limit page, throttled. Sides alternate within a run, so load
  // affects them alike.
  const visiblePlan: { chart: string; sides: Side[]; conditions: Condition[] }[] = LIMIT_CHARTS.map((chart) =>
    (BASELINE_CHARTS as readonly string[]).includes(chart)
      ? { chart, sides: ['ours', 'baseline', 'limit'], conditions: ['unthrottled', 'throttled'] }
      : { chart, sides: ['ours', 'limit'], conditions: ['throttled'] },
  );
  for (const condition of ['unthrottled', 'throttled'] as const) {
    for (let run = 0; run < VISIBLE_RUNS; run++) {
      for (const plan of visiblePlan) {
        if (!plan.conditions.includes(condition)) continue;
        for (const side of plan.sides) {
          const url = origin + pathOf(plan.chart, side);
          try {
            const r = await measureChartVisible(browser, url, side, condition);
            visible.set(vkey(plan.chart, side, condition), [...(visible.get(vkey(plan.chart, side, condition)) ?? []), r]);
          } catch (error) {
            errors.push(`chart visible on ${url} (${condition}): ${(error as Error).message}`);
          }
        }
      }
    }
    log(`chart-visible runs ${condition} done`);
  }
  await browser.close();
  browser = undefined;
  log('chart-visible runs done');
  phase('chart visible');

  // -------------------------------------------------------------------------
  // Lighthouse on the five page types, mobile and desktop.
  const lhDir = path.join(OUT_DIR, 'lighthouse');
  await rm(lhDir, { recursive: true, force: true });
  const lhPages = [
    { key: 'home', label: 'Home', path: '/', seo: true },
    { key: 'article', label: `Longest article`, path: longest.path, seo: true },
    { key: 'results', label: 'Results 2025', path: '/results/2025/', seo: true },
    { key: 'chart', label: 'Chart page (vote-share-2025)', path: '/charts/vote-share-2025/', seo: true },
    { key: 'embed', label: 'Embed (vote-share-2025)', path: '/embed/vote-share-2025/', seo: false },
    { key: 'chart-be', label: 'Chart page, Belarusian (vote-share-2025)', path: '/be/charts/vote-share-2025/', seo: true },
    { key: 'embed-ru', label: 'Embed, Russian (vote-share-2025)', path: '/ru/embed/vote-share-2025/', seo: false },
  ];
  const runSet = async (key: string, url: string, preset: Preset, attempt: number): Promise<LighthouseSet> => {
    const runs: LighthouseRun[] = [];
    for (let i = 1; i <= LH_RUNS; i++) {
      const label = `${key.replace(/[^a-z0-9-]+/gi, '_')}-${preset}-${attempt > 1 ? `rerun-` : ''}${i}`;
      try {
        const r = await runLighthouse(url, preset, lhDir, label);
        runs.push(r);
        log(`lighthouse ${preset} ${url.slice(origin.length)} #${i}${attempt > 1 ? ' (re-run)' : ''}: ${Object.entries(r.scores).map(([k, v]) => `${k} ${v}`).join(', ')}; LCP ${Math.round(r.metrics.lcp ?? -1)} ms, TBT ${Math.round(r.metrics.tbt ?? -1)} ms, CLS ${r.metrics.cls}`);
      } catch (error) {
        errors.push(`lighthouse ${preset} ${url}: ${(error as Error).message}`);
      }
    }
    return summarise(runs);
  };
  const budgeted = async (p: { key: string; label: string; path: string; seo: boolean }, preset: Preset) => {
    const url = origin + p.path;
    const first = await runSet(p.key, url, preset, 1);
    const sets = [first];
    let misses = first.runs.length ? budgetMisses(first, { seo: p.seo }) : ['no run completed'];
    const firstMisses = misses;
    if (misses.length) {
      log(`${p.path} ${preset} under budget (${misses.join(', ')}): re-running once`);
      const second = await runSet(p.key, url, preset, 2);
      sets.push(second);
      misses = second.runs.length ? budgetMisses(second, { seo: p.seo }) : ['no run completed'];
    }
    lighthouse.push({ key: p.key, label: p.label, path: p.path, preset, seo: p.seo, budgeted: true, sets, firstMisses, misses });
  };
  for (const p of lhPages) for (const preset of ['mobile', 'desktop'] as const) await budgeted(p, preset);
  phase('Lighthouse: five page types, mobile and desktop');

  // Side by side: the other embed and the two baselines, mobile, round-robin so load affects them
  // alike; our vote-share embed's mobile runs are the ones above.
  const compare = BASELINE_CHARTS.flatMap((id) => [
    { key: `sbs-embed:${id}`, label: `Embed (${id})`, path: `/embed/${id}/`, side: 'ours' as const, chart: id },
    { key: `sbs-baseline:${id}`, label: `Baseline (${id})`, path: `${BASELINE_PATH}${id}/`, side: 'baseline' as const, chart: id },
  ]);
  const reused = (c: (typeof compare)[number]) => lighthouse.find((e) => e.preset === 'mobile' && e.path === c.path && !e.key.startsWith('sbs-'));
  const compareRuns = new Map<string, LighthouseRun[]>();
  for (let i = 1; i <= LH_RUNS; i++) {
    for (const c of compare) {
      if (reused(c)) continue;
      try {
        const r = await runLighthouse(origin + c.path, 'mobile', lhDir, `${c.key.replace(/[^a-z0-9-]+/gi, '_')}-mobile-${i}`);
        compareRuns.set(c.key, [...(compareRuns.get(c.key) ?? []), r]);
        log(`lighthouse mobile ${c.path} #${i} (side by side): ${Object.entries(r.scores).map(([k, v]) => `${k} ${v}`).join(', ')}; LCP ${Math.round(r.metrics.lcp ?? -1)} ms, TBT ${Math.round(r.metrics.tbt ?? -1)} ms, CLS ${r.metrics.cls}`);
      } catch (error) {
        errors.push(`lighthouse mobile ${c.path}: ${(error as Error).message}`);
      }
    }
  }
  for (const c of compare) {
    const r = reused(c);
    if (r) {
      lighthouse.push({ ...r, key: c.key, label: `${c.label}, side by side`, budgeted: false, reusedFrom: r.key });
      continue;
    }
    const set = summarise(compareRuns.get(c.key) ?? []);
    const entry: LighthouseEntry = { key: c.key, label: `${c.label}, side by side`, path: c.path, preset: 'mobile', seo: false, budgeted: c.side === 'ours', sets: [set], firstMisses: [], misses: [] };
    if (c.side === 'ours') {
      entry.firstMisses = entry.misses = set.runs.length ? budgetMisses(set, { seo: false }) : ['no run completed'];
      if (entry.misses.length) {
        log(`${c.path} mobile under budget (${entry.misses.join(', ')}): re-running once`);
        const second = await runSet(c.key, origin + c.path, 'mobile', 2);
        entry.sets.push(second);
        entry.misses = second.runs.length ? budgetMisses(second, { seo: false }) : ['no run completed'];
      }
    }
    lighthouse.push(entry);
  }
  phase('Lighthouse: side by side');

  // Why CLS missed: what moved, at the screen Lighthouse emulated.
  const clsMissed = lighthouse.filter((e) => e.budgeted && e.misses.some((m) => m.startsWith('CLS')));
  if (clsMissed.length) {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROME_FLAGS] });
    for (const e of clsMissed) {
      try {
        e.shifts = await layoutShifts(browser, origin + e.path, LIGHTHOUSE_SCREENS[e.preset]);
      } catch (error) {
        errors.push(`layout shifts of ${e.path} (${e.preset}): ${(error as Error).message}`);
      }
    }
    await browser.close();
    browser = undefined;
    phase('what moved (pages over the CLS budget)');
  }

  for (const id of BASELINE_CHARTS) {
    const side = (s: Side) => {
      const lh = lighthouse.find((e) => e.key === `sbs-${s === 'ours' ? 'embed' : 'baseline'}:${id}`)!.sets[0]!;
      const b = bytes.find((e) => e.key === `${s === 'ours' ? 'embed' : 'baseline'}:${id}`)?.result;
      const runs = (c: Condition) => visible.get(vkey(id, s, c)) ?? [];
      return {
        path: s === 'ours' ? `/embed/${id}/` : `${BASELINE_PATH}${id}/`,
        bytesBefore: b?.before.gzip9Bytes ?? null,
        bytesAfter: b?.afterGzip9Bytes ?? null,
        requests: b?.before.requests ?? null,
        lcp: lh.median.metrics.lcp,
        tbt: lh.median.metrics.tbt,
        performance: lh.median.scores.performance ?? null,
        visible: {
          unthrottled: { runs: runs('unthrottled').map((r) => r.chartVisibleMs), median: median(runs('unthrottled').map((r) => r.chartVisibleMs)) },
          throttled: { runs: runs('throttled').map((r) => r.chartVisibleMs), median: median(runs('throttled').map((r) => r.chartVisibleMs)) },
        },
      };
    };
    const b = baselines.find((x) => x.id === id)!;
    sideBySide.push({
      chart: id,
      type: b.data.type,
      ours: side('ours'),
      baseline: side('baseline'),
      sameNumbers: sameNumbers.find((_s, i) => baselines[i]!.id === id)?.same ?? false,
      baselineFiles: b.files,
    });
  }
  for (const id of LIMIT_CHARTS) {
    const b = bytes.find((e) => e.key === `embed:${id}`)?.result;
    const limitBytes = bytes.find((e) => e.key === `limit:${id}`)?.result;
    const runs = (side: Side) => visible.get(vkey(id, side, 'throttled')) ?? [];
    const med = (side: Side) => median(runs(side).map((r) => r.chartVisibleMs));
    const kind = (await readFile(path.join(distDir, 'embed', id, 'index.html'), 'utf8')).match(/data-chart-kind="(\w+)"/)?.[1] ?? '';
    everyChart.push({
      chart: id,
      kind,
      bytesBefore: b?.before.gzip9Bytes ?? null,
      bytesAfter: b?.afterGzip9Bytes ?? null,
      chunk: b?.chartChunk?.gzip9Bytes ?? null,
      chunkUrl: b?.chartChunk?.url.replace(origin, '') ?? null,
      requestsBeforeVisible: median(runs('ours').map((r) => r.requestsBefore)),
      limitBytesBefore: limitBytes?.before.gzip9Bytes ?? null,
      visibleThrottled: { ours: med('ours'), limit: med('limit'), baseline: runs('baseline').length ? med('baseline') : null },
      runs: { ours: runs('ours').map((r) => r.chartVisibleMs), limit: runs('limit').map((r) => r.chartVisibleMs), baseline: runs('baseline').map((r) => r.chartVisibleMs) },
    });
  }
} catch (error) {
  errors.push(`measuring the site: ${(error as Error).stack ?? (error as Error).message}`);
} finally {
  await stopAll();
}
await site.build.cleanup();

// ---------------------------------------------------------------------------
// Build growth: 10× and 100× synthetic articles, each embedding several charts;
// and, when time allows, 10× chart pages.

const growth: GrowthRow[] = [
  {
    label: '1× (the real site, the build that was served)',
    factor: 1,
    mode: 'real',
    articles: null,
    charts: null,
    chartFigures: null,
    buildMs: site.buildMs,
    validateMs: median(validateRuns),
    stats: siteStats,
    exitCode: 0,
  },
];
const realCounts = await countContent();
growth[0]!.articles = realCounts.articles;
growth[0]!.charts = realCounts.charts;
growth[0]!.chartFigures = realCounts.chartFigures;
growth[0]!.loadAfter = phases[0]?.loadAfter;

const growBuild = async (label: string, factor: number, charts: boolean) => {
  log(`growth build ${label}…`);
  const g = await timedBuild(`bench-x${factor}${charts ? '-charts' : ''}`, { SITE_URL: origin }, (dir) =>
    factor > 1 ? generateSynthetic(dir, factor, SEED, { charts }) : Promise.resolve(undefined),
  );
  const summary = g.mutated as SyntheticSummary | undefined;
  const row: GrowthRow = {
    label,
    factor,
    mode: factor === 1 ? 'base' : charts ? 'chart-pages' : 'articles',
    articles: realCounts.articles + (summary?.syntheticArticles ?? 0),
    charts: realCounts.charts + (summary?.syntheticCharts ?? 0),
    chartFigures: realCounts.chartFigures + (summary?.chartFigures ?? 0),
    buildMs: g.buildMs,
    validateMs: null,
    stats: null,
    exitCode: g.build.exitCode,
    loadAfter: loadAverage(),
    ...(summary ? { synthetic: summary } : {}),
  };
  if (g.build.exitCode === 0) {
    row.stats = await distStats(g.build.distDir);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await timeNpmScript(g.build.dir, 'validate');
      if (v.code === 0) runs.push(v.ms);
    }
    row.validateMs = median(runs);
    log(`growth ${label}: build ${(g.buildMs / 1000).toFixed(1)} s, validate ${runs.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ')}, ${row.stats.htmlPages} HTML pages`);
  } else {
    row.error = `${g.build.stderr.trim().split('\n').slice(-12).join('\n')}`;
    errors.push(`growth build ${label} exited ${g.build.exitCode}`);
    log(`growth ${label}: build FAILED (exit ${g.build.exitCode})`);
  }
  await g.build.cleanup();
  growth.push(row);
  phase(`growth build ${label}`);
};

if (!args.has('--no-growth')) {
  // The 1× build again, next to the synthetic ones, so the growth factors compare builds made under the same load.
  await growBuild('1× (the real site, rebuilt beside the synthetic builds)', 1, false);
  await growBuild('10× articles with charts', 10, false);
  await growBuild('100× articles with charts', 100, false);
  // 10× chart pages: each synthetic chart is drawn (its images and a social card): about 2–8× the real build here.
  const estimate = (growth.find((g) => g.mode === 'base')?.buildMs ?? site.buildMs) * 8;
  const wanted = args.has('--chart-pages') || (!args.has('--no-chart-pages') && elapsed() + estimate < LIMIT_MS - 60_000);
  if (wanted) await growBuild('10× chart pages and articles', 10, true);
  else growth.push({ label: '10× chart pages and articles', factor: 10, mode: 'chart-pages', articles: null, charts: null, chartFigures: null, buildMs: null, validateMs: null, stats: null, exitCode: null, skipped: `skipped to stay within 20 minutes (about ${Math.round(estimate / 1000)} s expected, ${Math.round((LIMIT_MS - elapsed()) / 1000)} s left); npm run bench -- --chart-pages adds it` });
}

// ---------------------------------------------------------------------------
// Budgets and the report.

const budgets: Budget[] = [];
for (const e of lighthouse.filter((x) => x.budgeted)) {
  budgets.push({
    name: `Lighthouse ${e.preset}, ${e.label}: 100 in performance, accessibility, best practices${e.seo ? ', SEO' : ''}; CLS 0`,
    ok: e.misses.length === 0,
    detail: e.misses.length ? `missed: ${e.misses.join(', ')}${e.sets.length > 1 ? ` (after a re-run; first: ${e.firstMisses.join(', ')})` : ''}` : e.sets.length > 1 ? `met on the re-run (first: ${e.firstMisses.join(', ')})` : 'met',
  });
}
for (const e of bytes.filter((x) => x.budget)) {
  const b = e.budget!;
  budgets.push({
    name: `Bytes, ${e.label}: ≤ 25 KB until 3 s idle with the static chart visible; ≤ 25 KB + Chart.js chunk + 3 KB after the first interaction`,
    ok: b.ok,
    detail: `${(e.result.before.gzip9Bytes / 1024).toFixed(1)} KB before${b.visibleOk ? '' : ' (static chart NOT visible)'}; ${(e.result.afterGzip9Bytes / 1024).toFixed(1)} KB after, limit ${(b.afterLimitBytes / 1024).toFixed(1)} KB`,
  });
}
{
  const B = CHART_BUDGETS;
  const k = (b: number | null) => (b === null ? '–' : `${(b / 1024).toFixed(1)} KB`);
  const atMost = (v: number | null, limit: number) => v !== null && v <= limit;
  for (const c of everyChart) {
    budgets.push({ name: `Embed ${c.chart}: ≤ ${B.beforeKB} KB before the first interaction`, ok: atMost(c.bytesBefore, B.beforeKB * 1024), detail: k(c.bytesBefore) });
    budgets.push({ name: `Embed ${c.chart}: ≤ ${B.afterKB} KB after the first interaction`, ok: atMost(c.bytesAfter, B.afterKB * 1024), detail: k(c.bytesAfter) });
    budgets.push({ name: `Embed ${c.chart}: the ${c.kind} chunk ≤ ${B.chunkKB} KB`, ok: atMost(c.chunk, B.chunkKB * 1024), detail: `${k(c.chunk)} (${c.chunkUrl ?? 'none'})` });
    budgets.push({ name: `Embed ${c.chart}: ${B.requests} request before the chart is visible`, ok: atMost(c.requestsBeforeVisible, B.requests), detail: String(c.requestsBeforeVisible ?? '–') });
    const overLimit = c.visibleThrottled.ours !== null && c.visibleThrottled.limit ? c.visibleThrottled.ours / c.visibleThrottled.limit : null;
    budgets.push({ name: `Embed ${c.chart}: chart visible (throttled) ≤ ${B.oursOverLimit} × the limit page`, ok: atMost(overLimit, B.oursOverLimit), detail: overLimit === null ? '–' : `${overLimit.toFixed(2)} (${Math.round(c.visibleThrottled.ours!)} ms ÷ ${Math.round(c.visibleThrottled.limit!)} ms)` });
    if (c.visibleThrottled.baseline !== null) {
      const overBase = c.visibleThrottled.ours !== null && c.visibleThrottled.baseline ? c.visibleThrottled.ours / c.visibleThrottled.baseline : null;
      budgets.push({ name: `Embed ${c.chart}: chart visible (throttled) ≤ ${B.oursOverBaseline} × chart.js/auto`, ok: atMost(overBase, B.oursOverBaseline), detail: overBase === null ? '–' : `${overBase.toFixed(2)} (${Math.round(c.visibleThrottled.ours!)} ms ÷ ${Math.round(c.visibleThrottled.baseline)} ms)` });
    }
  }
  for (const e of bytes.filter((x) => x.key.startsWith('embed:') && isMapChartId(x.key.slice('embed:'.length)))) {
    budgets.push({ name: `Embed ${e.key.slice(6)} (map): ≤ ${B.mapBeforeKB} KB before the first interaction`, ok: e.result.before.gzip9Bytes <= B.mapBeforeKB * 1024, detail: k(e.result.before.gzip9Bytes) });
  }
  // The other editions' embeds: the same budgets per edition.
  for (const e of bytes.filter((x) => /^embed:(?:be|ru):/.test(x.key))) {
    budgets.push({ name: `${e.label}: ≤ ${B.beforeKB} KB before the first interaction`, ok: e.result.before.gzip9Bytes <= B.beforeKB * 1024, detail: k(e.result.before.gzip9Bytes) });
    budgets.push({ name: `${e.label}: ≤ ${B.afterKB} KB after the first interaction`, ok: atMost(e.result.afterGzip9Bytes ?? null, B.afterKB * 1024), detail: k(e.result.afterGzip9Bytes ?? null) });
  }
}
const durationMs = Math.round(elapsed());
const results: Results = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  startedAt: machine.date,
  finishedAt: new Date().toISOString(),
  durationMs,
  limitMs: LIMIT_MS,
  machine,
  load: { start: loadStart, end: loadAverage() },
  phases,
  origin,
  settings: {
    chromeFlags: [...CHROME_FLAGS],
    lighthouseRuns: LH_RUNS,
    visibleRuns: VISIBLE_RUNS,
    seed: SEED,
  },
  site: { buildMs: site.buildMs, copyMs: site.copyMs, validateMs: validateRuns, stats: siteStats as Stats },
  longest,
  lighthouse,
  bytes,
  sideBySide,
  everyChart,
  growth,
  budgets,
  errors,
};
await writeFile(RESULTS_JSON, JSON.stringify(results, null, 1) + '\n');
await writeReport(REPORT, results);

const missed = budgets.filter((b) => !b.ok);
log(`done in ${(durationMs / 60_000).toFixed(1)} min (limit 20); load average ${loadStart.join(', ')} at the start, ${results.load.end.join(', ')} at the end`);
log(`report: ${path.relative(process.cwd(), REPORT)}; every figure: ${path.relative(process.cwd(), RESULTS_JSON)}`);
for (const b of budgets) log(`${b.ok ? 'met   ' : 'MISSED'} ${b.name}: ${b.detail}`);
for (const e of errors) log(`ERROR ${e.split('\n')[0]}`);
if (durationMs > LIMIT_MS) log(`took longer than 20 minutes`);
process.exit(missed.length || errors.length ? 1 : 0);

// ---------------------------------------------------------------------------

async function embedIds(dist: string): Promise<string[]> {
  return (await readdir(path.join(dist, 'embed'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function countContent(): Promise<{ articles: number; charts: number; chartFigures: number }> {
  const { CHART_IDS } = await import('../src/schemas/chart-ids.ts');
  const dir = path.join(BENCH_DIR, '..', 'content', 'articles');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
  let chartFigures = 0;
  for (const f of files) chartFigures += [...(await readFile(path.join(dir, f), 'utf8')).matchAll(/<ChartFigure /g)].length;
  return { articles: files.length, charts: CHART_IDS.length, chartFigures };
}
