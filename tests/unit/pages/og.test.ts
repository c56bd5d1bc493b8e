// Social cards: the path of each page's card, its alt text, the spec in the
// page head, the 1200×630 image and the text it draws, the manifest.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardAlt, CARD_META_NAME, ogCardPath, parseCardSpec } from '../../../src/og/spec.ts';
import { renderCard, SITE_NAME, wrap } from '../../../src/og/render.ts';
import { readCardSpec, writeSocialCards, type CardManifest } from '../../../src/og/integration.ts';
import { cardFigure } from '../../../src/models/card-figure.ts';
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
  const figure = cardFigure('Lukashenka’s share', resolveFigure(index, '2025.final.lukashenka.share'));

  it('takes the key figure as the page shows it, with its stage and date', () => {
    expect(figure).toEqual({ label: 'Lukashenka’s share', value: '86.82%', key: '2025.final.lukashenka.share', stage: 'final', note: 'final, 3 February 2025' });
    expect(cardFigure('Turnout', resolveFigure(index, '2025.turnout.brest.close'), { electionNight: true }).note).toBe('CEC election-night figure, 26 January 2025');
    expect(cardFigure('Day 2', resolveFigure(index, '2025.turnout.brest.early-2')).value).toBe('no official figure found');
  });

  it('writes the alt text from the title and the figure', () => {
    expect(cardAlt({ title: '2025 national results', figure }, SITE_NAME)).toBe(`2025 national results (${SITE_NAME}). Lukashenka’s share: 86.82% (final, 3 February 2025).`);
    expect(cardAlt({ title: SITE_NAME }, SITE_NAME)).toBe(`${SITE_NAME}.`);
  });

  it('reads the spec back from a page head, entities and all', () => {
    const json = JSON.stringify({ path: '/x/', title: 'A “quoted” & <odd> title', figure });
    const esc = json.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = `<head><meta name="description" content="x"><meta name="${CARD_META_NAME}" content="${esc}"></head>`;
    expect(readCardSpec(html, 'x.html')).toEqual({ path: '/x/', title: 'A “quoted” & <odd> title', figure });
    expect(readCardSpec('<head><meta name="description" content="x"></head>', 'x.html')).toBeUndefined();
  });

  it('refuses a malformed spec with the file named', () => {
    expect(() => parseCardSpec('{', 'a.html')).toThrow('a.html: the social-card meta is not JSON');
    expect(() => parseCardSpec('{"path":"/"}', 'a.html')).toThrow('needs a "path" and a "title"');
    expect(() => parseCardSpec('{"path":"/","title":"T","figure":{"label":"x"}}', 'a.html')).toThrow('needs a "label" and a "value"');
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 PNG with the site name, the title, the figure and its stage', () => {
    const { png, texts } = renderCard({ path: '/results/2025/', title: '2025 national results', figure: { label: 'Lukashenka’s share', value: '86.82%', stage: 'final', note: 'final, 3 February 2025' } });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(texts.slice(0, 5)).toEqual([SITE_NAME, '2025 national results', 'Lukashenka’s share', 'final, 3 February 2025', '86.82%']);
  });

  it('wraps a long title over lines and never repeats the site name on the home card', () => {
    const long = 'Cumulative turnout by region through early voting and election day, with the 2020 figures for comparison and a great deal more';
    const { texts } = renderCard({ path: '/', title: SITE_NAME });
    expect(texts.filter((t) => t.includes('Belarus 2025')).length).toBe(1);
    const r = renderCard({ path: '/x/', title: long });
    const titleLines = r.texts.slice(1, -1);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ').replace(' …', '')).toBe(long.slice(0, titleLines.join(' ').replace(' …', '').length));
  });

  it('is deterministic: the same spec gives the same bytes', () => {
    const spec = { path: '/', title: 'Same' };
    expect(renderCard(spec).png.equals(renderCard(spec).png)).toBe(true);
  });

  it('wraps words greedily to a width', () => {
    const ctx = { measureText: (s: string) => ({ width: s.length * 10 }) } as never;
    expect(wrap(ctx, 'aa bb cc dd', 50)).toEqual(['aa bb', 'cc dd']);
  });
});

describe('writeSocialCards', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'og-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (rel: string, spec: object | null) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    const meta = spec ? `<meta name="social-card" content="${JSON.stringify(spec).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">` : '';
    writeFileSync(path.join(dir, rel), `<!doctype html><html><head>${meta}</head><body></body></html>`);
  };

  it('draws a card for each page that asks for one and writes the manifest with the text drawn', async () => {
    page('index.html', { path: '/', title: SITE_NAME, figure: { label: 'Share', value: '86.82%', stage: 'final' } });
    page('results/2025/index.html', { path: '/results/2025/', title: 'Results' });
    page('embed/x/index.html', null);
    const manifest = await writeSocialCards(dir);
    expect(manifest.cards.map((c) => [c.path, c.image, c.stage])).toEqual([['/', '/og/index.png', 'final'], ['/results/2025/', '/og/results/2025.png', null]]);
    expect(pngSize(readFileSync(path.join(dir, 'og/results/2025.png')))).toEqual({ width: 1200, height: 630 });
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'og/manifest.json'), 'utf8')) as CardManifest;
    expect(onDisk.cards[0]!.texts).toContain('86.82%');
  });

  it('refuses two pages that claim the same route', async () => {
    page('copy/index.html', { path: '/', title: 'Again' });
    await expect(writeSocialCards(dir)).rejects.toThrow('both claim the page /');
  });
});
