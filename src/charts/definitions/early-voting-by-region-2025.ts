// Chart "early-voting-by-region-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeEarlyVotingByRegion } from '../../data/figures/series.ts';
import { formatDateRange } from '../../i18n/format.ts';
import { localText } from '../../i18n/data-text.ts';
import { messages } from '../../i18n/messages/index.ts';
import { GAP_TEXT } from '../../lib/format.ts';
import { listIn, showIn } from '../locale.ts';
import { checkpointAxis, checkpointAxisTitle, checkpointRow, checkpointShort, gapCategories, PERCENT_AXIS, pointNotes, pointOf, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'line',
  title: (c) => c.t['early-voting-by-region-2025'].title,
  subtitle: (c) => {
    const early = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'early');
    const day = c.ds.turnout2025.checkpoints.filter((x) => x.phase === 'election-day');
    return c.t['early-voting-by-region-2025'].subtitle(formatDateRange(c.locale, early[0]!.date, day.at(-1)!.date));
  },
  derive: ({ ds, index }) => computeEarlyVotingByRegion(ds, index),
  categoryHeading: (c) => c.t['early-voting-by-region-2025'].categoryHeading,
  rowLabel: checkpointRow,
  summary: (c) => {
    const t = c.t['early-voting-by-region-2025'];
    const first = c.d.categories[0]!;
    const last = c.d.categories.at(-1)!;
    const ranges = c.d.series.map((s) => t.range(s.label, show(pointOf(s, first.id), c.locale), show(pointOf(s, last.id), c.locale)));
    let text = t.summary(checkpointShort(first, c), checkpointShort(last, c), ranges);
    const gaps = gapCategories(c.d);
    if (gaps.length) text += t.gapSentence(listIn(c.locale, gaps.map((g) => checkpointShort(g, c))), c.locale === 'en' ? GAP_TEXT : messages(c.locale).common.gap);
    return text;
  },
  notes: (c) => [
    c.t.checkpoints.measureNote(localText(c.locale, c.ds.turnout2025, 'measure')),
    ...pointNotes(c, (cat) => checkpointRow(cat, c), 'region'),
  ],
  valueAxis: PERCENT_AXIS((t) => t['early-voting-by-region-2025'].axis),
  categoryLabels: checkpointAxis,
  categoryAxisTitle: checkpointAxisTitle,
  seriesColours: ['palette:0', 'palette:1', 'palette:2', 'palette:3', 'palette:4', 'palette:5', 'palette:7'],
  seriesNoun: 'region',
  // Wide: each line named at its end. Narrow: no room for names beside seven
  // checkpoints, so a legend above (colour and marker shape) names them.
  endLabel: (s, layout, c) => {
    if (layout !== 'wide') return undefined;
    const last = s.points.filter((p) => p.value !== null).at(-1);
    return `${s.label} ${last ? showIn(c.locale, last) : ''}`.trim();
  },
  legend: (layout) => layout === 'narrow',
} satisfies Definition;
