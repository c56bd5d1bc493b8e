/** /results/2025/: the national table, turnout, preliminary against final, derived figures, gaps. */
import type { SiteData } from '../data/site-data.ts';
import type { Dataset, Stage } from '../schemas/index.ts';
import { computePreliminaryVsFinal, computeVoteShareRows, type StageComparisonRow } from '../data/figures/series.ts';
import { formatCount } from '../lib/format.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';

interface ResultRow {
  id: string;
  name: string;
  shortName: string;
  isAgainstAll: boolean;
  final: { votes: Cited; share: Cited };
  preliminary: { votes: Cited; share: Cited };
}

interface ComparisonRow extends StageComparisonRow {
  nPre: number[];
  nFinal: number[];
  /** "none", "+0.01 points", "−6,293", "not comparable". */
  changeText: string;
}

interface GapRow {
  key: string;
  label: string;
  note: string;
  stage: Stage | undefined;
}

export interface ResultsModel extends PageModel {
  finalAnnounced: string;
  preliminaryAnnounced: string;
  /** The reports of each announcement, cited in the lede. */
  announcementNums: { preliminary: number[]; final: number[] };
  rows: ResultRow[];
  totals: { key: string; label: string; final: Cited; preliminary: Cited | undefined }[];
  /** Figures given exactly on both dates, and those of them that changed. */
  comparable: number;
  changed: ComparisonRow[];
  comparison: ComparisonRow[];
  turnoutFigures: { label: string; cited: Cited }[];
  pollingStations: { label: string; cited: Cited }[];
  derived: Cited[];
  gaps: GapRow[];
  charts: { shares: ChartId; turnout: ChartId };
  /** Which final counts are only rounded reports or missing (the exact counts are the preliminary ones). */
  countNotes: { rounded: string[]; truncated: boolean; missing: string[]; againstAllRounded: boolean };
}

const TOTALS: [string, string][] = [
  ['took-part', 'Voters who took part'],
  ['invalid.votes', 'Invalid ballots'],
  ['ballots-issued', 'Ballots issued'],
  ['registered', 'Registered voters'],
  ['turnout', 'Turnout (took part ÷ registered)'],
  ['turnout-ballots-issued', 'Ballots issued ÷ registered'],
];

export function changeText(r: StageComparisonRow): string {
  if (r.change === null) return 'not comparable';
  if (r.change === 0) return 'none';
  const sign = r.change > 0 ? '+' : '−';
  return r.preliminary.kind === 'percent' ? `${sign}${Math.abs(r.change).toFixed(2)} points` : `${sign}${formatCount(Math.abs(r.change))}`;
}

/** A readable name for a figure key no source gives ("Haidukevich, exact votes (final)"). */
export function gapLabel(ds: Dataset, key: string): string {
  const parts = key.split('.');
  if (parts[1] === 'turnout') {
    const region = ds.regions.find((r) => r.id === parts[2]);
    const cp = ds.turnout2025.checkpoints.find((x) => x.id === parts[3]);
    return `Turnout, ${region?.name ?? parts[2]}, ${cp?.label ?? parts[3]}`;
  }
  const cand = ds.candidates.find((x) => x.id === parts[2]);
  if (cand) return `${cand.shortName}, exact votes (${parts[1]})`;
  const what: Record<string, string> = { registered: 'Registered voters', 'ballots-issued': 'Ballots issued', invalid: 'Invalid ballots', 'against-all': 'Against all, exact votes' };
  return `${what[parts[2] ?? ''] ?? parts.slice(2).join(' ')} (${parts[1]})`;
}

export function resultsModel(data: SiteData): ResultsModel {
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const fin = ds.results2025.final;
  const pre = ds.results2025.preliminary;
  const announcementNums = { preliminary: b.sources(pre.sources), final: b.sources(fin.sources) };

  const preRows = new Map(computeVoteShareRows(ds, index, 'preliminary').map((r) => [r.id, r]));
  const rows: ResultRow[] = computeVoteShareRows(ds, index, 'final').map((r) => {
    const p = preRows.get(r.id)!;
    return {
      id: r.id, name: r.name, shortName: r.shortName, isAgainstAll: r.isAgainstAll,
      final: { votes: b.cite(r.votes), share: b.cite(r.share) },
      preliminary: { votes: b.cite(p.votes), share: b.cite(p.share) },
    };
  });
  const totals = TOTALS.map(([k, label]) => ({
    key: k, label, final: b.fig(`2025.final.${k}`), preliminary: b.optFig(`2025.preliminary.${k}`),
  }));
  const shares = b.chart('vote-share-2025');

  const comparison: ComparisonRow[] = computePreliminaryVsFinal(ds, index).map((r) => ({
    ...r,
    nPre: b.cite(r.preliminary).nums,
    nFinal: b.cite(r.final).nums,
    changeText: changeText(r),
  }));
  const comparableRows = comparison.filter((r) => r.change !== null);

  const turnoutFigures = [
    { label: 'Turnout: voters who took part ÷ registered voters (the CEC’s figure)', cited: b.fig('2025.final.turnout') },
    { label: 'Ballots issued ÷ registered voters', cited: b.fig('2025.final.turnout-ballots-issued') },
    { label: 'Voted early (21–25 January)', cited: b.fig('2025.early-voters') },
    { label: 'Voted on polling day', cited: b.fig('2025.election-day-voters') },
  ];
  const turnout = b.chart('early-voting-2025');
  const pollingStations = [
    { label: 'Polling stations in Belarus', cited: b.fig('2025.polling-stations.belarus') },
    { label: 'of which in hospitals and similar institutions', cited: b.fig('2025.polling-stations.hospitals') },
    { label: 'of which in military units', cited: b.fig('2025.polling-stations.military') },
    { label: 'Polling stations abroad', cited: b.fig('2025.polling-stations.abroad') },
  ];

  const derived = ['2025.final.candidates-total', '2025.final.against-all-plus-invalid', '2025.final.ballots-not-returned'].map((k) => b.fig(k));

  const gaps: GapRow[] = [...index.values()]
    .filter((e) => e.key.startsWith('2025.') && e.figure.status === 'not-found')
    .map((e) => ({ key: e.key, label: gapLabel(ds, e.key), note: e.figure.status === 'not-found' ? e.figure.note : '', stage: e.stage }));

  const finalVotes = ds.candidates.map((c) => ({ c, v: fin.candidates.find((x) => x.candidate === c.id)?.votes }));
  const countNotes = {
    rounded: finalVotes.filter((x) => x.v?.status === 'reported-rounded').map((x) => x.c.shortName),
    truncated: finalVotes.some((x) => x.v?.status === 'reported-rounded' && x.v.method === 'truncated'),
    missing: finalVotes.filter((x) => x.v?.status === 'not-found').map((x) => x.c.shortName),
    againstAllRounded: fin.againstAll.votes.status === 'reported-rounded',
  };

  return {
    cites: b.cites,
    dataAsOf: b.dataAsOf,
    countNotes,
    announcementNums,
    finalAnnounced: fin.announced,
    preliminaryAnnounced: pre.announced,
    rows,
    totals,
    comparable: comparableRows.length,
    changed: comparableRows.filter((r) => r.change !== 0),
    comparison,
    turnoutFigures,
    pollingStations,
    derived,
    gaps,
    charts: { shares, turnout },
  };
}
