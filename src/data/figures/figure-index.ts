/**
 * Every figure in the dataset under one stable key (e.g.
 * `2025.final.lukashenka.share`), with where it lives, its stage and date.
 * Free text in the data, `<Figure of="…">` in articles and the validator all
 * go through this one index.
 */
import type { CountFigure, Dataset, Figure, PercentFigure, ProducerLabel, Stage } from '../../schemas/index.ts';

/** A figure reference in free text: `{{key}}`. */
export const FIGURE_REF = /\{\{\s*([^}\s]+)\s*\}\}/g;

/** `points`: a difference of two percentages, in percentage points (derived only). */
export type FigureKind = 'count' | 'percent' | 'points';

export interface IndexedFigure {
  key: string;
  kind: FigureKind;
  figure: Figure;
  /** Stage of the figure (its own, or the block's); undefined for facts that are not results. */
  stage: Stage | undefined;
  /** The date the figure refers to or was announced (ISO). */
  date: string | undefined;
  /** Repository-relative file and record/field path, as the validator prints them. */
  file: string;
  path: string;
  /** Independent evidence only (content/data/evidence.json): the item and who produced it. */
  evidence?: { item: string; producer: ProducerLabel | undefined; role: 'estimate' | 'fact' };
}

export const DATA_DIR = 'content/data';

export function buildFigureIndex(ds: Dataset): Map<string, IndexedFigure> {
  const index = new Map<string, IndexedFigure>();
  const add = (
    key: string, kind: FigureKind, figure: Figure | undefined, file: string, path: string,
    stage: Stage | undefined, date: string | undefined,
  ) => {
    if (!figure) return;
    index.set(key, { key, kind, figure, stage: figure.stage ?? stage, date, file: `${DATA_DIR}/${file}`, path });
  };
  const count = (k: string, f: CountFigure | undefined, file: string, p: string, s: Stage | undefined, d: string | undefined) => add(k, 'count', f, file, p, s, d);
  const pct = (k: string, f: PercentFigure | undefined, file: string, p: string, s: Stage | undefined, d: string | undefined) => add(k, 'percent', f, file, p, s, d);

  for (const e of ds.elections) {
    const f = 'elections.json';
    const r = `[${e.id}]`;
    const d = e.finalDate ?? e.date;
    const s = e.stage;
    count(`${e.id}.registered`, e.registered, f, `${r}.registered`, s, d);
    count(`${e.id}.ballots-issued`, e.ballotsIssued, f, `${r}.ballotsIssued`, s, d);
    count(`${e.id}.took-part`, e.tookPart, f, `${r}.tookPart`, s, d);
    pct(`${e.id}.turnout`, e.turnout, f, `${r}.turnout`, s, d);
    pct(`${e.id}.turnout-alt`, e.turnoutAlt, f, `${r}.turnoutAlt`, s, d);
    for (const [who, field] of [['winner', 'winner'], ['runner-up', 'runnerUp']] as const) {
      const c = e[field];
      count(`${e.id}.${who}.votes`, c.votes, f, `${r}.${field}.votes`, s, d);
      pct(`${e.id}.${who}.share`, c.share, f, `${r}.${field}.share`, s, d);
      pct(`${e.id}.${who}.share-valid`, c.shareValid, f, `${r}.${field}.shareValid`, s, d);
    }
    count(`${e.id}.against-all.votes`, e.againstAll.votes, f, `${r}.againstAll.votes`, s, d);
    pct(`${e.id}.against-all.share`, e.againstAll.share, f, `${r}.againstAll.share`, s, d);
    pct(`${e.id}.against-all.share-valid`, e.againstAll.shareValid, f, `${r}.againstAll.shareValid`, s, d);
    count(`${e.id}.invalid.votes`, e.invalid.votes, f, `${r}.invalid.votes`, s, d);
    pct(`${e.id}.invalid.share`, e.invalid.share, f, `${r}.invalid.share`, s, d);
    if (e.earlyVoting) {
      pct(`${e.id}.early.share`, e.earlyVoting.share, f, `${r}.earlyVoting.share`, s, d);
      count(`${e.id}.early.voters`, e.earlyVoting.voters, f, `${r}.earlyVoting.voters`, s, d);
    }
    if (e.preliminary) {
      const p = e.preliminary;
      const pd = p.date;
      pct(`${e.id}.preliminary.winner.share`, p.winnerShare, f, `${r}.preliminary.winnerShare`, 'preliminary', pd);
      pct(`${e.id}.preliminary.runner-up.share`, p.runnerUpShare, f, `${r}.preliminary.runnerUpShare`, 'preliminary', pd);
      pct(`${e.id}.preliminary.against-all.share`, p.againstAllShare, f, `${r}.preliminary.againstAllShare`, 'preliminary', pd);
      pct(`${e.id}.preliminary.turnout`, p.turnout, f, `${r}.preliminary.turnout`, 'preliminary', pd);
    }
  }

  const res = ds.results2025;
  for (const stage of ['preliminary', 'final'] as const) {
    const b = res[stage];
    const f = 'results-2025.json';
    const d = b.announced;
    count(`2025.${stage}.registered`, b.registered, f, `${stage}.registered`, stage, d);
    count(`2025.${stage}.ballots-issued`, b.ballotsIssued, f, `${stage}.ballotsIssued`, stage, d);
    count(`2025.${stage}.took-part`, b.tookPart, f, `${stage}.tookPart`, stage, d);
    pct(`2025.${stage}.turnout`, b.turnout, f, `${stage}.turnout`, stage, d);
    pct(`2025.${stage}.turnout-ballots-issued`, b.turnoutBallotsIssued, f, `${stage}.turnoutBallotsIssued`, stage, d);
    for (const c of b.candidates) {
      count(`2025.${stage}.${c.candidate}.votes`, c.votes, f, `${stage}.candidates[${c.candidate}].votes`, stage, d);
      pct(`2025.${stage}.${c.candidate}.share`, c.share, f, `${stage}.candidates[${c.candidate}].share`, stage, d);
    }
    count(`2025.${stage}.against-all.votes`, b.againstAll.votes, f, `${stage}.againstAll.votes`, stage, d);
    pct(`2025.${stage}.against-all.share`, b.againstAll.share, f, `${stage}.againstAll.share`, stage, d);
    count(`2025.${stage}.invalid.votes`, b.invalid.votes, f, `${stage}.invalid.votes`, stage, d);
  }
  const fd = res.final.announced;
  count('2025.early-voters', res.earlyVoters, 'results-2025.json', 'earlyVoters', 'final', fd);
  count('2025.election-day-voters', res.electionDayVoters, 'results-2025.json', 'electionDayVoters', 'final', fd);
  count('2025.polling-stations.abroad', res.pollingStationsAbroad, 'results-2025.json', 'pollingStationsAbroad', undefined, res.date);
  count('2025.polling-stations.hospitals', res.pollingStationsSpecial.hospitals, 'results-2025.json', 'pollingStationsSpecial.hospitals', undefined, res.date);
  count('2025.polling-stations.military', res.pollingStationsSpecial.military, 'results-2025.json', 'pollingStationsSpecial.military', undefined, res.date);
  const obs = res.observers;
  count('2025.observers.foreign', obs.foreignAccredited, 'results-2025.json', 'observers.foreignAccredited', undefined, res.date);
  count('2025.observers.foreign-countries', obs.foreignCountries, 'results-2025.json', 'observers.foreignCountries', undefined, res.date);
  count('2025.observers.foreign-mehr', obs.foreignReported, 'results-2025.json', 'observers.foreignReported', undefined, res.date);
  count('2025.observers.domestic-mehr', obs.domesticReported, 'results-2025.json', 'observers.domesticReported', undefined, res.date);

  const t = ds.turnout2025;
  const cpDate = new Map(t.checkpoints.map((c) => [c.id, c.date]));
  for (const s of t.series) {
    count(`2025.polling-stations.${s.area}`, s.pollingStations, 'turnout-2025.json', `series[${s.area}].pollingStations`, undefined, res.date);
    for (const [cp, v] of Object.entries(s.values)) {
      pct(`2025.turnout.${s.area}.${cp}`, v, 'turnout-2025.json', `series[${s.area}].values.${cp}`, t.stage, cpDate.get(cp));
    }
  }

  const r20 = ds.regions2020;
  count('2020.abroad.registered', r20.abroad.registered, 'regions-2020.json', 'abroad.registered', undefined, '2020-08-09');
  count('2020.abroad.polling-stations', r20.abroad.pollingStations, 'regions-2020.json', 'abroad.pollingStations', undefined, '2020-08-09');
  for (const r of r20.regions) {
    const p = `regions[${r.region}]`;
    count(`2020.regions.${r.region}.registered`, r.registered, 'regions-2020.json', `${p}.registered`, undefined, '2020-08-09');
    pct(`2020.regions.${r.region}.turnout-close`, r.turnoutClose, 'regions-2020.json', `${p}.turnoutClose`, undefined, '2020-08-09');
    pct(`2020.regions.${r.region}.lukashenka-share`, r.lukashenkaShare, 'regions-2020.json', `${p}.lukashenkaShare`, undefined, '2020-08-10');
    pct(`2020.regions.${r.region}.tsikhanouskaya-share`, r.tsikhanouskayaShare, 'regions-2020.json', `${p}.tsikhanouskayaShare`, undefined, '2020-08-10');
  }

  for (const c of ds.candidates) {
    count(`candidates.${c.id}.signatures`, c.signatures, 'candidates.json', `[${c.id}].signatures`, undefined, undefined);
  }

  for (const ev of ds.timeline) {
    for (const [name, fig] of Object.entries(ev.figures ?? {})) {
      const kind: FigureKind = fig.status !== 'not-found' && fig.status !== 'reported-rounded' && typeof fig.value === 'string' ? 'percent' : 'count';
      add(`timeline.${ev.id}.${name}`, kind, fig, 'timeline.json', `[${ev.id}].figures.${name}`, undefined, ev.date.start);
    }
  }
  // Independent evidence: evidence.<item id>.<name>, for estimates and for the facts about the work.
  for (const item of ds.evidence) {
    for (const [group, role] of [['estimates', 'estimate'], ['facts', 'fact']] as const) {
      for (const [name, fig] of Object.entries(item[group] ?? {})) {
        const kind: FigureKind = 'value' in fig && typeof fig.value === 'string' ? 'percent' : fig.status === 'reported-rounded' && fig.unit === 'percent' ? 'percent' : 'count';
        const key = `evidence.${item.id}.${name}`;
        add(key, kind, fig, 'evidence.json', `[${item.id}].${group}.${name}`, undefined, item.date);
        index.get(key)!.evidence = { item: item.id, producer: item.producer, role };
      }
    }
  }
  addDerived(ds, index);
  return index;
}

/**
 * Figures we compute from published ones (status `derived`, with a formula).
 * They live in the index beside the published figures, never in content/data.
 */
function addDerived(ds: Dataset, index: Map<string, IndexedFigure>) {
  const get = (k: string) => {
    const e = index.get(k);
    return e ? exactValue(e.figure) : undefined;
  };
  const put = (key: string, kind: FigureKind, value: number | string, formula: string, sources: string[], stage: Stage | undefined, date: string | undefined) => {
    const figure = { status: 'derived', value, formula, sources } as Figure;
    index.set(key, { key, kind, figure, stage, date, file: 'src/data/figures/figure-index.ts', path: key });
  };
  const fin = ds.results2025.final;
  const issued = get('2025.final.ballots-issued');
  const took = get('2025.final.took-part');
  if (issued !== undefined && took !== undefined) {
    put('2025.final.ballots-not-returned', 'count', issued - took, 'ballots issued − voters who took part', [...new Set([...figureSources(fin.ballotsIssued), ...figureSources(fin.tookPart)])], 'final', fin.announced);
  }
  // The exact candidate counts were announced on 27 January; the shares are identical on both dates.
  const counts = ds.candidates.map((c) => get(`2025.final.${c.id}.votes`) ?? get(`2025.preliminary.${c.id}.votes`));
  if (took !== undefined && counts.every((n) => n !== undefined)) {
    const sum = (counts as number[]).reduce((a, b) => a + b, 0);
    put('2025.final.candidates-total', 'count', sum, 'sum of the five candidates’ exact counts (announced 27 January)', ['plenglish_0127', 'newsru_0203'], 'final', fin.announced);
    put('2025.final.against-all-plus-invalid', 'count', took - sum, 'voters who took part − the five candidates’ votes', ['unn_0203', 'plenglish_0127'], 'final', fin.announced);
  }
  const t = ds.turnout2025;
  // How the national turnout at the close of polls splits between early voting and election day.
  const early = index.get('2025.turnout.belarus.early-5');
  const close = index.get('2025.turnout.belarus.close');
  const ev = early ? exactValue(early.figure) : undefined;
  const cv = close ? exactValue(close.figure) : undefined;
  if (early && close && ev !== undefined && cv !== undefined && cv > 0) {
    const srcs = [...new Set([...figureSources(early.figure), ...figureSources(close.figure)])];
    put('2025.turnout.belarus.early-share-of-took-part', 'percent', (ev / cv * 100).toFixed(1),
      'cumulative turnout at the end of early voting ÷ turnout at the close of polls (both % of registered voters)', srcs, 'intermediate', close.date);
    put('2025.turnout.belarus.election-day.increment', 'percent', ((Math.round(cv * 100) - Math.round(ev * 100)) / 100).toFixed(2),
      'turnout at the close of polls − cumulative turnout at the end of early voting', srcs, 'intermediate', close.date);
  }
  // The change in close-of-polls turnout from 2020 to 2025, per region (the change map).
  for (const r of ds.regions) {
    const a = index.get(`2020.regions.${r.id}.turnout-close`);
    const b = index.get(`2025.turnout.${r.id}.close`);
    const va = a ? exactValue(a.figure) : undefined;
    const vb = b ? exactValue(b.figure) : undefined;
    if (va === undefined || vb === undefined) continue;
    const change = ((Math.round(vb * 100) - Math.round(va * 100)) / 100).toFixed(2);
    put(`2025.turnout.${r.id}.close-change-2020`, 'points', change, 'turnout at the close of polls in 2025 − the same in 2020, in percentage points', [...new Set([...figureSources(a!.figure), ...figureSources(b!.figure)])], 'intermediate', b!.date);
  }
  // Daily increments of national early voting (the reference derives them too).
  for (const s of t.series.filter((x) => x.area === 'belarus')) {
    let prev: { id: string; v: number } | undefined = { id: 'start', v: 0 };
    for (const cp of t.checkpoints.filter((c) => c.phase === 'early')) {
      const v = get(`2025.turnout.${s.area}.${cp.id}`);
      if (v === undefined) { prev = undefined; continue; }
      if (prev) {
        const inc = (Math.round(v * 100) - Math.round(prev.v * 100)) / 100;
        const e = index.get(`2025.turnout.${s.area}.${cp.id}`)!;
        put(`2025.turnout.${s.area}.${cp.id}.increment`, 'percent', inc.toFixed(2), prev.id === 'start' ? 'the first day’s cumulative figure' : `cumulative turnout on this day − on ${prev.id}`, figureSources(e.figure), 'intermediate', cp.date);
      }
      prev = { id: cp.id, v };
    }
  }
}

/** The numeric value of a figure (an estimate's too), or undefined (not-found and reported-rounded have none). */
export function exactValue(f: Figure): number | undefined {
  if (f.status === 'published' || f.status === 'derived' || f.status === 'estimate') return Number(f.value);
  return undefined;
}

/** Decimals a percentage was published with ("83.0" → 1). */
export function publishedDecimals(value: string): number {
  const i = value.indexOf('.');
  return i < 0 ? 0 : value.length - i - 1;
}

/** Sources of a figure (none for not-found). */
export function figureSources(f: Figure): string[] {
  return f.status === 'not-found' ? [] : f.sources;
}
