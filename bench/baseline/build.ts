// The baseline pages: the same two charts as our embeds, built "the usual
// way" (bench/baseline/draw.ts: `import Chart from 'chart.js/auto'`, drawn on
// page load, no static image), from the same data, the same Chart.js
// version, bundled and minified by the same Vite the site's build uses.
//
// The numbers come from the site's own derivations (src/data/figures/series.ts
// on the dataset loadDataset reads), at bench time, so the baseline shows
// exactly what our embed shows; `compareWithEmbed` checks that against the
// built embed's table.

import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { loadDataset } from '../../src/data/dataset.ts';
import { computeEarlyVotingByRegion, computeVoteShares, type Derivation } from '../../src/data/figures/series.ts';
import { buildChartSpec } from '../../src/charts/registry.ts';
import { figureText } from '../../src/charts/figure-text.ts';
import type { Dataset, Source } from '../../src/schemas/index.ts';
import type { IndexedFigure } from '../../src/data/figures/figure-index.ts';
import { BENCH_DIR, OUT_DIR, REPO_ROOT } from '../env.ts';
import type { BaselineChartData } from './types.ts';

/** The two charts of the comparison: a bar chart and a line chart. */
export const BASELINE_CHARTS = ['vote-share-2025', 'early-voting-by-region-2025'] as const;
export type BaselineChartId = (typeof BASELINE_CHARTS)[number];

/** Where the baseline pages are served, inside the built site. */
export const BASELINE_PATH = '/bench-baseline/';

const DERIVE: Record<BaselineChartId, (ds: Dataset, index: Map<string, IndexedFigure>) => Derivation> = {
  'vote-share-2025': (ds, index) => computeVoteShares(ds, index, 'final'),
  'early-voting-by-region-2025': (ds, index) => computeEarlyVotingByRegion(ds, index),
};

function valueAxisTitle(config: unknown): string {
  const scales = (config as { options?: { scales?: Record<string, { type?: string; title?: { text?: unknown } }> } }).options?.scales ?? {};
  const linear = Object.values(scales).find((s) => s.type === 'linear');
  const text = linear?.title?.text;
  return Array.isArray(text) ? text.join(' ') : typeof text === 'string' ? text : '';
}

/** The data of one baseline page, from the derivations at bench time. */
function baselineData(id: BaselineChartId, root = REPO_ROOT): BaselineChartData {
  const r = loadDataset(root);
  if (!r.ok) throw new Error(`the dataset has problems: ${r.problems.length}`);
  const { dataset: ds, index } = r;
  const d = DERIVE[id](ds, index);
  // Titles, summary and source line as the site writes them (the registry); numbers straight from series.ts.
  const spec = buildChartSpec(id, { ds, index });
  if (spec.type === 'map') throw new Error(`${id}: a map has no Chart.js baseline`);
  const text = figureText(spec, new Map<string, Source>(ds.sources.map((s) => [s.key, s])));
  return {
    id,
    type: spec.type,
    horizontal: spec.type === 'bar',
    title: text.title,
    subtitle: text.subtitle,
    summary: text.summary,
    valueAxisTitle: valueAxisTitle(spec.layouts.wide.config),
    labels: d.categories.map((c) => c.label),
    datasets: d.series.map((s) => ({
      label: s.label,
      data: d.categories.map((c) => s.points.find((p) => p.category === c.id)?.value ?? null),
    })),
    sources: text.sources.map((s) => ({ label: s.text, url: s.url })),
    stageText: text.stageText,
    height: { narrow: spec.layouts.narrow.size.height, wide: spec.layouts.wide.size.height },
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function pagePlugin(data: BaselineChartData): Plugin {
  const VIRTUAL = 'virtual:bench-chart-data';
  return {
    name: 'bench-baseline-page',
    enforce: 'pre',
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : undefined;
    },
    load(id) {
      return id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(data)};` : undefined;
    },
    transformIndexHtml(html) {
      const sources = data.sources.map((s) => (s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.label)}</a>` : escapeHtml(s.label))).join('; ');
      const values: Record<string, string> = {
        title: escapeHtml(data.title),
        subtitle: escapeHtml(data.subtitle),
        summary: escapeHtml(data.summary),
        stageText: escapeHtml(data.stageText),
        sources,
        chartStyle: `--chart-height-narrow: ${data.height.narrow}px; --chart-height-wide: ${data.height.wide}px`,
      };
      return html.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => {
        const v = values[k];
        if (v === undefined) throw new Error(`bench/baseline/index.html: unknown placeholder {{${k}}}`);
        return v;
      });
    },
  };
}

export interface BaselineBuild {
  id: BaselineChartId;
  data: BaselineChartData;
  /** The build output, served at BASELINE_PATH + id + '/'. */
  outDir: string;
  files: { file: string; bytes: number }[];
  durationMs: number;
}

/** Builds one baseline page with Vite (production mode, default minification) into bench/out/baseline/<id>/. */
export async function buildBaseline(id: BaselineChartId, root = REPO_ROOT): Promise<BaselineBuild> {
  const started = performance.now();
  const data = baselineData(id, root);
  const outDir = path.join(OUT_DIR, 'baseline', id);
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    configFile: false,
    root: path.join(BENCH_DIR, 'baseline'),
    base: `${BASELINE_PATH}${id}/`,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    cacheDir: path.join(OUT_DIR, '.vite'),
    plugins: [pagePlugin(data)],
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, reportCompressedSize: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const files = await Promise.all(
    outputs.map(async (o) => ({ file: o.fileName, bytes: (await readFile(path.join(outDir, o.fileName))).length })),
  );
  return { id, data, outDir, files, durationMs: Math.round(performance.now() - started) };
}

/** Copies the baseline builds into a built site's dist/, so the same server serves both. */
export async function installBaselines(builds: BaselineBuild[], distDir: string): Promise<void> {
  for (const b of builds) {
    const target = path.join(distDir, BASELINE_PATH.replace(/^\/|\/$/g, ''), b.id);
    await mkdir(path.dirname(target), { recursive: true });
    await cp(b.outDir, target, { recursive: true });
  }
}

/**
 * The embed's table values (data-value of every cell, row by row) against the
 * baseline's data (category by category, series within): the same numbers?
 */
export async function compareWithEmbed(b: BaselineBuild, distDir: string): Promise<{ same: boolean; embed: (number | null)[]; baseline: (number | null)[] }> {
  const html = await readFile(path.join(distDir, 'embed', b.id, 'index.html'), 'utf8');
  const table = /<table[^>]*data-chart-table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const embed: (number | null)[] = [];
  for (const row of table.match(/<tr[^>]*data-category[\s\S]*?<\/tr>/g) ?? []) {
    for (const cell of row.match(/<td[^>]*>/g) ?? []) {
      const v = /data-value="([^"]*)"/.exec(cell)?.[1];
      embed.push(v === undefined || v === '' ? null : Number(v));
    }
  }
  const baseline = b.data.labels.flatMap((_l, ci) => b.data.datasets.map((d) => d.data[ci] ?? null));
  const same = embed.length > 0 && embed.length === baseline.length && embed.every((v, i) => v === baseline[i]);
  return { same, embed, baseline };
}
