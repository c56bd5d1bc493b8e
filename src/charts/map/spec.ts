// The three maps in the chart registry: turnout at the close of polls by
// region in 2025 and in 2020, and the change between them. Each is a
// ChartSpec like the bar and line charts (title, summary, notes, table,
// sources, downloads), with `type: 'map'` and the map's input instead of
// Chart.js configs. Every number in a title, note or summary comes from the
// data.

import type { Dataset } from '../../schemas/index.ts';
import type { FigureIndex as Index } from '../../data/site-data.ts';
import { resolveTextPlain } from '../../data/figures/resolve.ts';
import {
  computeTurnoutChangeByRegion,
  computeTurnoutCloseByRegion,
  type Derivation,
  type SeriesPoint,
} from '../../data/figures/series.ts';
import { GAP_TEXT } from '../../lib/format.ts';
import { formatDate, formatNumber, signed } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { messages } from '../../i18n/messages/index.ts';
import { localText } from '../../i18n/data-text.ts';
import { figureDisplay } from '../../i18n/figures.ts';
import { regionName } from '../../i18n/names.ts';
import { listIn, localiseDerivation, noteIn, plainIn, type ChartWords } from '../locale.ts';
import type { MapChartId } from '../../schemas/chart-ids.ts';
import type { LayoutName, Size } from '../layout.ts';
import { credit, wrapTitle } from '../assemble.ts';
import { describeStage, gapCategories, pointNotes, withGaps } from '../phrasing.ts';
import type { ChartSpecCommon, ChartTable, Context } from '../contract.ts';
import { classBreaks, type MapScale } from './scale.ts';
import { buildScene, MAP_ATTRIBUTION, type MapInput, type Scene } from './scene.ts';
import { standaloneSize } from './svg.ts';


/** Width of the map's viewBox on pages and in embeds; it scales to its column. */
export const MAP_WIDTH = 360;
/** Widest a map is shown (CSS px): beyond this its text would be larger than the page's. */
export const MAP_MAX_WIDTH = 540;
/** The downloads are drawn wider. */
export const MAP_DOWNLOAD_WIDTH = 560;

export interface MapChartSpec extends ChartSpecCommon {
  type: 'map';
  map: {
    /** Regions with their values, classes and link targets (site paths, before the base path). */
    input: MapInput;
    scale: MapScale;
    /** The download's title lines and credit lines. */
    downloadTitle: string[];
    credit: string[];
  };
  /** The drawing's size (viewBox), the same for every width: the SVG scales. */
  layouts: Record<LayoutName, { size: Size }>;
  download: { size: Size };
}

/** The page of a region: /results/2025/regions/<id>/ (without the base path). */
export const regionPath = (id: string) => `/results/2025/regions/${id}/`;

const pointOf = (d: Derivation, category: string): SeriesPoint => d.series[0]!.points.find((p) => p.category === category)!;

function extremes(d: Derivation): { max: SeriesPoint; min: SeriesPoint } | undefined {
  const k = d.series[0]!.points.filter((p) => p.value !== null);
  if (!k.length) return undefined;
  return { max: k.reduce((a, b) => (b.value! > a.value! ? b : a)), min: k.reduce((a, b) => (b.value! < a.value! ? b : a)) };
}

/** What a map's words see: the edition, its words and the dataset. */
interface MapWords { locale: Locale; t: ChartWords; ds: Dataset; index: Index }

interface MapDefinition {
  title(w: MapWords): string;
  subtitle(w: MapWords, d: Derivation): string;
  derive(ds: Dataset, index: Index): Derivation;
  columnLabel(w: MapWords): string;
  legendTitle(w: MapWords): string;
  electionNight: boolean;
  /** The values the scale is fitted to (the two turnout maps share one scale). */
  scaleValues(ds: Dataset, index: Index): number[];
  kind: MapScale['kind'];
  unit: ChartSpecCommon['unit'];
  /** On the map. */
  valueText(p: SeriesPoint, locale: Locale): string;
  summary(w: MapWords, d: Derivation): string;
  notes(w: MapWords, d: Derivation, scale: MapScale): string[];
  stageText?(w: MapWords, d: Derivation): string;
}

const closeValues = (ds: Dataset, index: Index) =>
  (['2020', '2025'] as const).flatMap((y) => computeTurnoutCloseByRegion(ds, index, y).series[0]!.points.flatMap((p) => (p.value === null ? [] : [p.value])));

const firstDate = (d: Derivation) => d.series[0]!.points.find((p) => p.figure.date)?.figure.date;

function turnoutSummary(w: MapWords, d: Derivation, when: string): string {
  const e = extremes(d);
  const show = (p: SeriesPoint) => figureDisplay(w.locale, p.figure);
  const xs = d.categories.map((c) => ({ label: c.label, value: show(pointOf(d, c.id)) }));
  const range = e && e.max !== e.min;
  return w.t.maps.turnoutSummary(when, xs, range ? { label: label(d, e.max.category), value: show(e.max) } : undefined, range ? { label: label(d, e.min.category), value: show(e.min) } : undefined);
}
const label = (d: Derivation, id: string) => d.categories.find((c) => c.id === id)?.label ?? id;

const scaleNote = (w: MapWords, scale: MapScale, shared: boolean) => {
  const first = scale.classes[0]!.lo;
  const last = scale.classes.at(-1)!.hi;
  const n = (x: number) => (scale.kind === 'diverging' ? signed(w.locale, String(x)) : formatNumber(w.locale, x));
  return w.t.maps.scaleNote(scale.classes.length, scale.step, formatNumber(w.locale, scale.step), n(first), n(last), shared);
};
const geoNote = (w: MapWords) => w.t.maps.geoNote(w.locale === 'en' ? MAP_ATTRIBUTION : w.t.maps.attribution);
/** The points' notes, each region named in the edition. */
const mapPointNotes = (w: MapWords, d: Derivation) => pointNotes({ ds: w.ds, index: w.index, d, locale: w.locale, t: w.t } satisfies Context, (c) => c.label);
const measure = (w: MapWords) => localText(w.locale, w.ds.turnout2025, 'measure');
const note2020 = (w: MapWords) => plainIn(w.locale, w.index, localText(w.locale, w.ds.regions2020, 'note'));

const MAPS: Record<MapChartId, MapDefinition> = {
  'turnout-map-2025': {
    title: (w) => w.t.maps['turnout-map-2025'].title,
    subtitle: (w, d) => w.t.maps['turnout-map-2025'].subtitle(formatDate(w.locale, firstDate(d) ?? w.ds.turnout2025.checkpoints.at(-1)!.date)),
    derive: (ds, index) => computeTurnoutCloseByRegion(ds, index, '2025'),
    columnLabel: (w) => w.t.maps['turnout-map-2025'].columnLabel,
    legendTitle: (w) => w.t.maps.legendTurnout,
    electionNight: true,
    scaleValues: closeValues,
    kind: 'sequential',
    unit: 'percent',
    valueText: (p, locale) => figureDisplay(locale, p.figure),
    summary: (w, d) => turnoutSummary(w, d, w.t.maps['turnout-map-2025'].when(formatDate(w.locale, firstDate(d) ?? ''))),
    notes: (w, d, scale) => [
      w.t.maps['turnout-map-2025'].measureNote(measure(w)),
      scaleNote(w, scale, true),
      geoNote(w),
      ...mapPointNotes(w, d),
    ],
  },
  'turnout-map-2020': {
    title: (w) => w.t.maps['turnout-map-2020'].title,
    subtitle: (w, d) => w.t.maps['turnout-map-2020'].subtitle(formatDate(w.locale, firstDate(d) ?? '')),
    derive: (ds, index) => computeTurnoutCloseByRegion(ds, index, '2020'),
    columnLabel: (w) => w.t.maps['turnout-map-2020'].columnLabel,
    legendTitle: (w) => w.t.maps.legendTurnout,
    electionNight: false,
    scaleValues: closeValues,
    kind: 'sequential',
    unit: 'percent',
    valueText: (p, locale) => figureDisplay(locale, p.figure),
    summary: (w, d) => turnoutSummary(w, d, w.t.maps['turnout-map-2020'].when(formatDate(w.locale, firstDate(d) ?? ''))),
    notes: (w, d, scale) => [
      w.t.maps['turnout-map-2020'].note2020(note2020(w)),
      scaleNote(w, scale, true),
      geoNote(w),
      ...mapPointNotes(w, d),
    ],
  },
  'turnout-change-map': {
    title: (w) => w.t.maps['turnout-change-map'].title,
    subtitle: (w) => w.t.maps['turnout-change-map'].subtitle,
    derive: computeTurnoutChangeByRegion,
    columnLabel: (w) => w.t.maps['turnout-change-map'].columnLabel,
    legendTitle: (w) => w.t.maps['turnout-change-map'].legend,
    electionNight: false,
    scaleValues: (ds, index) => computeTurnoutChangeByRegion(ds, index).series[0]!.points.flatMap((p) => (p.value === null ? [] : [p.value])),
    kind: 'diverging',
    unit: 'percentage points',
    valueText: (p, locale) => signed(locale, p.figure.published ?? String(p.value)),
    summary: (w, d) => {
      const t = w.t.maps['turnout-change-map'];
      const pts = d.series[0]!.points;
      const up = pts.filter((p) => p.value !== null && p.value > 0);
      const down = pts.filter((p) => p.value !== null && p.value < 0);
      const same = pts.filter((p) => p.value === 0);
      const names = (ps: SeriesPoint[]) => (ps.length ? listIn(w.locale, ps.map((p) => t.named(label(d, p.category), figureDisplay(w.locale, p.figure)))) : undefined);
      return t.summary(names(up), names(down), names(same));
    },
    notes: (w, d, scale) => {
      const t = w.t.maps['turnout-change-map'];
      const formula = d.series[0]!.points.find((p) => p.figure.formula)?.figure.formula;
      return [
        t.computedNote(formula, note2020(w)),
        t.measureNote(measure(w)),
        scaleNote(w, scale, false) + t.colourNote,
        geoNote(w),
      ];
    },
    stageText: (w, d) => {
      const dates = [firstDate(computeTurnoutCloseByRegion(w.ds, w.index, '2020')), firstDate(d)].filter((x): x is string => !!x).map((x) => formatDate(w.locale, x));
      return w.t.maps['turnout-change-map'].stageText(dates.length ? listIn(w.locale, dates) : undefined);
    },
  },
};

/** Words of `text` in lines of at most `max` characters (a longer word keeps a line of its own). */
function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    const next = line ? `${line} ${w}` : w;
    if (line && next.length > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A class edge in the legend: "65" (percent), "−1", "0", "+2" (percentage points). */
function edgeLabel(x: number, unit: MapChartSpec['unit'], locale: Locale): string {
  return unit === 'percentage points' ? signed(locale, String(x)) : formatNumber(locale, x);
}

export function buildMapSpec(id: MapChartId, ds: Dataset, index: Index, locale: Locale = 'en'): MapChartSpec {
  const def = MAPS[id];
  const t = messages(locale).charts;
  const w: MapWords = { locale, t, ds, index };
  const d = localiseDerivation(def.derive(ds, index), ds, locale);
  const values = def.scaleValues(ds, index);
  const scale = classBreaks(values.length ? values : [0], def.kind);
  const title = def.title(w);
  const subtitle = def.subtitle(w, d);
  const stageText = def.stageText ? def.stageText(w, d) : describeStage(d, { electionNight: def.electionNight }, locale);
  const regionLabel = (rid: string) => {
    const r = ds.regions.find((x) => x.id === rid);
    return r ? regionName(locale, r) : rid;
  };
  const gap = locale === 'en' ? GAP_TEXT : messages(locale).common.gap;
  const gaps = gapCategories(d);
  const gapSentence = gaps.length ? t.common.gapSentence(listIn(locale, gaps.map((g) => regionLabel(g.id))), gap, undefined) : undefined;
  const table: ChartTable = {
    categoryHeading: t['turnout-by-region-2025'].categoryHeading,
    columns: [{ id: d.series[0]!.id, label: def.columnLabel(w) }],
    rows: d.categories.map((cat) => {
      const p = pointOf(d, cat.id);
      return {
        id: cat.id,
        label: regionLabel(cat.id),
        cells: [{
          value: p.value,
          text: figureDisplay(locale, p.figure),
          published: p.value === null ? undefined : (p.figure.published ?? String(p.value)),
          status: p.figure.status,
          stage: p.figure.stage,
          date: p.figure.date,
          sources: p.figure.sources,
          note: p.figure.note ? (locale === 'en' ? resolveTextPlain(index, p.figure.note) : plainIn(locale, index, noteIn(ds, locale, p.figure.note))) : undefined,
          figureKey: p.figure.key,
        }],
      };
    }),
  };
  const input: MapInput = {
    regions: d.categories.map((cat) => {
      const p = pointOf(d, cat.id);
      const region = ds.regions.find((r) => r.id === cat.id);
      return {
        id: cat.id,
        name: region ? regionName(locale, region) : cat.label,
        shortName: region?.kind === 'city' ? t.labels.minskCityMap : cat.label,
        value: p.value,
        valueText: p.value === null ? gap : def.valueText(p, locale),
        spoken: figureDisplay(locale, p.figure),
        href: regionPath(cat.id),
      };
    }),
    scale,
    legendTitle: def.legendTitle(w),
    gapText: gap,
  };
  const unit = def.unit;
  input.edgeLabel = (x) => edgeLabel(x, unit, locale);
  if (locale !== 'en') input.attribution = t.maps.attribution;
  const scene: Scene = buildScene(input, MAP_WIDTH);
  const size = { width: scene.width, height: scene.height };
  const downloadScene = buildScene(input, MAP_DOWNLOAD_WIDTH);
  const downloadTitle = [wrapTitle(title, MAP_DOWNLOAD_WIDTH - 24, 16)].flat();
  // Credit lines under the download, wrapped to its width (DejaVu Sans at 11 px averages under 0.62 em a character).
  const creditLines = credit(stageText, d.sources.length, undefined, locale).flatMap((line) => wrapWords(line, Math.floor((MAP_DOWNLOAD_WIDTH - 24) / (11 * 0.62))));
  return {
    id,
    type: 'map',
    title,
    subtitle,
    description: t.common.mapDescription(subtitle),
    unit,
    derivation: d,
    sources: d.sources,
    notes: def.notes(w, d, scale),
    stages: d.stages,
    stageText,
    date: d.date,
    summary: withGaps(def.summary(w, d), gapSentence, locale),
    gaps: gapSentence ? { categories: gaps.map((g) => g.id), text: gapSentence } : undefined,
    table,
    pointTexts: [d.categories.map((cat) => t.common.point(regionLabel(cat.id), figureDisplay(locale, pointOf(d, cat.id).figure)))],
    layouts: { wide: { size }, narrow: { size } },
    download: { size: standaloneSize(downloadScene, downloadTitle, creditLines) },
    map: { input, scale, downloadTitle, credit: creditLines },
  };
}
