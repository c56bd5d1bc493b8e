// A build under a base path (BASE_PATH=/belarus-2025/, as on GitHub Pages
// for a project site), with SITE_URL equal to the test server's origin:
//
// - the link check passes (every internal link, asset, download, feed and
//   sitemap URL resolves under /belarus-2025/, and nothing points outside it);
// - canonical links, og:url, social images, the sitemap, robots.txt, the RSS
//   feed, the embed snippets and the _headers rules all carry the base path;
// - in Chromium, under the _headers CSP: the home page, a chart page (its
//   interactive chart), the search (Pagefind under the base) and an embed
//   load with no console error, failed request or CSP violation.
//
// Reproducible builds: the same tree is built twice, in two temporary
// folders, at the same time, with the same SITE_URL and BASE_PATH, on two
// "machines" that differ on purpose in what must not matter: the time zone
// (UTC and UTC+14, on different calendar days for most of the day) and the
// locale (English and German number and date formats), as a laptop and CI
// would. The two dist/ folders must be byte-identical: the same files, the
// same bytes. A difference names the file and the first differing bytes;
// none is accepted (a build date, a random id, an absolute path or a
// locale's formatting in the output would all be bugs: a corrected figure
// must show up as the only change between two builds). The first of the two
// builds is the one the base-path checks above read: one build fewer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { siteTest as test } from '../harness/fixture.ts';
import type { Browser, Page } from 'playwright-core';
import {
  describeWithBrowser,
  formatBuildOutput,
  formatProblems,
  getFreePort,
  problemCount,
  startServer,
  sweep,
  testBuild,
  type StaticServer,
  type TestBuild,
} from '../harness/index.ts';
import { cloudflareHeaders, readHeadersFile } from '../../../tools/headers-file.ts';
import { findAll, listFiles, parseHtml, parseXml, readText, textContent, xmlChildren, xmlText } from '../../../tools/dist-files.ts';
import { builtAddress, checkDistLinks, formatLinkProblems, sitemapPaths } from '../../../tools/links.ts';

const BASE = '/belarus-2025/';
const MACHINES = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
];
let builds: TestBuild[] = [];
/** The first machine's build: the one the base-path checks read. */
let build: TestBuild;
let site: string;

beforeAll(async () => {
  const port = await getFreePort();
  site = `http://127.0.0.1:${port}`;
  // In parallel: on two cores two builds take little longer than one, and it
  // also shows that builds running side by side do not disturb each other.
  builds = await Promise.all(MACHINES.map((machine, i) => testBuild({ name: `base-path-${'ab'[i]}`, env: { SITE_URL: site, BASE_PATH: BASE, ...machine } })));
  build = builds[0]!;
});
afterAll(async () => {
  await Promise.all(builds.map((b) => b.cleanup()));
});

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `at byte ${i} (${a.length} vs ${b.length} bytes):\n      a: ${show(a)}\n      b: ${show(b)}`;
}

describe('reproducible builds', () => {
  test('two builds of the same inputs on two machines (time zone, locale) give byte-identical dist/ folders', () => {
    for (const b of builds) expect(b.exitCode, formatBuildOutput(b)).toBe(0);
    const [a, b] = builds.map((x) => x.distDir) as [string, string];
    const filesA = listFiles(a);
    const filesB = listFiles(b);
    expect(filesA.length).toBeGreaterThan(100);
    expect(filesB, 'the same files').toEqual(filesA);
    const differences = filesA
      .filter((f) => digest(path.join(a, f)) !== digest(path.join(b, f)))
      .map((f) => `  ${f} ${firstDifference(readFileSync(path.join(a, f)), readFileSync(path.join(b, f)))}`);
    expect(differences, `files that differ between two builds of the same inputs:\n${differences.slice(0, 20).join('\n')}`).toEqual([]);
  });
});

const prefix = () => `${site}${BASE}`;
const html = () => listFiles(build.distDir).filter((f) => f.endsWith('.html'));

describe(`a build with BASE_PATH=${BASE}`, () => {
  test('builds', () => {
    expect(build.exitCode, formatBuildOutput(build)).toBe(0);
    expect(builtAddress(build.distDir)).toEqual({ site, base: BASE });
  });

  test('passes the link check: everything resolves under the base path', () => {
    const report = checkDistLinks({ distDir: build.distDir, site, base: BASE });
    expect(report.internalChecked).toBeGreaterThan(1000);
    expect(report.problems.length, formatLinkProblems(report.problems)).toBe(0);
  });

  test('every canonical link, og:url and social image carries the base path', () => {
    const wrong: string[] = [];
    for (const f of html()) {
      const root = parseHtml(readText(build.distDir, f));
      const canonical = findAll(root, (e) => e.tag === 'link' && e.attrs.rel === 'canonical').map((e) => e.attrs.href ?? '');
      const metas = findAll(root, (e) => e.tag === 'meta' && /^(og:url|og:image|twitter:image)$/.test(e.attrs.property ?? e.attrs.name ?? '')).map((e) => e.attrs.content ?? '');
      if (canonical.length !== 1) wrong.push(`${f}: ${canonical.length} canonical links`);
      if (!/^(?:(?:be|ru)\/)?embed\//.test(f) && metas.length < 3) wrong.push(`${f}: ${metas.length} og:url/og:image/twitter:image`);
      for (const u of [...canonical, ...metas]) if (!u.startsWith(prefix())) wrong.push(`${f}: ${u}`);
    }
    expect(html().length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  test('the sitemap, robots.txt and the RSS feed carry the base path', () => {
    const paths = sitemapPaths(build.distDir, { site, base: BASE }); // throws on a URL outside the base
    expect(paths).toContain('/results/2025/');
    expect(readText(build.distDir, 'robots.txt')).toContain(`Sitemap: ${prefix()}sitemap-index.xml`);
    const channel = xmlChildren(parseXml(readText(build.distDir, 'rss.xml')), 'channel')[0]!;
    const links = [xmlText(xmlChildren(channel, 'link')[0]), ...xmlChildren(channel, 'item').map((i) => xmlText(xmlChildren(i, 'link')[0]))];
    expect(links.length).toBeGreaterThan(3);
    for (const l of links) expect(l.trim().startsWith(prefix()), l).toBe(true);
  });

  test('the embed snippets point at the embed and its script under the base path', () => {
    const pages = listFiles(build.distDir).filter((f) => /^charts\/[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) {
      const id = f.split('/')[1]!;
      const code = findAll(parseHtml(readText(build.distDir, f)), (e) => e.tag === 'code' && e.attrs['data-embed-snippet'] === id)[0];
      const snippet = code ? textContent(code) : '';
      expect(snippet, f).toContain(`<iframe src="${prefix()}embed/${id}/"`);
      expect(snippet, f).toContain(`<script src="${prefix()}embed.js"`);
    }
  });

  test('the _headers rules carry the base path', () => {
    const rules = readHeadersFile(build.distDir);
    expect(rules.map((r) => r.path).filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect(rules.some((r) => r.path === `${BASE}embed/*`)).toBe(true);
  });
});

describeWithBrowser(`the ${BASE} build in Chromium, with its _headers`, () => {
  let browser: Browser;
  let server: StaticServer;

  test.beforeAll(async ({ browser: b }) => {
    browser = b;
    expect(build.exitCode, formatBuildOutput(build)).toBe(0);
    server = await startServer({ root: build.distDir, base: BASE, port: Number(new URL(site).port), headers: cloudflareHeaders(build.distDir) });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test.each([
    ['/', null],
    ['/charts/vote-share-2025/', 'chart'],
    ['/search/?q=turnout', 'search'],
    ['/embed/vote-share-2025/', 'chart'],
  ] as const)('%s loads under the base path with no error, failed request or CSP violation', async (p, feature) => {
    const r = await sweep(browser, server.url(p), {
      theme: 'light',
      width: 1280,
      axe: false,
      probes: {
        feature: async (page: Page) => {
          if (feature === 'search') {
            await page.waitForSelector('[data-search-results] li a', { timeout: 15_000 });
            return page.locator('[data-search-results] li a').first().getAttribute('href');
          }
          if (feature === 'chart') {
            await page.locator('[data-chart-frame]').first().focus();
            await page.waitForSelector('[data-chart-figure][data-chart-state="live"]', { timeout: 15_000 });
            return 'live';
          }
          return null;
        },
      },
    });
    expect(r.status).toBe(200);
    expect(problemCount(r, ['console', 'requests', 'csp']), formatProblems(r, ['console', 'requests', 'csp'])).toBe(0);
    if (feature === 'search') expect(r.probes.feature).toMatch(new RegExp(`^${BASE}`));
    if (feature === 'chart') expect(r.probes.feature).toBe('live');
  });
});
