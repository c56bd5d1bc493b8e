// The link check of tools/links.ts on small built sites: what it
// accepts, and that it names every kind of broken link it exists to catch.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAddress, checkDistLinks, embedPaths, sitemapPaths, urlPathOf } from '../../../tools/links.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SITE = 'http://localhost:4321';

function site(base: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'links-fixture-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const page = (base: string, body: string, canonical = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title><link rel="canonical" href="${SITE}${base}${canonical}"><link rel="stylesheet" href="${base}_astro/a.css">` +
  `<meta property="og:image" content="${SITE}${base}og/index.png"></head><body><main id="main">${body}</main></body></html>`;

function good(base: string): Record<string, string> {
  return {
    'index.html': page(base, `<a href="${base}about/">About</a> <a href="about/#method">Method</a> <a href="#main">Top</a> <img src="${base}img/a.png" srcset="${base}img/a.png 2x" alt="">` +
      `<a href="https://example.org/x?a=1&amp;b=2">Source</a> <a href="mailto:x@example.org">Mail</a> <a href="${base}data/a.csv" download>CSV</a>` +
      `<figure data-chart-src="${base}charts/a/interactive.json"></figure> <a href="${SITE}${base}rss.xml">RSS</a>`),
    'about/index.html': page(base, '<h2 id="method">Method</h2><a href="../">Home</a>', 'about/'),
    'img/a.png': 'png',
    'og/index.png': 'png',
    'data/a.csv': 'a,b',
    'charts/a/interactive.json': '{}',
    '_astro/a.css': 'body{background:url(../img/a.png)} .x{background:url("data:image/png;base64,AA")}',
    'rss.xml': `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>${SITE}${base}</link><item><link>${SITE}${base}about/</link><guid>${SITE}${base}about/</guid></item></channel></rss>`,
    'sitemap-index.xml': `<?xml version="1.0"?><sitemapindex><sitemap><loc>${SITE}${base}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<?xml version="1.0"?><urlset><url><loc>${SITE}${base}</loc></url><url><loc>${SITE}${base}about/</loc></url></urlset>`,
    'robots.txt': `User-agent: *\nSitemap: ${SITE}${base}sitemap-index.xml\n`,
    'embed/a/index.html': page(base, `<a href="${SITE}${base}charts/a/interactive.json">Data</a>`, 'about/'),
  };
}

describe('checkDistLinks', () => {
  it.each(['/', '/belarus-2025/'])('accepts a site whose links all resolve (base %s)', (base) => {
    const dist = site(base, good(base));
    expect(builtAddress(dist)).toEqual({ site: SITE, base });
    const report = checkDistLinks({ distDir: dist, site: SITE, base });
    expect(report.problems).toEqual([]);
    expect([...report.external.keys()]).toEqual(['https://example.org/x?a=1&b=2']);
    expect(report.internalChecked).toBeGreaterThan(15);
    expect(sitemapPaths(dist, { site: SITE, base })).toEqual(['/', '/about/']);
    expect(embedPaths(dist)).toEqual(['/embed/a/']);
  });

  it('names each broken link: missing page, anchor, image, download, fetched file, CSS url(), feed and sitemap URLs, base path, relative external', () => {
    const base = '/belarus-2025/';
    const files = good(base);
    files['index.html'] = page(base, `<a href="${base}nowhere/">x</a><a href="${base}about/#nope">x</a><img src="${base}img/b.png" alt=""><a href="${base}data/b.csv" download>x</a>` +
      `<div data-chart-src="${base}charts/b/interactive.json"></div><a href="/about/">x</a><a href="//example.org/x">x</a><a href="javascript:void(0)">x</a><a href="">x</a>`);
    files['_astro/a.css'] = 'body{background:url(../img/c.png)}';
    files['rss.xml'] = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>${SITE}${base}gone/</link></channel></rss>`;
    files['sitemap-0.xml'] = `<?xml version="1.0"?><urlset><url><loc>${SITE}/about/</loc></url></urlset>`;
    const report = checkDistLinks({ distDir: site(base, files), site: SITE, base });
    const got = report.problems.map((p) => `${p.file} ${p.url} ${p.problem}`);
    expect(got).toEqual([
      `_astro/a.css ../img/c.png no file in the build answers it`,
      `index.html ${base}nowhere/ no file in the build answers it`,
      `index.html ${base}about/#nope no element with id "nope" on about/index.html`,
      `index.html ${base}img/b.png no file in the build answers it`,
      `index.html ${base}data/b.csv no file in the build answers it`,
      `index.html /about/ outside the base path ${base}`,
      `index.html //example.org/x an external URL that is not absolute http(s)`,
      `index.html javascript:void(0) a javascript: URL (the CSP blocks it; use a button and a script file)`,
      `index.html  an empty URL`,
      `index.html ${base}charts/b/interactive.json no file in the build answers it`,
      `rss.xml ${SITE}${base}gone/ no file in the build answers it`,
      `sitemap-0.xml ${SITE}/about/ outside the base path ${base}`,
    ]);
  });
});

describe('urlPathOf', () => {
  it('maps dist files to the URLs they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('a/b/index.html', '/x/')).toBe('/x/a/b/');
    expect(urlPathOf('404.html', '/x')).toBe('/x/404.html');
  });
});
