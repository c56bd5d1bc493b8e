// The built `_headers` file, applied by the test server the way Cloudflare
// Pages applies it: every rule whose pattern matches the request's path, in
// order, values of the same header joined with ", " (so two CSPs would be two
// policies, both enforced, exactly as in production). The parsing and
// matching are src/headers/'s, which scripts/headers.ts uses to generate the file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { headersForPath } from '../src/headers/cloudflare.ts';
import { parseHeaders, type HeaderRule } from '../src/headers/file.ts';
import type { HeaderHook } from './server.ts';

/** The rules of `<distDir>/_headers`; throws with what to do when the build did not write it. */
export function readHeadersFile(distDir: string): HeaderRule[] {
  const file = path.join(distDir, '_headers');
  if (!existsSync(file)) {
    throw new Error(`[e2e] No ${file}: \`npm run build\` writes it (scripts/headers.ts runs after astro build and pagefind).`);
  }
  return parseHeaders(readFileSync(file, 'utf8'));
}

/**
 * A `startServer({ headers })` hook that sends what Cloudflare would for each
 * request, from `<distDir>/_headers`. Matching uses the request's pathname
 * (base path included, query string excluded), as Cloudflare does.
 */
export function cloudflareHeaders(distDir: string): HeaderHook {
  const rules = readHeadersFile(distDir);
  return (request) => headersForPath(rules, new URL(request.url, 'http://localhost').pathname);
}
