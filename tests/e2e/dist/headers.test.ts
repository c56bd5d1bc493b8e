// The security headers of the build (dist/_headers, written by
// scripts/headers.ts), as Cloudflare Pages would send them: the test server
// applies every matching rule and joins repeated names with ", ", exactly as
// Cloudflare does, so a second CSP would be enforced here too.
//
// - the file: at most 100 rules and 2,000 characters a line, no CSP on /*,
//   one CSP per response on every path of the build;
// The same headers in Chromium are tests/e2e/browser/headers.test.ts; the
// sweep of every page and embed under them is tests/e2e/harness/sweep-suite.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { readHeadersFile } from '../../../tools/headers-file.ts';
import { listFiles } from '../../../tools/dist-files.ts';
import { builtAddress, urlPathOf } from '../../../tools/links.ts';
import { findConflicts, headersForPath, samplePaths } from '../../../src/headers/cloudflare.ts';
import { LIMITS, checkLimits } from '../../../src/headers/file.ts';

const dist = requireDist();
const address = builtAddress(dist);
const rules = readHeadersFile(dist);
const files = listFiles(dist);

describe('dist/_headers', () => {
  test(`has at most ${LIMITS.rules} rules and ${LIMITS.lineLength} characters a line`, () => {
    expect(checkLimits(readFileSync(path.join(dist, '_headers'), 'utf8'))).toEqual([]);
    expect(rules.length).toBeGreaterThan(3);
  });

  test('sets no CSP on the catch-all rule, and never one header twice on a path (Cloudflare would join them)', () => {
    const all = rules.find((r) => r.path === `${address.base}*`);
    expect(all?.headers.map(([n]) => n.toLowerCase())).not.toContain('content-security-policy');
    expect(findConflicts(rules, samplePaths(rules, files, address.base))).toEqual([]);
  });

  test('gives every page one CSP: site pages not framable, with wasm-unsafe-eval for search; embeds framable by anyone', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const p = urlPathOf(file, address.base);
      const h = headersForPath(rules, p);
      const csp = h['content-security-policy'];
      const embed = /^(?:(?:be|ru)\/)?embed\//.test(file); // every edition's embeds: embed/, be/embed/, ru/embed/
      if (!csp) problems.push(`${p}: no Content-Security-Policy`);
      else if (/,\s/.test(csp)) problems.push(`${p}: two policies joined: ${csp}`);
      else if (embed && (/frame-ancestors/.test(csp) || h['x-frame-options'])) problems.push(`${p}: an embed must be framable: ${csp}`);
      else if (!embed && (!csp.includes("frame-ancestors 'none'") || h['x-frame-options'] !== 'DENY')) problems.push(`${p}: a site page must not be framable: ${csp}`);
      else if (!embed && !csp.includes("'wasm-unsafe-eval'")) problems.push(`${p}: search needs 'wasm-unsafe-eval': ${csp}`);
      for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy']) if (!h[name]) problems.push(`${p}: no ${name}`);
      if (csp && /'unsafe-inline'|'unsafe-eval'|\*/.test(csp)) problems.push(`${p}: a permissive source: ${csp}`);
    }
    expect(problems).toEqual([]);
  });
});

