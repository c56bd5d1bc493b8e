import { z } from 'zod';
import { translated } from './translations.ts';
import {
  ConfidenceSchema, CountFigureSchema, IdSchema, IsoDateSchema, PercentFigureSchema,
  PercentStringSchema, SourceListSchema, StageSchema,
} from './common.ts';

const ContenderSchema = z.strictObject({
  name: z.string().min(1).describe('Display name (Belarusian-based where the reference offers one)'),
  candidate: IdSchema.optional().describe('Id in candidates.json, for a 2025 candidate'),
  otherNames: z.array(z.string().min(1)).optional(),
  votes: CountFigureSchema,
  share: PercentFigureSchema.describe('Share of voters who took part (CEC basis)'),
  shareValid: PercentFigureSchema.optional().describe('Share of valid votes (Nohlen & Stöver basis)'),
});

/** The share fields a precision exception may name. */
const SHARE_FIELDS = ['winner.share', 'winner.shareValid', 'runnerUp.share', 'runnerUp.shareValid', 'againstAll.share', 'againstAll.shareValid', 'invalid.share', 'turnout', 'turnoutAlt'] as const;

const PrecisionExceptionSchema = z
  .strictObject({
    figure: z.enum(SHARE_FIELDS),
    computed: PercentStringSchema.describe('What the counts give at the published precision'),
    reason: z.string().min(1),
    ...translated('reason'),
    sources: SourceListSchema,
  })
  .describe('A published share that the published counts do not reproduce, accepted on purpose');

const ElectionSchema = z
  .strictObject({
    id: IdSchema,
    year: z.number().int().min(1994).max(2100),
    round: z.number().int().min(1).max(2),
    date: IsoDateSchema.describe('Polling day'),
    finalDate: IsoDateSchema.optional().describe('Date the final result was approved, where known'),
    stage: StageSchema,
    registered: CountFigureSchema,
    ballotsIssued: CountFigureSchema.optional(),
    tookPart: CountFigureSchema,
    turnout: PercentFigureSchema.describe('Voters who took part as a share of registered voters'),
    turnoutAlt: PercentFigureSchema.optional().describe('Another published turnout, on the basis it names'),
    winner: ContenderSchema,
    runnerUp: ContenderSchema,
    againstAll: z.strictObject({ votes: CountFigureSchema, share: PercentFigureSchema, shareValid: PercentFigureSchema.optional() }),
    invalid: z.strictObject({ votes: CountFigureSchema, share: PercentFigureSchema.optional() }),
    earlyVoting: z.strictObject({ share: PercentFigureSchema.optional(), voters: CountFigureSchema.optional() }).optional(),
    preliminary: z
      .strictObject({
        date: IsoDateSchema,
        winnerShare: PercentFigureSchema.optional(),
        runnerUpShare: PercentFigureSchema.optional(),
        againstAllShare: PercentFigureSchema.optional(),
        turnout: PercentFigureSchema.optional(),
      })
      .optional()
      .describe('Preliminary figures where they differ from the final ones'),
    otherReportedShares: z
      .array(z.strictObject({ value: PercentStringSchema, basis: z.enum(['valid', 'took-part', 'unclear']), sources: SourceListSchema, note: z.string().min(1), ...translated('note') }))
      .optional()
      .describe('Widely repeated winner shares that are not the official one'),
    precisionExceptions: z.array(PrecisionExceptionSchema).optional(),
    confidence: ConfidenceSchema.optional(),
    note: z.string().min(1).optional(),
    ...translated('note'),
    sources: SourceListSchema,
  })
  .describe('A presidential vote before 2025 (2025 derives from results-2025.json)');
export type Election = z.output<typeof ElectionSchema>;
export const ElectionsFileSchema = z.array(ElectionSchema).min(1, { error: 'at least one record' });
