// Chart "turnout-history": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeTurnoutHistory } from '../../data/figures/series.ts';
import { at, extremes, historyYears, labelOf, PERCENT_AXIS, pointNotes, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => c.t['turnout-history'].title(historyYears(c.d, c.ds, c.index)),
  subtitle: (c) => c.t['turnout-history'].subtitle(c.d.categories.filter((x) => x.id.startsWith('1994')).length === 2),
  derive: ({ ds, index }) => computeTurnoutHistory(ds, index),
  categoryHeading: (c) => c.t['turnout-history'].categoryHeading,
  columnLabel: (_s, c) => c.t['turnout-history'].columnLabel,
  summary: (c) => {
    const pts = c.d.series[0]!.points;
    const e = extremes(pts);
    return c.t['turnout-history'].summary(pts.map((p) => ({ label: labelOf(c.d, p.category), value: show(p, c.locale) })), e && at(c, e.max), e && at(c, e.min));
  },
  notes: (c) => [c.t['turnout-history'].note, ...pointNotes(c, (cat) => cat.label)],
  valueAxis: PERCENT_AXIS((t) => t['turnout-history'].axis),
} satisfies Definition;
