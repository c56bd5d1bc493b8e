// Chart "early-voting-by-region-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeEarlyVotingByRegion } from '../../data/figures/series.ts';
import { formatDateRange, GAP_TEXT } from '../../lib/format.ts';
import { checkpointAxis, checkpointAxisTitle, checkpointRow, checkpointShort, gapCategories, listJoin, PERCENT_AXIS, pointNotes, pointOf, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'line',
  title: () => 'Turnout by region through early voting and polling day, 2025',
  subtitle: (c) => {
    const early = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'early');
    const day = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'election-day');
    return `Cumulative turnout in the six oblasts and Minsk city, ${formatDateRange(early[0]!.date, day.at(-1)!.date)}; a day with no official figure is a gap, not a zero`;
  },
  derive: ({ ds, index }) => computeEarlyVotingByRegion(ds, index),
  categoryHeading: 'When',
  rowLabel: checkpointRow,
  summary: (c) => {
    const first = c.d.categories[0]!;
    const last = c.d.categories.at(-1)!;
    const ranges = c.d.series.map((s) => `${s.label} ${show(pointOf(s, first.id))} to ${show(pointOf(s, last.id))}`);
    let text = `Cumulative turnout from ${checkpointShort(first, c)} to ${checkpointShort(last, c)}: ${ranges.join(', ')}.`;
    const gaps = gapCategories(c.d);
    if (gaps.length) text += ` For ${listJoin(gaps.map((g) => checkpointShort(g, c)))}: ${GAP_TEXT} for any region.`;
    return text;
  },
  notes: (c) => [
    `Turnout here is the ${c.ds.turnout2025.measure.toLowerCase()}; each figure includes the days before it.`,
    ...pointNotes(c.d, c.index, (cat) => checkpointRow(cat, c), 'region'),
  ],
  valueAxis: PERCENT_AXIS('Cumulative turnout, %'),
  categoryLabels: checkpointAxis,
  categoryAxisTitle: checkpointAxisTitle,
  seriesColours: ['palette:0', 'palette:1', 'palette:2', 'palette:3', 'palette:4', 'palette:5', 'palette:7'],
  seriesNoun: 'region',
  // Wide: each line named at its end. Narrow: no room for names beside seven
  // checkpoints, so a legend above (colour and marker shape) names them.
  endLabel: (s, layout) => (layout === 'wide' ? `${s.label} ${s.points.filter((p) => p.value !== null).at(-1)?.figure.display ?? ''}`.trim() : undefined),
  legend: (layout) => layout === 'narrow',
} satisfies Definition;
