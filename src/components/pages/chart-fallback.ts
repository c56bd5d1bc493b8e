/**
 * What a page shows for a chart until `<ChartFigure>` (the charts issue)
 * lands: the chart's title, its data table and a summary written from its
 * derivation. Never an empty box. Pure: no Astro.
 *
 * The summaries state only values that are in the derivation (each one's
 * `display`, as the house formats write it) and comparisons between them;
 * a gap reads "no official figure found".
 */
import type { Dataset } from '../../schemas/index.ts';
import type { IndexedFigure } from '../../data/figures/figure-index.ts';
import type { ChartId } from '../../charts/ids.ts';
import {
  computeAgainstAllVsRunnerUp,
  computeEarlyVoting,
  computeEarlyVotingByRegion,
  computeTurnout2020vs2025,
  computeTurnoutByRegion,
  computeTurnoutHistory,
  computeVoteShares,
  computeWinnerShareHistory,
  AGAINST_ALL_ID,
  type Derivation,
  type SeriesPoint,
} from '../../data/figures/series.ts';
import { GAP_TEXT } from '../../lib/format.ts';

type Index = Map<string, IndexedFigure>;

export interface ChartFallback {
  id: ChartId;
  title: string;
  /** One or two sentences a reader can take in without the table. */
  summary: string;
  derivation: Derivation;
  /** Header of the first column (the categories). */
  categoryHeading: string;
}

interface Def {
  title: string;
  categoryHeading: string;
  derive: (ds: Dataset, index: Index) => Derivation;
  summarise: (d: Derivation, ds: Dataset) => string;
}

const label = (d: Derivation, category: string) => d.categories.find((c) => c.id === category)?.label ?? category;
const known = (points: SeriesPoint[]) => points.filter((p) => p.value !== null);
const show = (p: SeriesPoint | undefined) => (p ? p.figure.display : GAP_TEXT);

function extremes(points: SeriesPoint[]) {
  const k = known(points);
  if (k.length === 0) return undefined;
  const max = k.reduce((a, b) => (b.value! > a.value! ? b : a));
  const min = k.reduce((a, b) => (b.value! < a.value! ? b : a));
  return { max, min };
}

/** "A, B and C" */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const DEFS: Record<ChartId, Def> = {
  'vote-share-2025': {
    title: 'Vote shares, 2025 presidential election (final results)',
    categoryHeading: 'Candidate',
    derive: (ds, index) => computeVoteShares(ds, index, 'final'),
    summarise: (d) => {
      const pts = d.series[0]!.points;
      const [first, ...rest] = pts;
      if (!first) return 'No shares were found.';
      const name = (p: SeriesPoint) => (p.category === AGAINST_ALL_ID ? '“against all”' : label(d, p.category));
      return `${name(first)} received ${show(first)} of the voters who took part (the CEC’s basis, invalid ballots included); ${listJoin(rest.map((p) => `${name(p)} ${show(p)}`))}.`;
    },
  },
  'turnout-by-region-2025': {
    title: 'Turnout by region at the close of polls, 26 January 2025',
    categoryHeading: 'Region',
    derive: computeTurnoutByRegion,
    summarise: (d) => {
      const pts = d.series[0]!.points;
      const regions = pts.filter((p) => p.category !== 'belarus');
      const national = pts.find((p) => p.category === 'belarus');
      const e = extremes(regions);
      if (!e) return `Nationally: ${show(national)}.`;
      return `At 20:00 the CEC put turnout at ${show(national)} nationally, from ${show(e.min)} in ${label(d, e.min.category)} to ${show(e.max)} in ${label(d, e.max.category)}.`;
    },
  },
  'early-voting-2025': {
    title: 'Cumulative turnout through early voting and election day, 2025',
    categoryHeading: 'Checkpoint',
    derive: (ds, index) => computeEarlyVoting(ds, index),
    summarise: (d, ds) => {
      const pts = d.series[0]!.points;
      const lastEarly = ds.turnout2025.checkpoints.filter((c) => c.phase === 'early').at(-1);
      const early = pts.find((p) => p.category === lastEarly?.id);
      const close = pts.at(-1);
      const first = pts[0];
      return `After the first day of early voting ${show(first)} of registered voters had voted; after the fifth and last, ${show(early)}; at the close of polls on election day, ${show(close)}.`;
    },
  },
  'early-voting-by-region-2025': {
    title: 'Cumulative turnout by region through early voting and election day, 2025',
    categoryHeading: 'Checkpoint',
    derive: computeEarlyVotingByRegion,
    summarise: (d) => {
      const byCheckpoint = d.categories.map((c) => ({
        c,
        points: d.series.map((s) => ({ region: s.label, p: s.points.find((p) => p.category === c.id)! })),
      }));
      const empty = byCheckpoint.filter((x) => x.points.every((y) => y.p.value === null)).map((x) => x.c.sublabel ?? x.c.label);
      const last = byCheckpoint.at(-1);
      const lastKnown = last ? last.points.filter((y) => y.p.value !== null) : [];
      let text = '';
      if (lastKnown.length) {
        const max = lastKnown.reduce((a, b) => (b.p.value! > a.p.value! ? b : a));
        const min = lastKnown.reduce((a, b) => (b.p.value! < a.p.value! ? b : a));
        text = `At the close of polls regional turnout ranged from ${min.p.figure.display} (${min.region}) to ${max.p.figure.display} (${max.region}).`;
      }
      if (empty.length) text += ` For ${listJoin(empty)}, ${GAP_TEXT} for any region in the sources consulted; the gap is left open, not drawn as zero.`;
      return text.trim();
    },
  },
  'turnout-history': {
    title: 'Turnout at each presidential vote, 1994–2025',
    categoryHeading: 'Vote',
    derive: computeTurnoutHistory,
    summarise: (d) => {
      const pts = d.series[0]!.points;
      const e = extremes(pts);
      const last = pts.at(-1);
      if (!e || !last) return 'No turnout figures were found.';
      return `Official turnout ranged from ${show(e.min)} (${label(d, e.min.category)}) to ${show(e.max)} (${label(d, e.max.category)}); in ${label(d, last.category)} it was ${show(last)}.`;
    },
  },
  'winner-share-history': {
    title: 'The winner’s share at each presidential vote, 1994–2025 (CEC basis)',
    categoryHeading: 'Vote',
    derive: computeWinnerShareHistory,
    summarise: (d) => {
      const pts = d.series[0]!.points;
      const e = extremes(pts);
      const last = pts.at(-1);
      if (!e || !last) return 'No shares were found.';
      return `The winner’s official share of the voters who took part ranged from ${show(e.min)} (${label(d, e.min.category)}) to ${show(e.max)} (${label(d, e.max.category)}), and was ${show(last)} in ${label(d, last.category)}.`;
    },
  },
  'against-all-vs-runner-up': {
    title: '“Against all” and the strongest other candidate, 2001–2025 (CEC basis)',
    categoryHeading: 'Vote',
    derive: computeAgainstAllVsRunnerUp,
    summarise: (d) => {
      const aa = d.series.find((s) => s.id === 'against-all')!;
      const ru = d.series.find((s) => s.id === 'runner-up')!;
      const both = d.categories.filter((c) => {
        const a = aa.points.find((p) => p.category === c.id)!;
        const r = ru.points.find((p) => p.category === c.id)!;
        return a.value !== null && r.value !== null;
      });
      const ahead = both.filter((c) => aa.points.find((p) => p.category === c.id)!.value! > ru.points.find((p) => p.category === c.id)!.value!);
      const last = d.categories.at(-1)!;
      return `“Against all” polled more than the strongest other candidate in ${ahead.length} of the ${both.length} votes with both figures (${listJoin(ahead.map((c) => c.label)) || 'none'}). In ${last.label}: against all ${show(aa.points.at(-1))}, ${last.sublabel ?? 'the runner-up'} ${show(ru.points.at(-1))}.`;
    },
  },
  'turnout-2020-vs-2025-by-region': {
    title: 'Turnout by region at the close of polls, 2020 and 2025',
    categoryHeading: 'Region',
    derive: computeTurnout2020vs2025,
    summarise: (d) => {
      const s20 = d.series.find((s) => s.id === '2020')!;
      const s25 = d.series.find((s) => s.id === '2025')!;
      const pairs = d.categories.map((c) => ({ c, a: s20.points.find((p) => p.category === c.id)!, b: s25.points.find((p) => p.category === c.id)! }))
        .filter((x) => x.a.value !== null && x.b.value !== null);
      const lower = pairs.filter((x) => x.b.value! < x.a.value!);
      const higher = pairs.filter((x) => x.b.value! > x.a.value!);
      const parts = [];
      if (lower.length) parts.push(`lower in 2025 than in 2020 in ${listJoin(lower.map((x) => x.c.label))}`);
      if (higher.length) parts.push(`higher in ${listJoin(higher.map((x) => x.c.label))}`);
      return `Comparing the CEC’s election-night figures, turnout at the close of polls was ${parts.join(', and ') || 'unchanged'}.`;
    },
  },
};

export function chartFallback(id: ChartId, ds: Dataset, index: Index): ChartFallback {
  const def = DEFS[id];
  const derivation = def.derive(ds, index);
  return { id, title: def.title, summary: def.summarise(derivation, ds), derivation, categoryHeading: def.categoryHeading };
}
