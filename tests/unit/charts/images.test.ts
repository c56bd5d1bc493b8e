/**
 * Build-time images: each chart's nine files are drawn, the manifest records
 * the text each drew, the values on a chart are the published ones, a gap is
 * written as such, and the page's SVGs stay small. Also the host script's
 * byte budget and the embed's height estimate.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { QUALIFIER_TEXT } from '../../../src/data/figures/resolve.ts';
import { chartImageInfos, compactSvg, renderChartImage } from '../../../src/charts/images.ts';
import { chartManifest } from '../../../src/charts/files.ts';
import { figureText } from '../../../src/charts/figure-text.ts';
import { countLines, embedContentHeight, embedSnippetHeight } from '../../../src/charts/embed-size.ts';
import { FONT_STACK } from '../../../src/charts/theme.ts';
import { GAP_TEXT } from '../../../src/lib/format.ts';
import { load } from './helpers.ts';

const { specs, spec, sources } = load();
const manifest = chartManifest(specs);

describe('the manifest', () => {
  it('lists nine images per chart, each with the text it drew and the stage of its data', () => {
    expect(manifest.charts.map((c) => c.id)).toEqual(specs.map((s) => s.id));
    for (const c of manifest.charts) {
      expect(c.images.map((i) => i.file).sort()).toEqual(chartImageInfos(spec(c.id)).map((i) => i.file).sort());
      // Bar and line charts: 4 display SVGs, 4 downloads, the social card. Maps are drawn inline: no display images.
      expect(c.images.length).toBe(spec(c.id).type === 'map' ? 5 : 9);
      for (const image of c.images) {
        expect(image.texts.length, `${c.id}/${image.file}`).toBeGreaterThan(5);
        expect(image.stageText).toBe(spec(c.id).stageText);
        expect(image.path).toBe(`/charts/${c.id}/${image.file}`);
      }
    }
  });

  const withoutQualifier = (text: string) => text.replace(new RegExp(`^(${Object.values(QUALIFIER_TEXT).join('|')}) `), '');

  it('every value label drawn on a chart is a published figure of that chart, and every value is drawn (or named at its line end)', () => {
    for (const c of manifest.charts) {
      const s = spec(c.id);
      // The number as drawn: a source's qualifier ("about 61.7%") stands before it.
      const values = new Set(s.table.rows.flatMap((r) => r.cells.filter((x) => x.value !== null).map((x) => withoutQualifier(x.text))));
      for (const image of c.images.filter((i) => i.role === 'display')) {
        const drawn = image.texts.join('\n').match(/\d+(?:\.\d+)?%(?!\S)/g) ?? [];
        const ticks = /^\d+%$/;
        for (const t of drawn.filter((x) => !ticks.test(x) || values.has(x))) expect(values.has(t), `${c.id}/${image.file}: ${t}`).toBe(true);
        if (s.derivation.series.length === 1 || s.type === 'bar') {
          for (const v of values) expect(image.texts.join('\n'), `${c.id}/${image.file} lacks ${v}`).toContain(v);
        }
      }
    }
  });

  it('a chart with a gap writes "no official figure found" on the image', () => {
    const c = manifest.charts.find((x) => x.id === 'early-voting-by-region-2025')!;
    for (const image of c.images) expect(image.texts, image.file).toContain(GAP_TEXT);
  });

  it('downloads carry the title and the credit; the page images do not repeat the title', () => {
    for (const c of manifest.charts) {
      for (const image of c.images) {
        const hasTitle = image.texts.join(' ').includes(c.title);
        expect(hasTitle, `${c.id}/${image.file}`).toBe(image.role !== 'display');
        if (image.role !== 'display') expect(image.texts.some((t) => t.includes('CC BY 4.0'))).toBe(true);
      }
    }
  });
});

describe('the files', () => {
  it('PNG downloads are PNGs of the stated pixel size; the social card is 1200 × 630', () => {
    const s = spec('vote-share-2025');
    for (const info of chartImageInfos(s).filter((i) => i.format === 'png')) {
      const data = renderChartImage(s, info.file).data as Buffer;
      expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([data.readUInt32BE(16), data.readUInt32BE(20)]).toEqual([info.pixelWidth, info.pixelHeight]);
    }
    const og = chartImageInfos(s).find((i) => i.role === 'og')!;
    expect([og.pixelWidth, og.pixelHeight]).toEqual([1200, 630]);
  });

  it('page SVGs set their text in the embed font and stay under 4 KB gzipped', () => {
    for (const s of specs) {
      for (const info of chartImageInfos(s).filter((i) => i.role === 'display')) {
        const svg = renderChartImage(s, info.file).data as string;
        expect(svg).toMatch(new RegExp(`<svg[^>]*viewBox="0 0 ${info.width} ${info.height}"`));
        expect(svg).toContain(`font-family="${FONT_STACK.replaceAll('"', "'")}"`);
        expect(gzipSync(svg, { level: 9 }).length, `${s.id}/${info.file}`).toBeLessThan(4096);
      }
    }
  });

  it('download SVGs draw text as outlines, the same on any machine', () => {
    const svg = renderChartImage(spec('turnout-history'), 'turnout-history-light.svg').data as string;
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<title>');
  });

  it('compactSvg rounds coordinates and leaves text alone', () => {
    const svg = '<svg><title>86.825% of 1.234567</title><path d="M1.23456 2.5L3.999 -0.04"/><text x="1.26, 2.94" y="3">9.876</text></svg>';
    expect(compactSvg(svg, 1)).toBe('<svg><title>86.825% of 1.234567</title><path d="M1.2 2.5L4 0"/><text x="1.3, 2.9" y="3">9.876</text></svg>');
  });
});

describe('the host script', () => {
  it('is at most 2,048 bytes minified', async () => {
    const source = readFileSync('src/charts/client/embed-host.js', 'utf8');
    const { code } = await transform(source, { minify: true, target: 'es2017', loader: 'js', legalComments: 'none' });
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(2048);
    // Minifying keeps the checks that make it safe: the origin and the frame a message comes from.
    expect(code).toMatch(/\.origin[!=]==/);
    expect(code).toMatch(/\.contentWindow[!=]==\w+\.source/);
  });
});

describe('the embed snippet height', () => {
  it('counts lines by width, more lines when narrower', () => {
    const text = spec('early-voting-by-region-2025').summary;
    const style = { size: 13, weight: 400 };
    expect(countLines('Short', style, 600)).toBe(1);
    expect(countLines(text, style, 600)).toBeGreaterThan(2);
    expect(countLines(text, style, 300)).toBeGreaterThan(countLines(text, style, 600));
  });

  it('is the image at 616 px plus the text, rounded up with a little slack', () => {
    for (const s of specs) {
      const t = figureText(s, sources);
      const image = (616 * s.layouts.wide.size.height) / s.layouts.wide.size.width;
      const h = embedSnippetHeight(s, t);
      expect(h).toBeGreaterThan(image + 100);
      expect(h - embedContentHeight(s, t)).toBeGreaterThan(0);
      expect(h - embedContentHeight(s, t)).toBeLessThanOrEqual(5);
    }
  });
});
