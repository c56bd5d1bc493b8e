// Chart "turnout-2020-vs-2025-by-region": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeTurnout2020vs2025, type Series } from '../../data/figures/series.ts';
import { formatDate } from '../../lib/format.ts';
import { resolveTextPlain } from '../../data/figures/resolve.ts';
import { listJoin, PERCENT_AXIS, pointNotes, pointOf, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: () => 'Turnout by region at the close of polls, 2020 and 2025',
  subtitle: (c) => `The CEC’s figures at 20:00 on polling day, ${listJoin(c.d.series.map((s) => formatDate(s.points[0]?.figure.date ?? '')))}`,
  derive: ({ ds, index }) => computeTurnout2020vs2025(ds, index),
  categoryHeading: 'Region',
  rowLabel: (cat, c) => c.ds.regions.find((r) => r.id === cat.id)?.name ?? cat.label,
  columnLabel: (s) => `Turnout, ${s.label}`,
  electionNight: true,
  summary: (c) => {
    const [a, b] = c.d.series as [Series, Series];
    const parts = c.d.categories.map((cat) => `${cat.label} ${show(pointOf(a, cat.id))} in ${a.label}, ${show(pointOf(b, cat.id))} in ${b.label}`);
    const pairs = c.d.categories.filter((cat) => pointOf(a, cat.id).value !== null && pointOf(b, cat.id).value !== null);
    const higher = pairs.filter((cat) => pointOf(b, cat.id).value! > pointOf(a, cat.id).value!);
    const lower = pairs.filter((cat) => pointOf(b, cat.id).value! < pointOf(a, cat.id).value!);
    const verdict = [
      higher.length ? `higher in ${b.label} in ${listJoin(higher.map((x) => x.label))}` : '',
      lower.length ? `lower in ${listJoin(lower.map((x) => x.label))}` : '',
    ].filter(Boolean).join(', ');
    return `${parts.join('; ')}.${verdict ? ` Turnout was ${verdict}.` : ''}`;
  },
  notes: (c) => [
    `${c.d.series[1]?.label ?? '2025'}: the ${c.ds.turnout2025.measure.toLowerCase()}.`,
    `${c.d.series[0]?.label ?? '2020'}: ${resolveTextPlain(c.index, c.ds.regions2020.note)}`,
    ...pointNotes(c.d, c.index, (cat) => cat.label),
  ],
  valueAxis: PERCENT_AXIS('Turnout at 20:00, %'),
  seriesColours: ['palette:4', 'palette:0'],
  valueLabel: (p, s) => `${s.label}: ${show(p)}`,
  legend: true,
} satisfies Definition;
