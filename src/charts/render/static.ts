// Draws a chart config to PNG or SVG at build time, with Chart.js on
// @napi-rs/canvas: no browser. The image serves readers without JavaScript,
// print, downloads and social cards; the text list it returns lets pages and
// tests say what the image says.

import {
  BarController,
  BarElement,
  BasicPlatform,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { createCanvas, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { FONT_FAMILY, FONT_SIZE, FONT_STACK, themes, type ThemeName } from '../theme.ts';
import { applyTheme, type StaticChartConfig } from './apply-theme.ts';
import { registerChartFonts } from './fonts.ts';
import { directLabelsPlugin } from './direct-labels.ts';

// Only what bar and line charts draw; no tooltips or interaction in a still
// image. SubTitle carries the credit line of downloads; directLabels writes
// the values on the chart (render/direct-labels.ts).
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Title,
  SubTitle,
  Filler,
  directLabelsPlugin,
);

export type { StaticChartConfig } from './apply-theme.ts';

export interface RenderOptions<F extends 'png' | 'svg' = 'png' | 'svg'> {
  /** Size in CSS pixels. */
  width: number;
  height: number;
  theme: ThemeName;
  format: F;
  /**
   * Device pixels per CSS pixel for PNG (default 2, so the image is
   * width × 2 by height × 2). SVG is vector and always uses 1.
   */
  devicePixelRatio?: number;
  /**
   * SVG only. `paths` (the default) writes text as outlines, so the file looks
   * the same without the font. `text` writes `<text>` elements with each
   * glyph's position, in `FONT_STACK` (DejaVu Sans, then Verdana, whose
   * widths are close): a quarter of the size, for images shown on the site
   * where every byte counts; the layout holds whatever font draws it.
   */
  svgText?: 'paths' | 'text';
}

export interface RenderResult<D extends Buffer | string = Buffer | string> {
  /** PNG bytes, or the SVG document as a string. */
  data: D;
  /** Every string drawn, in drawing order (a string drawn twice is listed twice). */
  texts: string[];
}

let fontsReady = false;

function prepareFonts(): void {
  if (fontsReady) return;
  registerChartFonts();
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = FONT_SIZE;
  fontsReady = true;
}

function checkSize(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 8192) {
    throw new Error(`renderChart: ${name} must be a whole number of CSS pixels from 1 to 8192, got ${String(value)}`);
  }
  return value;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Records the text drawn through `ctx`, then draws it as usual. */
function recordTexts(ctx: SKRSContext2D, texts: string[]): void {
  const fillText = ctx.fillText.bind(ctx);
  const strokeText = ctx.strokeText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    texts.push(String(text));
    // Passing maxWidth as undefined is not the same as leaving it out.
    if (maxWidth === undefined) fillText(text, x, y);
    else fillText(text, x, y, maxWidth);
  };
  ctx.strokeText = (text: string, x: number, y: number, maxWidth?: number) => {
    texts.push(String(text));
    if (maxWidth === undefined) strokeText(text, x, y);
    else strokeText(text, x, y, maxWidth);
  };
}

function titleOf(config: StaticChartConfig): string | undefined {
  const text = config.options?.plugins?.title?.text;
  const joined = Array.isArray(text) ? text.join(' ') : text;
  return joined ? joined : undefined;
}

/** Chart.js leaves a canvas transparent; a downloaded image needs its page colour. */
function backgroundPlugin(colour: string): Plugin {
  return {
    id: 'staticBackground',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}

/**
 * Renders a bar or line chart config (plain JSON: colours as `palette:N` or
 * `theme:*` tokens or CSS colours, tick formats as names from
 * formatters.ts) for one theme. Synchronous: with animation off Chart.js
 * draws in its constructor.
 */
export function renderChart(config: StaticChartConfig, options: RenderOptions<'png'>): RenderResult<Buffer>;
export function renderChart(config: StaticChartConfig, options: RenderOptions<'svg'>): RenderResult<string>;
export function renderChart(config: StaticChartConfig, options: RenderOptions): RenderResult;
export function renderChart(config: StaticChartConfig, options: RenderOptions): RenderResult {
  const width = checkSize('width', options.width);
  const height = checkSize('height', options.height);
  const { format } = options;
  if (format !== 'png' && format !== 'svg') throw new Error(`renderChart: format must be png or svg, got ${String(format)}`);
  const dpr = format === 'svg' ? 1 : (options.devicePixelRatio ?? 2);
  if (!(dpr > 0 && dpr <= 8)) throw new Error(`renderChart: devicePixelRatio must be above 0 and at most 8, got ${dpr}`);
  prepareFonts();

  const themed = applyTheme(config, options.theme) as ChartConfiguration;
  themed.options = {
    ...themed.options,
    responsive: false,
    animation: false,
    devicePixelRatio: dpr,
    events: [],
  };
  themed.plugins = [backgroundPlugin(themes[options.theme].background)];
  themed.platform = BasicPlatform;

  const texts: string[] = [];
  if (format === 'svg') {
    const asText = options.svgText === 'text';
    if (!asText && options.svgText !== undefined && options.svgText !== 'paths') {
      throw new Error(`renderChart: svgText must be paths or text, got ${String(options.svgText)}`);
    }
    const canvas = createCanvas(width, height, asText ? SvgExportFlag.RelativePathEncoding : SvgExportFlag.ConvertTextToPaths);
    let svg = draw(canvas, themed, texts, () => canvas.getContent().toString('utf8'));
    // Skia names the font file's own family; point the viewer at the same font or its nearest.
    if (asText) svg = svg.replace(/\sfont-family="[^"]*"/g, ` font-family="${escapeXml(FONT_STACK.replaceAll('"', "'"))}"`);
    return { data: finishSvg(svg, width, height, titleOf(config)), texts };
  }
  const canvas = createCanvas(width, height);
  return { data: draw(canvas, themed, texts, () => canvas.toBuffer('image/png')), texts };
}

/** Draws `config` on `canvas`, recording the text into `texts`, and returns `encode()`. */
function draw<T>(
  canvas: { getContext(id: '2d'): SKRSContext2D },
  config: ChartConfiguration,
  texts: string[],
  encode: () => T,
): T {
  recordTexts(canvas.getContext('2d'), texts);
  // Chart.js's types want a DOM canvas; BasicPlatform needs only getContext and the size.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    return encode();
  } finally {
    // Also clears the canvas, so only after encoding.
    chart.destroy();
  }
}

/** Adds what the SVG backend leaves out: a viewBox (so the image scales) and a title. */
function finishSvg(svg: string, width: number, height: number, title: string | undefined): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('renderChart: the SVG backend returned no <svg> element');
  let tag = open[0];
  if (!/\sviewBox=/.test(tag)) tag = tag.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
  const titleElement = title ? `<title>${escapeXml(title)}</title>` : '';
  return svg.slice(0, open.index) + tag + titleElement + svg.slice(open.index + open[0].length);
}
