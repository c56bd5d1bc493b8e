// The height an embed needs, computed at build time without a browser, so
// the snippet's iframe starts at the right height even when the host page
// strips our script. The embed sets its text in DejaVu Sans (Verdana where
// DejaVu is missing: nearly the same widths), the font the chart renderer
// registers, so the build can measure each line of text as the browser will
// lay it out. The numbers below are the embed's stylesheet
// (src/components/charts/embed.css); change them together: the e2e test
// "snippet height" fails when they drift.

import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { registerChartFonts } from './render/fonts.ts';
import { FONT_FAMILY } from './theme.ts';
import { creditText, sourceLineText, type FigureText } from './figure-text.ts';
import type { ChartSpec } from './contract.ts';
import { MAP_MAX_WIDTH } from './map/spec.ts';

const EMBED_LAYOUT = {
  /** Padding of the embed's root on every side. */
  padding: 12,
  title: { size: 17, weight: 700, lineHeight: 22, marginBottom: 2 },
  subtitle: { size: 13, weight: 400, lineHeight: 18, marginBottom: 8 },
  /** The closed <details> with the table: margin above plus its summary line. */
  details: { marginTop: 8, height: 28 },
  caption: { marginTop: 8 },
  summary: { size: 13, weight: 400, lineHeight: 18 },
  small: { size: 12, weight: 400, lineHeight: 17 },
  /** Between the caption's paragraphs. */
  gap: 4,
} as const;

/** The width the snippet's initial height is computed for (a host column of 640 px). */
const SNIPPET_WIDTH = 640;
/** Added to the computed height: rounding in the browser's layout, never a whole line. */
const SNIPPET_SLACK = 4;

let ctx: SKRSContext2D | undefined;
function measurer(): SKRSContext2D {
  if (!ctx) {
    registerChartFonts();
    ctx = createCanvas(8, 8).getContext('2d');
  }
  return ctx;
}

/**
 * Where a line may break: white space other than the no-break spaces
 * (U+00A0 in "86,82 %" and "5 136 293", U+202F, U+2007), which bind their
 * neighbours as the browser does.
 */
const BREAKABLE_SPACE = /[^\S\u00a0\u202f\u2007]+/;

/**
 * Lines a paragraph takes at `width` CSS pixels, breaking at breakable spaces
 * only. A browser may also break after a hyphen or dash, which can only save
 * lines, so this never counts fewer lines than the browser shows.
 */
export function countLines(text: string, style: { size: number; weight: number }, width: number): number {
  const c = measurer();
  c.font = `${style.weight === 700 ? 'bold ' : ''}${style.size}px "${FONT_FAMILY}"`;
  const words = text.split(BREAKABLE_SPACE).filter(Boolean);
  if (!words.length) return 0;
  let lines = 1;
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && c.measureText(next).width > width) {
      lines++;
      line = word;
    } else {
      line = next;
    }
  }
  return lines;
}

/** The embed options that change its height: ?plain shows the drawing and the table only. */
export interface EmbedSizeOptions {
  plain?: boolean;
}

/** The embed's content height at a given frame width, in CSS pixels. */
export function embedContentHeight(spec: ChartSpec, text: FigureText, frameWidth: number = SNIPPET_WIDTH, options: EmbedSizeOptions = {}): number {
  const L = EMBED_LAYOUT;
  const inner = frameWidth - 2 * L.padding;
  const layout = frameWidth < 560 ? spec.layouts.narrow : spec.layouts.wide;
  // A map's SVG scales with the column up to its widest (MAP_MAX_WIDTH).
  const shown = spec.type === 'map' ? Math.min(inner, MAP_MAX_WIDTH) : inner;
  const image = (shown * layout.size.height) / layout.size.width;
  const lines = (t: string, s: { size: number; weight: number }) => countLines(t, s, inner);
  let h = 2 * L.padding;
  if (options.plain) return h + image + L.details.marginTop + L.details.height;
  h += lines(text.title, L.title) * L.title.lineHeight + L.title.marginBottom;
  h += lines(text.subtitle, L.subtitle) * L.subtitle.lineHeight + L.subtitle.marginBottom;
  h += image;
  h += L.details.marginTop + L.details.height;
  h += L.caption.marginTop + lines(text.summary, L.summary) * L.summary.lineHeight;
  h += L.gap + lines(sourceLineText(text), L.small) * L.small.lineHeight;
  h += L.gap + lines(creditText(text), L.small) * L.small.lineHeight;
  return h;
}

/** The iframe `height` of the snippet: the content at 640 px, rounded up, plus a little slack. */
export function embedSnippetHeight(spec: ChartSpec, text: FigureText, options: EmbedSizeOptions = {}): number {
  return Math.ceil(embedContentHeight(spec, text, SNIPPET_WIDTH, options)) + SNIPPET_SLACK;
}
