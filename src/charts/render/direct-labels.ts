// Direct labels: each value written on the chart next to its mark, so a
// reader never has to match colours to a legend. One Chart.js plugin for the
// build-time renderer and the browser alike; its settings are plain data in
// `options.plugins.directLabels`, and the texts come precomputed from the data
// (`dataset.directLabels`, `dataset.endLabel`), because a published share
// keeps its published decimals ("83.0%") and a formatter cannot know them.
// Pure: no canvas library, no DOM.

import type { Chart, ChartType, Plugin } from 'chart.js';
import { contrastRatio } from '../theme.ts';

export interface DirectLabelsOptions {
  /**
   * `bars`: each bar's value at its end (inside when it fits, else outside);
   * `points`: each point's value above it; `end`: each line's `endLabel`
   * right of its last point, moved apart where they would overlap.
   */
  mode?: 'bars' | 'points' | 'end';
  /** Text colour (a `theme:` token in a config; a CSS colour once themed). */
  color?: string;
  /** Colour of the gap text and marker. */
  mutedColor?: string;
  /** Colour of the gap marker line. */
  gridColor?: string;
  /** Font size in CSS pixels. */
  size?: number;
  /** Written where a value is missing: "no official figure found". */
  gapText?: string;
  /** Indexes of categories with no value in any series: a dashed line and `gapText` mark them (line charts). */
  gapCategories?: number[];
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    directLabels?: DirectLabelsOptions;
  }
  interface BarControllerDatasetOptions {
    /** One text per value, or null for none. */
    directLabels?: (string | null)[];
  }
  interface LineControllerDatasetOptions {
    directLabels?: (string | null)[];
    /** The line's name (and value) written after its last point. */
    endLabel?: string;
  }
}

interface LabelledDataset {
  data: unknown[];
  directLabels?: (string | null)[];
  endLabel?: string;
}

interface Box {
  x: number;
  y: number;
  base?: number;
  skip?: boolean;
  options?: { backgroundColor?: unknown; borderColor?: unknown };
}

const PAD = 4;

function fontString(chart: Chart, size: number, weight: string | number = 'normal', style = 'normal'): string {
  const family = (chart.options as { font?: { family?: string } }).font?.family ?? 'sans-serif';
  return `${style} ${weight} ${size}px ${family}`;
}

/** Black or white, whichever reads better on `fill` (a #rrggbb colour); `fallback` for anything else. */
function textOn(fill: unknown, fallback: string): string {
  if (typeof fill !== 'string' || !/^#[0-9a-f]{6}$/i.test(fill)) return fallback;
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

function isHorizontal(chart: Chart): boolean {
  return (chart.options as { indexAxis?: string }).indexAxis === 'y';
}

function drawBars(chart: Chart, o: Required<Pick<DirectLabelsOptions, 'color' | 'mutedColor' | 'size' | 'gapText'>>): void {
  const { ctx, chartArea } = chart;
  const horizontal = isHorizontal(chart);
  chart.data.datasets.forEach((raw, di) => {
    const meta = chart.getDatasetMeta(di);
    if (meta.hidden) return;
    const dataset = raw as unknown as LabelledDataset;
    const texts = dataset.directLabels ?? [];
    (meta.data as unknown as Box[]).forEach((bar, i) => {
      const value = dataset.data[i];
      if (value === null || value === undefined) {
        // A gap: say so where the bar would start, never draw a zero.
        ctx.font = fontString(chart, o.size, 'normal', 'italic');
        ctx.fillStyle = o.mutedColor;
        ctx.textBaseline = 'middle';
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.fillText(o.gapText, chartArea.left + PAD, bar.y);
        } else {
          ctx.save();
          ctx.translate(bar.x, chartArea.bottom - PAD);
          ctx.rotate(-Math.PI / 2);
          ctx.textAlign = 'left';
          ctx.fillText(o.gapText, 0, 0);
          ctx.restore();
        }
        return;
      }
      const text = texts[i];
      if (!text) return;
      ctx.font = fontString(chart, o.size, 'bold');
      const width = ctx.measureText(text).width;
      const base = bar.base ?? (horizontal ? chartArea.left : chartArea.bottom);
      const fill = bar.options?.backgroundColor;
      if (horizontal) {
        const length = Math.abs(bar.x - base);
        const inside = length >= width + 2 * PAD + 2;
        ctx.textBaseline = 'middle';
        if (inside) {
          ctx.textAlign = 'right';
          ctx.fillStyle = textOn(fill, o.color);
          ctx.fillText(text, bar.x - PAD - 1, bar.y);
        } else {
          ctx.textAlign = 'left';
          ctx.fillStyle = o.color;
          ctx.fillText(text, Math.min(bar.x + PAD, chart.width - width - 2), bar.y);
        }
      } else {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillStyle = o.color;
        ctx.fillText(text, bar.x, Math.max(bar.y - PAD, o.size + 2));
      }
    });
  });
}

function drawPoints(chart: Chart, o: Required<Pick<DirectLabelsOptions, 'color' | 'size'>>): void {
  const { ctx, chartArea } = chart;
  chart.data.datasets.forEach((raw, di) => {
    const meta = chart.getDatasetMeta(di);
    if (meta.hidden) return;
    const texts = (raw as unknown as LabelledDataset).directLabels ?? [];
    ctx.font = fontString(chart, o.size, 'bold');
    ctx.fillStyle = o.color;
    ctx.textBaseline = 'bottom';
    (meta.data as unknown as Box[]).forEach((point, i) => {
      const text = texts[i];
      if (!text || point.skip) return;
      const width = ctx.measureText(text).width;
      // Centred above the point, kept inside the plot area's width.
      const x = Math.min(Math.max(point.x, chartArea.left + width / 2), chart.width - width / 2 - 2);
      ctx.textAlign = 'center';
      ctx.fillText(text, x, point.y - 7);
    });
  });
}

interface EndLabel {
  text: string;
  colour: string;
  x: number;
  /** Where the label belongs (its point) and where it ends up. */
  y0: number;
  y: number;
}

/** Moves labels apart to at least `gap` between centres, staying within [top, bottom]. */
function spreadLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed.at(-1) ?? 0) - bottom;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  if ((placed[0] ?? top) < top) {
    placed[0] = top;
    for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

function drawEnds(chart: Chart, o: Required<Pick<DirectLabelsOptions, 'size'>>): void {
  const { ctx, chartArea } = chart;
  const labels: EndLabel[] = [];
  chart.data.datasets.forEach((raw, di) => {
    const meta = chart.getDatasetMeta(di);
    const dataset = raw as unknown as LabelledDataset;
    if (meta.hidden || !dataset.endLabel) return;
    const points = meta.data as unknown as Box[];
    let last = -1;
    for (let i = dataset.data.length - 1; i >= 0; i--) {
      if (dataset.data[i] !== null && dataset.data[i] !== undefined) {
        last = i;
        break;
      }
    }
    const point = points[last];
    if (!point) return;
    const colour = String(point.options?.borderColor ?? '#000000');
    labels.push({ text: dataset.endLabel, colour, x: point.x, y0: point.y, y: point.y });
  });
  const lineHeight = o.size + 3;
  const ys = spreadLabels(labels.map((l) => l.y0), lineHeight, chartArea.top + lineHeight / 2, chart.height - lineHeight / 2);
  ctx.font = fontString(chart, o.size, 'bold');
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  labels.forEach((label, i) => {
    const y = ys[i]!;
    const x = label.x + 14;
    // A short leader from the point to its label, in the line's colour.
    ctx.strokeStyle = label.colour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(label.x + 5, label.y0);
    ctx.lineTo(x - 3, y);
    ctx.stroke();
    ctx.fillStyle = label.colour;
    ctx.fillText(label.text, x, y);
  });
}

function drawGapMarkers(chart: Chart, o: Required<Pick<DirectLabelsOptions, 'mutedColor' | 'gridColor' | 'size' | 'gapText'>>, indexes: number[]): void {
  const { ctx, chartArea } = chart;
  const scale = chart.scales['x'];
  if (!scale) return;
  for (const index of indexes) {
    const x = scale.getPixelForValue(index);
    ctx.save();
    ctx.strokeStyle = o.gridColor;
    ctx.setLineDash([4, 4]);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(x) + 0.5, chartArea.top);
    ctx.lineTo(Math.round(x) + 0.5, chartArea.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.translate(x - 4, chartArea.bottom - PAD);
    ctx.rotate(-Math.PI / 2);
    ctx.font = fontString(chart, o.size, 'normal', 'italic');
    ctx.fillStyle = o.mutedColor;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    ctx.fillText(o.gapText, 0, 0);
    ctx.restore();
  }
}

export const directLabelsPlugin: Plugin = {
  id: 'directLabels',
  afterDatasetsDraw(chart, _args, options: DirectLabelsOptions) {
    if (!options?.mode && !options?.gapCategories?.length) return;
    const o = {
      color: options.color ?? '#000000',
      mutedColor: options.mutedColor ?? options.color ?? '#000000',
      gridColor: options.gridColor ?? options.mutedColor ?? '#999999',
      size: options.size ?? 12,
      gapText: options.gapText ?? '',
    };
    const { ctx } = chart;
    ctx.save();
    if (options.gapCategories?.length && o.gapText) drawGapMarkers(chart, o, options.gapCategories);
    if (options.mode === 'bars') drawBars(chart, o);
    else if (options.mode === 'points') drawPoints(chart, o);
    else if (options.mode === 'end') drawEnds(chart, o);
    ctx.restore();
  },
};
