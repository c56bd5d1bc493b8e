// The site under test: a build of the working tree in a temporary copy (the
// testBuild of tools/test-build.ts, with SITE_URL equal to the origin it will be served
// from), timed; the same site served by `astro preview`; the longest article.

import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { testBuild, type TestBuild } from '../tools/test-build.ts';
import { findAll, parseHtml, textContent } from '../tools/dist-files.ts';
import { REPO_ROOT } from './env.ts';

export interface TimedBuild {
  build: TestBuild;
  /** `npm run build` alone (validator, astro build, Pagefind), without copying the tree. */
  buildMs: number;
  /** Copying the working tree and linking node_modules (not part of the build time). */
  copyMs: number;
  /** Whatever `mutate` returned. */
  mutated?: unknown;
}

/** A full build of the working tree in a temporary folder; the time of `npm run build` alone. */
export async function timedBuild(name: string, env: Record<string, string>, mutate?: (dir: string) => Promise<unknown>, timeout = 1_200_000): Promise<TimedBuild> {
  const t0 = performance.now();
  let tStart = 0;
  let mutated: unknown;
  const build = await testBuild({
    name,
    env,
    timeout,
    mutate: async (dir) => {
      if (mutate) mutated = await mutate(dir);
      tStart = performance.now();
    },
  });
  const end = t0 + build.durationMs;
  return { build, buildMs: Math.round(end - tStart), copyMs: Math.round(tStart - t0), mutated };
}

export interface Stats {
  htmlPages: number;
  files: number;
  bytes: number;
}

export async function distStats(distDir: string): Promise<Stats> {
  let htmlPages = 0;
  let files = 0;
  let bytes = 0;
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        files++;
        if (e.name.endsWith('.html')) htmlPages++;
        bytes += (await stat(p)).size;
      }
    }
  };
  await walk(distDir);
  return { htmlPages, files, bytes };
}

/** Runs an npm script in `dir` and times it (ms), e.g. `validate`. */
export function timeNpmScript(dir: string, script: string): Promise<{ ms: number; code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn('npm', ['run', '-s', script], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Math.round(performance.now() - t), code: code ?? 1, output }));
  });
}

/** The article whose page has the most text in <main> (scripts and styles left out). */
export async function longestArticle(distDir: string): Promise<{ path: string; chars: number; all: { path: string; chars: number }[] }> {
  const dir = path.join(distDir, 'articles');
  const all: { path: string; chars: number }[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    let html: string;
    try {
      html = await readFile(path.join(dir, e.name, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const root = parseHtml(html);
    const main = findAll(root, (el) => el.tag === 'main')[0] ?? findAll(root, (el) => el.tag === 'body')[0] ?? root;
    all.push({ path: `/articles/${e.name}/`, chars: textContent(main).replace(/\s+/g, ' ').trim().length });
  }
  all.sort((a, b) => b.chars - a.chars);
  if (!all.length) throw new Error(`no article pages in ${dir}`);
  return { ...all[0]!, all };
}

export interface Preview {
  origin: string;
  child: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

/** `astro preview` of the build in `dir` (its dist/), on 127.0.0.1:port; resolves once it answers. */
export async function startPreview(dir: string, port: number): Promise<Preview> {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'astro');
  const child = spawn(bin, ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (log += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const closed = new Promise<void>((r) => child.once('close', () => r()));
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the process group it leads: astro preview and nothing else
    } catch {
      child.kill('SIGTERM');
    }
    await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview did not answer on ${origin} within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, child, log: () => log, stop };
}
