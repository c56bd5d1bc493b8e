// The chart spec contract: what a built chart is (ChartSpec, read by pages,
// embeds, downloads and tests) and what a chart definition supplies
// (Definition, one per file under src/charts/definitions/). Types and the two
// errors only; src/charts/assemble.ts turns a definition into a spec.

import { nearest } from '../lib/did-you-mean.ts';
import { CHART_IDS, type ChartId } from '../schemas/chart-ids.ts';
import type { Dataset, Stage } from '../schemas/index.ts';
import type { FigureIndex, SiteData } from '../data/site-data.ts';
import type { Category, Derivation, Series, SeriesPoint } from '../data/figures/series.ts';
import type { Presentation } from './configs.ts';
import type { LayoutName, Size } from './layout.ts';
import type { MapChartSpec } from './map/spec.ts';
import type { StaticChartConfig } from './render/apply-theme.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ChartWords } from './locale.ts';

interface ChartTableCell {
  /** The exact value, or null where no source gives one. */
  value: number | null;
  /** As the house style writes it: "86.82%", or "no official figure found". */
  text: string;
  /** The published string of a percentage ("83.0"), so its decimals survive; undefined for a gap. */
  published: string | undefined;
  status: SeriesPoint['figure']['status'];
  stage: Stage | undefined;
  date: string | undefined;
  sources: string[];
  note: string | undefined;
  figureKey: string;
}

export interface ChartTable {
  /** Header of the first column (the categories). */
  categoryHeading: string;
  columns: { id: string; label: string }[];
  rows: { id: string; label: string; cells: ChartTableCell[] }[];
}

/** A chart of any kind: bar and line charts (Chart.js configs) or maps (src/charts/map/). */
export type ChartSpec = CanvasChartSpec | MapChartSpec;

export interface CanvasChartSpec extends ChartSpecCommon {
  type: 'bar' | 'line';
  /** The drawings for the page: wide and narrow. */
  layouts: Record<LayoutName, { size: Size; config: StaticChartConfig }>;
  /** The wide drawing with a title and credit line, for PNG and SVG downloads. */
  download: { size: Size; config: StaticChartConfig };
  /** The social card (1200 × 630). */
  og: { config: StaticChartConfig };
}

/** What every kind of chart has. */
export interface ChartSpecCommon {
  id: ChartId;
  title: string;
  subtitle: string;
  /** For the chart page's meta description and the gallery. */
  description: string;
  /** What the values are: percentages, or differences of them in percentage points. */
  unit: 'percent' | 'percentage points';
  derivation: Derivation;
  /** Source keys behind the data, in first-seen order. */
  sources: string[];
  /** Plain-text notes: the percentage basis, caveats, what no source gives. */
  notes: string[];
  /** The stage(s) of the data. */
  stages: Stage[];
  /** "final, 3 February 2025"; "CEC election-night figure, 26 January 2025". */
  stageText: string;
  /** Latest date among the data (data as of). */
  date: string | undefined;
  /** Generated from the data; the images' alt text. */
  summary: string;
  /** Category ids no series has a value for (gaps), with the sentence the caption shows. */
  gaps: { categories: string[]; text: string } | undefined;
  table: ChartTable;
  /** Per series and category: what the keyboard announces ("Brest, Early voting, day 3: 30.66%"). */
  pointTexts: string[][];
}

export class UnknownChartError extends Error {
  constructor(id: string, where?: string) {
    const near = nearest(CHART_IDS, id);
    super(
      `${where ? `${where}: ` : ''}unknown chart id ${JSON.stringify(id)}. ` +
        `Known ids: ${CHART_IDS.join(', ')}${near.length ? ` (did you mean ${near.map((k) => `"${k}"`).join(' or ')}?)` : ''}. ` +
        'A new chart needs its id in src/schemas/chart-ids.ts, its definition in src/charts/definitions/ and an entry in src/charts/registry.ts.',
    );
    this.name = 'UnknownChartError';
  }
}

export class ChartFigureError extends Error {
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ChartFigureError';
  }
}

/** What a definition's functions see: the dataset, its figure index, the chart's derivation (labels in the edition), the edition and its words. */
export interface Context {
  ds: Dataset;
  index: FigureIndex;
  d: Derivation;
  locale: Locale;
  t: ChartWords;
}

/** One chart: its derivation, words and presentation (src/charts/definitions/<id>.ts). */
export interface Definition {
  title(c: Context): string;
  subtitle(c: Context): string;
  type: 'bar' | 'line';
  derive(data: SiteData): Derivation;
  categoryHeading(c: Context): string;
  /** Row header of a category in the table and in announcements. */
  rowLabel?(category: Category, c: Context): string;
  /** Column header of a series in the table. */
  columnLabel?(series: Series, c: Context): string;
  electionNight?: boolean;
  summary(c: Context): string;
  notes(c: Context): string[];
  valueAxis(c: Context, layout: LayoutName): Presentation['valueAxis'];
  categoryLabels?(c: Context, layout: LayoutName): (string | string[])[];
  categoryAxisTitle?(c: Context, layout: LayoutName): string[] | undefined;
  seriesColours?: string[];
  categoryColours?(c: Context): string[] | undefined;
  /** The value label of one point on the chart. */
  valueLabel?(p: SeriesPoint, s: Series, category: Category, c: Context): string;
  endLabel?(s: Series, layout: LayoutName, c: Context): string | undefined;
  legend?: boolean | ((layout: LayoutName) => boolean);
  /** What each series is, for the gap sentence ("no official figure found for any region"). */
  seriesNoun?: 'series' | 'region';
  /**
   * The chart may draw independent estimates (status estimate) beside an
   * official figure; every other chart shows official figures only.
   */
  estimates?: true;
  /** Single-series bars: per category, null for solid, or the colour of an outlined bar. */
  categoryOutlines?(c: Context): (string | null)[];
  /** Lines of the tallest category label in this layout. */
  labelLines?(layout: LayoutName): number;
  /** Overrides the stage text made from the points' stages. */
  stageText?(c: Context): string;
  /** Overrides the second credit line of downloads and social cards. */
  creditLine?(c: Context): string;
}
