/**
 * The hand-written English formatters the site used before every format went
 * through Intl (src/i18n/format.ts), kept here as the oracle the English
 * output of the Intl module is checked against, figure by figure and date by
 * date (format-en.test.ts).
 */
import { MONTHS_LONG } from '../../../src/schemas/common.ts';

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`formatCount: not a number: ${n}`);
  const sign = n < 0 ? '−' : '';
  return sign + Math.abs(Math.trunc(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A published percentage string keeps its decimals: "80.10" → "80.10%". */
export function formatPercent(value: string | number, decimals?: number): string {
  if (typeof value === 'number') {
    const d = decimals ?? 2;
    return `${value.toFixed(d)}%`;
  }
  return `${value}%`;
}

/** A difference of percentages: "3.66" → "+3.66 points", "-1.41" → "−1.41 points", "0.00" → "0.00 points". */
export function formatPoints(value: string): string {
  return `${signed(value)} points`;
}

/** "3.66" → "+3.66", "-1.41" → "−1.41" (a true minus sign), zero unsigned. */
export function signed(value: string): string {
  const n = Number(value);
  const abs = value.replace(/^[-+]/, '');
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : abs;
}

/** "2025-01-26" → "26 January 2025"; "2025-01" → "January 2025"; "2025" → "2025". */
export function formatDate(iso: string): string {
  if (iso === 'undated') return 'undated';
  if (iso.includes('/')) {
    const [a, b] = iso.split('/') as [string, string];
    return formatDateRange(a, b);
  }
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS_LONG[Number(m) - 1];
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** "21 – 25 January 2025", "7 November – 6 December 2024". */
export function formatDateRange(start: string, end: string | undefined): string {
  if (!end || end === start) return formatDate(start);
  const [y1, m1, d1] = start.split('-');
  const [y2, m2, d2] = end.split('-');
  if (!d1 || !d2) return `${formatDate(start)} – ${formatDate(end)}`;
  if (y1 === y2 && m1 === m2) return `${Number(d1)}–${Number(d2)} ${MONTHS_LONG[Number(m1) - 1]} ${y1}`;
  if (y1 === y2) return `${Number(d1)} ${MONTHS_LONG[Number(m1) - 1]} – ${Number(d2)} ${MONTHS_LONG[Number(m2) - 1]} ${y1}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "26 Jan" for chart axes. */
export function formatShortDate(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS_LONG[Number(m) - 1]!.slice(0, 3)}`;
}

