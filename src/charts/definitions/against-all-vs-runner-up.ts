// Chart "against-all-vs-runner-up": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeAgainstAllVsRunnerUp, computeHistoryRows } from '../../data/figures/series.ts';
import { GAP_TEXT_LONG } from '../../lib/format.ts';
import { CEC_BASIS, historyYears, known, listJoin, niceMax, pointNotes, pointOf, show, surname } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => `“Against all” and the strongest other candidate, ${historyYears(c.d, c.ds, c.index)}`,
  subtitle: () => 'Share of voters who took part (CEC basis), final results',
  derive: ({ ds, index }) => computeAgainstAllVsRunnerUp(ds, index),
  categoryHeading: 'Vote',
  rowLabel: (cat) => (cat.sublabel ? `${cat.label} (runner-up: ${cat.sublabel})` : cat.label),
  summary: (c) => {
    const aa = c.d.series.find((s) => s.id === 'against-all')!;
    const ru = c.d.series.find((s) => s.id === 'runner-up')!;
    const parts = c.d.categories.map((cat) => `${cat.label} against all ${show(pointOf(aa, cat.id))}, ${cat.sublabel ?? 'strongest other candidate'} ${show(pointOf(ru, cat.id))}`);
    const both = c.d.categories.filter((cat) => pointOf(aa, cat.id).value !== null && pointOf(ru, cat.id).value !== null);
    const ahead = both.filter((cat) => pointOf(aa, cat.id).value! > pointOf(ru, cat.id).value!);
    const verdict = ahead.length
      ? ` “Against all” was ahead of the strongest other candidate in ${listJoin(ahead.map((x) => x.label))}.`
      : ' “Against all” was never ahead of the strongest other candidate.';
    return `${parts.join('; ')}.${verdict}`;
  },
  notes: (c) => {
    const notes = [CEC_BASIS, 'The strongest other candidate is the one placed second in each vote.'];
    const first = computeHistoryRows(c.ds, c.index)[0];
    if (first && !c.d.categories.some((x) => x.id === first.id)) {
      const missing = computeHistoryRows(c.ds, c.index).filter((r) => r.againstAll.share.value === null && !c.d.categories.some((x) => x.id === r.id));
      if (missing.length) notes.push(`The chart starts in ${c.d.categories[0]!.label}: for ${listJoin(missing.map((r) => r.label))}, the “against all” share on the CEC basis: ${GAP_TEXT_LONG}.`);
    }
    notes.push(...pointNotes(c.d, c.index, (cat) => cat.label));
    return notes;
  },
  valueAxis: (c) => {
    const max = Math.max(...c.d.series.flatMap((s) => known(s.points).map((p) => p.value!)));
    return { title: '% of voters who took part', max: niceMax(max, 5), step: 5, format: 'percent' };
  },
  seriesColours: ['palette:3', 'palette:0'],
  valueLabel: (p, s, cat) => (s.id === 'against-all' ? `${show(p)} against all` : `${show(p)} ${surname(cat.sublabel ?? s.label)}`),
  legend: true,
} satisfies Definition;
