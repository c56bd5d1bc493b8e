// Chart.js configurations as plain data, built by pure functions from a
// derivation and a few presentation choices. What comes out survives
// JSON.stringify: colours are theme tokens (`palette:N`, `theme:text`), number
// formats are names (`percent`), a missing value is `null` and lines never
// bridge it (`spanGaps: false`). The build-time renderer (render/static.ts)
// and the browser (client/interactive.ts) both draw from these.

import type { Derivation } from '../data/figures/series.ts';
import type { StaticChartConfig } from './render/apply-theme.ts';
import type { DirectLabelsOptions } from './render/direct-labels.ts';
import type { FormatterName } from './render/formatters.ts';
import { LAYOUT_WIDTH, type LayoutName, type Size } from './layout.ts';

/** How a chart looks, apart from its data. The registry fills it in per chart and layout. */
export interface Presentation {
  layout: LayoutName;
  /** The value axis: its title, range and tick spacing. */
  valueAxis: { title: string; max: number; step: number; format: FormatterName };
  /** What the category axis writes under each category: one line or several. */
  categoryLabels: (string | string[])[];
  /** A title under the category axis, where the labels alone do not say what they are. */
  categoryAxisTitle?: string | string[];
  /** Per series: colour token (`palette:N`) and, for lines, the marker shape. */
  series: { colour: string; pointStyle?: PointStyle }[];
  /** Per series, per category: the text written on the chart next to the value; null for none. */
  valueLabels: (string | null)[][];
  /** Line charts: the text after each line's last point (its name, perhaps its value). */
  endLabels?: string[];
  /** Single-series bar charts: a colour token per category (to set one bar apart). */
  categoryColours?: string[];
  /**
   * Single-series bar charts: per category, null for a solid bar, or a colour
   * token for a bar drawn as an outline on the background. Told apart by shape
   * as well as colour: estimates beside an official figure are outlined.
   */
  categoryOutlines?: (string | null)[];
  /** Lines of the tallest category label, so each bar row has room for it. */
  labelLines?: number;
  /** Show Chart.js's legend (grouped bars); lines are named by their end labels instead. */
  legend: boolean;
  /** Written where a value is missing. */
  gapText: string;
  /** Downloads and social cards carry their own title and credit; the page's figure does not. */
  heading?: { title: string | string[]; credit: string | string[]; titleSize?: number };
}

export type PointStyle = 'rect' | 'rectRot' | 'triangle' | 'crossRot' | 'cross' | 'star' | 'rectRounded';

/**
 * Marker shapes in series order: a second way, besides colour and the end
 * label, to tell lines apart. None is a circle: Chart.js draws circles as
 * curves, which make the SVG files several times larger.
 */
export const POINT_STYLES: readonly PointStyle[] = ['rect', 'rectRot', 'triangle', 'crossRot', 'cross', 'star', 'rectRounded'];

const FONT = { wide: { tick: 13, label: 12, axisTitle: 12 }, narrow: { tick: 11, label: 11, axisTitle: 11 } } as const;

function values(d: Derivation): (number | null)[][] {
  return d.series.map((s) =>
    d.categories.map((c) => {
      const p = s.points.find((x) => x.category === c.id);
      if (!p) throw new Error(`series "${s.id}" has no point for category "${c.id}"`);
      return p.value;
    }),
  );
}

function check(d: Derivation, p: Presentation): void {
  if (p.categoryLabels.length !== d.categories.length) {
    throw new Error(`categoryLabels: expected ${d.categories.length} (one per category), found ${p.categoryLabels.length}`);
  }
  if (p.series.length !== d.series.length) throw new Error(`series: expected ${d.series.length} styles, found ${p.series.length}`);
  if (p.valueLabels.length !== d.series.length || p.valueLabels.some((l) => l.length !== d.categories.length)) {
    throw new Error('valueLabels: expected one text (or null) per series and category');
  }
}

function headingPlugins(p: Presentation) {
  if (!p.heading) return { title: { display: false }, subtitle: { display: false } };
  return {
    title: {
      display: true,
      text: p.heading.title,
      align: 'start' as const,
      font: { size: p.heading.titleSize ?? 16, weight: 'bold' as const },
      padding: { top: 4, bottom: 12 },
    },
    subtitle: {
      display: true,
      text: p.heading.credit,
      position: 'bottom' as const,
      align: 'start' as const,
      color: 'theme:muted-text',
      font: { size: 11 },
      padding: { top: 10, bottom: 2 },
    },
  };
}

function directLabels(p: Presentation, mode: DirectLabelsOptions['mode'], gapCategories?: number[]): DirectLabelsOptions {
  const out: DirectLabelsOptions = {
    ...(mode ? { mode } : {}),
    color: 'theme:text',
    mutedColor: 'theme:muted-text',
    gridColor: 'theme:grid',
    size: FONT[p.layout].label,
    gapText: p.gapText,
  };
  if (gapCategories?.length) out.gapCategories = gapCategories;
  return out;
}

function valueScale(p: Presentation, position?: 'bottom' | 'left') {
  const f = FONT[p.layout];
  return {
    type: 'linear' as const,
    ...(position ? { position } : {}),
    min: 0,
    max: p.valueAxis.max,
    ticks: { format: p.valueAxis.format, stepSize: p.valueAxis.step, font: { size: f.tick } },
    title: { display: true, text: p.valueAxis.title, font: { size: f.axisTitle } },
    grid: { color: 'theme:grid' },
  };
}

/**
 * Horizontal bars, one row per category and one bar per series in it; each
 * value written at its bar's end. Grouped bars (several series) get a legend
 * and their value labels name the series too.
 */
export function toBarConfig(d: Derivation, p: Presentation): StaticChartConfig {
  check(d, p);
  const f = FONT[p.layout];
  const data = values(d);
  const single = d.series.length === 1;
  const outlines = single ? p.categoryOutlines : undefined;
  if (outlines && outlines.length !== d.categories.length) throw new Error(`categoryOutlines: expected ${d.categories.length} (one per category), found ${outlines.length}`);
  const fill = (i: number) => (single && p.categoryColours ? p.categoryColours : p.series[i]!.colour);
  const colourAt = (i: number, ci: number): string => { const f = fill(i); return Array.isArray(f) ? f[ci]! : f; };
  const config = {
    type: 'bar' as const,
    data: {
      labels: p.categoryLabels,
      datasets: d.series.map((s, i) => ({
        label: s.label,
        data: data[i]!,
        backgroundColor: outlines ? outlines.map((o, ci) => (o ? 'theme:background' : colourAt(i, ci))) : fill(i),
        borderColor: outlines ? outlines.map((o, ci) => o ?? colourAt(i, ci)) : fill(i),
        borderWidth: outlines ? outlines.map((o) => (o ? 3 : 0)) : 0,
        ...(outlines ? { borderSkipped: false } : {}),
        barPercentage: single ? 0.78 : 0.9,
        categoryPercentage: single ? 0.9 : 0.82,
        directLabels: p.valueLabels[i]!,
      })),
    },
    options: {
      indexAxis: 'y' as const,
      maintainAspectRatio: false,
      layout: { padding: { top: 4, right: 10, bottom: 2, left: 2 } },
      scales: {
        x: valueScale(p, 'bottom'),
        y: { type: 'category' as const, grid: { display: false }, ticks: { color: 'theme:text', font: { size: f.tick }, autoSkip: false } },
      },
      plugins: {
        legend: {
          display: p.legend,
          position: 'top' as const,
          align: 'start' as const,
          labels: { boxWidth: 12, boxHeight: 12, font: { size: f.label } },
        },
        ...headingPlugins(p),
        directLabels: directLabels(p, 'bars'),
      },
    },
  };
  return config as unknown as StaticChartConfig;
}

/** Room for the end labels at the right of a line chart, estimated from their length. */
function endLabelRoom(p: Presentation): number {
  if (!p.endLabels?.length) return 12;
  const longest = Math.max(...p.endLabels.map((l) => l.length));
  // Bold digits and letters of the chart font average about 0.66 em.
  return Math.ceil(longest * FONT[p.layout].label * 0.66) + 20;
}

/**
 * Lines over the categories (checkpoints in time). A missing value is a gap:
 * `null`, not bridged. One line gets each value above its point; several get
 * their names after their last point, and a category no series has a value
 * for is marked with a dashed line and the gap text.
 */
export function toLineConfig(d: Derivation, p: Presentation): StaticChartConfig {
  check(d, p);
  const f = FONT[p.layout];
  const data = values(d);
  const single = d.series.length === 1;
  const gapCategories = d.categories.map((_c, ci) => ci).filter((ci) => data.every((row) => row[ci] === null));
  const config = {
    type: 'line' as const,
    data: {
      labels: p.categoryLabels,
      datasets: d.series.map((s, i) => ({
        label: s.label,
        data: data[i]!,
        borderColor: p.series[i]!.colour,
        backgroundColor: p.series[i]!.colour,
        borderWidth: 2.5,
        pointStyle: p.series[i]!.pointStyle ?? 'rect',
        pointRadius: 4,
        pointHoverRadius: 6,
        pointBorderWidth: 2,
        spanGaps: false,
        fill: false,
        directLabels: single ? p.valueLabels[i]! : undefined,
        endLabel: p.endLabels?.[i],
      })),
    },
    options: {
      maintainAspectRatio: false,
      spanGaps: false,
      layout: { padding: { top: single ? 20 : 8, right: single ? 16 : endLabelRoom(p), bottom: 2, left: 2 } },
      scales: {
        x: {
          type: 'category' as const,
          offset: true,
          grid: { display: false },
          ticks: { color: 'theme:text', font: { size: f.tick }, autoSkip: false, maxRotation: 0 },
          ...(p.categoryAxisTitle ? { title: { display: true, text: p.categoryAxisTitle, font: { size: f.axisTitle } } } : {}),
        },
        y: valueScale(p, 'left'),
      },
      plugins: {
        legend: {
          display: p.legend,
          position: 'top' as const,
          align: 'start' as const,
          labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, font: { size: f.label } },
        },
        ...headingPlugins(p),
        directLabels: directLabels(p, single ? 'points' : p.endLabels ? 'end' : undefined, gapCategories),
      },
    },
  };
  // `undefined` does not survive JSON; drop it now so the config is the same before and after.
  for (const ds of config.data.datasets) {
    if (ds.directLabels === undefined) delete ds.directLabels;
    if (ds.endLabel === undefined) delete ds.endLabel;
  }
  return config as unknown as StaticChartConfig;
}

/**
 * The size a chart is drawn at: the layout's width, and a height that gives
 * each bar row or the plot enough room. Pure, so pages know the image's
 * width and height attributes without drawing it.
 */
export function chartSize(kind: 'bar' | 'line', layout: LayoutName, categories: number, series: number, legend: boolean, labelLines = 1): Size {
  const width = LAYOUT_WIDTH[layout];
  if (kind === 'line') return { width, height: layout === 'wide' ? 400 : series > 1 ? 400 : 340 };
  const bars = series === 1 ? (layout === 'wide' ? 34 : 30) : series * (layout === 'wide' ? 21 : 19) + 10;
  // A label of several lines needs its lines' height and a little air.
  const row = Math.max(bars, labelLines > 1 ? labelLines * (FONT[layout].tick + 3) + 12 : 0);
  const axis = layout === 'wide' ? 52 : 46;
  const legendRoom = legend ? 30 : 0;
  return { width, height: Math.round(categories * row + axis + legendRoom + 8) };
}
