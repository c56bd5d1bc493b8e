/**
 * Building blocks shared by every data schema: ids, dates, percentages and
 * the figure types. A figure never stands alone as a bare number: it carries
 * its status (published, reported-rounded, derived, not-found, and for
 * independent evidence estimate) and sources.
 */
import { z } from 'zod';
import { translated } from './translations.ts';

const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** True when `s` is YYYY-MM-DD and names a day that exists. */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a lowercase kebab-case id such as "minsk-city" or "1994-r2"' })
  .describe('Lowercase kebab-case id, stable across data versions');

export const SourceKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_]*$/, { error: 'a source key of lowercase letters, digits and underscores, as in reference/FACTS.md (e.g. "unn_0203")' })
  .describe('Key of a source in sources.json');

export const SourceListSchema = z.array(SourceKeySchema).min(1, { error: 'at least one source key' });

export const IsoDateSchema = z
  .string()
  .refine(isRealIsoDate, { error: 'a real date written YYYY-MM-DD' })
  .describe('A calendar date, YYYY-MM-DD');

/** Figure keys look like `2025.final.lukashenka.share`. */
export const FigureKeySchema = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'a figure key such as "2025.final.lukashenka.share"' });

/**
 * Percentages are stored as strings so that their published decimals survive
 * (JSON numbers would turn 80.10 into 80.1).
 */
export const PercentStringSchema = z
  .string({ error: (iss) => (typeof iss.input === 'number' ? 'a percentage written as a string with its published decimals, e.g. "80.10" (a JSON number loses trailing zeros)' : undefined) })
  .regex(/^\d{1,3}(\.\d{1,3})?$/, { error: 'a percentage written with its published decimals, e.g. "86.82"', abort: true })
  .refine((s) => Number(s) >= 0 && Number(s) <= 100, { error: 'a percentage between 0 and 100' });

export const StageSchema = z
  .enum(['intermediate', 'preliminary', 'final'])
  .describe('intermediate: election-night or in-progress CEC report; preliminary: announced results; final: approved results');
export type Stage = z.output<typeof StageSchema>;

export const ConfidenceSchema = z
  .enum(['high', 'medium', 'low', 'single-source'])
  .describe('Set only where the reference flags a figure or claim (high: two independent sources or the producer’s own text)');

/**
 * Words a source puts before a figure ("more than 33,000", "at least 1,265"):
 * kept, so a lower bound is never shown as an exact count.
 */
const QualifierSchema = z
  .enum(['about', 'at-least', 'more-than', 'nearly'])
  .describe('As the source qualifies the figure: about, at least, more than, nearly');
export type Qualifier = z.output<typeof QualifierSchema>;

const BasisSchema = z
  .enum(['took-part', 'ballots-issued', 'valid'])
  .describe('Denominator of a percentage: voters who took part (CEC basis), ballots issued, or valid votes');

const figureExtras = {
  note: z.string().min(1).optional().describe('Free text: no digits except years and days of dates'),
  ...translated('note'),
  confidence: ConfidenceSchema.optional(),
  stage: StageSchema.optional().describe('Overrides the stage of the block the figure sits in'),
  qualifier: QualifierSchema.optional(),
};

/**
 * An independent estimate, survey result, exit poll or count by someone other
 * than the CEC. Never a result: it lives in content/data/evidence.json, under
 * an item that names its producer, method, sample and limitations, and the
 * validator refuses it anywhere an official figure is expected.
 */
const estimateFields = {
  status: z.literal('estimate'),
  of: z.string().min(1).optional().describe('What the figure counts or is a share of, e.g. "respondents who said how they voted" (required: the validator names a missing one)'),
  ...translated('of'),
  sources: SourceListSchema,
  ...figureExtras,
};

const NotFoundSchema = z
  .strictObject({
    status: z.literal('not-found'),
    note: z.string().min(1).describe('What was looked for and not found'),
    ...translated('note'),
    confidence: ConfidenceSchema.optional(),
    stage: StageSchema.optional(),
  })
  .describe('Not found in the sources consulted: shown as "no official figure found"');

const ReportedRoundedSchema = z
  .strictObject({
    status: z.literal('reported-rounded'),
    text: z.string().min(1).describe('The figure as the source wrote it, e.g. "189 thousand"'),
    unit: z.enum(['thousand', 'million', 'percent', 'count']).describe('count: an approximate whole number as the source wrote it ("nearly 500")'),
    method: z.enum(['truncated', 'rounded']).optional().describe('How the source shortened the exact figure, where known'),
    agreesWith: FigureKeySchema.optional().describe('The exact count this text reports, which it must agree with'),
    sources: SourceListSchema,
    ...figureExtras,
  })
  .describe('A rounded report, kept as text and never used as a count');

const CountValueSchema = z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(0, { error: 'a count of zero or more' });

const CountAlternativeSchema = z.strictObject({
  value: CountValueSchema,
  sources: SourceListSchema,
  note: z.string().min(1).optional(),
  ...translated('note'),
});
const PercentAlternativeSchema = z.strictObject({
  value: PercentStringSchema,
  sources: SourceListSchema,
  note: z.string().min(1).optional(),
  ...translated('note'),
});

export const CountFigureSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('published'),
    value: CountValueSchema,
    sources: SourceListSchema,
    alternatives: z.array(CountAlternativeSchema).optional().describe('Other values some sources give'),
    ...figureExtras,
  }),
  z.strictObject({
    status: z.literal('derived'),
    value: CountValueSchema,
    formula: z.string().min(1),
    sources: SourceListSchema,
    ...figureExtras,
  }),
  z.strictObject({ ...estimateFields, value: CountValueSchema }).describe('An independent estimate (never a result)'),
  ReportedRoundedSchema,
  NotFoundSchema,
]);
export type CountFigure = z.output<typeof CountFigureSchema>;

export const PercentFigureSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('published'),
    value: PercentStringSchema,
    sources: SourceListSchema,
    basis: BasisSchema.optional(),
    alternatives: z.array(PercentAlternativeSchema).optional(),
    ...figureExtras,
  }),
  z.strictObject({
    status: z.literal('derived'),
    value: PercentStringSchema,
    formula: z.string().min(1),
    sources: SourceListSchema,
    ...figureExtras,
  }),
  z.strictObject({ ...estimateFields, value: PercentStringSchema }).describe('An independent estimate (never a result)'),
  ReportedRoundedSchema,
  NotFoundSchema,
]);
export type PercentFigure = z.output<typeof PercentFigureSchema>;
export type Figure = CountFigure | PercentFigure;

export { MONTHS_LONG };
