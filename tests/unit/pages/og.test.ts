// Social cards: the path of each page's card, its alt text, the list of
// every page's card from the page models, the 1200×630 image and the text it draws.
import { describe, expect, it } from 'vitest';
import { cardAlt, ogCardPath } from '../../../src/og/spec.ts';
import { renderCard, wrap } from '../../../src/og/render.ts';
import { SITE_NAME } from '../../../src/site.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import { cardFigure } from '../../../src/models/card-figure.ts';
import { siteCards } from '../../../src/models/cards.ts';
import { ROUTES } from '../../../src/models/routes.ts';
import { pngSize } from '../../../tools/dist-files.ts';
import { realData } from './fixtures.ts';
import { resolveFigure } from '../../../src/data/figures/resolve.ts';

describe('ogCardPath', () => {
  it('maps a route to a PNG under /og/', () => {
    expect(ogCardPath('/')).toBe('/og/index.png');
    expect(ogCardPath('/results/2025/')).toBe('/og/results/2025.png');
    expect(ogCardPath('/results/2025/regions/minsk-city/')).toBe('/og/results/2025/regions/minsk-city.png');
    expect(ogCardPath('/404/')).toBe('/og/404.png');
  });
  it('refuses a path that is not a route', () => {
    expect(() => ogCardPath('results/')).toThrow('starting with "/"');
    expect(() => ogCardPath('/a/../b/')).toThrow('no dot segments');
  });
});

describe('card spec', () => {
  const { index } = realData();
  const figure = cardFigure('en', 'Lukashenka’s share', resolveFigure(index, '2025.final.lukashenka.share'));

  it('takes the key figure as the page shows it, with its stage and date', () => {
    expect(figure).toEqual({ label: 'Lukashenka’s share', value: '86.82%', key: '2025.final.lukashenka.share', stage: 'final', note: 'final, 3 February 2025' });
    expect(cardFigure('en', 'Turnout', resolveFigure(index, '2025.turnout.brest.close'), { electionNight: true }).note).toBe('CEC election-night figure, 26 January 2025');
    expect(cardFigure('en', 'Day 2', resolveFigure(index, '2025.turnout.brest.early-2')).value).toBe('no official figure found');
  });

  it('writes the alt text from the title and the figure', () => {
    expect(cardAlt({ title: '2025 national results', figure }, SITE_NAME)).toBe(`2025 national results (${SITE_NAME}). Lukashenka’s share: 86.82% (final, 3 February 2025).`);
    expect(cardAlt({ title: SITE_NAME }, SITE_NAME)).toBe(`${SITE_NAME}.`);
  });
});

describe('siteCards', () => {
  const data = realData();
  // Two English articles, one of them also in Belarusian: each article has a card in each edition it is written in.
  const cards = siteCards(data, [{ slug: 'b-article', title: 'B?' }, { slug: 'a-article', title: 'A?' }, { slug: 'a-article', title: 'А?', locale: 'be' }]);
  const byPath = new Map(cards.map((c) => [c.path, c]));

  it('gives every page but the chart pages one card, titled as the page is, in route order', () => {
    for (const route of Object.values(ROUTES)) expect(byPath.get(route.path)?.title, route.path).toBe(route.title);
    for (const r of data.ds.regions) expect(byPath.has(`/results/2025/regions/${r.id}/`), r.id).toBe(true);
    expect(byPath.get('/articles/a-article/')).toEqual({ locale: 'en', path: '/articles/a-article/', title: 'A?', figure: undefined });
    expect(byPath.get('/be/articles/a-article/')).toEqual({ locale: 'be', path: '/be/articles/a-article/', title: 'А?', figure: undefined });
    expect(byPath.has('/ru/articles/a-article/')).toBe(false);
    // In each edition, the pages PAGE_EDITIONS lists for it.
    const perEdition = (l: 'en' | 'be' | 'ru') => Object.entries(PAGE_EDITIONS).filter(([name, ls]) => (ls as readonly string[]).includes(l) && name in ROUTES).length
      + ((PAGE_EDITIONS.region as readonly string[]).includes(l) ? data.ds.regions.length : 0) + ({ en: 2, be: 1, ru: 0 })[l];
    expect(cards.length).toBe(perEdition('en') + perEdition('be') + perEdition('ru'));
    expect(cards.filter((c) => c.locale === 'en').length).toBe(Object.keys(ROUTES).length + data.ds.regions.length + 2);
    expect(cards.map((c) => c.path)).toEqual([...cards.map((c) => c.path)].sort((x, y) => x.localeCompare(y)));
    expect(cards.some((c) => c.path.startsWith('/charts/') && c.path !== '/charts/')).toBe(false);
  });

  it('shows each page’s key figure from its model', () => {
    expect(byPath.get('/')!.figure).toMatchObject({ value: '86.82%', key: '2025.final.lukashenka.share', stage: 'final' });
    expect(byPath.get('/results/2025/')!.figure).toMatchObject({ label: expect.stringMatching(/’s share$/), value: '86.82%' });
    expect(byPath.get('/results/2025/regions/')!.figure!.label).toBe('Turnout at the close of polls, nationally');
    expect(byPath.get('/sources/')!.figure).toEqual({ label: 'Sources cited', value: String(data.ds.sources.length) });
    // Each edition's card in its own words and formats.
    const be = cardFigure('be', 'Доля', resolveFigure(data.index, '2025.final.lukashenka.share'));
    expect(be).toMatchObject({ value: '86,82\u00a0%', note: 'канчатковыя, 3 лютага 2025 г.' });
    expect(byPath.get('/timeline/')!.figure).toBeUndefined();
  });

  it('refuses two cards for one page', () => {
    expect(() => siteCards(data, [{ slug: 'x', title: 'X?' }, { slug: 'x', title: 'Again?' }])).toThrow('two cards for /articles/x/');
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 PNG with the site name, the title, the figure and its stage', () => {
    const { png, texts } = renderCard({ locale: 'en', path: '/results/2025/', title: '2025 national results', figure: { label: 'Lukashenka’s share', value: '86.82%', stage: 'final', note: 'final, 3 February 2025' } });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(texts.slice(0, 5)).toEqual([SITE_NAME, '2025 national results', 'Lukashenka’s share', 'final, 3 February 2025', '86.82%']);
  });

  it('wraps a long title over lines and never repeats the site name on the home card', () => {
    const long = 'Cumulative turnout by region through early voting and election day, with the 2020 figures for comparison and a great deal more';
    const { texts } = renderCard({ locale: 'en', path: '/', title: SITE_NAME });
    expect(texts.filter((t) => t.includes('Belarus 2025')).length).toBe(1);
    const r = renderCard({ locale: 'en', path: '/x/', title: long });
    const titleLines = r.texts.slice(1, -1);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ').replace(' …', '')).toBe(long.slice(0, titleLines.join(' ').replace(' …', '').length));
  });

  it('is deterministic: the same spec gives the same bytes', () => {
    const spec = { locale: 'en' as const, path: '/', title: 'Same' };
    expect(renderCard(spec).png.equals(renderCard(spec).png)).toBe(true);
  });

  it('wraps words greedily to a width', () => {
    const ctx = { measureText: (s: string) => ({ width: s.length * 10 }) } as never;
    expect(wrap(ctx, 'aa bb cc dd', 50)).toEqual(['aa bb', 'cc dd']);
  });
});
