/**
 * Locale-aware formats for every edition: counts, percentages as published,
 * percentage-point differences, dates and date ranges, lists and plural
 * forms. Everything goes through `Intl` on the pinned Node (ICU), so the
 * Belarusian and Russian editions write numbers and dates as their readers
 * do ("86,82 %", "5 136 293", "26 студзеня 2025 г.").
 *
 * English keeps the house formats of src/lib/format.ts exactly (`86.82%`,
 * `5,136,293`, `26 January 2025`, "21–25 January 2025", a true minus sign
 * in counts and differences); tests/unit/i18n/format-en.test.ts compares the
 * two on every figure and date in the dataset. Where the house style and the
 * English data of ICU differ (the minus sign, the spacing of a range), the
 * house style is applied after ICU, for English only; Belarusian and Russian
 * take ICU's output as it is.
 *
 * A published percentage is formatted from its string, so its decimals
 * survive: "80.10" stays "80,10 %" and "83.0" stays "83,0 %".
 */
import { localeTag, type Locale } from './locales.ts';

const MINUS = '\u2212';
const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(id);
  if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(localeTag(locale), options)));
  return f;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(id);
  if (!f) dateFormats.set(id, (f = new Intl.DateTimeFormat(localeTag(locale), { ...options, timeZone: 'UTC' })));
  return f;
}

/** A decimal string as Intl accepts it ("86.82", "-1.41"). */
type Decimal = Intl.StringNumericLiteral;

/** How many decimals a decimal string has: "80.10" → 2, "83.0" → 1, "12" → 0. */
function decimalsOf(value: string): number {
  const m = /^[-+]?\d+(?:\.(\d+))?$/.exec(value);
  if (!m) throw new Error(`not a decimal number written with digits: "${value}"`);
  return m[1]?.length ?? 0;
}

/** A whole count: "5,136,293" (en), "5 136 293" (be, ru: ICU's no-break space); be leaves four digits ungrouped ("5319"). */
export function formatCount(locale: Locale, n: number): string {
  if (!Number.isFinite(n)) throw new Error(`formatCount: not a number: ${n}`);
  const whole = Math.trunc(n);
  if (locale === 'en') {
    const digits = numberFormat('en', { maximumFractionDigits: 0 }).format(Math.abs(whole));
    return (whole < 0 ? MINUS : '') + digits;
  }
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(whole);
}

/** Any number with the decimals it is written with ("1,5" in be/ru for 1.5). */
export function formatNumber(locale: Locale, value: number | string): string {
  const s = typeof value === 'number' ? String(value) : value;
  const d = decimalsOf(s);
  return numberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(s as Decimal);
}

/**
 * A percentage. A string keeps its published decimals ("86.82" → "86.82%",
 * "86,82 %"); a number is written with `decimals` (default 2), rounded as
 * `toFixed` rounds it.
 */
export function formatPercent(locale: Locale, value: string | number, decimals?: number): string {
  const s = typeof value === 'number' ? value.toFixed(decimals ?? 2) : value;
  const d = decimalsOf(s);
  return numberFormat(locale, { style: 'unit', unit: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(s as Decimal);
}

/** A signed difference as written: "+3.66", "−1.41" (en; "-1,41" in be/ru, ICU's sign), zero unsigned ("0.00"). */
export function signed(locale: Locale, value: string): string {
  const zero = Number(value) === 0;
  const s = zero ? value.replace(/^[-+]/, '') : value;
  const d = decimalsOf(s);
  const out = numberFormat(locale, { signDisplay: zero ? 'never' : 'always', minimumFractionDigits: d, maximumFractionDigits: d }).format(s as Decimal);
  return locale === 'en' ? out.replace('-', MINUS) : out;
}

/** The unit of a percentage-point difference, after the number. */
const POINTS: Record<Locale, string> = {
  en: ' points',
  be: `${NBSP}п.${NBSP}п.`,
  ru: `${NBSP}п.${NBSP}п.`,
};

/** A difference of percentages: "+3.66 points" (en), "+3,66 п. п." (be, ru). */
export function formatPoints(locale: Locale, value: string): string {
  return `${signed(locale, value)}${POINTS[locale]}`;
}

const UNDATED: Record<Locale, string> = { en: 'undated', be: 'без даты', ru: 'без даты' };

type Precision = 'year' | 'month' | 'day';
interface PartialDate { date: Date; precision: Precision }

function parseIso(iso: string): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`not a date written YYYY, YYYY-MM or YYYY-MM-DD: "${iso}"`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  return { date: new Date(Date.UTC(y, mo - 1, d)), precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * A date at the precision it is written with: "2025-01-26" → "26 January
 * 2025" / "26 студзеня 2025 г." / "26 января 2025 г."; "2025-01" → "January
 * 2025"; "2025" → "2025"; "a/b" is a range; "undated" is said so.
 */
export function formatDate(locale: Locale, iso: string): string {
  if (iso === 'undated') return UNDATED[locale];
  if (iso.includes('/')) {
    const [a, b] = iso.split('/') as [string, string];
    return formatDateRange(locale, a, b);
  }
  if (locale === 'en' && /^\d{4}$/.test(iso)) return iso;
  const { date, precision } = parseIso(iso);
  return dateFormat(locale, DATE_OPTIONS[precision]).format(date);
}

/**
 * A range of dates through `formatRange`, which writes the shared month and
 * year once: "21–25 студзеня 2025", "7 ноября – 6 декабря 2024 г.". English
 * keeps the house spacing: "21–25 January 2025", "7 November – 6 December
 * 2024". Endpoints of different precision are joined with a spaced dash.
 */
export function formatDateRange(locale: Locale, start: string, end: string | undefined): string {
  if (!end || end === start) return formatDate(locale, start);
  const a = parseIso(start);
  const b = parseIso(end);
  if (a.precision !== b.precision || (locale === 'en' && a.precision !== 'day')) {
    return `${formatDate(locale, start)} – ${formatDate(locale, end)}`;
  }
  const f = dateFormat(locale, DATE_OPTIONS[a.precision]);
  if (locale !== 'en') return f.formatRange(a.date, b.date);
  // English: ICU writes the separator with thin spaces; the house writes
  // "21–25 January" (days of one month) and "7 November – 6 December" (otherwise).
  const sameMonth = a.date.getUTCFullYear() === b.date.getUTCFullYear() && a.date.getUTCMonth() === b.date.getUTCMonth();
  return f
    .formatRangeToParts(a.date, b.date)
    .map((p) => (p.type === 'literal' && p.source === 'shared' && p.value.includes('–') ? (sameMonth ? '–' : ' – ') : p.value))
    .join('');
}

/** "26 Jan" (en) for chart axes; be and ru as ICU abbreviates ("26 янв."). */
export function formatShortDate(locale: Locale, iso: string): string {
  const { date } = parseIso(iso);
  if (locale === 'en') {
    // The house abbreviates every month to three letters ("9 Sep"); en-GB writes "Sept".
    return dateFormat('en', { day: 'numeric', month: 'long' })
      .formatToParts(date)
      .map((p) => (p.type === 'month' ? p.value.slice(0, 3) : p.value))
      .join('');
  }
  return dateFormat(locale, { day: 'numeric', month: 'short' }).format(date);
}

/** "A, B and C" (en), "A, B і C" (be), "A, B и C" (ru); `disjunction` gives "or". */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(localeTag(locale), { type, style: 'long' }).format(items);
}

/** The plural categories each edition's grammar uses (CLDR): English one/other; Belarusian and Russian one/few/many/other. */
export interface PluralCategories {
  en: 'one' | 'other';
  be: 'one' | 'few' | 'many' | 'other';
  ru: 'one' | 'few' | 'many' | 'other';
}
/** One string per plural category of the locale: every category is required, so a missing form fails to compile. */
export type PluralForms<L extends Locale> = Record<PluralCategories[L], string>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
/** The plural category of `n` ("one", "few", "many", "other"), by ICU's rules for the locale. */
export function pluralCategory<L extends Locale>(locale: L, n: number | string): PluralCategories[L] {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(localeTag(locale))));
  const s = typeof n === 'number' ? String(n) : n;
  const d = decimalsOf(s);
  // Decimals matter: 1.0 is "other" in Russian, 1 is "one".
  const rules = d ? new Intl.PluralRules(localeTag(locale), { minimumFractionDigits: d, maximumFractionDigits: d }) : r;
  return rules.select(Number(s)) as PluralCategories[L];
}

/**
 * The form of a word that agrees with `n`; `{n}` in it is replaced by `n`
 * formatted for the locale: plural('ru', 5, {one: '{n} кандидат', few: '{n}
 * кандидата', many: '{n} кандидатов', other: '{n} кандидата'}) → "5 кандидатов".
 */
export function plural<L extends Locale>(locale: L, n: number | string, forms: PluralForms<L>): string {
  const form = forms[pluralCategory(locale, n)];
  if (!form.includes('{n}')) return form;
  const s = typeof n === 'number' ? String(n) : n;
  const num = Number.isInteger(Number(s)) && decimalsOf(s) === 0 ? formatCount(locale, Number(s)) : formatNumber(locale, s);
  return form.replaceAll('{n}', num);
}
