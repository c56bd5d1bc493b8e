// bench/report.md from the results of a run (also kept whole in
// bench/out/results.json). Every figure the run took is in the report.

import { writeFile } from 'node:fs/promises';
import type { EmbedBudgetCheck, PageBytes } from '../tools/bytes.ts';
import type { Machine } from './env.ts';
import type { LighthouseSet, Preset } from './lighthouse.ts';
import { THROTTLED } from './visible.ts';
import type { SyntheticSummary } from './synthetic.ts';
import type { LayoutShift } from './shifts.ts';

export interface LighthouseEntry {
  key: string;
  label: string;
  path: string;
  preset: Preset;
  seo: boolean;
  /** Whether the Lighthouse budgets apply (our pages; not the baselines). */
  budgeted: boolean;
  /** The first set of runs and, when it missed a budget, the re-run. */
  sets: LighthouseSet[];
  firstMisses: string[];
  /** What the last set missed (empty: budgets met). */
  misses: string[];
  /** The same runs as the entry with this key (listed once). */
  reusedFrom?: string;
  /** When CLS missed: the layout shifts and what they moved, at Lighthouse's screen size. */
  shifts?: LayoutShift[];
}

export interface BytesEntry {
  key: string;
  label: string;
  path: string;
  embed: boolean;
  result: PageBytes;
  budget?: EmbedBudgetCheck;
}

interface Side {
  path: string;
  bytesBefore: number | null;
  bytesAfter: number | null;
  requests: number | null;
  lcp: number | null;
  tbt: number | null;
  performance: number | null;
  visible: Record<'unthrottled' | 'throttled', { runs: (number | null)[]; median: number | null }>;
}

export interface SideBySide {
  chart: string;
  type: string;
  ours: Side;
  baseline: Side;
  sameNumbers: boolean;
  baselineFiles: { file: string; bytes: number }[];
}

/** One bar or line chart: its embed beside its limit page (and the usual way, where built). */
export interface EveryChart {
  chart: string;
  kind: string;
  bytesBefore: number | null;
  bytesAfter: number | null;
  /** The largest script fetched after the first interaction: the kind's Chart.js chunk. */
  chunk: number | null;
  chunkUrl: string | null;
  /** Median over the throttled runs, the document included. */
  requestsBeforeVisible: number | null;
  limitBytesBefore: number | null;
  /** Chart visible, throttled, medians (ms). */
  visibleThrottled: { ours: number | null; limit: number | null; baseline: number | null };
  runs: { ours: (number | null)[]; limit: (number | null)[]; baseline: (number | null)[] };
}

/** The budgets of the inline drawing and the per-kind chunks, per chart. */
export const CHART_BUDGETS = { beforeKB: 6, mapBeforeKB: 8, afterKB: 59, chunkKB: 53, requests: 1, oursOverBaseline: 0.6, oursOverLimit: 1.15 } as const;

export interface GrowthRow {
  label: string;
  factor: number;
  /** real: the build that was served; base: 1× rebuilt beside the synthetic builds (the growth factors' base). */
  mode: 'real' | 'base' | 'articles' | 'chart-pages';
  articles: number | null;
  charts: number | null;
  chartFigures: number | null;
  buildMs: number | null;
  validateMs: number | null;
  stats: { htmlPages: number; files: number; bytes: number } | null;
  exitCode: number | null;
  /** Load average (1/5/15 min) when the build finished. */
  loadAfter?: number[];
  synthetic?: SyntheticSummary;
  skipped?: string;
  error?: string;
}

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Results {
  command: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  limitMs: number;
  machine: Machine;
  load: { start: number[]; end: number[] };
  phases: { name: string; ms: number; loadAfter: number[] }[];
  origin: string;
  settings: { chromeFlags: string[]; lighthouseRuns: number; visibleRuns: number; seed: number };
  site: { buildMs: number; copyMs: number; validateMs: number[]; stats: { htmlPages: number; files: number; bytes: number } };
  longest: { path: string; chars: number; all: { path: string; chars: number }[] };
  lighthouse: LighthouseEntry[];
  bytes: BytesEntry[];
  sideBySide: SideBySide[];
  everyChart?: EveryChart[];
  growth: GrowthRow[];
  budgets: Budget[];
  errors: string[];
}

// ---------------------------------------------------------------------------
// Formatting

const num = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (b: number | null | undefined, digits = 1) => (b === null || b === undefined ? '–' : `${num(b / 1024, digits)} KB`);
const ms = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${num(Math.round(v))} ms`);
const sec = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '–' : `${num(v / 1000, digits)} s`);
const cls = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v === 0 ? '0' : v.toFixed(4));
const score = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(v));
const ratio = (a: number | null, b: number | null, digits = 1) => {
  if (a === null || b === null) return '–';
  if (b === 0) return a === 0 ? '1.0×' : '∞ (ours 0)';
  return `${num(a / b, digits)}×`;
};
const esc = (s: string) => s.replace(/\|/g, '\\|');
/** A Markdown table; columns after the first are right-aligned (figures) unless `left` says otherwise. */
const table = (head: string[], rows: string[][], left: number[] = []) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_h, i) => (i === 0 || left.includes(i) ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
const pathOf = (url: string, origin: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);

const CATS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CAT_LABEL: Record<string, string> = { performance: 'Perf.', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO', 'agentic-browsing': 'Agentic' };

function lhRow(label: string, s: LighthouseSet['median'] | LighthouseSet['runs'][number], extraCats: string[]): string[] {
  return [
    label,
    ...CATS.map((c) => score(s.scores[c])),
    ...extraCats.map((c) => score(s.scores[c])),
    ms(s.metrics.fcp),
    ms(s.metrics.lcp),
    ms(s.metrics.tbt),
    cls(s.metrics.cls),
    ms(s.metrics.si),
  ];
}

// ---------------------------------------------------------------------------

function renderReport(r: Results): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const met = r.budgets.filter((b) => b.ok).length;
  const missed = r.budgets.filter((b) => !b.ok);
  const date = r.startedAt.slice(0, 10);

  push(
    '# Benchmark report',
    '',
    `Written by \`${r.command}\` (bench/run.ts) on ${date}; run it again to refresh every figure. The raw results, with every response of every page, are in bench/out/results.json after a run (not committed).`,
    '',
    '## Headline',
    '',
    `- **Run**: ${sec(r.durationMs)} (${num(r.durationMs / 60000, 1)} minutes; limit 20), ${r.machine.cores} cores (${r.machine.cpu}), load average ${r.load.start.join(' / ')} (1/5/15 min) at the start and ${r.load.end.join(' / ')} at the end${peak(r)}: ${busy(Math.max(r.load.start[0] ?? 0, r.load.end[0] ?? 0, ...r.phases.map((p) => p.loadAfter[0] ?? 0)), r.machine.cores)}.`,
    `- **Budgets**: ${met} of ${r.budgets.length} met${missed.length ? `; missed: ${missed.map((b) => b.name.split(':')[0]).join('; ')}` : ''}.${r.errors.length ? ` ${r.errors.length} measurement(s) could not be taken (see Errors).` : ''}`,
  );
  const lhMain = r.lighthouse.filter((e) => !e.key.startsWith('sbs-'));
  if (lhMain.length) {
    const line = (preset: Preset) =>
      lhMain
        .filter((e) => e.preset === preset)
        .map((e) => {
          const m = e.sets.at(-1)!.median;
          return `${e.label.replace(/ \(.*\)$/, '')} ${CATS.filter((c) => c !== 'seo' || e.seo).map((c) => score(m.scores[c])).join('/')}`;
        })
        .join(', ');
    push(
      `- **Lighthouse 13.5, medians of ${r.settings.lighthouseRuns} runs** (performance/accessibility/best practices/SEO; SEO not scored on the embed): mobile: ${line('mobile')}; desktop: ${line('desktop')}. CLS (median): ${(['mobile', 'desktop'] as const).map((p) => `${p} ${lhMain.filter((e) => e.preset === p).map((e) => `${e.label.replace(/ \(.*\)$/, '')} ${cls(e.sets.at(-1)!.median.metrics.cls)}`).join(', ')}`).join('; ')}.`,
    );
  }
  const embeds = r.bytes.filter((b) => b.embed);
  if (embeds.length) {
    const max = (f: (b: BytesEntry) => number) => Math.max(...embeds.map(f));
    const chunk = embeds.find((e) => e.result.chartChunk)?.result.chartChunk;
    push(
      `- **Embed bytes** (gzip-9, 375×667 at 2×, cold cache): ${kb(Math.min(...embeds.map((e) => e.result.before.gzip9Bytes)))}–${kb(max((e) => e.result.before.gzip9Bytes))} until 3 s of network idle (budget 25 KB), ${kb(Math.min(...embeds.map((e) => e.result.afterGzip9Bytes)))}–${kb(max((e) => e.result.afterGzip9Bytes))} after the first interaction (budget 25 KB + the Chart.js chunk${chunk ? `, ${kb(chunk.gzip9Bytes)}` : ''} + 3 KB), over ${embeds.length} embeds.`,
    );
  }
  for (const s of r.sideBySide) {
    push(
      `- **${s.chart} (${s.type}) against the usual way**: ${kb(s.ours.bytesBefore)} vs ${kb(s.baseline.bytesBefore)} to show the chart (the baseline sends ${ratio(s.baseline.bytesBefore, s.ours.bytesBefore)} as many bytes); chart visible after ${ms(s.ours.visible.unthrottled.median)} vs ${ms(s.baseline.visible.unthrottled.median)} unthrottled, ${ms(s.ours.visible.throttled.median)} vs ${ms(s.baseline.visible.throttled.median)} throttled; Lighthouse mobile TBT ${ms(s.ours.tbt)} vs ${ms(s.baseline.tbt)}, LCP ${ms(s.ours.lcp)} vs ${ms(s.baseline.lcp)} (LCP ignores canvases).`,
    );
  }
  const g1 = r.growth.find((g) => g.mode === 'real');
  const gBase = r.growth.find((g) => g.mode === 'base') ?? g1;
  if (g1) {
    const grown = r.growth.filter((g) => g.mode !== 'real' && g.mode !== 'base' && g.buildMs !== null && g.exitCode === 0);
    push(
      `- **Build**: ${sec(g1.buildMs)} for the real site (\`npm run build\`: validator, astro build, Pagefind; ${g1.stats?.htmlPages ?? '–'} HTML pages), \`npm run validate\` ${sec(g1.validateMs, 2)}.${
        grown.length && gBase?.buildMs
          ? ` Growth, against the 1× build made beside them (${sec(gBase.buildMs)}): ${grown.map((g) => `${g.label} ${sec(g.buildMs)} (×${num(g.buildMs! / gBase.buildMs!, 1)}; validate ${sec(g.validateMs, 2)}, ×${g.validateMs && gBase.validateMs ? num(g.validateMs / gBase.validateMs, 1) : '–'})`).join('; ')}.`
          : ''
      }`,
    );
  }
  push('');

  // Budgets
  push('## Budgets', '', table(['Budget', 'Result', 'Detail'], r.budgets.map((b) => [b.name, b.ok ? 'met' : '**missed**', b.detail]), [1, 2]), '');
  const shifted = r.lighthouse.filter((e) => e.shifts?.length);
  if (shifted.length) {
    push(
      'What moved on the pages over the CLS budget (Layout Instability API in Chromium at the screen Lighthouse emulated, one load each; position and height in CSS pixels, before → after):',
      '',
      ...shifted.map(
        (e) =>
          `- ${e.label}, ${e.preset} (\`${e.path}\`): ${e.shifts!
            .map((x) => `at ${num(x.atMs)} ms, ${x.value.toFixed(4)}${x.hadRecentInput ? ' (after input)' : ''}: ${x.sources.map((src) => `\`${src.node}\` top ${src.from.top} → ${src.to.top}, height ${src.from.height} → ${src.to.height}`).join('; ')}`)
            .join(' | ')}`,
      ),
      '',
    );
  }

  // Settings
  push(
    '## How it was measured',
    '',
    `- **Machine**: ${r.machine.os}, ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB; Node ${r.machine.node}; ${r.machine.chromium}; Lighthouse ${r.machine.versions.lighthouse}, playwright-core ${r.machine.versions['playwright-core']}, Astro ${r.machine.versions.astro}, Vite ${r.machine.versions.vite}, Chart.js ${r.machine.versions['chart.js']}, Pagefind ${r.machine.versions.pagefind}. Commit ${r.machine.commit}${r.machine.dirtyFiles ? ` with ${r.machine.dirtyFiles} uncommitted changes in the working tree (the benchmark measures the working tree)` : ''}. Started ${r.startedAt}, finished ${r.finishedAt}.`,
    `- **Busy machine**: the load average (1/5/15 min) was ${r.load.start.join(' / ')} at the start and ${r.load.end.join(' / ')} at the end, on ${r.machine.cores} cores; after each phase it is in the Phases table below. Timings taken under load are slower and noisier than on an idle machine; Lighthouse's simulated (Lantern) metrics are less affected than measured ones.`,
    `- **The site**: a copy of the working tree built with \`npm run build\` (tools/test-build.ts) and \`SITE_URL=${r.origin}\`, the origin it is then served from by \`astro preview --host 127.0.0.1\` (Vite's preview server, which gzips text responses of 1 KB or more). The baseline pages are copied into the same dist/ and served by the same server.`,
    `- **Lighthouse**: \`CHROME_PATH=/usr/bin/chromium lighthouse <url> [--preset=desktop] --chrome-flags="${r.settings.chromeFlags.join(' ')}" --output=json --output-path=… --quiet\`, run the way the CLI runs it but without a new Node process per run (bench/lighthouse.ts: the CLI's own flag parser reads these arguments, chrome-launcher starts Chromium as the CLI does, a fresh profile per run, and the CLI's saveResults writes the JSON); nothing else, so mobile runs use Lighthouse's defaults (simulated slow 4G, 4× CPU, moto g power screen) and desktop runs the desktop preset. ${r.settings.lighthouseRuns} runs per page and preset, each in a fresh Chromium; the median of each score and metric is quoted (per figure, so a median row may mix runs). Scores are Lighthouse's displayed 0–100 (rounded). A page under budget (any of the four categories below 100, SEO excepted on embeds, or CLS above 0) is re-run once (${r.settings.lighthouseRuns} more runs) and both sets are reported; the re-run decides.`,
    `- **Bytes** (issue #4's definition): Chromium through playwright-core, a new context per page (cold cache, cache disabled), viewport 375×667 at device scale 2, every response counted (HTML, JS, CSS, images, fonts, data), each body as served (after content decoding) compressed with gzip level 9, KB = 1,024 bytes. "Before": until 3 s without a request in flight, no input. "After": then a pointer moves onto the first chart (\`[data-chart-frame]\`, scrolled into view), until 3 s of network idle again. The Chart.js chunk is the largest script fetched after the interaction. Counted by tools/bytes.ts (\`measureBytes\`, \`checkEmbedBudget\`).`,
    `- **Chart visible**: ours, the load event of the displayed static chart image (a capturing listener added before any page script); the baseline, a \`performance.mark('chart-visible')\` in Chart.js's \`afterRender\` hook on its first render, animation off. Milliseconds from navigation start, ${r.settings.visibleRuns} runs each, ours and the baseline alternating, same context settings as the byte counts. Unthrottled (loopback), and throttled with DevTools the way Lighthouse's mobile preset would be applied by DevTools: ${THROTTLED.cpuSlowdown}× CPU, ${THROTTLED.latencyMs} ms request latency, ${THROTTLED.downloadKbps} kbit/s down, ${THROTTLED.uploadKbps} kbit/s up.`,
    `- **Baseline pages** (bench/baseline/): the same chart "the usual way": \`import Chart from 'chart.js/auto'\`, drawn on page load into a canvas in a box of fixed height (the heights of our drawings), no static image; title, subtitle and source line as on our embed. Data from the same derivations (\`src/data/figures/series.ts\` on the dataset \`loadDataset\` reads) at bench time; ${r.sideBySide.map((s) => `${s.chart}: ${s.sameNumbers ? 'the same numbers as the embed’s table' : '**numbers differ from the embed’s table**'}`).join('; ')}. Built with \`vite build\` (Vite ${r.machine.versions.vite}, the version Astro uses, production mode, default minification) into bench/out/baseline/.`,
    `- **Growth**: see "Build and validate" below for what the synthetic content is.`,
    '',
  );

  // Lighthouse
  push('## Lighthouse', '');
  const extraCats = [...new Set(r.lighthouse.flatMap((e) => e.sets.flatMap((s) => s.runs.flatMap((run) => Object.keys(run.scores)))))].filter((c) => !(CATS as readonly string[]).includes(c));
  const head = ['Run', ...CATS.map((c) => CAT_LABEL[c] ?? c), ...extraCats.map((c) => `${CAT_LABEL[c] ?? c} (not budgeted)`), 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'];
  const listed = r.lighthouse.filter((e) => !e.reusedFrom);
  push('### Medians', '', table(['Page', 'Preset', ...head.slice(1), 'Budget'], listed.map((e) => {
    const row = lhRow(e.label, e.sets.at(-1)!.median, extraCats);
    return [`${e.label} (\`${e.path}\`)`, e.preset, ...row.slice(1), e.budgeted ? (e.misses.length ? `**missed** (${e.misses.join(', ')})` : e.sets.length > 1 ? 'met on re-run' : 'met') : 'not budgeted'];
  }), [1, head.length + 1]), '');
  push('### Every run', '');
  for (const e of listed) {
    push(`#### ${e.label}, ${e.preset} (\`${e.path}\`)`, '');
    e.sets.forEach((set, si) => {
      const rows = set.runs.map((run, i) => lhRow(`${si ? 're-run ' : ''}#${i + 1}`, run, extraCats));
      rows.push(lhRow(`**median${si ? ' (re-run)' : ''}**`, set.median, extraCats));
      push(table(head, rows), '');
      const failing = [...new Set(set.runs.flatMap((run) => run.failing))];
      if (failing.length) push(`Audits below full score in these runs: ${failing.join('; ')}.`, '');
      const errs = set.runs.filter((run) => run.runtimeError).map((run) => run.runtimeError);
      if (errs.length) push(`Runtime errors: ${errs.join('; ')}.`, '');
    });
    if (!e.sets.some((s) => s.runs.length)) push('No run completed.', '');
  }

  // Bytes
  push(
    '## Bytes',
    '',
    table(
      ['Page', 'Requests', 'Before', 'First interaction adds', 'After', 'Chart.js chunk', 'Static chart in the first screen loaded', 'Canvas drawn', 'Budget'],
      r.bytes.map((b) => [
        `${b.label} (\`${b.path}\`)`,
        `${b.result.before.requests}${b.result.added ? ` + ${b.result.added.requests}` : ''}`,
        kb(b.result.before.gzip9Bytes),
        b.result.added ? kb(b.result.added.gzip9Bytes) : 'no chart to interact with',
        kb(b.result.afterGzip9Bytes),
        b.result.chartChunk ? kb(b.result.chartChunk.gzip9Bytes) : '–',
        b.result.staticChartVisible === undefined ? (b.result.added ? 'below the first screen' : '–') : b.result.staticChartVisible ? 'yes' : '**no**',
        b.result.canvasDrawn === undefined ? '–' : b.result.canvasDrawn ? 'yes' : '**no**',
        b.budget ? (b.budget.ok ? `met (after ≤ ${kb(b.budget.afterLimitBytes)})` : `**missed** (before ≤ 25 KB: ${b.budget.beforeOk ? 'yes' : 'no'}; after ≤ ${kb(b.budget.afterLimitBytes)}: ${b.budget.afterOk ? 'yes' : 'no'}; chart visible: ${b.budget.visibleOk ? 'yes' : 'no'})`) : 'no budget',
      ]),
      [6, 7, 8],
    ),
    '',
    'Failed requests: ' + (r.bytes.some((b) => b.result.failed.length) ? r.bytes.filter((b) => b.result.failed.length).map((b) => `${b.path}: ${b.result.failed.join(', ')}`).join('; ') : 'none') + '.',
    '',
    '<details><summary>Every response (body as served, gzip-9, ms after navigation start)</summary>',
    '',
  );
  for (const b of r.bytes) {
    const rows = [
      ...b.result.before.entries.map((e) => ['before', pathOf(e.url, r.origin), e.type, String(e.status), num(e.bodyBytes), num(e.gzip9Bytes), num(e.atMs)]),
      ...(b.result.added?.entries ?? []).map((e) => ['after', pathOf(e.url, r.origin), e.type, String(e.status), num(e.bodyBytes), num(e.gzip9Bytes), num(e.atMs)]),
    ];
    push(`**${b.label}** (\`${b.path}\`)`, '', table(['Phase', 'URL', 'Type', 'Status', 'Body bytes', 'gzip-9 bytes', 'At (ms)'], rows), '');
  }
  push('</details>', '');

  // Every chart
  if (r.everyChart?.length) {
    const q = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? '–' : num(a / b, 2));
    const B = CHART_BUDGETS;
    push(
      '## Every chart: our embed, its limit page and the usual way',
      '',
      `The limit page (bench/limit/build.ts, served at \`/bench-limit/<id>/\`) holds the embed's inline drawing and data table and nothing else, built by the same Vite: no page shows the chart sooner. "Chart visible" is throttled (${THROTTLED.cpuSlowdown}× CPU, slow 4G), median of ${r.settings.visibleRuns} runs per side, sides alternating; the usual way (\`chart.js/auto\`) is built for ${r.sideBySide.map((s) => s.chart).join(' and ')} only. Requests: those started before the chart was visible, the document included. The chunk is the largest script fetched after the first interaction (the kind's own Chart.js). Budgets: before ≤ ${B.beforeKB} KB, after ≤ ${B.afterKB} KB, chunk ≤ ${B.chunkKB} KB, ${B.requests} request, ours ÷ usual way ≤ ${B.oursOverBaseline}, ours ÷ limit ≤ ${B.oursOverLimit}.`,
      '',
      table(
        ['Chart', 'Kind', 'Before', 'Limit page before', 'Requests before visible', 'Visible (ours)', 'Visible (limit)', 'Ours ÷ limit', 'Visible (usual way)', 'Ours ÷ usual way', 'Chunk', 'After'],
        r.everyChart.map((c) => [
          c.chart,
          c.kind,
          kb(c.bytesBefore),
          kb(c.limitBytesBefore),
          score(c.requestsBeforeVisible),
          ms(c.visibleThrottled.ours),
          ms(c.visibleThrottled.limit),
          q(c.visibleThrottled.ours, c.visibleThrottled.limit),
          ms(c.visibleThrottled.baseline),
          q(c.visibleThrottled.ours, c.visibleThrottled.baseline),
          c.chunk === null ? '–' : `${kb(c.chunk)} (${c.chunkUrl?.replace(/^.*\//, '')})`,
          kb(c.bytesAfter),
        ]),
        [1],
      ),
      '',
      `Every run, throttled (ms): ${r.everyChart.map((c) => `${c.chart}: ours ${c.runs.ours.map((x) => ms(x)).join(', ')}; limit ${c.runs.limit.map((x) => ms(x)).join(', ')}${c.runs.baseline.length ? `; usual way ${c.runs.baseline.map((x) => ms(x)).join(', ')}` : ''}`).join('. ')}.`,
      '',
    );
  }

  // Side by side
  push(
    '## Side by side: our embeds and the usual way',
    '',
    'Ratios are the baseline divided by ours (above 1: ours is smaller or faster). LCP ignores canvases, so the baseline\'s LCP is its largest text, not its chart; "chart visible" is the comparable figure. TBT and LCP are Lighthouse mobile medians: for the baselines and the early-voting embed from runs that alternate between the three pages, for the vote-share embed its mobile runs in the Lighthouse section.',
    '',
  );
  for (const s of r.sideBySide) {
    push(
      `### ${s.chart} (${s.type} chart)`,
      '',
      table(
        ['Figure', `Ours (\`${s.ours.path}\`)`, `Baseline (\`${s.baseline.path}\`)`, 'Baseline ÷ ours'],
        [
          ['Bytes until the chart shows (gzip-9, before any input)', kb(s.ours.bytesBefore), kb(s.baseline.bytesBefore), ratio(s.baseline.bytesBefore, s.ours.bytesBefore)],
          ['Bytes once interactive (ours after the first interaction)', kb(s.ours.bytesAfter), kb(s.baseline.bytesAfter), ratio(s.baseline.bytesAfter, s.ours.bytesAfter)],
          ['Requests before any input', score(s.ours.requests), score(s.baseline.requests), ratio(s.baseline.requests, s.ours.requests)],
          ['Chart visible, unthrottled (median)', ms(s.ours.visible.unthrottled.median), ms(s.baseline.visible.unthrottled.median), ratio(s.baseline.visible.unthrottled.median, s.ours.visible.unthrottled.median)],
          ['Chart visible, throttled (median)', ms(s.ours.visible.throttled.median), ms(s.baseline.visible.throttled.median), ratio(s.baseline.visible.throttled.median, s.ours.visible.throttled.median)],
          ['Total Blocking Time (Lighthouse mobile, median)', ms(s.ours.tbt), ms(s.baseline.tbt), ratio(s.baseline.tbt, s.ours.tbt)],
          ['Largest Contentful Paint (Lighthouse mobile, median)', ms(s.ours.lcp), ms(s.baseline.lcp), ratio(s.baseline.lcp, s.ours.lcp)],
          ['Lighthouse performance score (mobile, median)', score(s.ours.performance), score(s.baseline.performance), '–'],
        ],
      ),
      '',
      `Chart visible, every run (ms): ours unthrottled ${s.ours.visible.unthrottled.runs.map((x) => ms(x)).join(', ')}; baseline unthrottled ${s.baseline.visible.unthrottled.runs.map((x) => ms(x)).join(', ')}; ours throttled ${s.ours.visible.throttled.runs.map((x) => ms(x)).join(', ')}; baseline throttled ${s.baseline.visible.throttled.runs.map((x) => ms(x)).join(', ')}.`,
      '',
      `Baseline build output: ${s.baselineFiles.map((f) => `${f.file} ${num(f.bytes)} bytes`).join(', ')}.`,
      '',
    );
  }

  // Build
  const base = r.growth.find((g) => g.mode === 'base') ?? r.growth.find((g) => g.mode === 'real');
  push(
    '## Build and validate',
    '',
    `\`npm run build\` (the validator, \`astro build\`, Pagefind) timed on its own, after the working tree was copied to a temporary folder (copying took ${sec(r.site.copyMs)}); \`npm run validate\` timed as an editor runs it (real site: ${r.site.validateMs.map((x) => sec(x, 2)).join(', ')}; the median is quoted). Each build is cold: a fresh copy has no Astro or Vite cache. The growth factors divide by the 1× build made right before the synthetic ones, so that all of them ran under similar load; the first row is the build that was served and measured above.`,
    '',
    table(
      ['Build', 'Articles', 'Chart ids', '<ChartFigure>s in articles', 'HTML pages', 'Files', 'Output', 'Build', 'Build growth', 'Validate', 'Validate growth', 'Load after'],
      r.growth.map((g) => [
        g.label,
        score(g.articles),
        score(g.charts),
        score(g.chartFigures),
        g.stats ? num(g.stats.htmlPages) : '–',
        g.stats ? num(g.stats.files) : '–',
        g.stats ? `${num(g.stats.bytes / 1024 / 1024, 1)} MB` : '–',
        g.skipped ? `skipped: ${g.skipped}` : g.exitCode ? `**failed** (exit ${g.exitCode})` : sec(g.buildMs),
        g.buildMs && base?.buildMs && !g.exitCode ? `×${num(g.buildMs / base.buildMs, 1)}` : '–',
        sec(g.validateMs, 2),
        g.validateMs && base?.validateMs ? `×${num(g.validateMs / base.validateMs, 1)}` : '–',
        g.loadAfter ? g.loadAfter.join(' / ') : '–',
      ]),
    ),
    '',
    'What the synthetic builds contain (bench/synthetic.ts, seeded, generated into the temporary copy and deleted with it, never committed):',
    '',
    '- **Articles with charts** (the 10× and 100× rows): the real site plus (N − 1) × the real articles, so N × as many. Each synthetic article copies a real article picked by the seed, with a varied title (a real region\'s name and a word), about half of its `<Figure>`s swapped for other real figures of the same kind (count for count, percentage for percentage), its charts re-picked among the real ones and one to three more `<ChartFigure>`s added between paragraphs; its frontmatter (sources, charts) is rewritten to match, so the validator and the build take it as any article. This is how the 100× build stays within the 20 minutes: a chart embedded in an article is drawn once per chart id, so these builds grow the pages, the validator\'s work, the social cards and the search index, not the chart images.',
    '- **Chart pages** (the 10× chart-pages row, when it runs): the chart registry has no data-driven way to add a chart (an id in src/schemas/chart-ids.ts and a definition in src/charts/definitions/, listed in src/charts/registry.ts), so the copy\'s two files get a few appended lines: (N − 1) × 8 synthetic charts, each a real definition picked by the seed (bar and line charts both occur) with its own title and a seeded subset of its categories and series, so its figures differ; each gets a chart page, an embed, its images, downloads and a social card, and the synthetic articles embed them too. Drawing a chart\'s images costs far more than a page, so 100× chart pages (800 charts) would take longer than the whole benchmark may; 10× shows the cost per chart.',
    '',
  );
  for (const g of r.growth.filter((x) => x.synthetic)) {
    const s = g.synthetic!;
    push(`- ${g.label}: seed ${s.seed}; ${s.syntheticArticles} synthetic articles (${s.figuresSwapped} figures swapped, ${s.chartFigures} \`<ChartFigure>\`s); ${s.syntheticCharts} synthetic charts${s.syntheticCharts ? ` (${Object.entries(s.chartTypes).map(([t, n]) => `${n} ${t}`).join(', ')}; patched: ${s.patched.join(', ')})` : ''}${s.chartsSkipped ? `; charts left out: ${s.chartsSkipped}` : ''}.${g.error ? ` Build error: \`${g.error.split('\n').slice(-3).join(' ')}\`` : ''}`);
  }
  push('');

  // Longest article
  push('## Which article is the longest', '', `Text characters inside \`<main>\` of each built article page (scripts and styles left out): ${r.longest.all.map((a) => `\`${a.path}\` ${num(a.chars)}`).join(', ')}.`, '');

  // Phases
  push('## Phases', '', table(['Phase', 'Duration', 'Load average after (1/5/15 min)'], r.phases.map((p) => [p.name, sec(p.ms), p.loadAfter.join(' / ')])), '', `Total: ${sec(r.durationMs)}.`, '');

  if (r.errors.length) push('## Errors', '', ...r.errors.map((e) => `- ${e.split('\n').slice(0, 6).join(' ')}`), '');
  return out.join('\n');
}

/** ", peaking at 12.94 after Lighthouse" when the 1-minute load rose above the start and end during the run. */
function peak(r: Results): string {
  const top = r.phases.reduce<{ load: number; name: string } | undefined>((m, p) => ((p.loadAfter[0] ?? 0) > (m?.load ?? -1) ? { load: p.loadAfter[0] ?? 0, name: p.name } : m), undefined);
  if (!top || top.load <= Math.max(r.load.start[0] ?? 0, r.load.end[0] ?? 0)) return '';
  return `, ${top.load} after the phase "${top.name}" (its highest)`;
}

/** How busy the machine was, from the highest 1-minute load average seen. */
function busy(l: number, cores: number): string {
  if (l < cores * 0.5) return 'a quiet machine';
  if (l <= cores * 1.2) return 'a busy machine';
  return `a heavily loaded machine at times (up to ${num(l / cores, 1)} runnable processes per core, other work included), so timings are slower and noisier than on an idle one`;
}

export async function writeReport(file: string, r: Results): Promise<void> {
  await writeFile(file, renderReport(r) + '\n');
}
