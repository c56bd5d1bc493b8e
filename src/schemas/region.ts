import { z } from 'zod';
import { IdSchema } from './common.ts';

export const RegionSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).describe('Display name, English usage (e.g. "Gomel Oblast")'),
    shortName: z.string().min(1).describe('Short label for charts'),
    nameBe: z.string().min(1).describe('Belarusian name'),
    kind: z.enum(['oblast', 'city']),
    order: z.number().int().min(1).describe('Display order, as the CEC lists the regions'),
  })
  .describe('One of the six oblasts or Minsk city');
export type Region = z.output<typeof RegionSchema>;
export const RegionsFileSchema = z.array(RegionSchema).min(1, { error: 'at least one record' });
