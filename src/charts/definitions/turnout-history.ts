// Chart "turnout-history": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeTurnoutHistory } from '../../data/figures/series.ts';
import { at, extremes, historyYears, labelOf, PERCENT_AXIS, pointNotes, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => `Turnout at each presidential vote, ${historyYears(c.d, c.ds, c.index)}`,
  subtitle: (c) => `Official turnout, final results; ${c.d.categories.filter((x) => x.id.startsWith('1994')).length === 2 ? '1994 went to a second round' : 'one round each'}`,
  derive: ({ ds, index }) => computeTurnoutHistory(ds, index),
  categoryHeading: 'Vote',
  columnLabel: () => 'Turnout',
  summary: (c) => {
    const pts = c.d.series[0]!.points;
    const e = extremes(pts);
    const range = e ? ` Highest ${at(c.d, e.max)}, lowest ${at(c.d, e.min)}.` : '';
    return `Official turnout: ${pts.map((p) => `${labelOf(c.d, p.category)} ${show(p)}`).join(', ')}.${range}`;
  },
  notes: (c) => [
    'Turnout is voters who took part as a share of registered voters, as the CEC published it for each vote.',
    ...pointNotes(c.d, c.index, (cat) => cat.label),
  ],
  valueAxis: PERCENT_AXIS('Turnout, %'),
} satisfies Definition;
