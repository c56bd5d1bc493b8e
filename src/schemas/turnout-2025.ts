import { z } from 'zod';
import { translated, translatedList } from './translations.ts';
import { CountFigureSchema, IdSchema, IsoDateSchema, PercentFigureSchema } from './common.ts';

const CheckpointSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  ...translated('label'),
  shortLabel: z.string().min(1),
  ...translated('shortLabel'),
  date: IsoDateSchema,
  time: z.string().regex(/^\d{2}:\d{2}$/, { error: 'a time HH:MM' }).optional(),
  phase: z.enum(['early', 'election-day']),
});
export type Checkpoint = z.output<typeof CheckpointSchema>;

const TurnoutSeriesSchema = z.strictObject({
  area: IdSchema.describe('"belarus" or a region id'),
  pollingStations: CountFigureSchema,
  values: z.record(IdSchema, PercentFigureSchema).describe('Cumulative turnout at each checkpoint id'),
});
type TurnoutSeries = z.output<typeof TurnoutSeriesSchema>;

export const Turnout2025Schema = z
  .strictObject({
    election: z.literal('2025'),
    stage: z.literal('intermediate'),
    measure: z.string().min(1),
    ...translated('measure'),
    checkpoints: z.array(CheckpointSchema).min(1),
    series: z.array(TurnoutSeriesSchema).min(1),
    notFound: z.array(z.string().min(1)).describe('Figures looked for and not found'),
    ...translatedList('notFound'),
  })
  .describe('Turnout through early voting and election day, nationally and by region');
type Turnout2025 = z.output<typeof Turnout2025Schema>;
