// Chart "early-voting-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeEarlyVoting } from '../../data/figures/series.ts';
import { formatDate, formatDateRange } from '../../lib/format.ts';
import { checkpointAxis, checkpointAxisTitle, checkpointList, checkpointRow, countWord, listJoin, PERCENT_AXIS, pointNotes } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'line',
  title: () => 'Turnout through early voting and polling day, 2025',
  subtitle: (c) => {
    const early = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'early');
    const day = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'election-day');
    return `Cumulative national turnout after each of the ${countWord(early.length)} early-voting days (${formatDateRange(early[0]!.date, early.at(-1)!.date)}) and at ${listJoin(day.map((x) => x.time ?? x.shortLabel))} on ${formatDate(day[0]!.date)}`;
  },
  derive: ({ ds, index }) => computeEarlyVoting(ds, index),
  categoryHeading: 'When',
  rowLabel: checkpointRow,
  columnLabel: () => 'Turnout, Belarus (cumulative)',
  summary: (c) => {
    const s = c.d.series[0]!;
    return `Cumulative national turnout: ${checkpointList(s, c)}.`;
  },
  notes: (c) => [
    `Turnout here is the ${c.ds.turnout2025.measure.toLowerCase()}; each figure includes the days before it.`,
    ...pointNotes(c.d, c.index, (cat) => checkpointRow(cat, c)),
  ],
  valueAxis: PERCENT_AXIS('Cumulative turnout, %'),
  categoryLabels: checkpointAxis,
  categoryAxisTitle: checkpointAxisTitle,
} satisfies Definition;
