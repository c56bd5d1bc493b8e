/**
 * Corrections to the published text: each corrected sentence, with the
 * wording as it stood and as it stands now, where it appeared and when it was
 * corrected. Shown on /about/ and in the RSS feed, as a newspaper prints its
 * corrections. Figures in the wording are written {{figure.key}}, as in all
 * free text, so a correction never types a number.
 */
import { z } from 'zod';
import { translated } from './translations.ts';
import { IdSchema, IsoDateSchema } from './common.ts';

const PagePathSchema = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, { error: 'a site path that starts and ends with "/", e.g. "/results/2025/"' })
  .describe('Path of a page on the site, without the base path');

export const CorrectionSchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema.describe('The day the correction was published'),
    article: IdSchema.optional().describe('Slug of the corrected article (its file name without .mdx)'),
    page: PagePathSchema.optional().describe('Path of the corrected page, for text outside the articles'),
    was: z.string().min(1).describe('The sentence as it stood, figures written {{figure.key}}'),
    now: z.string().min(1).describe('The sentence as it stands now; an article’s text must contain it'),
    why: z.string().min(10, { error: 'a reason of at least a few words: what was wrong' }).describe('What was wrong with the old wording'),
    ...translated('why'),
  })
  .refine((c) => (c.article === undefined) !== (c.page === undefined), { error: 'either an article or a page, not both and not neither', path: ['article'] })
  .refine((c) => c.was !== c.now, { error: 'a new wording that differs from the old', path: ['now'] })
  .describe('One corrected sentence');
export type Correction = z.output<typeof CorrectionSchema>;
export const CorrectionsFileSchema = z.array(CorrectionSchema);
