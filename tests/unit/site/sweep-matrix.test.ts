// The declared sweep matrix of the browser tests (tests/e2e/harness/matrix.ts)
// on made-up sitemaps: which loads a page gets, what a page type is, and how
// the matrix grows with pages and editions.
import { describe, expect, it } from 'vitest';
import { EDITIONS, builtExtras, casesPerEdition, coverMarkers, editionOf, onePerType, pageTypes, sweepMatrix, type Edition } from '../../e2e/harness/matrix.ts';

const EN: Edition = { lang: 'en', prefix: '/', full: true };
const BE: Edition = { lang: 'be', prefix: '/be/', full: false };
const RU: Edition = { lang: 'ru', prefix: '/ru/', full: false };

const SITE = ['/', '/about/', '/charts/', '/charts/a/', '/charts/b/', '/articles/x/', '/articles/y/', '/results/2025/', '/results/2025/regions/', '/results/2025/regions/brest/', '/results/2025/regions/minsk/', '/embed/a/', '/embed/b/', '/404.html'];
const edition = (prefix: string) => SITE.map((p) => (p === '/' ? prefix : `${prefix}${p.slice(1)}`));

describe('page types', () => {
  it('groups pages that share a parent folder, and gives any other page a type of its own', () => {
    const types = pageTypes(SITE, [EN]);
    expect(types.get('/charts/a/')).toBe('/charts/*');
    expect(types.get('/charts/b/')).toBe('/charts/*');
    expect(types.get('/charts/')).toBe('/charts/');
    expect(types.get('/results/2025/regions/brest/')).toBe('/results/2025/regions/*');
    expect(types.get('/results/2025/')).toBe('/results/2025/');
    expect(types.get('/about/')).toBe('/about/');
    expect(types.get('/404.html')).toBe('/404.html');
    expect(types.get('/')).toBe('/');
  });

  it('takes one page of each type, the first in sitemap order', () => {
    expect(onePerType(SITE, [EN])).toEqual(['/', '/about/', '/charts/', '/charts/a/', '/articles/x/', '/results/2025/', '/results/2025/regions/', '/results/2025/regions/brest/', '/embed/a/', '/404.html']);
  });

  it('reads the type within an edition: /be/charts/a/ is a chart page of the Belarusian edition', () => {
    const all = [...SITE, ...edition('/be/')];
    expect(editionOf('/be/charts/a/', [EN, BE])).toBe(BE);
    expect(editionOf('/charts/a/', [EN, BE])).toBe(EN);
    expect(pageTypes(all, [EN, BE]).get('/be/charts/a/')).toBe('/charts/*');
    expect(pageTypes(all, [EN, BE]).get('/be/')).toBe('/');
  });
});

describe('the matrix', () => {
  it('sweeps every page light at 1,280 and dark at 320, and one page of each type at 375, in the full edition', () => {
    const m = sweepMatrix(SITE, [EN]);
    for (const p of SITE) {
      expect(m.filter((c) => c.page === p && c.width === 1280 && c.theme === 'light'), p).toHaveLength(1);
      expect(m.filter((c) => c.page === p && c.width === 320 && c.theme === 'dark'), p).toHaveLength(1);
    }
    expect(m.filter((c) => c.width === 375).map((c) => c.page)).toEqual(onePerType(SITE, [EN]));
    expect(m).toHaveLength(2 * SITE.length + onePerType(SITE, [EN]).length);
  });

  it('sweeps each page of a further edition once (light, 1,280) plus one page of each type dark at 320', () => {
    const all = [...SITE, ...edition('/be/'), ...edition('/ru/')];
    const m = sweepMatrix(all, [EN, BE, RU]);
    const be = m.filter((c) => c.page.startsWith('/be/'));
    expect(be.filter((c) => c.width === 1280)).toHaveLength(SITE.length);
    expect(be.filter((c) => c.width === 320 && c.theme === 'dark').map((c) => c.page)).toEqual(onePerType(edition('/be/'), [EN, BE]));
    expect(be.filter((c) => c.width === 375)).toEqual([]);
    // Growth: a page of a further edition costs one load; a type, one more.
    const types = onePerType(SITE, [EN]).length;
    expect(m).toHaveLength(2 * SITE.length + types + 2 * (SITE.length + types));
  });

  it('refuses a page in no edition', () => {
    expect(() => editionOf('/x/', [BE])).toThrow(/in no edition/);
  });
});

describe('the editions, from what is built', () => {
  it('are the site’s locales, English first and full, the others reduced', () => {
    expect(EDITIONS.map((e) => [e.lang, e.prefix, e.full])).toEqual([
      ['en', '/', true],
      ['be', '/be/', false],
      ['ru', '/ru/', false],
    ]);
  });

  it('find every edition’s embeds and 404 page in the build’s files', () => {
    const files = ['index.html', 'embed/a/index.html', 'embed/a/x.json', 'be/embed/a/index.html', 'ru/embed/b/index.html', '404.html', 'be/404.html', 'be/embed.js', 'charts/embed/index.html'];
    expect(builtExtras(files, [EN, BE, RU])).toEqual(['/embed/a/', '/be/embed/a/', '/ru/embed/b/', '/404.html', '/be/404.html']);
  });

  it('run each behaviour case in English, and the first case each further edition has built', () => {
    const built = new Set(['/charts/a/', '/charts/b/', '/be/charts/b/', '/ru/charts/a/', '/ru/charts/b/']);
    const cases = casesPerEdition(['a', 'b'], (id) => `/charts/${id}/`, built, [EN, BE, RU]);
    expect(cases.map((c) => [c.lang, c.path, c.case])).toEqual([
      ['en', '/charts/a/', 'a'],
      ['en', '/charts/b/', 'b'],
      ['be', '/be/charts/b/', 'b'],
      ['ru', '/ru/charts/a/', 'a'],
    ]);
    expect(casesPerEdition(['a'], (id) => `/charts/${id}/`, new Set(['/charts/a/']), [EN, BE, RU]).map((c) => c.path)).toEqual(['/charts/a/']);
  });
});

describe('the poisoned build’s pages (coverMarkers)', () => {
  const markers = new Map<string, Set<string>>([
    ['/charts/a/', new Set(['m1', 'm2'])],
    ['/charts/b/', new Set(['m1'])],
    ['/charts/c/', new Set(['m3'])],
    ['/about/', new Set(['m1'])],
    ['/sources/', new Set(['m2', 'm4'])],
  ]);
  const paths = [...markers.keys()];

  it('shows every field on every type of page that shows it, with as few pages as it takes', () => {
    const chosen = coverMarkers(paths, markers);
    // /charts/b/ shows only m1, already on /charts/a/, a page of the same type: not loaded.
    expect(chosen.sort()).toEqual(['/about/', '/charts/a/', '/charts/c/', '/sources/']);
    const types = pageTypes(paths);
    const pairs = (ps: readonly string[]) => new Set(ps.flatMap((p) => [...markers.get(p)!].map((m) => `${types.get(p)} ${m}`)));
    expect(pairs(chosen)).toEqual(pairs(paths));
  });

  it('loads the pages asked for first, even when another page would show the same', () => {
    expect(coverMarkers(paths, markers, ['/charts/b/'])).toContain('/charts/b/');
  });
});

