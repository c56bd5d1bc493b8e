// The drawings set their text in DejaVu Sans (src/charts/render/fonts.ts).
// Belarusian and Russian text needs ў, і, the apostrophe U+2019, № and the
// no-break space of "86,82 %": this reads the font's own character map and
// widths, and checks the canvas draws each character of a sample with the
// font's glyph (its advance width), not a fallback font's or a missing-glyph box.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { registerChartFonts } from '../../../src/charts/render/fonts.ts';
import { FONT_FAMILY } from '../../../src/charts/theme.ts';

const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

interface FontTables { glyphOf(cp: number): number; advance(glyph: number): number; unitsPerEm: number }

/** The TrueType tables needed: the Unicode cmap (format 4, the BMP), hhea, hmtx and head. */
function readFont(file: string): FontTables {
  const b = readFileSync(file);
  const tables = new Map<string, number>();
  const count = b.readUInt16BE(4);
  for (let i = 0; i < count; i++) tables.set(b.toString('latin1', 12 + i * 16, 16 + i * 16), b.readUInt32BE(20 + i * 16));
  const at = (tag: string) => {
    const o = tables.get(tag);
    if (o === undefined) throw new Error(`${file}: no ${tag} table`);
    return o;
  };
  const cmap = at('cmap');
  let sub = -1;
  for (let i = 0; i < b.readUInt16BE(cmap + 2); i++) {
    const platform = b.readUInt16BE(cmap + 4 + i * 8);
    const encoding = b.readUInt16BE(cmap + 6 + i * 8);
    const off = cmap + b.readUInt32BE(cmap + 8 + i * 8);
    if (platform === 3 && encoding === 1 && b.readUInt16BE(off) === 4) sub = off;
  }
  if (sub < 0) throw new Error(`${file}: no Windows Unicode BMP cmap (format 4)`);
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  const glyphOf = (cp: number) => {
    for (let i = 0; i < segs; i++) {
      if (cp > b.readUInt16BE(ends + i * 2)) continue;
      const start = b.readUInt16BE(starts + i * 2);
      if (cp < start) return 0;
      const delta = b.readInt16BE(deltas + i * 2);
      const range = b.readUInt16BE(ranges + i * 2);
      if (!range) return (cp + delta) & 0xffff;
      const g = b.readUInt16BE(ranges + i * 2 + range + (cp - start) * 2);
      return g ? (g + delta) & 0xffff : 0;
    }
    return 0;
  };
  const metrics = b.readUInt16BE(at('hhea') + 34);
  const hmtx = at('hmtx');
  const advance = (g: number) => b.readUInt16BE(hmtx + Math.min(g, metrics - 1) * 4);
  return { glyphOf, advance, unitsPerEm: b.readUInt16BE(at('head') + 18) };
}

const SAMPLE = 'Яўка ў Гомельскай вобласці — 86,82\u00a0%; сям’я, № 5, «Супраць усіх»: 5\u00a0136\u00a0293';

describe('the chart font and Belarusian text', () => {
  for (const [weight, file] of [[400, 'DejaVuSans.ttf'], [700, 'DejaVuSans-Bold.ttf']] as const) {
    it(`DejaVu Sans ${weight === 700 ? 'Bold' : 'regular'} has a glyph for every character of the sample, and the canvas draws it with that glyph`, () => {
      const font = readFont(join(dir, file));
      const chars = [...new Set(SAMPLE)];
      for (const ch of ['ў', 'і', '\u2019', '№', '\u00a0']) expect(chars).toContain(ch);
      const missing = chars.filter((ch) => font.glyphOf(ch.codePointAt(0)!) === 0);
      expect(missing.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
      // A character the font lacks, to show the comparison can fail: U+0800 (Samaritan) is not in DejaVu Sans.
      expect(font.glyphOf(0x0800)).toBe(0);

      registerChartFonts();
      const size = 100;
      const c = createCanvas(8, 8).getContext('2d');
      c.font = `${weight === 700 ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;
      for (const ch of chars) {
        const expected = (font.advance(font.glyphOf(ch.codePointAt(0)!)) * size) / font.unitsPerEm;
        expect(c.measureText(ch).width, `width of ${JSON.stringify(ch)}`).toBeCloseTo(expected, 1);
      }
      // The sample as a whole is drawn: ink on the canvas.
      const canvas = createCanvas(1800, 60);
      const ctx = canvas.getContext('2d');
      ctx.font = `${weight === 700 ? 'bold ' : ''}24px "${FONT_FAMILY}"`;
      ctx.fillStyle = '#000';
      ctx.fillText(SAMPLE, 4, 40);
      const pixels = ctx.getImageData(0, 0, 1800, 60).data;
      let ink = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) ink++;
      expect(ink).toBeGreaterThan(1000);
    });
  }
});
