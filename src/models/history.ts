/** /history/: the eight votes, 1994 (two rounds) to 2025, on stated bases. */
import type { SiteData } from '../data/site-data.ts';
import type { Election } from '../schemas/index.ts';
import { computeHistoryRows, type HistoryRow } from '../data/figures/series.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';
import type { Dataset } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { personName } from '../i18n/names.ts';
import { localText } from '../i18n/data-text.ts';

interface HistoryTableRow {
  row: HistoryRow;
  /** The vote's label in the edition ("1994 (round 1)", "1994, першы тур"). */
  label: string;
  winnerName: string;
  runnerUpName: string;
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
  turnoutAlt: { id: string; label: string; alt: Cited; main: Cited; note: string }[];
  basesExample: { label: string; share: Cited; shareValid: Cited } | undefined;
  charts: ChartId[];
}

const FIELD_KEY: Record<string, string> = {
  'winner.share': 'winner.share', 'winner.shareValid': 'winner.share-valid', 'runnerUp.share': 'runner-up.share',
  'runnerUp.shareValid': 'runner-up.share-valid', 'againstAll.share': 'against-all.share', 'againstAll.shareValid': 'against-all.share-valid',
  'invalid.share': 'invalid.share', turnout: 'turnout', turnoutAlt: 'turnout-alt',
};

/** A person's name in an edition, from content/data/people.json by the English form the results give. */
function personByName(ds: Dataset, locale: Locale, name: string): string {
  const p = ds.people.find((x) => x.name.form === name);
  if (!p) throw new Error(`history: expected a person named "${name}" in content/data/people.json (its Belarusian and Russian forms)`);
  return personName(locale, p);
}

/** The note of the other turnout figure, in the edition ('' when it has none). */
function altNote(locale: Locale, figure: object | undefined): string {
  return figure && 'note' in figure && figure.note ? localText(locale, figure as { note: string }, 'note') : '';
}

/** A vote's label in an edition: the year, and the round where there were two. */
export function voteLabel(locale: Locale, row: Pick<HistoryRow, 'label' | 'year' | 'round'>): string {
  if (locale === 'en' || row.label === String(row.year)) return row.label;
  return messages(locale).history.roundLabel(row.year, row.round);
}

export function historyModel(data: SiteData, locale: Locale = 'en'): HistoryModel {
  const { ds, index } = data;
  const t = messages(locale).history;
  const b = new ModelBuilder(data);
  const rows: HistoryTableRow[] = computeHistoryRows(ds, index).map((row) => {
    const election = ds.elections.find((e) => e.id === row.id);
    return {
      row,
      label: voteLabel(locale, row),
      winnerName: personByName(ds, locale, row.winner.name),
      runnerUpName: personByName(ds, locale, row.runnerUp.name),
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
  const label = (id: string) => rows.find((r) => r.row.id === id)?.label ?? id;
  const charts = (['turnout-history', 'winner-share-history', 'against-all-vs-runner-up'] as const).map((id) => b.chart(id));

  const preliminary: PreliminaryRow[] = ds.elections.filter((e) => e.preliminary).map((e) => {
    const pairs = Object.entries(t.preliminary.figures);
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
    id: e.id, label: label(e.id), field: t.exceptions.fields[x.figure as keyof typeof t.exceptions.fields] ?? x.figure,
    published: b.fig(`${e.id}.${FIELD_KEY[x.figure]}`), computed: x.computed, reason: localText(locale, x, 'reason'), nums: b.sources(x.sources),
  })));
  const otherShares = ds.elections.flatMap((e) => (e.otherReportedShares ?? []).map((x) => ({
    id: e.id, label: label(e.id), value: x.value, basis: t.otherShares.bases[x.basis as keyof typeof t.otherShares.bases] ?? x.basis, note: localText(locale, x, 'note'), nums: b.sources(x.sources), official: b.fig(`${e.id}.winner.share`),
  })));
  const turnoutAlt = ds.elections.filter((e) => e.turnoutAlt && e.turnoutAlt.status !== 'not-found').map((e) => ({
    id: e.id, label: label(e.id), alt: b.fig(`${e.id}.turnout-alt`), main: b.fig(`${e.id}.turnout`),
    note: altNote(locale, index.get(`${e.id}.turnout-alt`)?.figure),
  }));
  const notes = ds.elections.filter((e) => e.note).map((e) => ({ id: e.id, label: label(e.id), note: localText(locale, e, 'note') }));

  // The bases, shown on the most recent vote that has both.
  const withBoth = [...ds.elections].reverse().find((e) => e.winner.shareValid && e.winner.shareValid.status === 'published' && e.winner.share.status === 'published');
  const basesExample = withBoth
    ? { label: label(withBoth.id), share: b.fig(`${withBoth.id}.winner.share`), shareValid: b.fig(`${withBoth.id}.winner.share-valid`) }
    : undefined;

  return { cites: b.cites, dataAsOf: b.dataAsOf, rows, preliminary, exceptions, otherShares, notes, turnoutAlt, basesExample, charts };
}
