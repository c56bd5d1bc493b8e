// A chart in an edition: the words of the charts message table
// (src/i18n/messages/<locale>/charts.ts), figures as the edition writes them
// (figureDisplay), lists joined in the language, and the derivation's
// category and series labels in the edition (names from src/i18n/names.ts,
// checkpoint labels from the data's Be/Ru fields). English keeps every label
// the derivation gives, so its charts are unchanged.

import type { Dataset } from '../schemas/index.ts';
import type { Derivation, SeriesPoint } from '../data/figures/series.ts';
import { resolveText } from '../data/figures/resolve.ts';
import type { FigureIndex } from '../data/site-data.ts';
import { figureDisplay } from '../i18n/figures.ts';
import { formatList } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { localText } from '../i18n/data-text.ts';
import { candidateName, candidateShortName, personName, regionName, regionShortName } from '../i18n/names.ts';
import { listJoin } from '../lib/words.ts';

export type ChartWords = ReturnType<typeof messages>['charts'];

/** A point's value as the edition writes it ("86.82%", "86,82 %"). */
export const showIn = (locale: Locale, p: SeriesPoint) => figureDisplay(locale, p.figure);

/** Free text with {{figure}} references as plain text, each figure as the edition writes it. */
export const plainIn = (locale: Locale, index: FigureIndex, text: string) =>
  resolveText(index, text).map((p) => (p.type === 'text' ? p.text : figureDisplay(locale, p.figure))).join('');

/** "A, B and C" in the edition's words. */
export const listIn = (locale: Locale, items: readonly string[]) => (locale === 'en' ? listJoin(items) : formatList(locale, items));

/** A region's full name in the edition, or undefined for an id that is not a region. */
export function regionFullName(ds: Dataset, locale: Locale, id: string): string | undefined {
  const r = ds.regions.find((x) => x.id === id);
  return r ? regionName(locale, r) : undefined;
}

/** A candidate's name in running text in the edition, or undefined. */
export function candidateIn(ds: Dataset, locale: Locale, id: string): string | undefined {
  const c = ds.candidates.find((x) => x.id === id);
  return c ? candidateName(locale, c) : undefined;
}

/** A person's name as a vote's data gives it ("Vyachaslau Kebich"), in the edition: from people.json, else the candidates. */
export function nameIn(ds: Dataset, locale: Locale, name: string): string {
  if (locale === 'en') return name;
  const person = ds.people.find((p) => p.name.form === name);
  if (person) return personName(locale, person);
  const c = ds.candidates.find((x) => x.name === name);
  return c ? candidateName(locale, c) : name;
}


/**
 * Free text of a figure or record note in the edition: the English note is
 * looked up among the dataset's records that carry it with Be/Ru versions
 * beside it (`note`/`noteBe`/`noteRu`, `reason`/…). English passes through.
 */
export function noteIn(ds: Dataset, locale: Locale, english: string): string {
  if (locale === 'en') return english;
  const found = translations(ds).get(english);
  const text = found?.[locale];
  if (!text) throw new MissingTextError(locale, english);
  return text;
}

/** Free text a chart quotes from content/data has no version in the edition: the chart is not written in it (never English in its place). */
export class MissingTextError extends Error {
  constructor(locale: Locale, english: string) {
    super(`charts: no ${locale} text in content/data for the note "${english}" (add its ${locale === 'be' ? 'Be' : 'Ru'} version beside it)`);
    this.name = 'MissingTextError';
  }
}

const memo = new WeakMap<Dataset, Map<string, { be?: string; ru?: string }>>();
function translations(ds: Dataset): Map<string, { be?: string; ru?: string }> {
  let map = memo.get(ds);
  if (map) return map;
  map = new Map();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    for (const [k, text] of Object.entries(o)) {
      if (typeof text === 'string' && (typeof o[`${k}Be`] === 'string' || typeof o[`${k}Ru`] === 'string')) {
        const entry = map!.get(text) ?? {};
        if (typeof o[`${k}Be`] === 'string') entry.be = o[`${k}Be`] as string;
        if (typeof o[`${k}Ru`] === 'string') entry.ru = o[`${k}Ru`] as string;
        map!.set(text, entry);
      }
      if (Array.isArray(text) && Array.isArray(o[`${k}Be`]) && Array.isArray(o[`${k}Ru`])) {
        text.forEach((t, i) => {
          if (typeof t === 'string') map!.set(t, { be: (o[`${k}Be`] as string[])[i], ru: (o[`${k}Ru`] as string[])[i] });
        });
      }
      walk(text);
    }
  };
  walk(ds);
  memo.set(ds, map);
  return map;
}

/** The label of a category or series id in the edition: a region, a candidate, Belarus, a vote, a checkpoint. */
function labelFor(ds: Dataset, locale: Locale, t: ChartWords, id: string, fallback: string): string {
  const region = ds.regions.find((r) => r.id === id);
  if (region) return regionShortName(locale, region);
  const cand = ds.candidates.find((c) => c.id === id);
  if (cand) return candidateShortName(locale, cand);
  if (id === 'belarus') return t.labels.belarus;
  if (id === 'against-all') return t.labels.againstAll;
  if (id === 'runner-up') return t.labels.runnerUp;
  if (id === 'share') return t.labels.shareOfTookPart;
  if (id === 'turnout') return t.labels.turnout;
  if (id === 'winner-share') return t.labels.winnerShare;
  if (id === 'lukashenka-share') return t.labels.lukashenkaShare;
  if (id === 'close') return t.labels.turnoutAt('20:00');
  if (id === 'change') return t.maps['turnout-change-map'].columnLabel;
  const e = ds.elections.find((x) => x.id === id);
  if (e) return t.labels.vote(e.year, e.round, ds.elections.filter((x) => x.year === e.year).length);
  const cp = ds.turnout2025.checkpoints.find((x) => x.id === id);
  if (cp) return localText(locale, cp, 'shortLabel');
  return fallback;
}

/** The derivation with its labels in the edition (English: as derived). */
export function localiseDerivation(d: Derivation, ds: Dataset, locale: Locale, seriesLabels: Record<string, string> = {}): Derivation {
  if (locale === 'en') return d;
  const t = messages(locale).charts;
  return {
    ...d,
    categories: d.categories.map((c) => {
      const cp = ds.turnout2025.checkpoints.find((x) => x.id === c.id);
      // A checkpoint's sublabel is its long label; a vote's, the runner-up's name.
      const sublabel = cp ? localText(locale, cp, 'label') : c.sublabel === undefined ? undefined : nameIn(ds, locale, c.sublabel);
      const out = { id: c.id, label: labelFor(ds, locale, t, c.id, c.label) };
      return sublabel === undefined ? out : { ...out, sublabel };
    }),
    series: d.series.map((s) => ({ ...s, label: seriesLabels[s.id] ?? labelFor(ds, locale, t, s.id, s.label) })),
  };
}

