// Phrasing: the words the chart definitions (src/charts/definitions/) share.
// Every number and date in them comes from the data: a helper takes a
// derivation, a point or the dataset and writes the text, never a typed figure.

import type { Dataset } from '../schemas/index.ts';
import type { FigureIndex } from '../data/site-data.ts';
import { computeHistoryRows, type Category, type Derivation, type Series, type SeriesPoint } from '../data/figures/series.ts';
import { GAP_TEXT } from '../lib/format.ts';
import { formatCount, formatDate, formatDateRange, formatPercent, formatShortDate } from '../i18n/format.ts';
import { stageText } from '../i18n/figures.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { localText } from '../i18n/data-text.ts';
import { listIn, nameIn, noteIn, plainIn, showIn } from './locale.ts';
import { figureDisplay } from '../i18n/figures.ts';
import type { Presentation } from './configs.ts';
import type { LayoutName } from './layout.ts';
import type { Context } from './contract.ts';

export const pointOf = (s: Series, category: string): SeriesPoint => {
  const p = s.points.find((x) => x.category === category);
  if (!p) throw new Error(`series "${s.id}" has no point for "${category}"`);
  return p;
};
export const labelOf = (d: Derivation, category: string) => d.categories.find((c) => c.id === category)?.label ?? category;
export const show = (p: SeriesPoint, locale: Locale = 'en') => showIn(locale, p);
export const known = (points: SeriesPoint[]) => points.filter((p) => p.value !== null);

/** The highest and lowest known points; every point that ties for either, in chart order. */
export function extremes(points: SeriesPoint[]): { min: SeriesPoint[]; max: SeriesPoint[] } | undefined {
  const k = known(points);
  if (!k.length) return undefined;
  const hi = Math.max(...k.map((p) => p.value!));
  const lo = Math.min(...k.map((p) => p.value!));
  return { max: k.filter((p) => p.value === hi), min: k.filter((p) => p.value === lo) };
}
/** The value and every category that has it: { value: "82.50%", label: "North and South" }. */
export const at = (c: Context, tied: SeriesPoint[]) => ({ value: show(tied[0]!, c.locale), label: listIn(c.locale, tied.map((p) => labelOf(c.d, p.category))) });


/** "Against all" mid-sentence. */
export const inSentence = (c: Context, label: string) => (label === c.t.labels.againstAll ? c.t.labels.againstAllInSentence : label);

/** Dates of the points: one date, a range, or one per series when each series has its own. */
export function describeStage(d: Derivation, opts: { electionNight?: boolean } = {}, locale: Locale = 'en'): string {
  const t = messages(locale).charts;
  const parts = d.stages.map((stage) => {
    const points = d.series.flatMap((s) => s.points.filter((p) => p.figure.stage === stage).map((p) => ({ s, p })));
    const dates = [...new Set(points.map((x) => x.p.figure.date).filter((x): x is string => !!x))].sort();
    if (dates.length <= 1) return stageText(locale, stage, dates[0], opts);
    const perSeries = d.series.map((s) => [...new Set(s.points.map((p) => p.figure.date))]);
    if (d.series.length > 1 && perSeries.every((x) => x.length === 1)) {
      return d.series.map((s, i) => t.common.seriesStage(s.label, stageText(locale, stage, perSeries[i]![0], opts))).join('; ');
    }
    return stageText(locale, stage, `${dates[0]}/${dates.at(-1)}`, opts);
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
export function pointNotes(c: Context, rowLabel: (c: Category) => string, seriesNoun: 'series' | 'region' = 'series'): string[] {
  const { d, index, locale, t } = c;
  const byNote = new Map<string, Map<string, string[]>>();
  for (const cat of d.categories) {
    for (const s of d.series) {
      const note = pointOf(s, cat.id).figure.note;
      if (!note) continue;
      const cats = byNote.get(note) ?? new Map<string, string[]>();
      cats.set(cat.id, [...(cats.get(cat.id) ?? []), s.label]);
      byNote.set(note, cats);
    }
  }
  return [...byNote].map(([note, cats]) => {
    const where = [...cats].map(([catId, series]) => {
      const label = rowLabel(d.categories.find((x) => x.id === catId)!);
      if (d.series.length === 1) return label;
      return series.length === d.series.length ? t.common.everySeries(label, seriesNoun) : t.common.someSeries(label, listIn(locale, series));
    });
    return `${listIn(locale, where)}: ${plainIn(locale, index, noteIn(c.ds, locale, note))}`;
  });
}

export function niceMax(value: number, step: number): number {
  return Math.max(step, Math.ceil((value * 1.08) / step) * step);
}

/**
 * The summary says what no source gives: a definition may already have said
 * it in its own words; if not, the gap sentence is added, so the alt text and
 * caption never leave a gap out.
 */
export function withGaps(summary: string, gapSentence: string | undefined, locale: Locale = 'en'): string {
  if (!gapSentence || summary.includes(locale === 'en' ? GAP_TEXT : messages(locale).common.gap)) return summary;
  return `${summary} ${gapSentence}`;
}

/** A 0–100% value axis with its title (from the edition's words); steps of 20 wide, 25 narrow. */
export const PERCENT_AXIS = (title: (t: Context['t']) => string) => (c: Context, layout: LayoutName): Presentation['valueAxis'] => ({
  title: title(c.t),
  max: 100,
  step: layout === 'wide' ? 20 : 25,
  format: 'percent',
});

export function historyYears(d: Derivation, ds: Dataset, index: FigureIndex): string {
  const rows = computeHistoryRows(ds, index).filter((r) => d.categories.some((c) => c.id === r.id));
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  return first === last ? String(first) : `${first}–${last}`;
}

export function checkpointOf(ds: Dataset, id: string) {
  const cp = ds.turnout2025.checkpoints.find((x) => x.id === id);
  if (!cp) throw new Error(`no checkpoint "${id}" in turnout-2025.json`);
  return cp;
}

/** "Early voting, day 1, 21 January 2025", "Election day, 12:00, 26 January 2025". */
export function checkpointRow(category: Category, c: Context): string {
  const cp = checkpointOf(c.ds, category.id);
  return c.t.checkpoints.row(localText(c.locale, cp, 'label'), formatDate(c.locale, cp.date));
}

/** "early-voting day 1 (21 January 2025)", "20:00 on polling day (26 January 2025)": for running text. */
export function checkpointShort(category: Category, c: Context): string {
  const cp = checkpointOf(c.ds, category.id);
  const short = localText(c.locale, cp, 'shortLabel');
  return cp.phase === 'early' ? c.t.checkpoints.shortEarly(short, formatDate(c.locale, cp.date)) : c.t.checkpoints.shortDay(cp.time ?? short, formatDate(c.locale, cp.date));
}

/** "early voting (21–25 January 2025) day 1 7.81%, …; polling day (26 January 2025) 12:00 56.64%, 20:00 85.69%" */
export function checkpointList(s: Series, c: Context): string {
  const phases = (['early', 'election-day'] as const).map((phase) => {
    const cps = c.ds.turnout2025.checkpoints.filter((x) => x.phase === phase && c.d.categories.some((cat) => cat.id === x.id));
    if (!cps.length) return '';
    const items = cps.map((cp) => ({ label: phase === 'early' ? localText(c.locale, cp, 'shortLabel') : (cp.time ?? localText(c.locale, cp, 'shortLabel')), value: show(pointOf(s, cp.id), c.locale) }));
    return phase === 'early'
      ? c.t.checkpoints.earlyList(formatDateRange(c.locale, cps[0]!.date, cps.at(-1)!.date), items)
      : c.t.checkpoints.dayList(formatDate(c.locale, cps[0]!.date), items);
  });
  return phases.filter(Boolean).join('; ');
}

/**
 * Axis labels for checkpoints. Wide: two lines, "Day 1 / 21 Jan", "26 Jan /
 * 12:00". Narrow, where seven two-line labels do not fit: the day's number or
 * the time, with the dates in the axis title.
 */
export function checkpointAxis(c: Context, layout: LayoutName): (string | string[])[] {
  return c.d.categories.map((cat) => {
    const cp = checkpointOf(c.ds, cat.id);
    const short = localText(c.locale, cp, 'shortLabel');
    if (layout === 'narrow') return cp.phase === 'early' ? (/\d+/.exec(short)?.[0] ?? short) : (cp.time ?? short);
    return cp.phase === 'early' ? [short, formatShortDate(c.locale, cp.date)] : [formatShortDate(c.locale, cp.date), cp.time ?? short];
  });
}

/** "21–25 Jan", "30 Jan – 2 Feb". */
function shortRange(locale: Locale, a: string, b: string): string {
  const [da, ...ma] = formatShortDate(locale, a).split(' ');
  const [db, ...mb] = formatShortDate(locale, b).split(' ');
  if (a === b) return `${da} ${ma.join(' ')}`;
  return ma.join(' ') === mb.join(' ') ? `${da}–${db} ${mb.join(' ')}` : `${da} ${ma.join(' ')} – ${db} ${mb.join(' ')}`;
}

/** Narrow only, on two lines: "Early-voting day (21–25 Jan)", "time on polling day (26 Jan)". */
export function checkpointAxisTitle(c: Context, layout: LayoutName): string[] | undefined {
  if (layout !== 'narrow') return undefined;
  const cps = c.ds.turnout2025.checkpoints.filter((x) => c.d.categories.some((cat) => cat.id === x.id));
  const early = cps.filter((x) => x.phase === 'early');
  const day = cps.filter((x) => x.phase === 'election-day');
  const parts = [];
  if (early.length) parts.push(c.t.checkpoints.axisEarly(shortRange(c.locale, early[0]!.date, early.at(-1)!.date)));
  if (day.length) parts.push(c.t.checkpoints.axisDay(shortRange(c.locale, day[0]!.date, day.at(-1)!.date)));
  return parts;
}

/** The 1994 run-off note: the published share against the one the counts give, from the data. */
export function precisionNotes(c: Context, field: 'winner.share' | 'runnerUp.share'): string[] {
  const out: string[] = [];
  const w = c.t['winner-share-history'];
  for (const e of c.ds.elections) {
    if (!c.d.categories.some((cat) => cat.id === e.id)) continue;
    for (const x of e.precisionExceptions ?? []) {
      if (x.figure !== field) continue;
      const who = field === 'winner.share' ? e.winner : e.runnerUp;
      const votes = who.votes.status === 'published' ? Number(who.votes.value) : undefined;
      const took = e.tookPart.status === 'published' ? Number(e.tookPart.value) : undefined;
      const label = labelOf(c.d, e.id);
      const published = who.share.status === 'published' ? formatPercent(c.locale, who.share.value) : c.locale === 'en' ? GAP_TEXT : messages(c.locale).common.gap;
      const name = nameIn(c.ds, c.locale, who.name);
      const reason = noteIn(c.ds, c.locale, x.reason);
      if (votes !== undefined && took) {
        const computed = formatPercent(c.locale, ((votes / took) * 100).toFixed(3));
        out.push(w.precisionNote(label, published, name, computed, formatCount(c.locale, votes), formatCount(c.locale, took), reason));
      } else {
        out.push(w.precisionNoteShort(label, published, name, formatPercent(c.locale, x.computed), reason));
      }
    }
  }
  return out;
}

/** Shares on the valid-vote basis where the data has them, to show how the bases differ. */
export function validBasisNote(c: Context, pick: 'winner' | 'runnerUp'): string | undefined {
  const rows = computeHistoryRows(c.ds, c.index).filter((r) => c.d.categories.some((cat) => cat.id === r.id));
  const parts = rows
    .map((r) => ({ r, f: r[pick].shareValid }))
    .filter((x) => x.f && x.f.value !== null)
    .map((x) => ({ vote: labelOf(c.d, x.r.id), valid: figureDisplay(c.locale, x.f!), cec: figureDisplay(c.locale, x.r[pick].share) }));
  return parts.length ? c.t['winner-share-history'].validBasis(parts) : undefined;
}
