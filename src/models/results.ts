/** /results/2025/: the national table, turnout, preliminary against final, derived figures, gaps. */
import type { SiteData } from '../data/site-data.ts';
import type { Dataset, Stage } from '../schemas/index.ts';
import { computePreliminaryVsFinal, computeVoteShareRows, type StageComparisonRow } from '../data/figures/series.ts';
import { formatCount, formatPoints, signed } from '../i18n/format.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { candidateName, candidateShortName, regionCase } from '../i18n/names.ts';
import { localText } from '../i18n/data-text.ts';
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
  /** Each computed figure with its formula in words. */
  derived: (Cited & { formula: string })[];
  gaps: GapRow[];
  charts: { shares: ChartId; turnout: ChartId };
  /** Which final counts are only rounded reports or missing (the exact counts are the preliminary ones). */
  countNotes: { rounded: string[]; truncated: boolean; missing: string[]; againstAllRounded: boolean };
}

const TOTALS = ['took-part', 'invalid.votes', 'ballots-issued', 'registered', 'turnout', 'turnout-ballots-issued'] as const;

/** The change between the two announcements: "none", "+0.01 points", "−6,293", "not comparable" (en). */
export function changeText(r: StageComparisonRow, locale: Locale = 'en'): string {
  const t = messages(locale).results.comparison;
  if (r.change === null) return t.notComparable;
  if (r.change === 0) return t.none;
  if (locale === 'en') {
    const sign = r.change > 0 ? '+' : '−';
    return r.preliminary.kind === 'percent' ? `${sign}${Math.abs(r.change).toFixed(2)} points` : `${sign}${formatCount('en', Math.abs(r.change))}`;
  }
  return r.preliminary.kind === 'percent' ? formatPoints(locale, r.change.toFixed(2)) : signed(locale, String(r.change));
}

/** A row label of the preliminary-against-final table in an edition. */
function comparisonLabel(ds: Dataset, id: string, locale: Locale): string {
  const t = messages(locale).results.comparison;
  const [cand, what] = id.split('.');
  const c = ds.candidates.find((x) => x.id === cand);
  if (c) return what === 'votes' ? t.candidateVotes(candidateShortName(locale, c)) : t.candidateShare(candidateShortName(locale, c));
  const label = t.rows[id as keyof typeof t.rows];
  if (!label) throw new Error(`results: no label in src/i18n/messages/${locale}/results.ts comparison.rows for the figure "${id}"`);
  return label;
}

/** A readable name for a figure key no source gives ("Haidukevich, exact votes (final)"). */
export function gapLabel(ds: Dataset, key: string, locale: Locale = 'en'): string {
  const t = messages(locale).results.gaps;
  const parts = key.split('.');
  if (parts[1] === 'turnout') {
    const region = ds.regions.find((r) => r.id === parts[2]);
    const cp = ds.turnout2025.checkpoints.find((x) => x.id === parts[3]);
    const where = region ? (locale === 'en' ? region.name : regionCase(locale, region, 'locative')) : parts[2] === 'belarus' ? t.belarus : parts[2]!;
    return t.turnout(where, cp ? localText(locale, cp, 'label') : parts[3]!);
  }
  const stage = parts[1] as 'final' | 'preliminary';
  const cand = ds.candidates.find((x) => x.id === parts[2]);
  if (cand) return t.candidateVotes(candidateShortName(locale, cand), stage);
  const what = t.what[parts[2] as keyof typeof t.what];
  if (!what && locale !== 'en') throw new Error(`results: no label in src/i18n/messages/${locale}/results.ts gaps.what for the figure "${key}"`);
  return t.other(what ?? parts.slice(2).join(' '), stage);
}

export function resultsModel(data: SiteData, locale: Locale = 'en'): ResultsModel {
  const { ds, index } = data;
  const t = messages(locale).results;
  const b = new ModelBuilder(data);
  const fin = ds.results2025.final;
  const pre = ds.results2025.preliminary;
  const announcementNums = { preliminary: b.sources(pre.sources), final: b.sources(fin.sources) };

  const nameOf = (id: string, name: string, shortName: string) => {
    const c = ds.candidates.find((x) => x.id === id);
    return c ? { name: candidateName(locale, c), shortName: candidateShortName(locale, c) } : { name: locale === 'en' ? name : t.table.againstAll, shortName: locale === 'en' ? shortName : t.table.againstAll };
  };
  const preRows = new Map(computeVoteShareRows(ds, index, 'preliminary').map((r) => [r.id, r]));
  const rows: ResultRow[] = computeVoteShareRows(ds, index, 'final').map((r) => {
    const p = preRows.get(r.id)!;
    return {
      id: r.id, isAgainstAll: r.isAgainstAll,
      ...nameOf(r.id, r.name, r.shortName),
      final: { votes: b.cite(r.votes), share: b.cite(r.share) },
      preliminary: { votes: b.cite(p.votes), share: b.cite(p.share) },
    };
  });
  const totals = TOTALS.map((k) => ({
    key: k, label: t.totals[k], final: b.fig(`2025.final.${k}`), preliminary: b.optFig(`2025.preliminary.${k}`),
  }));
  const shares = b.chart('vote-share-2025');

  const comparison: ComparisonRow[] = computePreliminaryVsFinal(ds, index).map((r) => ({
    ...r,
    label: comparisonLabel(ds, r.id, locale),
    nPre: b.cite(r.preliminary).nums,
    nFinal: b.cite(r.final).nums,
    changeText: changeText(r, locale),
  }));
  const comparableRows = comparison.filter((r) => r.change !== null);

  const turnoutFigures = [
    { label: t.turnout.figures.turnout, cited: b.fig('2025.final.turnout') },
    { label: t.turnout.figures.ballots, cited: b.fig('2025.final.turnout-ballots-issued') },
    { label: t.turnout.figures.early, cited: b.fig('2025.early-voters') },
    { label: t.turnout.figures.electionDay, cited: b.fig('2025.election-day-voters') },
  ];
  const turnout = b.chart('early-voting-2025');
  const pollingStations = [
    { label: t.pollingStations.belarus, cited: b.fig('2025.polling-stations.belarus') },
    { label: t.pollingStations.hospitals, cited: b.fig('2025.polling-stations.hospitals') },
    { label: t.pollingStations.military, cited: b.fig('2025.polling-stations.military') },
    { label: t.pollingStations.abroad, cited: b.fig('2025.polling-stations.abroad') },
  ];

  const derived = (['2025.final.candidates-total', '2025.final.against-all-plus-invalid', '2025.final.ballots-not-returned'] as const).map((k) => {
    const cited = b.fig(k);
    return { ...cited, formula: locale === 'en' ? cited.figure.formula ?? '' : t.derived.formulas[k] };
  });

  const gaps: GapRow[] = [...index.values()]
    .filter((e) => e.key.startsWith('2025.') && e.figure.status === 'not-found')
    .map((e) => ({ key: e.key, label: gapLabel(ds, e.key, locale), note: e.figure.status === 'not-found' ? localText(locale, e.figure, 'note') : '', stage: e.stage }));

  const finalVotes = ds.candidates.map((c) => ({ c, v: fin.candidates.find((x) => x.candidate === c.id)?.votes }));
  const countNotes = {
    rounded: finalVotes.filter((x) => x.v?.status === 'reported-rounded').map((x) => candidateShortName(locale, x.c)),
    truncated: finalVotes.some((x) => x.v?.status === 'reported-rounded' && x.v.method === 'truncated'),
    missing: finalVotes.filter((x) => x.v?.status === 'not-found').map((x) => candidateShortName(locale, x.c)),
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
