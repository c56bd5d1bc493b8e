/**
 * The figure-key resolver: one function that turns a key such as
 * `2025.final.lukashenka.share` into the value, its display form, status,
 * stage and sources. Free text in the data and `<Figure of="…">` use it.
 */
import type { Figure, ProducerLabel, Qualifier, Stage } from '../../schemas/index.ts';
import { formatCount, formatPercent, formatPoints, GAP_TEXT } from '../../lib/format.ts';
import { didYouMean } from '../../lib/did-you-mean.ts';
import { exactValue, FIGURE_REF, figureSources, type FigureKind, type IndexedFigure } from './figure-index.ts';

export interface ResolvedFigure {
  key: string;
  kind: FigureKind;
  status: Figure['status'];
  /** Exact value, or null where there is none (not found, or only a rounded report). */
  value: number | null;
  /** As the house style writes it: "5,136,293", "86.82%", "189 thousand", "no official figure found". */
  display: string;
  /** The published string for percentages ("80.10"). */
  published?: string;
  /** A reported-rounded figure: the unit its text is in (the text itself is `display`). */
  roundedUnit?: 'thousand' | 'million' | 'percent' | 'count';
  sources: string[];
  stage: Stage | undefined;
  date: string | undefined;
  note?: string;
  confidence?: string;
  formula?: string;
  /** As the source qualifies it: "more than", "at least", "about", "nearly". */
  qualifier?: Qualifier;
  /** An estimate: what it counts or is a share of. */
  of?: string;
  /** Independent evidence: the item it belongs to and who produced it. */
  evidence?: { item: string; producer: ProducerLabel | undefined; role: 'estimate' | 'fact' };
}

export const QUALIFIER_TEXT: Record<Qualifier, string> = {
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  nearly: 'nearly',
};

export class UnknownFigureKeyError extends Error {
  constructor(key: string, near: string[]) {
    super(`expected the key of a figure in content/data, found "${key}"${didYouMean(near)}`);
    this.name = 'UnknownFigureKeyError';
  }
}

export function displayFigure(kind: FigureKind, f: Figure): string {
  switch (f.status) {
    case 'not-found':
      return GAP_TEXT;
    case 'reported-rounded':
      return f.text;
    default: {
      const n = kind === 'points' ? formatPoints(String(f.value)) : kind === 'percent' ? formatPercent(String(f.value)) : formatCount(Number(f.value));
      return f.qualifier ? `${QUALIFIER_TEXT[f.qualifier]} ${n}` : n;
    }
  }
}

export function toResolved(entry: IndexedFigure): ResolvedFigure {
  const f = entry.figure;
  const out: ResolvedFigure = {
    key: entry.key,
    kind: entry.kind,
    status: f.status,
    value: exactValue(f) ?? null,
    display: displayFigure(entry.kind, f),
    sources: figureSources(f),
    stage: entry.stage,
    date: entry.date,
  };
  if ((entry.kind === 'percent' || entry.kind === 'points') && (f.status === 'published' || f.status === 'derived' || f.status === 'estimate')) out.published = String(f.value);
  if (f.status === 'reported-rounded') out.roundedUnit = f.unit;
  if (f.note) out.note = f.note;
  if (f.confidence) out.confidence = f.confidence;
  if (f.status === 'derived') out.formula = f.formula;
  if ('qualifier' in f && f.qualifier) out.qualifier = f.qualifier;
  if (f.status === 'estimate') out.of = f.of;
  if (entry.evidence) out.evidence = entry.evidence;
  return out;
}

export function resolveFigure(index: Map<string, IndexedFigure>, key: string): ResolvedFigure {
  const entry = index.get(key);
  if (!entry) {
    const parts = key.split('.');
    const near = [...index.keys()].filter((k) => k.split('.').slice(0, -1).join('.') === parts.slice(0, -1).join('.')).slice(0, 4);
    throw new UnknownFigureKeyError(key, near);
  }
  return toResolved(entry);
}

export type TextPart = { type: 'text'; text: string } | { type: 'figure'; figure: ResolvedFigure };

/** Splits free text with {{figure.key}} references into parts the page renders. */
export function resolveText(index: Map<string, IndexedFigure>, text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(FIGURE_REF)) {
    if (m.index! > last) parts.push({ type: 'text', text: text.slice(last, m.index) });
    parts.push({ type: 'figure', figure: resolveFigure(index, m[1]!) });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}

/** Plain-text rendering of free text (for summaries, RSS, social cards). */
export function resolveTextPlain(index: Map<string, IndexedFigure>, text: string): string {
  return resolveText(index, text).map((p) => (p.type === 'text' ? p.text : p.figure.display)).join('');
}
