// src/headers/ (run by scripts/headers.ts): the `_headers` rules it generates from a small built
// site, Cloudflare's matching and joining, and the limits (100 rules, 2,000
// characters a line, never two rules setting one header on one path).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConflicts, headersForPath, patternToRegExp, samplePaths } from '../../../src/headers/cloudflare.ts';
import { LIMITS, checkLimits, formatHeaders, parseHeaders, type HeaderRule } from '../../../src/headers/file.ts';
import { cspHash, inlineContent } from '../../../src/headers/inline.ts';
import { buildRules } from '../../../src/headers/rules.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const INLINE_SCRIPT = 'document.documentElement.dataset.x = "1";';
const INLINE_STYLE = 'p { color: red }';
const EMBED_STYLE = '.e { margin: 0 }';

/** A tiny build output: home, a 404, a section page with an inline script and style, an embed, assets. */
function fixture(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'headers-fixture-'));
  dirs.push(dir);
  const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
  const files: Record<string, string> = {
    'index.html': page('<main><script src="/_astro/a.js"></script></main>'),
    '404.html': page('<p>Not found</p>'),
    'about/index.html': page('<p>About</p>', `<script>${INLINE_SCRIPT}</script><style>${INLINE_STYLE}</style><script type="application/ld+json">{"a":1}</script>`),
    'results/2025/index.html': page('<p title="a > b">x</p><!-- <p style="x"> in a comment -->'),
    'embed/vote-share-2025/index.html': page('<main>chart</main>', `<style>${EMBED_STYLE}</style>`),
    '_astro/a.js': 'console.log(1)',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    ...extra,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
const csp = (rules: HeaderRule[], p: string) => headersForPath(rules, p)['content-security-policy'];

describe('inlineContent', () => {
  it('finds inline executable scripts and styles, not external or data scripts, and skips comments', () => {
    const found = inlineContent(
      '<script src="/a.js"></script><script>a()</script><script type="module">b()</script><script type="application/json">{}</script>' +
        '<style>p{}</style><!-- <script>c()</script> --><p data-x="<script>d()</script>">e</p>',
    );
    expect(found.scripts).toEqual(['a()', 'b()']);
    expect(found.styles).toEqual(['p{}']);
    expect(found.blockedAttributes).toEqual([]);
  });

  it('reports style attributes and inline event handlers, on any element', () => {
    const found = inlineContent('<p style="color:red">x</p><button onclick="go()">b</button><svg><rect style="fill:red"/></svg><p data-style="ok">y</p>');
    expect(found.blockedAttributes).toEqual(['<p style>', '<button onclick>', '<rect style>']);
  });

  it('hashes exactly the bytes between the tags', () => {
    expect(cspHash(INLINE_SCRIPT)).toBe(sha(INLINE_SCRIPT));
    expect(cspHash(' x ')).not.toBe(cspHash('x'));
  });
});

describe('buildRules', () => {
  const { rules, hashes } = buildRules({ distDir: fixture() });

  it('puts the CSP on route groups, never on /*, and the general headers on /* only', () => {
    const all = rules.find((r) => r.path === '/*')!;
    expect(all.headers.map(([n]) => n)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
    expect(rules.map((r) => r.path)).toEqual(['/*', '/', '/:name', '/_astro/*', '/about/*', '/embed/*', '/results/*']);
  });

  it('gives every site page one CSP with the inline hashes, wasm-unsafe-eval for Pagefind and frame-ancestors none', () => {
    expect(hashes.site).toEqual({ scripts: [sha(INLINE_SCRIPT)], styles: [sha(INLINE_STYLE)] });
    for (const p of ['/', '/about/', '/results/2025/', '/404.html', '/missing', '/about/missing/', '/_astro/a.js', '/favicon.svg']) {
      const h = headersForPath(rules, p);
      const policy = h['content-security-policy'];
      expect(policy, p).toBeDefined();
      expect(policy).not.toContain(', ');
      expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' '${sha(INLINE_SCRIPT)}'`);
      expect(policy).toContain(`style-src 'self' '${sha(INLINE_STYLE)}'`);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(h['x-frame-options']).toBe('DENY');
    }
  });

  it('lets any page frame an embed: no frame-ancestors, no X-Frame-Options; its own hashes; no wasm', () => {
    for (const p of ['/embed/vote-share-2025/', '/embed/theme.js']) {
      const h = headersForPath(rules, p);
      expect(h['content-security-policy']).toBe(`default-src 'self'; script-src 'self'; style-src 'self' '${sha(EMBED_STYLE)}'; object-src 'none'; base-uri 'self'; form-action 'none'`);
      expect(h['x-frame-options']).toBeUndefined();
    }
  });

  it('sends nosniff, a Referrer-Policy and a Permissions-Policy on every path', () => {
    for (const p of samplePaths(rules, ['index.html', 'embed/x/index.html', 'a/b/c.png'])) {
      const h = headersForPath(rules, p);
      expect(h['x-content-type-options'], p).toBe('nosniff');
      expect(h['referrer-policy'], p).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy'], p).toMatch(/camera=\(\)/);
    }
  });

  it('caches hashed bundles for a year', () => {
    expect(headersForPath(rules, '/_astro/a.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/about/')['cache-control']).toBeUndefined();
  });

  it('never has two rules set the same header on one path, and stays within the limits', () => {
    expect(findConflicts(rules, samplePaths(rules, ['index.html', 'about/index.html', 'embed/vote-share-2025/index.html']))).toEqual([]);
    const text = formatHeaders(rules);
    expect(checkLimits(text)).toEqual([]);
    expect(parseHeaders(text).length).toBeLessThanOrEqual(LIMITS.rules);
  });

  it('round-trips through the file format', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules.map(({ path: p, headers }) => ({ path: p, headers })));
  });

  it('starts every rule with the base path', () => {
    const based = buildRules({ distDir: fixture(), base: '/belarus-2025/' }).rules;
    expect(based.map((r) => r.path)).toEqual(rules.map((r) => `/belarus-2025${r.path}`));
    expect(csp(based, '/belarus-2025/about/')).toContain("frame-ancestors 'none'");
    expect(csp(based, '/belarus-2025/embed/vote-share-2025/')).not.toContain('frame-ancestors');
    expect(headersForPath(based, '/about/')).toEqual({});
  });

  it('refuses a build with a style attribute or an inline handler, naming the file', () => {
    const dir = fixture({ 'timeline/index.html': '<!DOCTYPE html><html><body><p style="color:red" onclick="x()">x</p></body></html>' });
    expect(() => buildRules({ distDir: dir })).toThrow(/2 attributes.*\n\s+timeline\/index\.html: <p style>\n\s+timeline\/index\.html: <p onclick>/);
  });
});

describe('buildRules with the Belarusian and Russian editions', () => {
  const EDITION_EMBED_STYLE = '.e { margin: 1px }';
  const page = (lang: string, body: string, head = '') => `<!DOCTYPE html><html lang="${lang}"><head><title>t</title>${head}</head><body>${body}</body></html>`;
  const { rules, hashes } = buildRules({
    distDir: fixture({
      'be/index.html': page('be', '<main>галоўная</main>'),
      'be/rss.xml': '<rss/>',
      'be/charts/vote-share-2025/index.html': page('be', '<main>дыяграма</main>'),
      'be/charts/vote-share-2025/vote-share-2025-light.png': 'png',
      'be/embed/vote-share-2025/index.html': page('be', '<main>дыяграма</main>', `<style>${EDITION_EMBED_STYLE}</style>`),
      'ru/about/index.html': page('ru', '<main>о проекте</main>'),
      'ru/embed/turnout-map-2025/index.html': page('ru', '<main>карта</main>'),
    }),
  });

  it('gives every edition\'s embeds the embed rule alone: no frame-ancestors, no X-Frame-Options', () => {
    for (const p of ['/be/embed/vote-share-2025/', '/ru/embed/turnout-map-2025/', '/be/embed/missing/', '/ru/embed/x.js']) {
      const h = headersForPath(rules, p);
      expect(h['content-security-policy'], p).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'/);
      expect(h['content-security-policy'], p).not.toContain('frame-ancestors');
      expect(h['x-frame-options'], p).toBeUndefined();
    }
    // No rule that sets framing headers matches an edition's embed.
    const framing = rules.filter((r) => r.headers.some(([n, v]) => n === 'X-Frame-Options' || v.includes('frame-ancestors')));
    for (const r of framing) {
      expect(patternToRegExp(r.path).test('/be/embed/vote-share-2025/'), r.path).toBe(false);
      expect(patternToRegExp(r.path).test('/ru/embed/turnout-map-2025/'), r.path).toBe(false);
    }
    // The editions' embed styles are hashed into the embed policy, not the site's.
    expect(hashes.embed.styles).toContain(sha(EDITION_EMBED_STYLE));
    expect(hashes.site.styles).not.toContain(sha(EDITION_EMBED_STYLE));
  });

  it('gives every other page of an edition the site policy, by folder', () => {
    expect(rules.map((r) => r.path)).toEqual([
      '/*', '/', '/:name', '/_astro/*', '/about/*',
      '/be/', '/be/:name', '/be/charts/*', '/be/embed/*',
      '/embed/*', '/results/*',
      '/ru/', '/ru/:name', '/ru/about/*', '/ru/embed/*',
    ]);
    for (const p of ['/be', '/be/', '/be/rss.xml', '/be/charts/vote-share-2025/', '/be/charts/vote-share-2025/vote-share-2025-light.png', '/ru/', '/ru/about/']) {
      const h = headersForPath(rules, p);
      expect(h['content-security-policy'], p).toContain("frame-ancestors 'none'");
      expect(h['x-frame-options'], p).toBe('DENY');
    }
    expect(findConflicts(rules, samplePaths(rules, ['be/index.html', 'be/embed/vote-share-2025/index.html', 'ru/about/index.html', 'ru/embed/turnout-map-2025/index.html']))).toEqual([]);
  });
});

describe("Cloudflare's matching", () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/a/b/c.png', true],
    ['/a/*', '/a/', true],
    ['/a/*', '/a/b/', true],
    ['/a/*', '/a', false],
    ['/a/*', '/ab/', false],
    ['/:name', '/robots.txt', true],
    ['/:name', '/', false],
    ['/:name', '/a/b', false],
    ['/', '/', true],
    ['/', '/a', false],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, p, expected) => {
    expect(patternToRegExp(pattern).test(p)).toBe(expected);
  });

  it('applies every matching rule and joins a repeated header with ", " (two CSPs = two policies)', () => {
    const rules = parseHeaders('/*\n  Content-Security-Policy: a\n  X-A: 1\n/x/*\n  Content-Security-Policy: b\n  ! X-A\n');
    expect(headersForPath(rules, '/x/y')).toEqual({ 'content-security-policy': 'a, b' });
    expect(headersForPath(rules, '/y')).toEqual({ 'content-security-policy': 'a', 'x-a': '1' });
    expect(findConflicts(rules, ['/y', '/x/y'])).toEqual(['Content-Security-Policy is set by both "/*" and "/x/*" (e.g. for /x/y)']);
  });

  it('counts rules and long lines against the limits', () => {
    const many = Array.from({ length: 101 }, (_, i) => `/p${i}/*\n  X-A: 1`).join('\n');
    expect(checkLimits(many)).toEqual(['101 rules (at most 100)']);
    expect(checkLimits(`/*\n  X-A: ${'a'.repeat(2000)}`)).toEqual(['line 2 has 2007 characters (at most 2000)']);
  });
});
