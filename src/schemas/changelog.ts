import { z } from 'zod';
import { translated } from './translations.ts';
import { IdSchema, IsoDateSchema, SourceKeySchema } from './common.ts';

const ChangelogEntrySchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    title: z.string().min(1),
    ...translated('title'),
    change: z.string().min(1).describe('What changed in the data'),
    ...translated('change'),
    reason: z.string().min(1).describe('Why'),
    ...translated('reason'),
    sources: z.array(SourceKeySchema).describe('Sources behind the change, if any'),
  })
  .describe('One correction or addition to the dataset');
export type ChangelogEntry = z.output<typeof ChangelogEntrySchema>;
export const ChangelogFileSchema = z.array(ChangelogEntrySchema);
