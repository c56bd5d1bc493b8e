// Social cards in Belarusian and Russian, drawn as they will be once every
// page is in every edition (siteCards given every page in every edition): every
// character drawn has a glyph in DejaVu Sans regular and bold (ў, і, ’, №,
// the no-break space among them), the canvas measures them with DejaVu's own
// metrics (no fallback face), and titles wrap whole, never at a no-break space.
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/og/render.ts';
import { cardAlt } from '../../../src/og/spec.ts';
import { siteCards } from '../../../src/models/cards.ts';
import { routeIn } from '../../../src/models/routes.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { registerChartFonts } from '../../../src/charts/render/fonts.ts';
import { FONT_FAMILY } from '../../../src/charts/theme.ts';
import { pngSize } from '../../../tools/dist-files.ts';
import { realData } from './fixtures.ts';
import { PAGE_EDITIONS, type PageName } from '../../../src/i18n/page-editions.ts';
import { LOCALES, type Locale } from '../../../src/i18n/locales.ts';

/** Every page in every edition (the articles stay English), as it will be. */
const EVERY_EDITION: Record<PageName, readonly Locale[]> = { ...PAGE_EDITIONS };
for (const page of Object.keys(EVERY_EDITION) as PageName[]) if (page !== 'article') EVERY_EDITION[page] = LOCALES;

const dejaVu = (file: string) => new URL(`../../../node_modules/dejavu-fonts-ttf/ttf/${file}`, import.meta.url).pathname;

/** A TrueType font's glyph lookup (Windows Unicode BMP cmap, format 4) and advance widths, read without the canvas. */
function trueType(file: string): { glyph: (codePoint: number) => number; advance: (text: string, size: number) => number } {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
  const table = (tag: string) => tables.get(tag)!;
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1) sub = cmap + font.readUInt32BE(record + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error(`${file}: no format 4 cmap`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyph = (codePoint: number): number => {
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(ends + 2 * i)) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = font.readUInt16BE(deltas + 2 * i);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const id = font.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return id === 0 ? 0 : (id + delta) & 0xffff;
    }
    return 0;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const hMetrics = font.readUInt16BE(table('hhea') + 34);
  const advance = (text: string, size: number) => {
    let units = 0;
    for (const ch of text) units += font.readUInt16BE(table('hmtx') + 4 * Math.min(glyph(ch.codePointAt(0)!), hMetrics - 1));
    return (units / unitsPerEm) * size;
  };
  return { glyph, advance };
}

const FONTS = { regular: trueType(dejaVu('DejaVuSans.ttf')), bold: trueType(dejaVu('DejaVuSans-Bold.ttf')) };
const missing = (text: string) => [...new Set([...text].filter((ch) => FONTS.regular.glyph(ch.codePointAt(0)!) === 0 || FONTS.bold.glyph(ch.codePointAt(0)!) === 0))];
const SAMPLE = 'Ўсё і ’ № 86,82\u00a0% — «Яўка»';

describe('the card font', () => {
  it('has every character of a Belarusian and Russian sample, ў і ’ № and the no-break space included', () => {
    expect(missing(SAMPLE)).toEqual([]);
    expect(missing('\u0000')).toEqual(['\u0000']); // the check can fail
  });

  it.each([
    ['regular', '', FONTS.regular],
    ['bold', 'bold ', FONTS.bold],
  ])('is what the canvas measures the sample with (%s): DejaVu’s own widths, no fallback face', (_name, weight, font) => {
    registerChartFonts();
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `${weight}40px "${FONT_FAMILY}"`;
    expect(ctx.measureText(SAMPLE).width).toBeCloseTo(font.advance(SAMPLE, 40), 2);
  });
});

describe.each(['be', 'ru'] as const)('the %s cards', (locale) => {
  const cards = siteCards(realData(), [], EVERY_EDITION).filter((c) => c.locale === locale);
  const t = messages(locale);

  it('are one per page, at the edition’s paths, titled as the pages are', () => {
    expect(cards.length).toBeGreaterThan(15);
    for (const c of cards) expect(c.path.startsWith(`/${locale}/`), c.path).toBe(true);
    expect(cards.find((c) => c.path === `/${locale}/data/`)?.title).toBe(routeIn(locale, 'data').title);
    expect(cards.find((c) => c.path === `/${locale}/results/2025/`)?.figure?.value).toBe('86,82\u00a0%');
  });

  it('draw every string with glyphs DejaVu Sans has, inside the margins, the title whole over its lines, and the caveat in the language', () => {
    // Every string as the canvas draws it, measured in the font it is drawn in.
    type Ctx = { font: string; measureText(text: string): { width: number } };
    const proto = Object.getPrototypeOf(createCanvas(1, 1).getContext('2d')) as { fillText: (this: Ctx, text: string, x: number, y: number) => void };
    const original = proto.fillText;
    const drawn: { text: string; x: number; width: number; font: string }[] = [];
    proto.fillText = function (text, x, y) {
      drawn.push({ text, x, width: this.measureText(text).width, font: this.font });
      return original.call(this, text, x, y);
    };
    let results: ReturnType<typeof renderCard>[];
    try {
      results = cards.map((spec) => renderCard(spec));
    } finally {
      proto.fillText = original;
    }
    expect(drawn.length).toBeGreaterThan(cards.length * 3);
    for (const d of drawn) {
      expect(d.font, d.text).toContain(FONT_FAMILY);
      expect(d.x + d.width, `${d.text} (${d.font})`).toBeLessThanOrEqual(1200 - 80);
    }
    cards.forEach((spec, i) => {
      const { png, texts } = results[i]!;
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(missing(texts.join('')), spec.path).toEqual([]);
      expect(texts.join(' '), spec.path).not.toMatch(/[A-Za-z]{2,}/);
      expect(texts.at(-1)).toBe(t.cards.caveat);
      const head = spec.title === t.site.name ? 0 : 1;
      const titleLines = texts.slice(head, head + texts.length);
      const joined = titleLines.slice(0, titleLines.findIndex((_, i) => titleLines.slice(0, i + 1).join(' ') === spec.title) + 1).join(' ');
      expect(joined, `${spec.path}: the title drawn whole`).toBe(spec.title);
      expect(cardAlt(spec, t.site.name)).toContain(spec.title);
    });
  });

  it('wrap a long title at spaces, keeping a figure and its no-break space on one line', () => {
    const title = `${routeIn(locale, 'regions').title}: ${t.cards.turnoutCloseNational}, 86,82\u00a0%, ${routeIn(locale, 'history').title}`;
    const { texts } = renderCard({ locale, path: `/${locale}/x/`, title });
    const lines = texts.slice(1, -1);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    expect(lines.some((l) => l.includes('86,82\u00a0%'))).toBe(true);
    registerChartFonts();
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `bold 36px "${FONT_FAMILY}"`;
    for (const l of lines) expect(ctx.measureText(l).width, l).toBeLessThanOrEqual(1200 - 160);
  });
});
