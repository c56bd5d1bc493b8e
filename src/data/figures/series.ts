/**
 * Pure derivations behind every chart and table: from the validated dataset
 * and its figure index to categories and series. No Astro, no display
 * rounding. A not-found figure is carried as `value: null` (a gap), never 0.
 */
import type { Dataset, Stage } from '../../schemas/index.ts';
import type { FigureIndex as Index } from '../site-data.ts';
import { resolveFigure, type ResolvedFigure } from './resolve.ts';
import { GAP_TEXT } from '../../lib/format.ts';


export interface Category { id: string; label: string; sublabel?: string }
export interface SeriesPoint { category: string; value: number | null; figure: ResolvedFigure }
export interface Series { id: string; label: string; points: SeriesPoint[] }
export interface Derivation {
  categories: Category[];
  series: Series[];
  /** Every source key behind the points, in first-seen order. */
  sources: string[];
  /** The stages of the points, distinct. */
  stages: Stage[];
  /** Latest date among the points (data as of). */
  date: string | undefined;
}

function point(index: Index, category: string, key: string): SeriesPoint {
  const figure = resolveFigure(index, key);
  return { category, value: figure.value, figure };
}

function finish(categories: Category[], series: Series[]): Derivation {
  const sources: string[] = [];
  const stages = new Set<Stage>();
  let date: string | undefined;
  for (const s of series) {
    for (const p of s.points) {
      for (const k of p.figure.sources) if (!sources.includes(k)) sources.push(k);
      if (p.figure.stage) stages.add(p.figure.stage);
      if (p.figure.date && (!date || p.figure.date > date)) date = p.figure.date;
    }
  }
  return { categories, series, sources, stages: [...stages], date };
}

export const AGAINST_ALL_ID = 'against-all';

export interface VoteShareRow {
  id: string;
  name: string;
  shortName: string;
  isAgainstAll: boolean;
  votes: ResolvedFigure;
  /** Exact count from either announcement, where the stage itself has only a rounded report or none. */
  exactVotes: ResolvedFigure | undefined;
  share: ResolvedFigure;
  /** Share computed from the exact count (unrounded), where there is one. */
  computedShare: number | undefined;
}

/** The 2025 result rows for one stage, largest share first; against all in its place. */
export function computeVoteShareRows(ds: Dataset, index: Index, stage: 'preliminary' | 'final'): VoteShareRow[] {
  const took = resolveFigure(index, `2025.${stage}.took-part`).value;
  const rows: VoteShareRow[] = ds.candidates.map((c) => {
    const votes = resolveFigure(index, `2025.${stage}.${c.id}.votes`);
    const exact = votes.value !== null ? votes : [`2025.preliminary.${c.id}.votes`, `2025.final.${c.id}.votes`].map((k) => resolveFigure(index, k)).find((f) => f.value !== null);
    return {
      id: c.id, name: c.name, shortName: c.shortName, isAgainstAll: false,
      votes, exactVotes: exact,
      share: resolveFigure(index, `2025.${stage}.${c.id}.share`),
      computedShare: exact?.value != null && took ? (exact.value / took) * 100 : undefined,
    };
  });
  rows.push({
    id: AGAINST_ALL_ID, name: 'Against all', shortName: 'Against all', isAgainstAll: true,
    votes: resolveFigure(index, `2025.${stage}.against-all.votes`), exactVotes: undefined,
    share: resolveFigure(index, `2025.${stage}.against-all.share`), computedShare: undefined,
  });
  return rows.sort((a, b) => (b.share.value ?? -1) - (a.share.value ?? -1));
}

export function computeVoteShares(ds: Dataset, index: Index, stage: 'preliminary' | 'final' = 'final'): Derivation {
  const rows = computeVoteShareRows(ds, index, stage);
  const categories = rows.map((r) => ({ id: r.id, label: r.shortName }));
  return finish(categories, [{ id: 'share', label: 'Share of voters who took part', points: rows.map((r) => ({ category: r.id, value: r.share.value, figure: r.share })) }]);
}

function areas(ds: Dataset, withNational: boolean): Category[] {
  const regions = [...ds.regions].sort((a, b) => a.order - b.order).map((r) => ({ id: r.id, label: r.shortName }));
  return withNational ? [...regions, { id: 'belarus', label: 'Belarus' }] : regions;
}

/** Turnout at the close of polls (20:00, 26 January) by region and nationally. */
export function computeTurnoutByRegion(ds: Dataset, index: Index): Derivation {
  const cats = areas(ds, true);
  return finish(cats, [{ id: 'close', label: 'Turnout at 20:00', points: cats.map((c) => point(index, c.id, `2025.turnout.${c.id}.close`)) }]);
}

function checkpoints(ds: Dataset): Category[] {
  return ds.turnout2025.checkpoints.map((c) => ({ id: c.id, label: c.shortLabel, sublabel: c.label }));
}

/** Cumulative national turnout through the five early-voting days and election day. */
export function computeEarlyVoting(ds: Dataset, index: Index, area = 'belarus'): Derivation {
  const cats = checkpoints(ds);
  const name = area === 'belarus' ? 'Belarus' : ds.regions.find((r) => r.id === area)?.shortName ?? area;
  return finish(cats, [{ id: area, label: name, points: cats.map((c) => point(index, c.id, `2025.turnout.${area}.${c.id}`)) }]);
}

/** The same by region: a day with no figure found is a gap, never a zero. */
export function computeEarlyVotingByRegion(ds: Dataset, index: Index): Derivation {
  const cats = checkpoints(ds);
  const series = areas(ds, false).map((a) => ({ id: a.id, label: a.label, points: cats.map((c) => point(index, c.id, `2025.turnout.${a.id}.${c.id}`)) }));
  return finish(cats, series);
}

export interface HistoryRow {
  id: string;
  label: string;
  year: number;
  round: number;
  date: string;
  finalDate: string | undefined;
  registered: ResolvedFigure;
  tookPart: ResolvedFigure;
  turnout: ResolvedFigure;
  winner: { name: string; votes: ResolvedFigure; share: ResolvedFigure; shareValid: ResolvedFigure | undefined };
  runnerUp: { name: string; votes: ResolvedFigure; share: ResolvedFigure; shareValid: ResolvedFigure | undefined };
  againstAll: { votes: ResolvedFigure; share: ResolvedFigure };
  invalid: { votes: ResolvedFigure };
}

const opt = (index: Index, key: string) => (index.has(key) ? resolveFigure(index, key) : undefined);

/** The eight votes, 1994 to 2025, oldest first; 2025 comes from the 2025 final results. */
export function computeHistoryRows(ds: Dataset, index: Index): HistoryRow[] {
  const rows: HistoryRow[] = [...ds.elections].sort((a, b) => a.date.localeCompare(b.date)).map((e) => ({
    id: e.id,
    label: e.year === 1994 ? `1994 (round ${e.round})` : String(e.year),
    year: e.year, round: e.round, date: e.date, finalDate: e.finalDate,
    registered: resolveFigure(index, `${e.id}.registered`),
    tookPart: resolveFigure(index, `${e.id}.took-part`),
    turnout: resolveFigure(index, `${e.id}.turnout`),
    winner: { name: e.winner.name, votes: resolveFigure(index, `${e.id}.winner.votes`), share: resolveFigure(index, `${e.id}.winner.share`), shareValid: opt(index, `${e.id}.winner.share-valid`) },
    runnerUp: { name: e.runnerUp.name, votes: resolveFigure(index, `${e.id}.runner-up.votes`), share: resolveFigure(index, `${e.id}.runner-up.share`), shareValid: opt(index, `${e.id}.runner-up.share-valid`) },
    againstAll: { votes: resolveFigure(index, `${e.id}.against-all.votes`), share: resolveFigure(index, `${e.id}.against-all.share`) },
    invalid: { votes: resolveFigure(index, `${e.id}.invalid.votes`) },
  }));
  const r = ds.results2025;
  const rows2025 = computeVoteShareRows(ds, index, 'final').filter((x) => !x.isAgainstAll);
  const [win, second] = rows2025;
  if (!win || !second) throw new Error('computeHistoryRows: the 2025 results need at least two candidates');
  rows.push({
    id: '2025', label: '2025', year: 2025, round: 1, date: r.date, finalDate: r.final.announced,
    registered: resolveFigure(index, '2025.final.registered'),
    tookPart: resolveFigure(index, '2025.final.took-part'),
    turnout: resolveFigure(index, '2025.final.turnout'),
    winner: { name: ds.candidates.find((c) => c.id === win.id)!.name, votes: win.votes.value !== null ? win.votes : win.exactVotes ?? win.votes, share: win.share, shareValid: undefined },
    runnerUp: { name: ds.candidates.find((c) => c.id === second.id)!.name, votes: second.exactVotes ?? second.votes, share: second.share, shareValid: undefined },
    againstAll: { votes: resolveFigure(index, '2025.final.against-all.votes'), share: resolveFigure(index, '2025.final.against-all.share') },
    invalid: { votes: resolveFigure(index, '2025.final.invalid.votes') },
  });
  return rows;
}

function historySeries(ds: Dataset, index: Index, id: string, label: string, pick: (r: HistoryRow) => ResolvedFigure, from = 0): Derivation {
  const rows = computeHistoryRows(ds, index).filter((r) => r.year >= from);
  const cats = rows.map((r) => ({ id: r.id, label: r.label }));
  return finish(cats, [{ id, label, points: rows.map((r) => ({ category: r.id, value: pick(r).value, figure: pick(r) })) }]);
}

export function computeTurnoutHistory(ds: Dataset, index: Index): Derivation {
  return historySeries(ds, index, 'turnout', 'Turnout', (r) => r.turnout);
}

/** The winner's share on the CEC basis (of all voters who took part). */
export function computeWinnerShareHistory(ds: Dataset, index: Index): Derivation {
  return historySeries(ds, index, 'winner-share', 'Winner’s share (CEC basis)', (r) => r.winner.share);
}

/** "Against all" against the strongest other candidate, 2001 to 2025, CEC basis. */
export function computeAgainstAllVsRunnerUp(ds: Dataset, index: Index): Derivation {
  const rows = computeHistoryRows(ds, index).filter((r) => r.year >= 2001);
  const cats = rows.map((r) => ({ id: r.id, label: r.label, sublabel: r.runnerUp.name }));
  return finish(cats, [
    { id: 'against-all', label: 'Against all', points: rows.map((r) => ({ category: r.id, value: r.againstAll.share.value, figure: r.againstAll.share })) },
    { id: 'runner-up', label: 'Strongest other candidate', points: rows.map((r) => ({ category: r.id, value: r.runnerUp.share.value, figure: r.runnerUp.share })) },
  ]);
}

/** Regional turnout at the close of polls in one year (the maps): 2025 (26 January) or 2020 (9 August). */
export function computeTurnoutCloseByRegion(ds: Dataset, index: Index, year: '2020' | '2025'): Derivation {
  const cats = areas(ds, false);
  const key = (id: string) => (year === '2025' ? `2025.turnout.${id}.close` : `2020.regions.${id}.turnout-close`);
  return finish(cats, [{ id: year, label: `Turnout at 20:00, ${year}`, points: cats.map((c) => point(index, c.id, key(c.id))) }]);
}

/** Key of the derived change in close-of-polls turnout, 2020 to 2025, in percentage points. */
const turnoutChangeKey = (region: string) => `2025.turnout.${region}.close-change-2020`;

/** The change in close-of-polls turnout from 2020 to 2025, by region (a gap where either year has no figure). */
export function computeTurnoutChangeByRegion(ds: Dataset, index: Index): Derivation {
  const cats = areas(ds, false);
  const points = cats.map((c): SeriesPoint => {
    const key = turnoutChangeKey(c.id);
    if (index.has(key)) return point(index, c.id, key);
    const figure: ResolvedFigure = { key, kind: 'points', status: 'not-found', value: null, display: GAP_TEXT, sources: [], stage: undefined, date: undefined };
    return { category: c.id, value: null, figure };
  });
  return finish(cats, [{ id: 'change', label: 'Change, 2020 to 2025 (percentage points)', points }]);
}

/** Regional turnout at 20:00 on polling day, 2020 and 2025. */
export function computeTurnout2020vs2025(ds: Dataset, index: Index): Derivation {
  const cats = areas(ds, false);
  return finish(cats, [
    { id: '2020', label: '2020', points: cats.map((c) => point(index, c.id, `2020.regions.${c.id}.turnout-close`)) },
    { id: '2025', label: '2025', points: cats.map((c) => point(index, c.id, `2025.turnout.${c.id}.close`)) },
  ]);
}

export interface StageComparisonRow {
  id: string;
  label: string;
  preliminary: ResolvedFigure;
  final: ResolvedFigure;
  /** final − preliminary where both are exact; null where either is missing. */
  change: number | null;
}

/** Preliminary (27 January) against final (3 February), figure by figure. */
export function computePreliminaryVsFinal(ds: Dataset, index: Index): StageComparisonRow[] {
  const rows: [string, string][] = [
    ['registered', 'Registered voters'],
    ['ballots-issued', 'Ballots issued'],
    ['took-part', 'Voters who took part'],
    ['turnout', 'Turnout'],
  ];
  for (const c of ds.candidates) rows.push([`${c.id}.votes`, `${c.shortName}, votes`], [`${c.id}.share`, `${c.shortName}, share`]);
  rows.push(['against-all.votes', 'Against all, votes'], ['against-all.share', 'Against all, share'], ['invalid.votes', 'Invalid ballots']);
  return rows.map(([k, label]) => {
    const p = resolveFigure(index, `2025.preliminary.${k}`);
    const f = resolveFigure(index, `2025.final.${k}`);
    const change = p.value !== null && f.value !== null ? Math.round((f.value - p.value) * 100) / 100 : null;
    return { id: k, label, preliminary: p, final: f, change };
  });
}

/**
 * Lukashenka’s 2020 share, official and estimated: the CEC’s national result
 * beside three independent measures, each a share of something different.
 * The order is fixed (official first), never sorted by size: the bars are
 * not a ranking of one quantity.
 */
const LUKASHENKA_2020_BARS = [
  { id: 'cec', key: '2020.winner.share' },
  { id: 'protocols', key: 'evidence.golos-protocols-2020.lukashenka-share' },
  { id: 'joint-study', key: 'evidence.joint-study-2021.lukashenka-share' },
  { id: 'chatham-house', key: 'evidence.chatham-house-2020.lukashenka-share' },
] as const;

export function computeLukashenka2020OfficialVsEstimates(_ds: Dataset, index: Index): Derivation {
  const cats = LUKASHENKA_2020_BARS.map((b) => ({ id: b.id, label: b.id }));
  return finish(cats, [{ id: 'lukashenka-share', label: 'Lukashenka’s share', points: LUKASHENKA_2020_BARS.map((b) => point(index, b.id, b.key)) }]);
}
