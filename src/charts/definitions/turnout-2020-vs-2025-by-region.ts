// Chart "turnout-2020-vs-2025-by-region": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeTurnout2020vs2025, type Series } from '../../data/figures/series.ts';
import { formatDate } from '../../i18n/format.ts';
import { localText } from '../../i18n/data-text.ts';
import { listIn, plainIn, regionFullName } from '../locale.ts';
import { PERCENT_AXIS, pointNotes, pointOf, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => c.t['turnout-2020-vs-2025-by-region'].title,
  subtitle: (c) => c.t['turnout-2020-vs-2025-by-region'].subtitle(listIn(c.locale, c.d.series.map((s) => formatDate(c.locale, s.points[0]?.figure.date ?? '')))),
  derive: ({ ds, index }) => computeTurnout2020vs2025(ds, index),
  categoryHeading: (c) => c.t['turnout-2020-vs-2025-by-region'].categoryHeading,
  rowLabel: (cat, c) => regionFullName(c.ds, c.locale, cat.id) ?? cat.label,
  columnLabel: (s, c) => c.t['turnout-2020-vs-2025-by-region'].columnLabel(s.label),
  electionNight: true,
  summary: (c) => {
    const t = c.t['turnout-2020-vs-2025-by-region'];
    const [a, b] = c.d.series as [Series, Series];
    const parts = c.d.categories.map((cat) => t.region(cat.label, show(pointOf(a, cat.id), c.locale), a.label, show(pointOf(b, cat.id), c.locale), b.label));
    const pairs = c.d.categories.filter((cat) => pointOf(a, cat.id).value !== null && pointOf(b, cat.id).value !== null);
    const higher = pairs.filter((cat) => pointOf(b, cat.id).value! > pointOf(a, cat.id).value!).map((x) => x.label);
    const lower = pairs.filter((cat) => pointOf(b, cat.id).value! < pointOf(a, cat.id).value!).map((x) => x.label);
    return t.summary(parts, higher.length ? listIn(c.locale, higher) : undefined, b.label, lower.length ? listIn(c.locale, lower) : undefined);
  },
  notes: (c) => {
    const t = c.t['turnout-2020-vs-2025-by-region'];
    return [
      t.note2025(c.d.series[1]?.label ?? '2025', localText(c.locale, c.ds.turnout2025, 'measure')),
      t.note2020(c.d.series[0]?.label ?? '2020', plainIn(c.locale, c.index, localText(c.locale, c.ds.regions2020, 'note'))),
      ...pointNotes(c, (cat) => cat.label),
    ];
  },
  valueAxis: PERCENT_AXIS((t) => t['turnout-2020-vs-2025-by-region'].axis),
  seriesColours: ['palette:4', 'palette:0'],
  valueLabel: (p, s, _cat, c) => c.t['turnout-2020-vs-2025-by-region'].valueLabel(s.label, show(p, c.locale)),
  legend: true,
} satisfies Definition;
