import { z } from 'zod';
import { translated } from './translations.ts';
import { CountFigureSchema, IdSchema, IsoDateSchema, SourceListSchema } from './common.ts';

const CandidateSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).describe('Display name, Belarusian-based transliteration'),
    shortName: z.string().min(1).describe('Surname as used in running text and charts'),
    otherNames: z.strictObject({
      en: z.array(z.string().min(1)).min(1).describe('Other English spellings found in sources'),
      be: z.string().min(1).describe('Belarusian Cyrillic'),
      beNote: z.string().min(1).optional(),
      ...translated('beNote'),
      ru: z.string().min(1).describe('Russian Cyrillic'),
    }),
    birth: z
      .strictObject({
        date: IsoDateSchema.optional(),
        year: z.number().int().min(1900).max(2010).optional(),
        conflict: z.array(IsoDateSchema).min(2).optional().describe('Dates that sources disagree on'),
        conflictNote: z.string().min(1).optional(),
        ...translated('conflictNote'),
        place: z.string().min(1),
        ...translated('place'),
        sources: SourceListSchema,
      })
      .refine((b) => b.date !== undefined || b.year !== undefined, { error: 'a birth date or at least a birth year' }),
    party: z.string().min(1),
    ...translated('party'),
    nomination: z.string().min(1),
    ...translated('nomination'),
    role: z.string().min(1),
    ...translated('role'),
    signatures: CountFigureSchema.describe('Valid signatures reported at registration'),
    sources: SourceListSchema,
  })
  .describe('A 2025 presidential candidate');
export type Candidate = z.output<typeof CandidateSchema>;
export const CandidatesFileSchema = z.array(CandidateSchema).min(1, { error: 'at least one record' });
