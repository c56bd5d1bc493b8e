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
import { formatDate, GAP_TEXT, signed } from '../../lib/format.ts';
import type { MapChartId } from '../../schemas/chart-ids.ts';
import type { LayoutName, Size } from '../layout.ts';
import { credit, wrapTitle } from '../assemble.ts';
import { describeStage, gapCategories, listJoin, pointNotes, withGaps } from '../phrasing.ts';
import type { ChartSpecCommon, ChartTable } from '../contract.ts';
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

interface MapDefinition {
  title(ds: Dataset): string;
  subtitle(ds: Dataset, d: Derivation): string;
  derive(ds: Dataset, index: Index): Derivation;
  columnLabel: string;
  legendTitle: string;
  electionNight: boolean;
  /** The values the scale is fitted to (the two turnout maps share one scale). */
  scaleValues(ds: Dataset, index: Index): number[];
  kind: MapScale['kind'];
  unit: ChartSpecCommon['unit'];
  /** On the map. */
  valueText(p: SeriesPoint): string;
  summary(ds: Dataset, d: Derivation): string;
  notes(ds: Dataset, index: Index, d: Derivation, scale: MapScale): string[];
  stageText?(ds: Dataset, index: Index, d: Derivation): string;
}

const closeValues = (ds: Dataset, index: Index) =>
  (['2020', '2025'] as const).flatMap((y) => computeTurnoutCloseByRegion(ds, index, y).series[0]!.points.flatMap((p) => (p.value === null ? [] : [p.value])));

const firstDate = (d: Derivation) => d.series[0]!.points.find((p) => p.figure.date)?.figure.date;

function turnoutSummary(d: Derivation, when: string): string {
  const e = extremes(d);
  const list = d.categories.map((c) => `${c.label} ${pointOf(d, c.id).figure.display}`).join(', ');
  const range = e && e.max !== e.min ? ` Highest in ${label(d, e.max.category)} (${e.max.figure.display}), lowest in ${label(d, e.min.category)} (${e.min.figure.display}).` : '';
  return `Turnout at the close of polls ${when}, by region: ${list}.${range}`;
}
const label = (d: Derivation, id: string) => d.categories.find((c) => c.id === id)?.label ?? id;

const scaleNote = (scale: MapScale, unit: string, shared: boolean) => {
  const first = scale.classes[0]!.lo;
  const last = scale.classes.at(-1)!.hi;
  const n = (x: number) => (scale.kind === 'diverging' ? signed(String(x)) : String(x));
  return `Colours: ${scale.classes.length} classes of ${scale.step} ${scale.step === 1 ? unit.replace(/s$/, '') : unit} each, from ${n(first)} to ${n(last)}; a value on a boundary is in the class above it.${shared ? ' The 2020 and 2025 maps share this scale, so a colour means the same on both.' : ''}`;
};
const GEO_NOTE = `${MAP_ATTRIBUTION} (admin-1 boundaries, public domain), simplified. Minsk city, the smallest region, is shown again enlarged in the box at the top left.`;

const MAPS: Record<MapChartId, MapDefinition> = {
  'turnout-map-2025': {
    title: () => 'Map: turnout by region at the close of polls, 2025',
    subtitle: (ds, d) => `The CEC’s election-night figures at 20:00 on polling day, ${formatDate(firstDate(d) ?? ds.turnout2025.checkpoints.at(-1)!.date)}; not the final result`,
    derive: (ds, index) => computeTurnoutCloseByRegion(ds, index, '2025'),
    columnLabel: 'Turnout at 20:00, 2025',
    legendTitle: 'Turnout at 20:00, %',
    electionNight: true,
    scaleValues: closeValues,
    kind: 'sequential',
    unit: 'percent',
    valueText: (p) => p.figure.display,
    summary: (_ds, d) => turnoutSummary(d, `on ${formatDate(firstDate(d) ?? '')} (CEC election-night figures)`),
    notes: (ds, index, d, scale) => [
      `Turnout here is the ${ds.turnout2025.measure.toLowerCase()}, as the CEC reported it on election night.`,
      scaleNote(scale, 'points', true),
      GEO_NOTE,
      ...pointNotes(d, index, (c) => c.label),
    ],
  },
  'turnout-map-2020': {
    title: () => 'Map: turnout by region at the close of polls, 2020',
    subtitle: (_ds, d) => `The CEC’s interim figures at 20:00 on polling day, ${formatDate(firstDate(d) ?? '')}, for comparison with 2025`,
    derive: (ds, index) => computeTurnoutCloseByRegion(ds, index, '2020'),
    columnLabel: 'Turnout at 20:00, 2020',
    legendTitle: 'Turnout at 20:00, %',
    electionNight: false,
    scaleValues: closeValues,
    kind: 'sequential',
    unit: 'percent',
    valueText: (p) => p.figure.display,
    summary: (_ds, d) => turnoutSummary(d, `on ${formatDate(firstDate(d) ?? '')} (CEC interim figures)`),
    notes: (ds, index, d, scale) => [
      `2020: ${resolveTextPlain(index, ds.regions2020.note)}`,
      scaleNote(scale, 'points', true),
      GEO_NOTE,
      ...pointNotes(d, index, (c) => c.label),
    ],
  },
  'turnout-change-map': {
    title: () => 'Map: change in turnout by region at the close of polls, 2020 to 2025',
    subtitle: () => 'Turnout at 20:00 on polling day in 2025 minus the same in 2020, in percentage points, from the CEC’s figures on the night',
    derive: computeTurnoutChangeByRegion,
    columnLabel: 'Change, 2020 to 2025 (percentage points)',
    legendTitle: 'Change, percentage points',
    electionNight: false,
    scaleValues: (ds, index) => computeTurnoutChangeByRegion(ds, index).series[0]!.points.flatMap((p) => (p.value === null ? [] : [p.value])),
    kind: 'diverging',
    unit: 'percentage points',
    valueText: (p) => signed(p.figure.published ?? String(p.value)),
    summary: (_ds, d) => {
      const pts = d.series[0]!.points;
      const up = pts.filter((p) => p.value !== null && p.value > 0);
      const down = pts.filter((p) => p.value !== null && p.value < 0);
      const same = pts.filter((p) => p.value === 0);
      const names = (ps: SeriesPoint[]) => listJoin(ps.map((p) => `${label(d, p.category)} (${p.figure.display})`));
      const parts = [
        up.length ? `higher in 2025 than in 2020 in ${names(up)}` : '',
        down.length ? `lower in ${names(down)}` : '',
        same.length ? `unchanged in ${names(same)}` : '',
      ].filter(Boolean);
      return `Turnout at the close of polls, 2025 against 2020: ${parts.join('; ')}.`;
    },
    notes: (ds, index, d, scale) => {
      const formula = d.series[0]!.points.find((p) => p.figure.formula)?.figure.formula;
      return [
        `Computed by us: ${formula ?? 'turnout at the close of polls in 2025 − the same in 2020'}. 2025: the CEC’s election-night figures; 2020: ${resolveTextPlain(index, ds.regions2020.note).replace(/^./, (x) => x.toLowerCase())}`,
        `Turnout is the ${ds.turnout2025.measure.toLowerCase()}.`,
        scaleNote(scale, 'points', false) + ' Orange: lower in 2025; purple: higher.',
        GEO_NOTE,
      ];
    },
    stageText: (ds, index, d) => {
      const dates = [firstDate(computeTurnoutCloseByRegion(ds, index, '2020')), firstDate(d)].filter((x): x is string => !!x).map(formatDate);
      return `computed by us from the CEC’s figures at the close of polls${dates.length ? `, ${listJoin(dates)}` : ''}`;
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
function edgeLabel(x: number, unit: MapChartSpec['unit']): string {
  return unit === 'percentage points' ? signed(String(x)) : String(x);
}

export function buildMapSpec(id: MapChartId, ds: Dataset, index: Index): MapChartSpec {
  const def = MAPS[id];
  const d = def.derive(ds, index);
  const values = def.scaleValues(ds, index);
  const scale = classBreaks(values.length ? values : [0], def.kind);
  const title = def.title(ds);
  const subtitle = def.subtitle(ds, d);
  const stageText = def.stageText ? def.stageText(ds, index, d) : describeStage(d, { electionNight: def.electionNight });
  const regionName = (rid: string) => ds.regions.find((r) => r.id === rid)?.name ?? rid;
  const gaps = gapCategories(d);
  const gapSentence = gaps.length ? `${listJoin(gaps.map((g) => regionName(g.id)))}: ${GAP_TEXT} in the sources consulted.` : undefined;
  const table: ChartTable = {
    categoryHeading: 'Region',
    columns: [{ id: d.series[0]!.id, label: def.columnLabel }],
    rows: d.categories.map((cat) => {
      const p = pointOf(d, cat.id);
      return {
        id: cat.id,
        label: regionName(cat.id),
        cells: [{
          value: p.value,
          text: p.figure.display,
          published: p.value === null ? undefined : (p.figure.published ?? String(p.value)),
          status: p.figure.status,
          stage: p.figure.stage,
          date: p.figure.date,
          sources: p.figure.sources,
          note: p.figure.note ? resolveTextPlain(index, p.figure.note) : undefined,
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
        name: region?.name ?? cat.label,
        shortName: region?.kind === 'city' ? 'Minsk city' : cat.label,
        value: p.value,
        valueText: p.value === null ? GAP_TEXT : def.valueText(p),
        spoken: p.figure.display,
        href: regionPath(cat.id),
      };
    }),
    scale,
    legendTitle: def.legendTitle,
    gapText: GAP_TEXT,
  };
  const unit = def.unit;
  input.edgeLabel = (x) => edgeLabel(x, unit);
  const scene: Scene = buildScene(input, MAP_WIDTH);
  const size = { width: scene.width, height: scene.height };
  const downloadScene = buildScene(input, MAP_DOWNLOAD_WIDTH);
  const downloadTitle = [wrapTitle(title, MAP_DOWNLOAD_WIDTH - 24, 16)].flat();
  // Credit lines under the download, wrapped to its width (DejaVu Sans at 11 px averages under 0.62 em a character).
  const creditLines = credit(stageText, d.sources.length).flatMap((line) => wrapWords(line, Math.floor((MAP_DOWNLOAD_WIDTH - 24) / (11 * 0.62))));
  return {
    id,
    type: 'map',
    title,
    subtitle,
    description: `${subtitle}. A map with its data table, sources and downloads (CSV, JSON, PNG, SVG), ready to embed.`,
    unit,
    derivation: d,
    sources: d.sources,
    notes: def.notes(ds, index, d, scale),
    stages: d.stages,
    stageText,
    date: d.date,
    summary: withGaps(def.summary(ds, d), gapSentence),
    gaps: gapSentence ? { categories: gaps.map((g) => g.id), text: gapSentence } : undefined,
    table,
    pointTexts: [d.categories.map((cat) => `${regionName(cat.id)}: ${pointOf(d, cat.id).figure.display}`)],
    layouts: { wide: { size }, narrow: { size } },
    download: { size: standaloneSize(downloadScene, downloadTitle, creditLines) },
    map: { input, scale, downloadTitle, credit: creditLines },
  };
}
