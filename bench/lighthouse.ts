// Lighthouse 13.5 as its command line runs it, without a new Node process
// per run: the CLI's own flag parser (lighthouse/cli/cli-flags.js) reads the
// same arguments `lighthouse <url> [--preset=desktop] --chrome-flags="…"
// --output=json --output-path=… --quiet` would get, Chromium is launched with
// chrome-launcher exactly as the CLI launches it (a fresh profile per run,
// the CLI's extra --enable-features flag), `lighthouse()` runs with those
// flags and the preset's config, and the CLI's saveResults writes the JSON.
// Default (mobile) settings or `--preset=desktop`; no flag that changes
// throttling, form factor, screen emulation or categories. Loading
// Lighthouse once instead of per run saves about 3 s a run on 2 cores.

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as ChromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { getFlags } from 'lighthouse/cli/cli-flags.js';
import { parseChromeFlags, saveResults } from 'lighthouse/cli/run.js';
import log from 'lighthouse-logger';
import { CHROME_FLAGS, chromiumPath } from './env.ts';

export type Preset = 'mobile' | 'desktop';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

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

/** The command line of one run, as `lighthouse` would be called (and as its flag parser reads it). */
function lighthouseArgs(url: string, preset: Preset, outPath: string): string[] {
  return [
    url,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--chrome-flags="${CHROME_FLAGS.join(' ')}"`,
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

function parseLhr(lhr: Lhr, url: string, preset: Preset, durationMs: number, jsonPath: string): LighthouseRun {
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

const presetConfigs = new Map<string, unknown>();

/** One Lighthouse run; the JSON report is kept in `outDir`. */
export async function runLighthouse(url: string, preset: Preset, outDir: string, label: string, timeoutMs = 180_000): Promise<LighthouseRun> {
  await mkdir(outDir, { recursive: true });
  const jsonPath = path.join(outDir, `${label}.json`);
  process.env.CHROME_PATH ||= chromiumPath();
  const started = performance.now();
  // What the CLI does (lighthouse/cli/bin.js and cli/run.js), step by step.
  const flags = getFlags(lighthouseArgs(url, preset, jsonPath).join(' '));
  if (flags.preset && !presetConfigs.has(flags.preset)) {
    presetConfigs.set(flags.preset, (await import(`lighthouse/core/config/${flags.preset}-config.js`)).default);
  }
  const config = flags.preset ? presetConfigs.get(flags.preset) : undefined;
  flags.logLevel = 'silent';
  log.setLevel('silent');
  if (!Array.isArray(flags.chromeFlags)) flags.chromeFlags = [flags.chromeFlags];
  flags.chromeFlags.push('--enable-features=DevToolsWebMCPSupport');
  const chrome = await ChromeLauncher.launch({
    port: flags.port,
    ignoreDefaultFlags: flags.chromeIgnoreDefaultFlags,
    chromeFlags: parseChromeFlags(flags.chromeFlags),
    logLevel: 'silent',
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    flags.port = chrome.port;
    flags.channel = 'cli';
    const result = await Promise.race([
      lighthouse(flags._[0] as string, flags, config as Parameters<typeof lighthouse>[2]),
      new Promise<never>((_r, reject) => (timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${timeoutMs / 1000} s`)), timeoutMs))),
    ]);
    if (!result) throw new Error('Lighthouse returned no result');
    await saveResults(result, flags);
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
  const durationMs = Math.round(performance.now() - started);
  const lhr = JSON.parse(await readFile(jsonPath, 'utf8')) as Lhr;
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
