import { z } from 'zod';
import { IdSchema } from './common.ts';

/**
 * The case forms a sentence needs, without a preposition (the sentence has
 * its own: у/ў or в): genitive "Мінскай вобласці" / "Минской области"
 * ("the turnout of …"), locative "Мінскай вобласці" / "Минской области",
 * "Мінску" / "Минске" ("in …").
 */
const RegionCasesSchema = z.strictObject({
  genitive: z.string().min(1).describe('Genitive, e.g. "Мінскай вобласці", "Минска"'),
  locative: z.string().min(1).describe('Locative (prepositional), without the preposition, e.g. "Мінскай вобласці", "Минске"'),
});

const RegionSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).describe('Display name, English usage (e.g. "Gomel Oblast")'),
    shortName: z.string().min(1).describe('Short label for charts'),
    shortNameBe: z.string().min(1).describe('Short label for charts, Belarusian ("Гомельская", "Мінск")'),
    shortNameRu: z.string().min(1).describe('Short label for charts, Russian ("Гомельская", "Минск")'),
    nameBe: z.string().min(1).describe('Belarusian name'),
    nameRu: z.string().min(1).describe('Russian name'),
    casesBe: RegionCasesSchema.describe('Belarusian case forms'),
    casesRu: RegionCasesSchema.describe('Russian case forms'),
    kind: z.enum(['oblast', 'city']),
    order: z.number().int().min(1).describe('Display order, as the CEC lists the regions'),
  })
  .describe('One of the six oblasts or Minsk city');
export type Region = z.output<typeof RegionSchema>;
export const RegionsFileSchema = z.array(RegionSchema).min(1, { error: 'at least one record' });
