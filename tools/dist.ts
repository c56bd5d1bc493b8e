// The main build output, as `npm test` leaves it: `npm run build` writes
// `dist/`, then the dist and browser projects read and serve it. They never build it
// themselves (test builds go to a temp folder, see test-build.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './test-build.ts';
import { startServer, type ServerOptions, type StaticServer } from './server.ts';

/** `dist/` of the checkout, or `E2E_DIST_DIR` to test another build output. */
const DIST_DIR = process.env.E2E_DIST_DIR ? path.resolve(process.env.E2E_DIST_DIR) : path.join(REPO_ROOT, 'dist');

/** Throws a message that says what to do when `dist/` has not been built. */
export function requireDist(distDir = DIST_DIR): string {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(
      `[e2e] No build output at ${distDir} (index.html missing). ` +
        'Run `npm run build` first (`npm test` does: unit tests, build, then e2e).',
    );
  }
  return distDir;
}

/**
 * Serves `dist/` under the base path it was built with (`BASE_PATH`, the same
 * variable `astro.config.mjs` reads, so `BASE_PATH=/x/ npm test` works).
 */
export async function serveDist(options: Omit<ServerOptions, 'root'> = {}): Promise<StaticServer> {
  const root = requireDist();
  return startServer({ base: process.env.BASE_PATH || '/', ...options, root });
}
