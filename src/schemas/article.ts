import { z } from 'zod';
import { IsoDateSchema, SourceKeySchema } from './common.ts';

export const ArticleFrontmatterSchema = z
  .strictObject({
    title: z.string().min(1).refine((t) => t.trim().endsWith('?'), { error: 'a title phrased as a question (ending with "?")' }),
    description: z.string().min(20).max(300),
    published: IsoDateSchema,
    updated: IsoDateSchema.optional(),
    sources: z.array(SourceKeySchema).min(1).describe('Source keys the article rests on'),
    charts: z.array(z.string()).optional().describe('Related chart ids'),
    related: z.array(z.string()).optional().describe('Related article slugs'),
    order: z.number().int().min(1).optional(),
    typedNumbers: z
      .array(z.strictObject({ value: z.string().min(1), reason: z.string().min(10) }))
      .optional()
      .describe('Numbers typed in prose on purpose, each with a reason'),
  })
  .refine((a) => !a.updated || a.updated >= a.published, { error: 'an updated date on or after the published date', path: ['updated'] });
export type ArticleFrontmatter = z.output<typeof ArticleFrontmatterSchema>;
