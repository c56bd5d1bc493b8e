import { z } from 'zod';

const TextAllowEntrySchema = z
  .strictObject({
    file: z.string().regex(/^content\/[a-z0-9/._-]+$/, { error: 'a repository path such as "content/data/timeline.json"' }),
    path: z.string().min(1).describe('The record/field path as the validator prints it'),
    token: z.string().min(1).describe('The number that may stand in the text'),
    reason: z.string().min(10).describe('Why this number is not a figure'),
  })
  .describe('A number allowed in free text, with its reason');
export type TextAllowEntry = z.output<typeof TextAllowEntrySchema>;
export const TextAllowlistFileSchema = z.array(TextAllowEntrySchema);
