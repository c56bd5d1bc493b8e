// A full build of a copy of the working tree in a fresh temporary folder, for
// tests that need a different build: a mutated data file that must be
// refused, another BASE_PATH or SITE_URL, an extra file. The main checkout's
// `dist/`, `.astro/` and `node_modules/.astro` are never touched.
import { spawn, execFileSync } from 'node:child_process';
import { copyFile, lstat, mkdir, mkdtemp, readdir, readlink, rm, symlink } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tools/test-build.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Entries of node_modules that tools write to (Astro's cacheDir default
 * `./node_modules/.astro`, Vite's `node_modules/.vite` and `.vite-temp`, the
 * generic `.cache`). The temp folder gets its own, empty ones.
 */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache', '.tmp']);

export interface TestBuildOptions {
  /** Short label, used in the temp folder's name. */
  name: string;
  /** Changes the copied tree before the build (edit data, add files…). Paths are relative to `dir`. */
  mutate?: (dir: string) => Promise<void> | void;
  /**
   * Extra environment for the build. `SITE_URL` and `BASE_PATH` are taken from
   * here only (never inherited from the test process), so a test build is
   * reproducible whatever the outer environment.
   */
  env?: Record<string, string | undefined>;
  /** npm script to run in the copy; default `build` (validator, then `astro build`). */
  script?: string;
  /** Kill the build after this many ms; default 240 000. */
  timeout?: number;
}

export interface TestBuild {
  /** The temporary copy of the repository. */
  dir: string;
  /** Its build output (`<dir>/dist`). */
  distDir: string;
  stdout: string;
  stderr: string;
  /** The npm script's exit code (non-zero when the validator or the build refused). */
  exitCode: number;
  durationMs: number;
  /** Removes the temporary folder (kept when KEEP_TEST_BUILDS=1, for debugging). */
  cleanup(): Promise<void>;
}

const live = new Set<string>();

/** Removes every test build folder this process made and has not cleaned up. */
export async function cleanupTestBuilds(): Promise<void> {
  await Promise.all([...live].map((dir) => removeDir(dir)));
}

async function removeDir(dir: string): Promise<void> {
  live.delete(dir);
  if (process.env.KEEP_TEST_BUILDS === '1') return;
  await rm(dir, { recursive: true, force: true });
}

/** Tracked files plus untracked files that are not ignored, as in the working tree now. */
function listSourceFiles(repo = REPO_ROOT): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(out.toString('utf8').split('\0').filter(Boolean))];
}

async function copyTree(repo: string, dir: string): Promise<number> {
  let copied = 0;
  const made = new Set<string>();
  for (const rel of listSourceFiles(repo)) {
    const from = path.join(repo, rel);
    let info;
    try {
      info = await lstat(from);
    } catch {
      continue; // tracked but deleted in the working tree
    }
    if (!info.isFile() && !info.isSymbolicLink()) continue; // submodules
    const to = path.join(dir, rel);
    const parent = path.dirname(to);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    if (info.isSymbolicLink()) await symlink(await readlink(from), to);
    else await copyFile(from, to);
    copied++;
  }
  return copied;
}

/**
 * `node_modules` as a real folder whose entries are symlinks into the
 * repository's: packages are shared (nothing to install), while the caches
 * Astro and Vite write under `node_modules/` land in the temp folder.
 * (Astro has no CLI flag or environment variable for `cacheDir`; its default
 * is `./node_modules/.astro`, which a whole-folder symlink would put back
 * into the main checkout.)
 */
async function linkNodeModules(repo: string, dir: string): Promise<void> {
  const source = path.join(repo, 'node_modules');
  const target = path.join(dir, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source)) {
    if (NODE_MODULES_CACHES.has(entry)) continue;
    await symlink(path.join(source, entry), path.join(target, entry));
  }
}

/** Variables the test runner sets that would change how Vite and Astro build. */
const VITEST_ENV = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

function buildEnv(extra: TestBuildOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The test runner's own variables would change how Vite and Astro build.
  // Vitest also copies import.meta.env into process.env (BASE_URL=/, MODE,
  // DEV, PROD, SSR); Astro passes process.env through to import.meta.env at
  // build time, so a leftover BASE_URL=/ would override BASE_PATH in href().
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key.startsWith('npm_') || VITEST_ENV.has(key)) delete env[key];
  }
  delete env.SITE_URL;
  delete env.BASE_PATH;
  env.ASTRO_TELEMETRY_DISABLED = '1';
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout: number) {
  return new Promise<{ stdout: string; stderr: string; exitCode: number }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n[test-build] killed after ${timeout} ms\n`;
      // The whole process group: npm, the shell, node scripts, astro.
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? (signal ? 128 : 1) });
    });
  });
}

/**
 * Copies the working tree to `<tmpdir>/belarus-2025-<name>-XXXXXX`, applies
 * `mutate`, and runs `npm run build` there. Does not throw when the build
 * fails: tests of refused data assert on `exitCode` and `stderr`.
 */
export async function testBuild(options: TestBuildOptions): Promise<TestBuild> {
  const started = performance.now();
  const safeName = options.name.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40) || 'build';
  const dir = await mkdtemp(path.join(os.tmpdir(), `belarus-2025-${safeName}-`));
  live.add(dir);
  const cleanup = () => removeDir(dir);
  try {
    await copyTree(REPO_ROOT, dir);
    await linkNodeModules(REPO_ROOT, dir);
    await options.mutate?.(dir);
    const result = await run('npm', ['run', '--silent', options.script ?? 'build'], dir, buildEnv(options.env), options.timeout ?? 240_000);
    return {
      dir,
      distDir: path.join(dir, 'dist'),
      ...result,
      durationMs: Math.round(performance.now() - started),
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Removes the articles' translations from a test build's copy: for a build
 * that tests the data or an English article, the translated article pages
 * only add pages that the components' English pages already cover.
 */
export function withoutTranslations(dir: string): void {
  for (const lang of ['be', 'ru']) rmSync(path.join(dir, 'content/articles', lang), { recursive: true, force: true });
}

/** A readable summary of a test build's outcome for assertion messages (tail of the output). */
export function formatBuildOutput(build: Pick<TestBuild, 'dir' | 'exitCode' | 'stdout' | 'stderr'>, lines = 40): string {
  const tail = (s: string) => s.trimEnd().split('\n').slice(-lines).join('\n');
  return `test build in ${build.dir} exited ${build.exitCode}\n--- stdout (tail) ---\n${tail(build.stdout)}\n--- stderr (tail) ---\n${tail(build.stderr)}`;
}
