import { z } from 'zod';
import { translated } from './translations.ts';
import { CountFigureSchema, IdSchema, IsoDateSchema, PercentFigureSchema, SourceListSchema } from './common.ts';

const StageResultsSchema = z.strictObject({
  announced: IsoDateSchema,
  announcedBy: z.string().min(1),
  ...translated('announcedBy'),
  registered: CountFigureSchema,
  ballotsIssued: CountFigureSchema,
  tookPart: CountFigureSchema,
  turnout: PercentFigureSchema.describe('Took part ÷ registered (CEC basis)'),
  turnoutBallotsIssued: PercentFigureSchema.optional().describe('Ballots issued ÷ registered'),
  candidates: z
    .array(z.strictObject({ candidate: IdSchema, votes: CountFigureSchema, share: PercentFigureSchema }))
    .min(1)
    .describe('Every candidate, in the order of candidates.json'),
  againstAll: z.strictObject({ votes: CountFigureSchema, share: PercentFigureSchema }),
  invalid: z.strictObject({ votes: CountFigureSchema }),
  sources: SourceListSchema,
});
type StageResults = z.output<typeof StageResultsSchema>;

export const Results2025Schema = z
  .strictObject({
    election: z.literal('2025'),
    date: IsoDateSchema,
    basis: z.literal('cec').describe('Shares are of all voters who took part, invalid ballots included'),
    preliminary: StageResultsSchema.extend({ stage: z.literal('preliminary') }),
    final: StageResultsSchema.extend({ stage: z.literal('final') }),
    earlyVoters: CountFigureSchema,
    electionDayVoters: CountFigureSchema,
    pollingStationsAbroad: CountFigureSchema,
    pollingStationsSpecial: z.strictObject({ hospitals: CountFigureSchema, military: CountFigureSchema }),
    observers: z
      .strictObject({
        foreignAccredited: CountFigureSchema.describe('Foreign observers accredited (a state figure)'),
        foreignCountries: CountFigureSchema.describe('Countries the accredited foreign observers came from'),
        foreignReported: CountFigureSchema.describe('Another report of the foreign observers, attributed'),
        domesticReported: CountFigureSchema.describe('Domestic (state-accredited, not independent) observers, as reported'),
      })
      .describe('Observers the state accredited or reported; none of them independent'),
  })
  .describe('The 2025 national results, preliminary (27 January) and final (3 February)');
type Results2025 = z.output<typeof Results2025Schema>;
