// Chart "turnout-by-region-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeTurnoutByRegion } from '../../data/figures/series.ts';
import { formatDate, GAP_TEXT_LONG } from '../../lib/format.ts';
import { resolveTextPlain } from '../../data/figures/resolve.ts';
import { at, checkpointOf, extremes, labelOf, PERCENT_AXIS, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => `Turnout by region at the close of polls, ${c.ds.results2025.date.slice(0, 4)}`,
  subtitle: (c) => {
    const cp = checkpointOf(c.ds, 'close');
    return `The CEC’s figures at ${cp.time ?? 'the close of polls'} on ${formatDate(cp.date)}, for the six oblasts, Minsk city and the country`;
  },
  derive: ({ ds, index }) => computeTurnoutByRegion(ds, index),
  categoryHeading: 'Region',
  rowLabel: (cat, c) => c.ds.regions.find((r) => r.id === cat.id)?.name ?? cat.label,
  columnLabel: () => 'Turnout at the close of polls',
  electionNight: true,
  summary: (c) => {
    const pts = c.d.series[0]!.points;
    const national = pts.find((p) => p.category === 'belarus');
    const regions = pts.filter((p) => p.category !== 'belarus');
    const e = extremes(regions);
    const head = national ? `Belarus ${show(national)}` : '';
    const range = e ? `; by region from ${at(c.d, e.min)} to ${at(c.d, e.max)}` : '';
    return `${head}${range}: ${regions.map((p) => `${labelOf(c.d, p.category)} ${show(p)}`).join(', ')}.`;
  },
  notes: (c) => {
    const final = c.index.has('2025.final.turnout') ? resolveTextPlain(c.index, '{{2025.final.turnout}}') : undefined;
    const notes = [`Turnout here is the ${c.ds.turnout2025.measure.toLowerCase()}, as the CEC announced it on election night.`];
    if (final) notes.push(`The final results of ${formatDate(c.ds.results2025.final.announced)} give a national turnout of ${final}.`);
    const regionalFinal = c.ds.turnout2025.notFound.find((x) => /regional turnout/i.test(x));
    if (regionalFinal) notes.push(`${regionalFinal.replace(/\.$/, '')}: ${GAP_TEXT_LONG}.`);
    return notes;
  },
  valueAxis: PERCENT_AXIS('Turnout at 20:00, %'),
  categoryColours: (c) => c.d.categories.map((cat) => (cat.id === 'belarus' ? 'palette:1' : 'palette:0')),
} satisfies Definition;
