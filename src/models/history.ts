/** /history/: the eight votes, 1994 (two rounds) to 2025, on stated bases. */
import type { SiteData } from '../data/site-data.ts';
import type { Election } from '../schemas/index.ts';
import { computeHistoryRows, type HistoryRow } from '../data/figures/series.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';

interface HistoryTableRow {
  row: HistoryRow;
  election: Election | undefined;
  registered: Cited;
  tookPart: Cited;
  turnout: Cited;
  winnerShare: Cited;
  winnerShareValid: Cited | undefined;
  winnerVotes: Cited;
  runnerUpShare: Cited;
  runnerUpShareValid: Cited | undefined;
  againstAll: Cited;
  confidence: string | undefined;
  /** The vote's own list of sources (for 2025, the final announcement's). */
  nums: number[];
}

interface PreliminaryRow {
  id: string;
  label: string;
  date: string;
  figures: { label: string; preliminary: Cited; final: Cited }[];
}

export interface HistoryModel extends PageModel {
  rows: HistoryTableRow[];
  preliminary: PreliminaryRow[];
  exceptions: { id: string; label: string; field: string; published: Cited; computed: string; reason: string; nums: number[] }[];
  otherShares: { id: string; label: string; value: string; basis: string; note: string; nums: number[]; official: Cited }[];
  notes: { id: string; label: string; note: string }[];
  turnoutAlt: { id: string; label: string; alt: Cited; main: Cited }[];
  basesExample: { label: string; share: Cited; shareValid: Cited } | undefined;
  charts: ChartId[];
}

const FIELD_LABEL: Record<string, string> = {
  'winner.share': 'the winner’s share', 'winner.shareValid': 'the winner’s share of valid votes',
  'runnerUp.share': 'the runner-up’s share', 'runnerUp.shareValid': 'the runner-up’s share of valid votes',
  'againstAll.share': 'the against-all share', 'againstAll.shareValid': 'the against-all share of valid votes',
  'invalid.share': 'the invalid share', turnout: 'turnout', turnoutAlt: 'the other turnout figure',
};
const FIELD_KEY: Record<string, string> = {
  'winner.share': 'winner.share', 'winner.shareValid': 'winner.share-valid', 'runnerUp.share': 'runner-up.share',
  'runnerUp.shareValid': 'runner-up.share-valid', 'againstAll.share': 'against-all.share', 'againstAll.shareValid': 'against-all.share-valid',
  'invalid.share': 'invalid.share', turnout: 'turnout', turnoutAlt: 'turnout-alt',
};

export function historyModel(data: SiteData): HistoryModel {
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const rows: HistoryTableRow[] = computeHistoryRows(ds, index).map((row) => {
    const election = ds.elections.find((e) => e.id === row.id);
    return {
      row,
      election,
      registered: b.cite(row.registered),
      tookPart: b.cite(row.tookPart),
      turnout: b.cite(row.turnout),
      winnerVotes: b.cite(row.winner.votes),
      winnerShare: b.cite(row.winner.share),
      winnerShareValid: row.winner.shareValid ? b.cite(row.winner.shareValid) : undefined,
      runnerUpShare: b.cite(row.runnerUp.share),
      runnerUpShareValid: row.runnerUp.shareValid ? b.cite(row.runnerUp.shareValid) : undefined,
      againstAll: b.cite(row.againstAll.share),
      confidence: election?.confidence,
      nums: b.sources(election?.sources ?? ds.results2025.final.sources),
    };
  });
  const label = (id: string) => rows.find((r) => r.row.id === id)?.row.label ?? id;
  const charts = (['turnout-history', 'winner-share-history', 'against-all-vs-runner-up'] as const).map((id) => b.chart(id));

  const preliminary: PreliminaryRow[] = ds.elections.filter((e) => e.preliminary).map((e) => {
    const pairs: [string, string][] = [['winner.share', 'Winner’s share'], ['runner-up.share', 'Runner-up’s share'], ['against-all.share', 'Against all'], ['turnout', 'Turnout']];
    return {
      id: e.id,
      label: label(e.id),
      date: e.preliminary!.date,
      figures: pairs
        .filter(([k]) => index.has(`${e.id}.preliminary.${k}`))
        .map(([k, l]) => ({ label: l, preliminary: b.fig(`${e.id}.preliminary.${k}`), final: b.fig(`${e.id}.${k}`) })),
    };
  });

  const exceptions = ds.elections.flatMap((e) => (e.precisionExceptions ?? []).map((x) => ({
    id: e.id, label: label(e.id), field: FIELD_LABEL[x.figure] ?? x.figure,
    published: b.fig(`${e.id}.${FIELD_KEY[x.figure]}`), computed: x.computed, reason: x.reason, nums: b.sources(x.sources),
  })));
  const otherShares = ds.elections.flatMap((e) => (e.otherReportedShares ?? []).map((x) => ({
    id: e.id, label: label(e.id), value: x.value, basis: x.basis, note: x.note, nums: b.sources(x.sources), official: b.fig(`${e.id}.winner.share`),
  })));
  const turnoutAlt = ds.elections.filter((e) => e.turnoutAlt && e.turnoutAlt.status !== 'not-found').map((e) => ({
    id: e.id, label: label(e.id), alt: b.fig(`${e.id}.turnout-alt`), main: b.fig(`${e.id}.turnout`),
  }));
  const notes = ds.elections.filter((e) => e.note).map((e) => ({ id: e.id, label: label(e.id), note: e.note! }));

  // The bases, shown on the most recent vote that has both.
  const withBoth = [...ds.elections].reverse().find((e) => e.winner.shareValid && e.winner.shareValid.status === 'published' && e.winner.share.status === 'published');
  const basesExample = withBoth
    ? { label: label(withBoth.id), share: b.fig(`${withBoth.id}.winner.share`), shareValid: b.fig(`${withBoth.id}.winner.share-valid`) }
    : undefined;

  return { cites: b.cites, dataAsOf: b.dataAsOf, rows, preliminary, exceptions, otherShares, notes, turnoutAlt, basesExample, charts };
}
