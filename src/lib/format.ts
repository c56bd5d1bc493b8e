/**
 * The English house formats under their short names: counts `5,136,293`,
 * percentages as published `86.82%`, dates `26 January 2025`, stages, and the
 * gap text. Every number and date goes through the one Intl module,
 * src/i18n/format.ts, asked for English; the Belarusian and Russian editions
 * call it with their locale.
 */
import type { Stage } from '../schemas/common.ts';
import * as intl from '../i18n/format.ts';

export const GAP_TEXT = 'no official figure found';
export const GAP_TEXT_LONG = 'no official figure found in the sources consulted';

/** "5,136,293": a count in English (src/i18n/format.ts, the one module that formats numbers and dates). */
export const formatCount = (n: number): string => intl.formatCount('en', n);

/** A published percentage string keeps its decimals: "80.10" → "80.10%". */
export const formatPercent = (value: string | number, decimals?: number): string => intl.formatPercent('en', value, decimals);

/** A difference of percentages: "3.66" → "+3.66 points", "-1.41" → "−1.41 points", "0.00" → "0.00 points". */
export const formatPoints = (value: string): string => intl.formatPoints('en', value);


/** "2025-01-26" → "26 January 2025"; "2025-01" → "January 2025"; "2025" → "2025". */
export const formatDate = (iso: string): string => intl.formatDate('en', iso);

/** "21–25 January 2025", "7 November – 6 December 2024". */
export const formatDateRange = (start: string, end: string | undefined): string => intl.formatDateRange('en', start, end);


const STAGE_LABELS: Record<Stage, string> = {
  final: 'final',
  preliminary: 'preliminary',
  intermediate: 'CEC interim figure',
};

/**
 * "final, 3 February 2025"; "preliminary, 27 January 2025";
 * "CEC election-night figure, 26 January 2025" for the close-of-polls report.
 */
export function formatStage(stage: Stage | undefined, date?: string, opts: { electionNight?: boolean } = {}): string {
  const label = stage === 'intermediate' && opts.electionNight ? 'CEC election-night figure' : stage ? STAGE_LABELS[stage] : '';
  if (!date) return label;
  return label ? `${label}, ${formatDate(date)}` : formatDate(date);
}
