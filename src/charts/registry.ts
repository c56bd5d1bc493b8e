// The chart registry: one spec per chart id (src/charts/ids.ts). A spec holds
// everything any page, embed, download or test needs about a chart, built from
// the validated dataset: its derivation (src/data/figures/series.ts), the
// sources and stage of its data, notes, a summary written from the numbers,
// the table, and the Chart.js configs for both layouts. Nothing here is typed
// twice: every number and date in a title, note or summary comes from the data.
//
// Plain TypeScript (explicit .ts imports, erasable syntax): Node 24 runs it
// without a bundler, so scripts and unit tests use it as pages do. Pages reach
// it through src/charts/specs.ts, which supplies the dataset.

import { PRODUCER_LABELS, type Dataset, type Stage } from '../schemas/index.ts';
import type { IndexedFigure } from '../data/figures/figure-index.ts';
import { resolveTextPlain } from '../data/figures/resolve.ts';
import {
  AGAINST_ALL_ID,
  computeAgainstAllVsRunnerUp,
  computeEarlyVoting,
  computeEarlyVotingByRegion,
  computeHistoryRows,
  computeLukashenka2020OfficialVsEstimates,
  computeTurnout2020vs2025,
  computeTurnoutByRegion,
  computeTurnoutHistory,
  computeVoteShareRows,
  computeVoteShares,
  computeWinnerShareHistory,
  type Category,
  type Derivation,
  type Series,
  type SeriesPoint,
} from '../data/figures/series.ts';
import { formatDate, formatDateRange, formatShortDate, formatStage, GAP_TEXT, GAP_TEXT_LONG } from '../lib/format.ts';
import { CANVAS_CHART_IDS, CHART_IDS, isChartId, isMapChartId, type CanvasChartId, type ChartId } from './ids.ts';
import { buildMapSpec, type MapChartSpec } from './map/spec.ts';
import { chartSize, POINT_STYLES, toBarConfig, toLineConfig, type Presentation } from './configs.ts';
import { DOWNLOAD_EXTRA_HEIGHT, LAYOUT_WIDTH, LAYOUTS, OG_SIZE, type LayoutName, type Size } from './layout.ts';
import type { StaticChartConfig } from './render/apply-theme.ts';

type Index = Map<string, IndexedFigure>;

export interface ChartTableCell {
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
    const near = CHART_IDS.filter((k) => k.startsWith(id.split('-')[0] ?? '') || id.startsWith(k.split('-')[0] ?? ''));
    super(
      `${where ? `${where}: ` : ''}unknown chart id ${JSON.stringify(id)}. ` +
        `Known ids: ${CHART_IDS.join(', ')}${near.length ? ` (did you mean ${near.map((k) => `"${k}"`).join(' or ')}?)` : ''}. ` +
        'A new chart needs its id in src/charts/ids.ts and its definition in src/charts/registry.ts.',
    );
    this.name = 'UnknownChartError';
  }
}

// ---------------------------------------------------------------------------
// Helpers: text from data, never typed numbers.

const pointOf = (s: Series, category: string): SeriesPoint => {
  const p = s.points.find((x) => x.category === category);
  if (!p) throw new Error(`series "${s.id}" has no point for "${category}"`);
  return p;
};
const labelOf = (d: Derivation, category: string) => d.categories.find((c) => c.id === category)?.label ?? category;
const show = (p: SeriesPoint) => p.figure.display;
const known = (points: SeriesPoint[]) => points.filter((p) => p.value !== null);

/** The highest and lowest known points; every point that ties for either, in chart order. */
function extremes(points: SeriesPoint[]): { min: SeriesPoint[]; max: SeriesPoint[] } | undefined {
  const k = known(points);
  if (!k.length) return undefined;
  const hi = Math.max(...k.map((p) => p.value!));
  const lo = Math.min(...k.map((p) => p.value!));
  return { max: k.filter((p) => p.value === hi), min: k.filter((p) => p.value === lo) };
}
/** "82.50% in North and South": the value and every category that has it. */
const at = (d: Derivation, tied: SeriesPoint[]) => `${show(tied[0]!)} in ${listJoin(tied.map((p) => labelOf(d, p.category)))}`;

/** "A, B and C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Against all" mid-sentence. */
const inSentence = (label: string) => (label === 'Against all' ? 'against all' : label);

/** Dates of the points: one date, a range, or one per series when each series has its own. */
export function describeStage(d: Derivation, opts: { electionNight?: boolean } = {}): string {
  const parts = d.stages.map((stage) => {
    const points = d.series.flatMap((s) => s.points.filter((p) => p.figure.stage === stage).map((p) => ({ s, p })));
    const dates = [...new Set(points.map((x) => x.p.figure.date).filter((x): x is string => !!x))].sort();
    if (dates.length <= 1) return formatStage(stage, dates[0], opts);
    const perSeries = d.series.map((s) => [...new Set(s.points.map((p) => p.figure.date))]);
    if (d.series.length > 1 && perSeries.every((x) => x.length === 1)) {
      return d.series.map((s, i) => `${s.label}: ${formatStage(stage, perSeries[i]![0], opts)}`).join('; ');
    }
    return formatStage(stage, `${dates[0]}/${dates.at(-1)}`, opts);
  });
  return parts.join('; ');
}

/** Categories with no value in any series. */
export function gapCategories(d: Derivation): Category[] {
  return d.categories.filter((c) => d.series.every((s) => pointOf(s, c.id).value === null));
}

/**
 * Notes attached to individual figures, each note once, naming where it
 * applies: "Day 2 (every region): …" when all series share it.
 */
export function pointNotes(d: Derivation, index: Index, rowLabel: (c: Category) => string, seriesNoun = 'series'): string[] {
  const byNote = new Map<string, Map<string, string[]>>();
  for (const c of d.categories) {
    for (const s of d.series) {
      const note = pointOf(s, c.id).figure.note;
      if (!note) continue;
      const cats = byNote.get(note) ?? new Map<string, string[]>();
      cats.set(c.id, [...(cats.get(c.id) ?? []), s.label]);
      byNote.set(note, cats);
    }
  }
  return [...byNote].map(([note, cats]) => {
    const where = [...cats].map(([catId, series]) => {
      const label = rowLabel(d.categories.find((c) => c.id === catId)!);
      if (d.series.length === 1) return label;
      return series.length === d.series.length ? `${label} (every ${seriesNoun})` : `${label} (${listJoin(series)})`;
    });
    return `${listJoin(where)}: ${resolveTextPlain(index, note)}`;
  });
}

function niceMax(value: number, step: number): number {
  return Math.max(step, Math.ceil((value * 1.08) / step) * step);
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Small counts in words, as running text writes them. */
const countWord = (n: number) => WORDS[n] ?? String(n);

/**
 * The summary says what no source gives: a definition may already have said
 * it in its own words; if not, the gap sentence is added, so the alt text and
 * caption never leave a gap out.
 */
export function withGaps(summary: string, gapSentence: string | undefined): string {
  if (!gapSentence || summary.includes(GAP_TEXT)) return summary;
  return `${summary} ${gapSentence}`;
}

/** The surname: the last word of a full name. */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

// ---------------------------------------------------------------------------
// Definitions

interface Context {
  ds: Dataset;
  index: Index;
  d: Derivation;
}

interface Definition {
  title(c: Context): string;
  subtitle(c: Context): string;
  type: 'bar' | 'line';
  derive(ds: Dataset, index: Index): Derivation;
  categoryHeading: string;
  /** Row header of a category in the table and in announcements. */
  rowLabel?(category: Category, c: Context): string;
  /** Column header of a series in the table. */
  columnLabel?(series: Series): string;
  electionNight?: boolean;
  summary(c: Context): string;
  notes(c: Context): string[];
  valueAxis(c: Context, layout: LayoutName): Presentation['valueAxis'];
  categoryLabels?(c: Context, layout: LayoutName): (string | string[])[];
  categoryAxisTitle?(c: Context, layout: LayoutName): string[] | undefined;
  seriesColours?: string[];
  categoryColours?(c: Context): string[] | undefined;
  /** The value label of one point on the chart. */
  valueLabel?(p: SeriesPoint, s: Series, category: Category): string;
  endLabel?(s: Series, layout: LayoutName): string | undefined;
  legend?: boolean | ((layout: LayoutName) => boolean);
  /** What each series is, for the gap sentence ("no official figure found for any region"). */
  seriesNoun?: string;
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

const PERCENT_AXIS = (title: string) => (_c: Context, layout: LayoutName): Presentation['valueAxis'] => ({
  title,
  max: 100,
  step: layout === 'wide' ? 20 : 25,
  format: 'percent',
});

const CEC_BASIS =
  'Shares are of all voters who took part, invalid ballots included: the basis the Central Election Commission (CEC) uses. Shares of valid votes, which some sources give, are higher.';

function historyYears(d: Derivation, ds: Dataset, index: Index): string {
  const rows = computeHistoryRows(ds, index).filter((r) => d.categories.some((c) => c.id === r.id));
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  return first === last ? String(first) : `${first}–${last}`;
}

function checkpointOf(ds: Dataset, id: string) {
  const cp = ds.turnout2025.checkpoints.find((x) => x.id === id);
  if (!cp) throw new Error(`no checkpoint "${id}" in turnout-2025.json`);
  return cp;
}

/** "Early voting, day 1, 21 January 2025", "Election day, 12:00, 26 January 2025". */
function checkpointRow(category: Category, c: Context): string {
  const cp = checkpointOf(c.ds, category.id);
  return `${cp.label}, ${formatDate(cp.date)}`;
}

/** "early-voting day 1 (21 January 2025)", "20:00 on polling day (26 January 2025)": for running text. */
function checkpointShort(category: Category, c: Context): string {
  const cp = checkpointOf(c.ds, category.id);
  const short = cp.shortLabel.replace(/^./, (x) => x.toLowerCase());
  return cp.phase === 'early' ? `early-voting ${short} (${formatDate(cp.date)})` : `${cp.time ?? short} on polling day (${formatDate(cp.date)})`;
}

/** "early voting (21–25 January 2025) day 1 7.81%, …; polling day (26 January 2025) 12:00 56.64%, 20:00 85.69%" */
function checkpointList(s: Series, c: Context): string {
  const phases = (['early', 'election-day'] as const).map((phase) => {
    const cps = c.ds.turnout2025.checkpoints.filter((x) => x.phase === phase && c.d.categories.some((cat) => cat.id === x.id));
    if (!cps.length) return '';
    const when = phase === 'early' ? `early voting (${formatDateRange(cps[0]!.date, cps.at(-1)!.date)})` : `polling day (${formatDate(cps[0]!.date)})`;
    const items = cps.map((cp) => `${phase === 'early' ? cp.shortLabel.replace(/^./, (x) => x.toLowerCase()) : (cp.time ?? cp.shortLabel)} ${show(pointOf(s, cp.id))}`);
    return `${when} ${items.join(', ')}`;
  });
  return phases.filter(Boolean).join('; ');
}

/**
 * Axis labels for checkpoints. Wide: two lines, "Day 1 / 21 Jan", "26 Jan /
 * 12:00". Narrow, where seven two-line labels do not fit: the day's number or
 * the time, with the dates in the axis title.
 */
function checkpointAxis(c: Context, layout: LayoutName): (string | string[])[] {
  return c.d.categories.map((cat) => {
    const cp = checkpointOf(c.ds, cat.id);
    if (layout === 'narrow') return cp.phase === 'early' ? (/\d+/.exec(cp.shortLabel)?.[0] ?? cp.shortLabel) : (cp.time ?? cp.shortLabel);
    return cp.phase === 'early' ? [cp.shortLabel, formatShortDate(cp.date)] : [formatShortDate(cp.date), cp.time ?? cp.shortLabel];
  });
}

/** "21–25 Jan", "30 Jan – 2 Feb". */
function shortRange(a: string, b: string): string {
  const [da, ma] = formatShortDate(a).split(' ');
  const [db, mb] = formatShortDate(b).split(' ');
  if (a === b) return `${da} ${ma}`;
  return ma === mb ? `${da}–${db} ${mb}` : `${da} ${ma} – ${db} ${mb}`;
}

/** Narrow only, on two lines: "Early-voting day (21–25 Jan)", "time on polling day (26 Jan)". */
function checkpointAxisTitle(c: Context, layout: LayoutName): string[] | undefined {
  if (layout !== 'narrow') return undefined;
  const cps = c.ds.turnout2025.checkpoints.filter((x) => c.d.categories.some((cat) => cat.id === x.id));
  const early = cps.filter((x) => x.phase === 'early');
  const day = cps.filter((x) => x.phase === 'election-day');
  const parts = [];
  if (early.length) parts.push(`Early-voting day (${shortRange(early[0]!.date, early.at(-1)!.date)})`);
  if (day.length) parts.push(`then time on polling day (${shortRange(day[0]!.date, day.at(-1)!.date)})`);
  return parts;
}

/** The 1994 run-off note: the published share against the one the counts give, from the data. */
function precisionNotes(c: Context, field: 'winner.share' | 'runnerUp.share'): string[] {
  const out: string[] = [];
  for (const e of c.ds.elections) {
    if (!c.d.categories.some((cat) => cat.id === e.id)) continue;
    for (const x of e.precisionExceptions ?? []) {
      if (x.figure !== field) continue;
      const who = field === 'winner.share' ? e.winner : e.runnerUp;
      const votes = who.votes.status === 'published' ? Number(who.votes.value) : undefined;
      const took = e.tookPart.status === 'published' ? Number(e.tookPart.value) : undefined;
      const label = labelOf(c.d, e.id);
      const published = who.share.status === 'published' ? `${who.share.value}%` : GAP_TEXT;
      if (votes !== undefined && took) {
        const computed = ((votes / took) * 100).toFixed(3);
        out.push(
          `${label}: the sources publish ${published} for ${who.name}, while the published counts give ${computed}% ` +
            `(${votes.toLocaleString('en-GB')} of ${took.toLocaleString('en-GB')} voters who took part). ${x.reason} The chart shows the published figure.`,
        );
      } else {
        out.push(`${label}: the sources publish ${published} for ${who.name}; the counts give ${x.computed}%. ${x.reason}`);
      }
    }
  }
  return out;
}

/** Shares on the valid-vote basis where the data has them, to show how the bases differ. */
function validBasisNote(c: Context, pick: 'winner' | 'runnerUp'): string | undefined {
  const rows = computeHistoryRows(c.ds, c.index).filter((r) => c.d.categories.some((cat) => cat.id === r.id));
  const parts = rows
    .map((r) => ({ r, f: r[pick].shareValid }))
    .filter((x) => x.f && x.f.value !== null)
    .map((x) => `${x.r.label}: ${x.f!.display} of valid votes against ${x.r[pick].share.display} of voters who took part`);
  return parts.length ? `Where the sources give both bases: ${parts.join('; ')}.` : undefined;
}

const DEFINITIONS = {
  'vote-share-2025': {
    type: 'bar',
    title: () => 'Vote shares, 2025 presidential election',
    subtitle: (c) => `Share of voters who took part (CEC basis), final results of ${formatDate(c.ds.results2025.final.announced)}`,
    derive: (ds, index) => computeVoteShares(ds, index, 'final'),
    categoryHeading: 'Candidate',
    rowLabel: (cat, c) => (cat.id === AGAINST_ALL_ID ? cat.label : (c.ds.candidates.find((x) => x.id === cat.id)?.name ?? cat.label)),
    columnLabel: () => 'Share of voters who took part',
    summary: (c) => {
      const s = c.d.series[0]!;
      return `Share of voters who took part (${describeStage(c.d)}): ${s.points.map((p) => `${inSentence(labelOf(c.d, p.category))} ${show(p)}`).join(', ')}.`;
    },
    notes: (c) => {
      const notes = [CEC_BASIS, '“Against all” was an option on the ballot, not a candidate; its bar stands in order of size.'];
      const pre = computeVoteShareRows(c.ds, c.index, 'preliminary');
      const fin = computeVoteShareRows(c.ds, c.index, 'final');
      const same = fin.every((f) => pre.find((p) => p.id === f.id)?.share.display === f.share.display);
      const preDate = c.ds.results2025.preliminary.announced;
      notes.push(
        same
          ? `The preliminary results of ${formatDate(preDate)} gave the same shares.`
          // The superseded figures stay on the results page, inside its preliminary column; a chart note cannot carry their stage.
          : `The preliminary results of ${formatDate(preDate)} gave different shares; the results page shows them beside the final ones.`,
      );
      return notes;
    },
    valueAxis: PERCENT_AXIS('% of voters who took part'),
  },
  'turnout-by-region-2025': {
    type: 'bar',
    title: (c) => `Turnout by region at the close of polls, ${c.ds.results2025.date.slice(0, 4)}`,
    subtitle: (c) => {
      const cp = checkpointOf(c.ds, 'close');
      return `The CEC’s figures at ${cp.time ?? 'the close of polls'} on ${formatDate(cp.date)}, for the six oblasts, Minsk city and the country`;
    },
    derive: computeTurnoutByRegion,
    categoryHeading: 'Region',
    rowLabel: (cat, c) => c.ds.regions.find((r) => r.id === cat.id)?.name ?? cat.label,
    columnLabel: () => 'Turnout at the close of polls',
    electionNight: true,
    summary: (c) => {
      const pts = c.d.series[0]!.points;
      const national = pts.find((p) => p.category === 'belarus');
      const regions = pts.filter((p) => p.category !== 'belarus');
      const e = extremes(regions);
      const head = national ? `Belarus ${show(national)}` : '';
      const range = e ? `; by region from ${at(c.d, e.min)} to ${at(c.d, e.max)}` : '';
      return `${head}${range}: ${regions.map((p) => `${labelOf(c.d, p.category)} ${show(p)}`).join(', ')}.`;
    },
    notes: (c) => {
      const final = c.index.has('2025.final.turnout') ? resolveTextPlain(c.index, '{{2025.final.turnout}}') : undefined;
      const notes = [`Turnout here is the ${c.ds.turnout2025.measure.toLowerCase()}, as the CEC announced it on election night.`];
      if (final) notes.push(`The final results of ${formatDate(c.ds.results2025.final.announced)} give a national turnout of ${final}.`);
      const regionalFinal = c.ds.turnout2025.notFound.find((x) => /regional turnout/i.test(x));
      if (regionalFinal) notes.push(`${regionalFinal.replace(/\.$/, '')}: ${GAP_TEXT_LONG}.`);
      return notes;
    },
    valueAxis: PERCENT_AXIS('Turnout at 20:00, %'),
    categoryColours: (c) => c.d.categories.map((cat) => (cat.id === 'belarus' ? 'palette:1' : 'palette:0')),
  },
  'early-voting-2025': {
    type: 'line',
    title: () => 'Turnout through early voting and polling day, 2025',
    subtitle: (c) => {
      const early = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'early');
      const day = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'election-day');
      return `Cumulative national turnout after each of the ${countWord(early.length)} early-voting days (${formatDateRange(early[0]!.date, early.at(-1)!.date)}) and at ${listJoin(day.map((x) => x.time ?? x.shortLabel))} on ${formatDate(day[0]!.date)}`;
    },
    derive: (ds, index) => computeEarlyVoting(ds, index),
    categoryHeading: 'When',
    rowLabel: checkpointRow,
    columnLabel: () => 'Turnout, Belarus (cumulative)',
    summary: (c) => {
      const s = c.d.series[0]!;
      return `Cumulative national turnout: ${checkpointList(s, c)}.`;
    },
    notes: (c) => [
      `Turnout here is the ${c.ds.turnout2025.measure.toLowerCase()}; each figure includes the days before it.`,
      ...pointNotes(c.d, c.index, (cat) => checkpointRow(cat, c)),
    ],
    valueAxis: PERCENT_AXIS('Cumulative turnout, %'),
    categoryLabels: checkpointAxis,
    categoryAxisTitle: checkpointAxisTitle,
  },
  'early-voting-by-region-2025': {
    type: 'line',
    title: () => 'Turnout by region through early voting and polling day, 2025',
    subtitle: (c) => {
      const early = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'early');
      const day = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'election-day');
      return `Cumulative turnout in the six oblasts and Minsk city, ${formatDateRange(early[0]!.date, day.at(-1)!.date)}; a day with no official figure is a gap, not a zero`;
    },
    derive: computeEarlyVotingByRegion,
    categoryHeading: 'When',
    rowLabel: checkpointRow,
    summary: (c) => {
      const first = c.d.categories[0]!;
      const last = c.d.categories.at(-1)!;
      const ranges = c.d.series.map((s) => `${s.label} ${show(pointOf(s, first.id))} to ${show(pointOf(s, last.id))}`);
      let text = `Cumulative turnout from ${checkpointShort(first, c)} to ${checkpointShort(last, c)}: ${ranges.join(', ')}.`;
      const gaps = gapCategories(c.d);
      if (gaps.length) text += ` For ${listJoin(gaps.map((g) => checkpointShort(g, c)))}: ${GAP_TEXT} for any region.`;
      return text;
    },
    notes: (c) => [
      `Turnout here is the ${c.ds.turnout2025.measure.toLowerCase()}; each figure includes the days before it.`,
      ...pointNotes(c.d, c.index, (cat) => checkpointRow(cat, c), 'region'),
    ],
    valueAxis: PERCENT_AXIS('Cumulative turnout, %'),
    categoryLabels: checkpointAxis,
    categoryAxisTitle: checkpointAxisTitle,
    seriesColours: ['palette:0', 'palette:1', 'palette:2', 'palette:3', 'palette:4', 'palette:5', 'palette:7'],
    seriesNoun: 'region',
    // Wide: each line named at its end. Narrow: no room for names beside seven
    // checkpoints, so a legend above (colour and marker shape) names them.
    endLabel: (s, layout) => (layout === 'wide' ? `${s.label} ${s.points.filter((p) => p.value !== null).at(-1)?.figure.display ?? ''}`.trim() : undefined),
    legend: (layout) => layout === 'narrow',
  },
  'turnout-history': {
    type: 'bar',
    title: (c) => `Turnout at each presidential vote, ${historyYears(c.d, c.ds, c.index)}`,
    subtitle: (c) => `Official turnout, final results; ${c.d.categories.filter((x) => x.id.startsWith('1994')).length === 2 ? '1994 went to a second round' : 'one round each'}`,
    derive: computeTurnoutHistory,
    categoryHeading: 'Vote',
    columnLabel: () => 'Turnout',
    summary: (c) => {
      const pts = c.d.series[0]!.points;
      const e = extremes(pts);
      const range = e ? ` Highest ${at(c.d, e.max)}, lowest ${at(c.d, e.min)}.` : '';
      return `Official turnout: ${pts.map((p) => `${labelOf(c.d, p.category)} ${show(p)}`).join(', ')}.${range}`;
    },
    notes: (c) => [
      'Turnout is voters who took part as a share of registered voters, as the CEC published it for each vote.',
      ...pointNotes(c.d, c.index, (cat) => cat.label),
    ],
    valueAxis: PERCENT_AXIS('Turnout, %'),
  },
  'winner-share-history': {
    type: 'bar',
    title: (c) => `The winner’s share at each presidential vote, ${historyYears(c.d, c.ds, c.index)}`,
    subtitle: () => 'The first-placed candidate’s share of voters who took part (CEC basis), final results',
    derive: computeWinnerShareHistory,
    categoryHeading: 'Vote',
    rowLabel: (cat, c) => {
      const row = computeHistoryRows(c.ds, c.index).find((r) => r.id === cat.id);
      return row ? `${cat.label}: ${row.winner.name}` : cat.label;
    },
    columnLabel: () => 'Share of voters who took part (CEC basis)',
    summary: (c) => {
      const pts = c.d.series[0]!.points;
      return `The first-placed candidate’s share of voters who took part: ${pts.map((p) => `${labelOf(c.d, p.category)} ${show(p)}`).join(', ')}.`;
    },
    notes: (c) => {
      const rows = computeHistoryRows(c.ds, c.index).filter((r) => c.d.categories.some((cat) => cat.id === r.id));
      const r1 = rows.find((r) => r.id === '1994-r1');
      const notes = [CEC_BASIS];
      const valid = validBasisNote(c, 'winner');
      if (valid) notes.push(valid);
      if (r1) notes.push(`${r1.label}: no candidate won a majority; the bar shows the first-placed candidate, ${r1.winner.name}.`);
      notes.push(...precisionNotes(c, 'winner.share'));
      for (const e of c.ds.elections) {
        if (!c.d.categories.some((cat) => cat.id === e.id)) continue;
        for (const o of e.otherReportedShares ?? []) {
          notes.push(`${labelOf(c.d, e.id)}: ${o.value}% is also widely reported (basis ${o.basis}). ${resolveTextPlain(c.index, o.note)}`);
        }
      }
      notes.push(...pointNotes(c.d, c.index, (cat) => cat.label));
      return notes;
    },
    valueAxis: PERCENT_AXIS('% of voters who took part'),
  },
  'against-all-vs-runner-up': {
    type: 'bar',
    title: (c) => `“Against all” and the strongest other candidate, ${historyYears(c.d, c.ds, c.index)}`,
    subtitle: () => 'Share of voters who took part (CEC basis), final results',
    derive: computeAgainstAllVsRunnerUp,
    categoryHeading: 'Vote',
    rowLabel: (cat) => (cat.sublabel ? `${cat.label} (runner-up: ${cat.sublabel})` : cat.label),
    summary: (c) => {
      const aa = c.d.series.find((s) => s.id === 'against-all')!;
      const ru = c.d.series.find((s) => s.id === 'runner-up')!;
      const parts = c.d.categories.map((cat) => `${cat.label} against all ${show(pointOf(aa, cat.id))}, ${cat.sublabel ?? 'strongest other candidate'} ${show(pointOf(ru, cat.id))}`);
      const both = c.d.categories.filter((cat) => pointOf(aa, cat.id).value !== null && pointOf(ru, cat.id).value !== null);
      const ahead = both.filter((cat) => pointOf(aa, cat.id).value! > pointOf(ru, cat.id).value!);
      const verdict = ahead.length
        ? ` “Against all” was ahead of the strongest other candidate in ${listJoin(ahead.map((x) => x.label))}.`
        : ' “Against all” was never ahead of the strongest other candidate.';
      return `${parts.join('; ')}.${verdict}`;
    },
    notes: (c) => {
      const notes = [CEC_BASIS, 'The strongest other candidate is the one placed second in each vote.'];
      const first = computeHistoryRows(c.ds, c.index)[0];
      if (first && !c.d.categories.some((x) => x.id === first.id)) {
        const missing = computeHistoryRows(c.ds, c.index).filter((r) => r.againstAll.share.value === null && !c.d.categories.some((x) => x.id === r.id));
        if (missing.length) notes.push(`The chart starts in ${c.d.categories[0]!.label}: for ${listJoin(missing.map((r) => r.label))}, the “against all” share on the CEC basis: ${GAP_TEXT_LONG}.`);
      }
      notes.push(...pointNotes(c.d, c.index, (cat) => cat.label));
      return notes;
    },
    valueAxis: (c) => {
      const max = Math.max(...c.d.series.flatMap((s) => known(s.points).map((p) => p.value!)));
      return { title: '% of voters who took part', max: niceMax(max, 5), step: 5, format: 'percent' };
    },
    seriesColours: ['palette:3', 'palette:0'],
    valueLabel: (p, s, cat) => (s.id === 'against-all' ? `${show(p)} against all` : `${show(p)} ${surname(cat.sublabel ?? s.label)}`),
    legend: true,
  },
  'turnout-2020-vs-2025-by-region': {
    type: 'bar',
    title: () => 'Turnout by region at the close of polls, 2020 and 2025',
    subtitle: (c) => `The CEC’s figures at 20:00 on polling day, ${listJoin(c.d.series.map((s) => formatDate(s.points[0]?.figure.date ?? '')))}`,
    derive: computeTurnout2020vs2025,
    categoryHeading: 'Region',
    rowLabel: (cat, c) => c.ds.regions.find((r) => r.id === cat.id)?.name ?? cat.label,
    columnLabel: (s) => `Turnout, ${s.label}`,
    electionNight: true,
    summary: (c) => {
      const [a, b] = c.d.series as [Series, Series];
      const parts = c.d.categories.map((cat) => `${cat.label} ${show(pointOf(a, cat.id))} in ${a.label}, ${show(pointOf(b, cat.id))} in ${b.label}`);
      const pairs = c.d.categories.filter((cat) => pointOf(a, cat.id).value !== null && pointOf(b, cat.id).value !== null);
      const higher = pairs.filter((cat) => pointOf(b, cat.id).value! > pointOf(a, cat.id).value!);
      const lower = pairs.filter((cat) => pointOf(b, cat.id).value! < pointOf(a, cat.id).value!);
      const verdict = [
        higher.length ? `higher in ${b.label} in ${listJoin(higher.map((x) => x.label))}` : '',
        lower.length ? `lower in ${listJoin(lower.map((x) => x.label))}` : '',
      ].filter(Boolean).join(', ');
      return `${parts.join('; ')}.${verdict ? ` Turnout was ${verdict}.` : ''}`;
    },
    notes: (c) => [
      `${c.d.series[1]?.label ?? '2025'}: the ${c.ds.turnout2025.measure.toLowerCase()}.`,
      `${c.d.series[0]?.label ?? '2020'}: ${resolveTextPlain(c.index, c.ds.regions2020.note)}`,
      ...pointNotes(c.d, c.index, (cat) => cat.label),
    ],
    valueAxis: PERCENT_AXIS('Turnout at 20:00, %'),
    seriesColours: ['palette:4', 'palette:0'],
    valueLabel: (p, s) => `${s.label}: ${show(p)}`,
    legend: true,
  },
  'lukashenka-2020-official-vs-estimates': {
    type: 'bar',
    estimates: true,
    title: () => 'Lukashenka’s 2020 share: the official result and three independent estimates',
    subtitle: () => 'Four different measures, each a share of something different: not one thing measured four times',
    derive: computeLukashenka2020OfficialVsEstimates,
    categoryHeading: 'Measure',
    rowLabel: (cat, c) => {
      const f = pointOf(c.d.series[0]!, cat.id).figure;
      const t = lukashenkaBarText(cat.id, c);
      return `${t.name} (${kindWords(f)}): ${t.of}`;
    },
    columnLabel: () => 'Lukashenka’s share',
    summary: (c) => {
      const parts = c.d.series[0]!.points.map((p) => {
        const t = lukashenkaBarText(p.category, c);
        return `${t.name}, ${kindWords(p.figure)}: ${show(p)} ${t.of}`;
      });
      return `Four different measures of Lukashenka’s support in 2020, not one thing measured four times. ${parts.join('; ')}.`;
    },
    notes: (c) => {
      const pts = c.d.series[0]!.points;
      const official = pts.filter((p) => p.figure.status !== 'estimate').map((p) => lukashenkaBarText(p.category, c).name);
      return [
        `Solid bar: the official figure (${listJoin(official)}). Outlined bars: independent estimates, not official; each is labelled with who produced it.`,
        'These are different measures, not measurements of one thing: each bar is a share of a different group, so the gaps between them are not errors of one count.',
        ...pts.filter((p) => p.figure.status === 'estimate').map((p) => `${lukashenkaBarText(p.category, c).name}: ${resolveTextPlain(c.index, estimateLimits(p, c))}`),
        'No chart on this site sets 2025 official figures beside estimates: no independent count or exit poll of the 2025 vote was found.',
      ];
    },
    valueAxis: (c, layout) => PERCENT_AXIS(layout === 'narrow' ? 'Share, % (of different groups)' : 'Lukashenka’s share, % (each of a different group)')(c, layout),
    categoryLabels: (c, layout) => c.d.series[0]!.points.map((p) => {
      const t = lukashenkaBarText(p.category, c);
      const estimate = p.figure.status === 'estimate';
      if (layout === 'narrow') return [t.short, estimate ? 'ESTIMATE, not official' : 'OFFICIAL figure', t.producer, t.ofShort];
      return [t.name, estimate ? `Estimate, not official · ${t.producer}` : `Official figure · ${t.producer}`, t.of];
    }),
    labelLines: (layout) => (layout === 'narrow' ? 4 : 3),
    categoryColours: (c) => c.d.categories.map((cat) => (cat.id === 'cec' ? 'palette:0' : 'palette:1')),
    categoryOutlines: (c) => c.d.series[0]!.points.map((p) => (p.figure.status === 'estimate' ? 'palette:1' : null)),
    stageText: (c) => {
      const official = c.d.series[0]!.points.find((p) => p.figure.status !== 'estimate');
      const dates = c.d.series[0]!.points.filter((p) => p.figure.status === 'estimate').map((p) => p.figure.date).filter((x): x is string => !!x).sort();
      const est = dates.length ? `; estimates from ${formatDate(dates[0]!)}` : '';
      return `${formatStage(official?.figure.stage, official?.figure.date)} (CEC result)${est}`;
    },
    creditLine: (c) => `The CEC’s official result beside independent estimates from ${c.d.sources.length} sources, listed on the chart page`,
  },
} satisfies Record<CanvasChartId, Definition>;


// ---------------------------------------------------------------------------
// Lukashenka’s 2020 share, official and estimated: words for each bar. Every
// number in them (stations, assumed turnout) comes from the data.

/** "official" or "estimate, not official", as the bar's figure is. */
const kindWords = (f: SeriesPoint['figure']) => (f.status === 'estimate' ? 'estimate, not official' : 'official');

function lukashenkaBarText(id: string, c: Context): { name: string; short: string; producer: string; of: string; ofShort: string } {
  const fig = (key: string) => resolveTextPlain(c.index, `{{${key}}}`);
  const producer = (key: string) => {
    const p = c.index.get(key)?.evidence?.producer;
    return p ? PRODUCER_LABELS[p].toLowerCase() : 'state';
  };
  switch (id) {
    case 'cec':
      return { name: 'CEC official result', short: 'CEC official result', producer: 'state', of: 'of all voters who took part', ofShort: 'of all who took part' };
    case 'protocols':
      return {
        name: 'Protocols the platforms obtained', short: 'Platforms’ protocols', producer: producer('evidence.golos-protocols-2020.lukashenka-share'),
        of: `of voters at those ${fig('evidence.golos-protocols-2020.stations')} stations only`, ofShort: `at ${fig('evidence.golos-protocols-2020.stations')} stations only`,
      };
    case 'joint-study':
      return {
        name: 'Joint study of 2021 (a model)', short: 'Joint study (model)', producer: producer('evidence.joint-study-2021.lukashenka-share'),
        of: `of votes at an assumed ${fig('evidence.joint-study-2021.assumed-turnout')} turnout`, ofShort: `at assumed ${fig('evidence.joint-study-2021.assumed-turnout')} turnout`,
      };
    case 'chatham-house':
      return {
        name: 'Chatham House poll, September 2020', short: 'Chatham House poll', producer: producer('evidence.chatham-house-2020.lukashenka-share'),
        of: 'of urban respondents saying how they voted', ofShort: 'of urban respondents',
      };
    default:
      throw new Error(`lukashenka-2020-official-vs-estimates: no words for bar "${id}"`);
  }
}

/** An estimate's limitations, from its evidence item (free text with figure keys). */
function estimateLimits(p: SeriesPoint, c: Context): string {
  const item = c.ds.evidence.find((e) => e.id === p.figure.evidence?.item);
  return item?.limitations ?? '';
}

/**
 * What a chart may draw. A chart of official figures draws no estimate; a
 * chart that draws estimates (its definition says so) draws no 2025 official
 * figure, since nothing sets the 2025 result beside an estimate. Each problem
 * is one line naming the chart, the series and the category.
 */
export function chartFigureProblems(id: string, d: Derivation, allowsEstimates: boolean): string[] {
  const out: string[] = [];
  for (const s of d.series) {
    for (const p of s.points) {
      const where = `${id}: ${s.id} at ${p.category}`;
      if (!allowsEstimates && p.figure.status === 'estimate') {
        const by = p.figure.evidence?.producer ? ` (${PRODUCER_LABELS[p.figure.evidence.producer].toLowerCase()})` : '';
        out.push(`${where}: expected an official figure (this chart shows official figures only; an estimate is drawn only by a chart that labels it as one), found the estimate ${p.figure.key}${by}`);
      }
      if (allowsEstimates && p.figure.status !== 'estimate' && p.figure.key.startsWith('2025.')) {
        out.push(`${where}: expected no 2025 official figure beside estimates (the 2025 result is never charted with anything else), found ${p.figure.key}`);
      }
    }
  }
  return out;
}

/** Every chart's figure problems, for `npm run validate`. */
export function allChartFigureProblems(ds: Dataset, index: Index): string[] {
  // Maps draw official figures only, through their own spec (src/charts/map/).
  return CANVAS_CHART_IDS.flatMap((id) => {
    const def: Definition = DEFINITIONS[id];
    return chartFigureProblems(id, def.derive(ds, index), def.estimates === true);
  });
}

/** A table cell's note: an estimate says so in words (and who produced it, and of what), before any note of its own. */
function cellNote(p: SeriesPoint, index: Index): string | undefined {
  const own = p.figure.note ? resolveTextPlain(index, p.figure.note) : undefined;
  if (p.figure.status !== 'estimate') return own;
  const by = p.figure.evidence?.producer ? ` (${PRODUCER_LABELS[p.figure.evidence.producer].toLowerCase()})` : '';
  const words = `Estimate, not official${by}: ${p.figure.display} of ${p.figure.of ?? 'an unstated group'}.`;
  return own ? `${words} ${own}` : words;
}

export class ChartFigureError extends Error {
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ChartFigureError';
  }
}

// ---------------------------------------------------------------------------

/** The credit line under a downloaded image or social card. */
export const SITE_NAME = 'Belarus 2025: the election explained';

export function credit(stageText: string, sources: number, line?: string): string[] {
  return [
    `${SITE_NAME} · CC BY 4.0`,
    line ?? `CEC figures as reported in ${sources} source${sources === 1 ? '' : 's'}, listed on the chart page`,
    `Data: ${stageText}`,
  ];
}

/**
 * A title on one line, or two split at a space near the middle when it would
 * not fit `width` pixels at `size` (bold DejaVu Sans averages about 0.64 em
 * a character). Chart.js would otherwise squeeze it to fit.
 */
export function wrapTitle(title: string, width: number, size: number): string | string[] {
  if (title.length * size * 0.64 <= width) return title;
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return title;
  const middle = title.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
  return [title.slice(0, at), title.slice(at + 1)];
}

function presentation(def: Definition, c: Context, layout: LayoutName): Presentation {
  const { d } = c;
  const colours = def.seriesColours ?? d.series.map((_s, i) => `palette:${i}`);
  const p: Presentation = {
    layout,
    valueAxis: def.valueAxis(c, layout),
    categoryLabels: def.categoryLabels?.(c, layout) ?? d.categories.map((x) => x.label),
    series: d.series.map((_s, i) => ({ colour: colours[i] ?? `palette:${i}`, pointStyle: POINT_STYLES[i % POINT_STYLES.length] })),
    valueLabels: d.series.map((s) =>
      d.categories.map((cat) => {
        const p = pointOf(s, cat.id);
        if (p.value === null) return null;
        return def.valueLabel ? def.valueLabel(p, s, cat) : show(p);
      }),
    ),
    legend: typeof def.legend === 'function' ? def.legend(layout) : (def.legend ?? false),
    gapText: GAP_TEXT,
  };
  const axisTitle = def.categoryAxisTitle?.(c, layout);
  if (axisTitle) p.categoryAxisTitle = axisTitle;
  const categoryColours = def.categoryColours?.(c);
  if (categoryColours) p.categoryColours = categoryColours;
  const outlines = def.categoryOutlines?.(c);
  if (outlines) p.categoryOutlines = outlines;
  const lines = def.labelLines?.(layout);
  if (lines) p.labelLines = lines;
  const endLabels = def.endLabel && d.series.length > 1 ? d.series.map((s) => def.endLabel!(s, layout)) : [];
  if (endLabels.length && endLabels.every((x) => x !== undefined)) p.endLabels = endLabels as string[];
  return p;
}


/**
 * The spec of chart `id`, from the validated dataset and its figure index.
 * An id that is not in src/charts/ids.ts throws a message naming the known
 * ids; `where` says who asked (a page, an article), for that message.
 */
export function buildChartSpec(id: string, ds: Dataset, index: Index, where?: string): ChartSpec {
  if (!isChartId(id)) throw new UnknownChartError(id, where);
  if (isMapChartId(id)) return buildMapSpec(id, ds, index);
  const def: Definition = DEFINITIONS[id];
  const d = def.derive(ds, index);
  const problems = chartFigureProblems(id, d, def.estimates === true);
  if (problems.length) throw new ChartFigureError(problems);
  const c: Context = { ds, index, d };
  const rowLabel = (cat: Category) => def.rowLabel?.(cat, c) ?? cat.label;
  const stageText = def.stageText?.(c) ?? describeStage(d, { electionNight: def.electionNight ?? false });
  const gaps = gapCategories(d);
  const gapSentence = () => `${listJoin(gaps.map(rowLabel))}: ${GAP_TEXT}${d.series.length > 1 ? ` for any ${def.seriesNoun ?? 'series'}` : ''} in the sources consulted.`;
  const table: ChartTable = {
    categoryHeading: def.categoryHeading,
    columns: d.series.map((s) => ({ id: s.id, label: def.columnLabel?.(s) ?? s.label })),
    rows: d.categories.map((cat) => ({
      id: cat.id,
      label: rowLabel(cat),
      cells: d.series.map((s) => {
        const p = pointOf(s, cat.id);
        return {
          value: p.value,
          text: show(p),
          published: p.value === null ? undefined : (p.figure.published ?? String(p.value)),
          status: p.figure.status,
          stage: p.figure.stage,
          date: p.figure.date,
          sources: p.figure.sources,
          note: cellNote(p, index),
          figureKey: p.figure.key,
        };
      }),
    })),
  };
  const pointTexts = d.series.map((s) =>
    d.categories.map((cat) => `${d.series.length > 1 ? `${s.label}, ` : ''}${rowLabel(cat)}: ${show(pointOf(s, cat.id))}`),
  );
  const toConfig = def.type === 'bar' ? toBarConfig : toLineConfig;
  const layouts = {} as CanvasChartSpec['layouts'];
  for (const layout of LAYOUTS) {
    const p = presentation(def, c, layout);
    layouts[layout] = {
      size: chartSize(def.type, layout, d.categories.length, d.series.length, p.legend, p.labelLines),
      config: toConfig(d, p),
    };
  }
  const title = def.title(c);
  const creditLine = def.creditLine?.(c);
  const downloadP = { ...presentation(def, c, 'wide'), heading: { title: wrapTitle(title, LAYOUT_WIDTH.wide, 16), credit: credit(stageText, d.sources.length, creditLine) } };
  const wide = layouts.wide.size;
  const ogP = { ...presentation(def, c, 'wide'), heading: { title: wrapTitle(title, OG_SIZE.width, 17), credit: credit(stageText, d.sources.length, creditLine), titleSize: 17 } };
  const subtitle = def.subtitle(c);
  return {
    id,
    title,
    subtitle,
    description: `${subtitle}. A chart with its data table, sources and downloads (CSV, JSON, PNG, SVG), ready to embed.`,
    type: def.type,
    unit: 'percent',
    derivation: d,
    sources: d.sources,
    notes: def.notes(c),
    stages: d.stages,
    stageText,
    date: d.date,
    summary: withGaps(def.summary(c), gaps.length ? gapSentence() : undefined),
    gaps: gaps.length
      ? { categories: gaps.map((g) => g.id), text: gapSentence() }
      : undefined,
    table,
    pointTexts,
    layouts,
    download: { size: { width: wide.width, height: wide.height + DOWNLOAD_EXTRA_HEIGHT }, config: toConfig(d, downloadP) },
    og: { config: toConfig(d, ogP) },
  };
}

/** Every chart's spec, in the order of src/charts/ids.ts. */
export function buildAllChartSpecs(ds: Dataset, index: Index): ChartSpec[] {
  return CHART_IDS.map((id) => buildChartSpec(id, ds, index));
}
