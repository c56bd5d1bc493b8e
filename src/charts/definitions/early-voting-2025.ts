// Chart "early-voting-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeEarlyVoting } from '../../data/figures/series.ts';
import { formatDate, formatDateRange } from '../../i18n/format.ts';
import { localText } from '../../i18n/data-text.ts';
import { listIn } from '../locale.ts';
import { checkpointAxis, checkpointAxisTitle, checkpointList, checkpointRow, PERCENT_AXIS, pointNotes } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'line',
  title: (c) => c.t['early-voting-2025'].title,
  subtitle: (c) => {
    const early = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'early');
    const day = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'election-day');
    return c.t['early-voting-2025'].subtitle(
      early.length,
      formatDateRange(c.locale, early[0]!.date, early.at(-1)!.date),
      listIn(c.locale, day.map((x) => x.time ?? localText(c.locale, x, 'shortLabel'))),
      formatDate(c.locale, day[0]!.date),
    );
  },
  derive: ({ ds, index }) => computeEarlyVoting(ds, index),
  categoryHeading: (c) => c.t['early-voting-2025'].categoryHeading,
  rowLabel: checkpointRow,
  columnLabel: (_s, c) => c.t['early-voting-2025'].columnLabel,
  summary: (c) => c.t['early-voting-2025'].summary(checkpointList(c.d.series[0]!, c)),
  notes: (c) => [
    c.t.checkpoints.measureNote(localText(c.locale, c.ds.turnout2025, 'measure')),
    ...pointNotes(c, (cat) => checkpointRow(cat, c)),
  ],
  valueAxis: PERCENT_AXIS((t) => t['early-voting-2025'].axis),
  categoryLabels: checkpointAxis,
  categoryAxisTitle: checkpointAxisTitle,
} satisfies Definition;
