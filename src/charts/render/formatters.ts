// Chart configs are JSON, so they name their number formats instead of
// carrying functions; this table turns a name into the function. Pure: the
// browser side can import it too.

// English, written as the site writes it (PRODUCT.md, "Formats"; src/lib/format.ts):
// 86.82%, 5,136,293, and a true minus sign. Not imported from src/lib/format.ts,
// which brings the zod schemas with it, too heavy for the browser bundle;
// tests/unit/charts/render.test.ts checks that both agree.
const MINUS = '\u2212';
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true });
const upToTwoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, useGrouping: false });

const signed = (value: number, digits: string) => (value < 0 && /[1-9]/.test(digits) ? MINUS : '') + digits;

/**
 * Formats for axis ticks. A tick is a position on an axis, not a published
 * figure: a percentage shows up to two decimals with trailing zeros dropped
 * (a published value keeps its own decimals, and is printed from its string
 * elsewhere, not here).
 */
export const formatters = {
  /** 86.82 → "86.82%", 20 → "20%": the value is already a percentage. */
  percent: (value: number): string => `${signed(value, upToTwoDecimals.format(Math.abs(value)))}%`,
  /** 5136293 → "5,136,293"; a fraction is cut off, as formatCount does. */
  count: (value: number): string => signed(value, grouped.format(Math.trunc(Math.abs(value)))),
} as const;

export type FormatterName = keyof typeof formatters;

const localeFormatters = new Map<string, Record<FormatterName, (value: number) => string>>();
/**
 * The same formats in another edition's language, through Intl as its
 * readers write numbers ("20 %", "86,82 %", "5 136 293"): `tag` is the
 * chart config's `options.locale` (be-BY, ru-RU). English keeps the house
 * formats above.
 */
function formattersFor(tag: string | undefined): Record<FormatterName, (value: number) => string> {
  if (!tag || /^en\b/.test(tag)) return formatters;
  let f = localeFormatters.get(tag);
  if (!f) {
    const pct = new Intl.NumberFormat(tag, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 });
    const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    f = { percent: (value) => pct.format(value), count: (value) => count.format(Math.trunc(value)) };
    localeFormatters.set(tag, f);
  }
  return f;
}

const FORMATTER_NAMES = Object.keys(formatters) as FormatterName[];

function isFormatterName(name: unknown): name is FormatterName {
  return typeof name === 'string' && Object.hasOwn(formatters, name);
}

/** The formatter called `name`, in the language of `tag` (a BCP 47 tag; English when absent); an unknown name throws, naming the known ones. */
export function getFormatter(name: unknown, where = 'format', tag?: string): (value: number) => string {
  if (!isFormatterName(name)) {
    throw new Error(`${where}: unknown formatter ${JSON.stringify(name)}; known: ${FORMATTER_NAMES.join(', ')}`);
  }
  return formattersFor(tag)[name];
}

declare module 'chart.js' {
  interface TickOptions {
    /** A named formatter from src/charts/render/formatters.ts, for numeric axes. */
    format?: FormatterName;
  }
}
