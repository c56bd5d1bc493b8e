import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  absoluteUrl,
  createUrlHelpers,
  currentUrlConfig,
  href,
  normaliseBase,
  normaliseOrigin,
} from '../../src/lib/url.ts';

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['belarus-2025', '/belarus-2025/'],
    ['/belarus-2025', '/belarus-2025/'],
    ['belarus-2025/', '/belarus-2025/'],
    ['//belarus-2025//', '/belarus-2025/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });
});

describe('normaliseOrigin', () => {
  it('drops a trailing slash and any path', () => {
    expect(normaliseOrigin('https://example.org/')).toBe('https://example.org');
    expect(normaliseOrigin('https://example.org')).toBe('https://example.org');
    expect(normaliseOrigin('https://user.github.io/belarus-2025/')).toBe('https://user.github.io');
    expect(normaliseOrigin('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321');
  });
  it('defaults to localhost when empty', () => {
    expect(normaliseOrigin('')).toBe('http://localhost:4321');
    expect(normaliseOrigin(undefined)).toBe('http://localhost:4321');
  });
  it('names the variable when the value is not a URL', () => {
    expect(() => normaliseOrigin('example.org')).toThrow(/SITE_URL/);
    expect(() => normaliseOrigin('ftp://example.org')).toThrow(/http or https/);
  });
});

// Every case runs under both bases and both spellings of the site.
const BASES = [
  { base: '/', prefix: '/' },
  { base: '/belarus-2025/', prefix: '/belarus-2025/' },
  { base: 'belarus-2025', prefix: '/belarus-2025/' },
] as const;
const SITES = ['https://example.org', 'https://example.org/'] as const;

describe.each(BASES)('href with base $base', ({ base, prefix }) => {
  const { href: h } = createUrlHelpers({ base, site: 'https://example.org' });

  it.each([
    ['/', ''],
    ['', ''],
    ['/results/2025/', 'results/2025/'],
    ['/results/2025', 'results/2025/'],
    ['results/2025', 'results/2025/'],
    ['/results/2025/regions/minsk-city/', 'results/2025/regions/minsk-city/'],
    ['/charts//vote-share-2025', 'charts/vote-share-2025/'],
  ])('page route %j gets the base and a trailing slash', (path, rest) => {
    expect(h(path)).toBe(prefix + rest);
  });

  it.each([
    ['/data/results-2025.csv', 'data/results-2025.csv'],
    ['/rss.xml', 'rss.xml'],
    ['/favicon.svg', 'favicon.svg'],
    ['/theme.js', 'theme.js'],
    ['data/schema/results.schema.json', 'data/schema/results.schema.json'],
  ])('file %j keeps no trailing slash', (path, rest) => {
    expect(h(path)).toBe(prefix + rest);
  });

  it('keeps anchors and queries, after the trailing slash', () => {
    expect(h('/sources/#24news_uk_sanctions')).toBe(`${prefix}sources/#24news_uk_sanctions`);
    expect(h('/sources#menafn_joint_0127')).toBe(`${prefix}sources/#menafn_joint_0127`);
    expect(h('/charts/?sort=date')).toBe(`${prefix}charts/?sort=date`);
    expect(h('/charts?sort=date#top')).toBe(`${prefix}charts/?sort=date#top`);
    expect(h('/data/x.csv?v=2')).toBe(`${prefix}data/x.csv?v=2`);
    expect(h('/#key-figures')).toBe(`${prefix}#key-figures`);
  });

  it('leaves same-page anchors, queries and external URLs alone', () => {
    expect(h('#main')).toBe('#main');
    expect(h('?q=turnout')).toBe('?q=turnout');
    expect(h('https://rec.gov.by/')).toBe('https://rec.gov.by/');
    expect(h('http://example.com/a')).toBe('http://example.com/a');
    expect(h('mailto:editor@example.org')).toBe('mailto:editor@example.org');
    expect(h('//cdn.example.org/x.js')).toBe('//cdn.example.org/x.js');
  });

  it('is idempotent on its own trailing slash', () => {
    expect(h(h('/history').slice(prefix.length - 1))).toBe(h('/history'));
  });
});

describe.each(BASES.flatMap((b) => SITES.map((site) => ({ ...b, site }))))(
  'absoluteUrl with base $base and site $site',
  ({ base, prefix, site }) => {
    const { absoluteUrl: abs, origin } = createUrlHelpers({ base, site });

    it('has no trailing slash on the origin', () => {
      expect(origin).toBe('https://example.org');
    });

    it('joins origin, base and path with single slashes', () => {
      expect(abs('/')).toBe(`https://example.org${prefix}`);
      expect(abs('/charts/vote-share-2025/')).toBe(`https://example.org${prefix}charts/vote-share-2025/`);
      expect(abs('charts/vote-share-2025')).toBe(`https://example.org${prefix}charts/vote-share-2025/`);
      expect(abs('/og/home.png')).toBe(`https://example.org${prefix}og/home.png`);
      expect(abs('/rss.xml')).toBe(`https://example.org${prefix}rss.xml`);
      expect(abs('/sources/#24news_uk_sanctions')).toBe(`https://example.org${prefix}sources/#24news_uk_sanctions`);
      expect(abs('#x')).toBe(`https://example.org${prefix}#x`);
    });

    it('never doubles a slash after the scheme', () => {
      expect(abs('/a/b/').replace('https://', '')).not.toMatch(/\/\//);
    });

    it('leaves absolute URLs alone and gives protocol-relative ones our scheme', () => {
      expect(abs('https://belta.by/x')).toBe('https://belta.by/x');
      expect(abs('//cdn.example.org/x.js')).toBe('https://cdn.example.org/x.js');
    });
  },
);

describe('module-level href/absoluteUrl read the environment on each call', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses import.meta.env.BASE_URL and SITE when Vite provides them', () => {
    vi.stubEnv('BASE_URL', '/belarus-2025/');
    vi.stubEnv('SITE', 'https://example.org/');
    expect(currentUrlConfig()).toEqual({ base: '/belarus-2025/', site: 'https://example.org/' });
    expect(href('/results/2025')).toBe('/belarus-2025/results/2025/');
    expect(absoluteUrl('/results/2025/')).toBe('https://example.org/belarus-2025/results/2025/');
  });

  it('falls back to SITE_URL when import.meta.env has no SITE', () => {
    vi.stubEnv('BASE_URL', '/');
    vi.stubEnv('SITE', '');
    vi.stubEnv('SITE_URL', 'https://fallback.example/');
    expect(absoluteUrl('/about/')).toBe('https://fallback.example/about/');
  });
});

// Each test spawns Node (fast idle, seconds on a loaded machine).
describe('under plain Node (no import.meta.env)', { timeout: 60_000 }, () => {
  const urlModule = fileURLToPath(new URL('../../src/lib/url.ts', import.meta.url));
  const run = (env: Record<string, string>) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(urlModule)});
         console.log(JSON.stringify([m.href('/results/2025'), m.href('/data/x.csv'), m.absoluteUrl('/charts/')]));`,
      ],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
    ).trim();

  it('reads BASE_PATH and SITE_URL from process.env', () => {
    expect(JSON.parse(run({ BASE_PATH: 'belarus-2025', SITE_URL: 'https://example.org/' }))).toEqual([
      '/belarus-2025/results/2025/',
      '/belarus-2025/data/x.csv',
      'https://example.org/belarus-2025/charts/',
    ]);
  });

  it('defaults to / and http://localhost:4321', () => {
    expect(JSON.parse(run({}))).toEqual(['/results/2025/', '/data/x.csv', 'http://localhost:4321/charts/']);
  });
});
