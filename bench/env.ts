// Where the benchmark runs: the repository, the browser, the flags, and a
// description of the machine for the report.

import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = path.join(REPO_ROOT, 'bench');
export const OUT_DIR = path.join(BENCH_DIR, 'out');

/** The project's Chromium flags (tools/chromium.ts), for Playwright and Lighthouse alike. */
export const CHROME_FLAGS = CHROMIUM_ARGS;
export { chromiumPath };

/** Why Chromium cannot be used, or undefined when it can. */
export function chromiumProblem(): string | undefined {
  const p = chromiumPath();
  try {
    accessSync(p, constants.X_OK);
  } catch (error) {
    return `no executable Chromium at ${p} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Install it (apt-get install chromium) or set CHROME_PATH.`;
  }
  try {
    execFileSync(p, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
  } catch (error) {
    return `Chromium at ${p} does not start: ${(error as Error).message.split('\n')[0]}`;
  }
  return undefined;
}

function tryRun(cmd: string, args: string[], cwd = REPO_ROOT): string {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).toString().trim();
  } catch {
    return 'unknown';
  }
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export interface Machine {
  date: string;
  host: string;
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  versions: Record<string, string>;
  commit: string;
  dirtyFiles: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  const status = tryRun('git', ['status', '--porcelain']);
  return {
    date: new Date().toISOString(),
    host: os.hostname(),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: tryRun(chromiumPath(), ['--version']),
    versions: Object.fromEntries(['lighthouse', 'playwright-core', 'astro', 'vite', 'chart.js', 'pagefind'].map((n) => [n, packageVersion(n)])),
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']),
    dirtyFiles: status === 'unknown' || status === '' ? 0 : status.split('\n').length,
  };
}

/** The 1, 5 and 15 minute load averages. */
export function loadAverage(): [number, number, number] {
  const [a = 0, b = 0, c = 0] = os.loadavg();
  const r = (x: number) => Math.round(x * 100) / 100;
  return [r(a), r(b), r(c)];
}
