import { z } from 'zod';
import { translated } from './translations.ts';
import { ConfidenceSchema, CountFigureSchema, IdSchema, IsoDateSchema, PercentFigureSchema, SourceListSchema } from './common.ts';

const EventDateSchema = z
  .strictObject({
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
    approximate: z.literal(true).optional().describe('The date is inferred, shown as "about"'),
  })
  .refine((d) => d.end === undefined || d.end >= d.start, { error: 'an end date on or after the start date', path: ['end'] });
type EventDate = z.output<typeof EventDateSchema>;

const EventSchema = z
  .strictObject({
    id: IdSchema,
    date: EventDateSchema,
    order: z.number().int().min(1).optional().describe('Order among events of the same day (required when a day has several)'),
    category: z.enum(['process', 'candidates', 'prisoners', 'international', 'results']),
    text: z.string().min(1).describe('Our words. Figures are written {{figure.key}}, never typed'),
    ...translated('text'),
    figures: z.record(IdSchema, z.union([CountFigureSchema, PercentFigureSchema])).optional().describe('Figures this event states, keyed timeline.<id>.<name>'),
    confidence: ConfidenceSchema.optional(),
    note: z.string().min(1).optional(),
    ...translated('note'),
    sources: SourceListSchema,
  })
  .describe('A dated event of the campaign or its aftermath');
export type TimelineEvent = z.output<typeof EventSchema>;
export const TimelineFileSchema = z.array(EventSchema);
