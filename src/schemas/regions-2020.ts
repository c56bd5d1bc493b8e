import { z } from 'zod';
import { translated } from './translations.ts';
import { CountFigureSchema, IdSchema, PercentFigureSchema } from './common.ts';

export const Regions2020Schema = z
  .strictObject({
    election: z.literal('2020'),
    note: z.string().min(1),
    ...translated('note'),
    abroad: z.strictObject({ registered: CountFigureSchema, pollingStations: CountFigureSchema }),
    regions: z
      .array(
        z.strictObject({
          region: IdSchema,
          registered: CountFigureSchema,
          turnoutClose: PercentFigureSchema.describe('Turnout at 20:00 on polling day'),
          lukashenkaShare: PercentFigureSchema,
          tsikhanouskayaShare: PercentFigureSchema,
        }),
      )
      .min(1),
  })
  .describe('2020 regional figures, for comparison with 2025');
type Regions2020 = z.output<typeof Regions2020Schema>;
