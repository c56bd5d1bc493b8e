// Lighthouse 13.5 through its own command line, as a reader of the report
// would run it: default (mobile) settings or `--preset=desktop`, no flag that
// changes throttling, form factor, screen emulation or categories; only
// `--chrome-flags` (the flags in the working rules), output flags and a
// quiet log. Each run starts its own Chromium with a fresh profile.

import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROME_FLAGS, REPO_ROOT } from './env.ts';

export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  url: string;
  preset: Preset;
  /** Category scores as Lighthouse shows them (0–100, rounded); null when the category could not be scored. */
  scores: Record<string, number | null>;
  /** Milliseconds (CLS unitless). */
  metrics: { fcp: number | null; lcp: number | null; tbt: number | null; cls: number | null; si: number | null };
  /** Audits below a full score that count towards a category (id: title). */
  failing: string[];
  runtimeError?: string;
  warnings: string[];
  lighthouseVersion: string;
  userAgent: string;
  benchmarkIndex: number | null;
  durationMs: number;
  jsonPath: string;
}

const METRIC_AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;

/** The command line of one run (without the URL's output path), for the report. */
export function lighthouseArgs(url: string, preset: Preset, outPath: string): string[] {
  return [
    url,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--output=json',
    `--output-path=${outPath}`,
    '--quiet',
  ];
}

interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
}
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { networkUserAgent?: string; benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhrAudit>;
}

export function parseLhr(lhr: Lhr, url: string, preset: Preset, durationMs: number, jsonPath: string): LighthouseRun {
  const scores: Record<string, number | null> = {};
  for (const [id, c] of Object.entries(lhr.categories)) scores[id] = c.score === null ? null : Math.round(c.score * 100);
  const metric = (id: string) => {
    const a = lhr.audits[id];
    return a && typeof a.numericValue === 'number' ? a.numericValue : null;
  };
  const failing = new Set<string>();
  for (const cat of CATEGORIES) {
    for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (a.scoreDisplayMode !== 'binary' && a.scoreDisplayMode !== 'numeric' && a.scoreDisplayMode !== 'metricSavings') continue;
      failing.add(`${a.id} (${cat}, score ${Math.round(a.score * 100)}${ref.weight ? `, weight ${ref.weight}` : ''})`);
    }
  }
  return {
    url,
    preset,
    scores,
    metrics: {
      fcp: metric(METRIC_AUDITS.fcp),
      lcp: metric(METRIC_AUDITS.lcp),
      tbt: metric(METRIC_AUDITS.tbt),
      cls: metric(METRIC_AUDITS.cls),
      si: metric(METRIC_AUDITS.si),
    },
    failing: [...failing],
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings ?? [],
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.networkUserAgent ?? '',
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    durationMs,
    jsonPath,
  };
}

/** One Lighthouse run; the JSON report is kept in `outDir`. */
export async function runLighthouse(url: string, preset: Preset, outDir: string, label: string): Promise<LighthouseRun> {
  await mkdir(outDir, { recursive: true });
  const jsonPath = path.join(outDir, `${label}.json`);
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'lighthouse');
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    const child = spawn(bin, lighthouseArgs(url, preset, jsonPath), {
      cwd: REPO_ROOT,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve({ code: c ?? 1, stderr: err });
    });
  });
  const durationMs = Math.round(performance.now() - started);
  let lhr: Lhr;
  try {
    lhr = JSON.parse(await readFile(jsonPath, 'utf8')) as Lhr;
  } catch {
    throw new Error(`Lighthouse exited ${code} without a report for ${url} (${preset}):\n${stderr.trim().split('\n').slice(-15).join('\n')}`);
  }
  return parseLhr(lhr, url, preset, durationMs, jsonPath);
}

export function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface LighthouseSet {
  runs: LighthouseRun[];
  /** Per-category and per-metric medians over the runs (each median on its own). */
  median: { scores: Record<string, number | null>; metrics: LighthouseRun['metrics'] };
}

export function summarise(runs: LighthouseRun[]): LighthouseSet {
  const cats = [...new Set(runs.flatMap((r) => Object.keys(r.scores)))];
  const scores: Record<string, number | null> = {};
  // A run that could not score a category counts as 0 for the median, never as missing.
  for (const c of cats) scores[c] = median(runs.map((r) => r.scores[c] ?? 0));
  const m = (k: keyof LighthouseRun['metrics']) => median(runs.map((r) => r.metrics[k]));
  return { runs, median: { scores, metrics: { fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si') } } };
}

/** What a set misses of the budgets: 100 in the four categories (SEO optional), CLS 0. */
export function budgetMisses(set: LighthouseSet, opts: { seo: boolean }): string[] {
  const out: string[] = [];
  for (const c of CATEGORIES) {
    if (c === 'seo' && !opts.seo) continue;
    const s = set.median.scores[c];
    if (s !== 100) out.push(`${c} ${s ?? 'not scored'}`);
  }
  const cls = set.median.metrics.cls;
  if (cls === null || cls > 0) out.push(`CLS ${cls ?? 'not measured'}`);
  return out;
}
