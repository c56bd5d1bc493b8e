// Quality gates over the whole built site (`dist/`, built by `npm test`),
// without a browser: html-validate finds no error in any page; no broken
//    internal link, anchor, image, download, fetched file, CSS url() or
//    sitemap/RSS URL; external links are absolute http(s) URLs exactly as in
//    content/data/sources.json; no style attribute, inline handler or
//    javascript: URL (the CSP would block them); no `new Function`, eval or
//    zod in the client bundles (the CSP has no 'unsafe-eval').
// The browser checks of the same site are in tests/e2e/browser/ (sweep-1/sweep-2.test.ts,
// keyboard.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import htmlValidateConfig from '../../../.htmlvalidate.mjs';
import { requireDist } from '../../../tools/dist.ts';
import { REPO_ROOT } from '../../../tools/test-build.ts';
import { listFiles, readText } from '../../../tools/dist-files.ts';
import { builtAddress, checkDistLinks, formatLinkProblems } from '../../../tools/links.ts';
import { inlineContent } from '../../../src/headers/inline.ts';

const dist = requireDist();
const address = builtAddress(dist);
const files = listFiles(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));

/**
 * External links that are not sources: the licences named in the footer.
 * Every other external link must be a source's URL, exactly as in the data.
 */
const NON_SOURCE_LINKS = new Set(['https://opensource.org/license/mit', 'https://creativecommons.org/licenses/by/4.0/']);

let linkReport: ReturnType<typeof checkDistLinks> | undefined;
const links = () => (linkReport ??= checkDistLinks({ distDir: dist, ...address }));

describe('the built HTML and bundles', () => {
  test('html-validate (recommended rules, .htmlvalidate.mjs) finds no error in any page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig as ConfigData));
    const errors: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(readText(dist, file), file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity >= 2) errors.push(`  ${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    expect(htmlFiles.length).toBeGreaterThan(20);
    expect(errors.length, `html-validate errors:\n${errors.slice(0, 60).join('\n')}`).toBe(0);
  });

  test('no broken internal link, anchor, image, download, fetched file or feed URL', () => {
    const report = links();
    expect(report.internalChecked).toBeGreaterThan(1000);
    expect(report.problems.length, `broken links in ${dist}:\n${formatLinkProblems(report.problems)}`).toBe(0);
  });

  test('external links are absolute http(s) URLs exactly as content/data/sources.json has them, and every source URL is linked', () => {
    const report = links();
    const sources = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/data/sources.json'), 'utf8')) as { key: string; url: string }[];
    const sourceUrls = new Set(sources.map((s) => s.url).filter((u) => u !== 'no-url'));
    const unknown = [...report.external.keys()].filter((u) => !sourceUrls.has(u) && !NON_SOURCE_LINKS.has(u));
    expect(unknown, `external links that are neither a source URL as in the data nor a licence:\n${unknown.map((u) => `  ${u} (in ${[...report.external.get(u)!].slice(0, 3).join(', ')})`).join('\n')}`).toEqual([]);
    const unlinked = sources.filter((s) => s.url !== 'no-url' && !report.external.has(s.url));
    expect(unlinked.map((s) => `${s.key}: ${s.url}`), 'sources whose URL is linked nowhere, exactly as written').toEqual([]);
  });

  test('no style attribute, inline event handler or javascript: URL in any page (the CSP blocks them)', () => {
    const found: string[] = [];
    for (const file of htmlFiles) {
      const html = readText(dist, file);
      for (const a of inlineContent(html).blockedAttributes) found.push(`  ${file}: ${a}`);
      for (const m of html.matchAll(/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/gi)) found.push(`  ${file}: ${m[0]}`);
    }
    expect(found.length, found.slice(0, 40).join('\n')).toBe(0);
  });

  test('no eval, new Function or zod in the client bundles (the CSP has no unsafe-eval)', () => {
    const bundles = files.filter((f) => /^(_astro\/.*\.m?js|embed\.js|theme\.js|embed\/theme\.js)$/.test(f));
    expect(bundles.length).toBeGreaterThan(3);
    const patterns: [RegExp, string][] = [
      [/\bnew\s+Function\s*\(/, 'new Function('],
      [/(?<![\w$.])Function\s*\(\s*["'`]/, 'Function("…")'],
      [/(?<![\w$.])eval\s*\(/, 'eval('],
      [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
      [/ZodError|\$ZodType|_zod\b/, 'zod'],
    ];
    const found: string[] = [];
    for (const file of bundles) {
      const js = readText(dist, file);
      for (const [re, what] of patterns) if (re.test(js)) found.push(`  ${file}: ${what}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});

