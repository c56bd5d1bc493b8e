/**
 * A figure as each edition writes it. English keeps the house display the
 * figure index computed ("86.82%", "5,136,293", "189 thousand"); Belarusian
 * and Russian write the same value through `Intl` ("86,82 %", "5 136 293",
 * "189 тыс."), a qualifier in their words ("больш за 44 000"), and a
 * reported-rounded figure from its parts: the source's English text ("almost
 * 2.9 million") is read as qualifier, number and unit, and rewritten.
 */
import type { ResolvedFigure } from '../data/figures/resolve.ts';
import type { Stage } from '../schemas/index.ts';
import { formatCount, formatDate, formatNumber, formatPercent, formatPoints } from './format.ts';
import type { Locale } from './locales.ts';
import { messages } from './messages/index.ts';

type QualifierKey = keyof ReturnType<typeof messages>['common']['qualifiers'];

const ROUNDED_QUALIFIER: Record<string, QualifierKey> = {
  almost: 'nearly',
  nearly: 'nearly',
  about: 'about',
  'more than': 'more-than',
  'at least': 'at-least',
};

/** "almost 2.9 million" → { qualifier: 'nearly', number: '2.9', unit: 'million' }; undefined when the text is not of that shape. */
export function parseRoundedText(text: string): { qualifier?: QualifierKey; number: string; unit?: 'thousand' | 'million' | 'percent' } | undefined {
  const m = /^(?:(almost|nearly|about|more than|at least)\s+)?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|%)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = m[3] === '%' ? 'percent' : (m[3] as 'thousand' | 'million' | undefined);
  return { ...(m[1] ? { qualifier: ROUNDED_QUALIFIER[m[1]]! } : {}), number: m[2]!.replace(/,/g, ''), ...(unit ? { unit } : {}) };
}

function roundedDisplay(locale: Locale, f: ResolvedFigure): string {
  const parsed = parseRoundedText(f.display);
  if (!parsed) throw new Error(`${f.key}: the reported-rounded text "${f.display}" is not "[qualifier] number [thousand|million|%]", so it cannot be written in ${locale}`);
  const t = messages(locale).common;
  const n = parsed.unit === 'percent' ? formatPercent(locale, parsed.number) : formatNumber(locale, parsed.number);
  const unit = parsed.unit === 'thousand' || parsed.unit === 'million' ? `\u00a0${t.units[parsed.unit]}` : '';
  return `${parsed.qualifier ? `${t.qualifiers[parsed.qualifier]} ` : ''}${n}${unit}`;
}

/** The figure's text in an edition: its value, or the gap text when not found. */
export function figureDisplay(locale: Locale, f: ResolvedFigure): string {
  if (locale === 'en') return f.display;
  const t = messages(locale).common;
  if (f.status === 'not-found') return t.gap;
  if (f.status === 'reported-rounded') return roundedDisplay(locale, f);
  if (f.value === null) return t.gap;
  const n =
    f.kind === 'points' ? formatPoints(locale, f.published ?? String(f.value))
    : f.kind === 'percent' ? formatPercent(locale, f.published ?? String(f.value))
    : formatCount(locale, f.value);
  return f.qualifier ? `${t.qualifiers[f.qualifier]} ${n}` : n;
}

/**
 * A stage with its date: "final, 3 February 2025", "канчатковыя, 3 лютага
 * 2025 г."; the close-of-polls report is the election-night figure.
 */
export function stageText(locale: Locale, stage: Stage | undefined, date?: string, opts: { electionNight?: boolean } = {}): string {
  const t = messages(locale).common.stages;
  const label = stage === 'intermediate' && opts.electionNight ? t.electionNight : stage ? t[stage] : '';
  if (!date) return label;
  return label ? `${label}, ${formatDate(locale, date)}` : formatDate(locale, date);
}
