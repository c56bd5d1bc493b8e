// Chart "winner-share-history": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeHistoryRows, computeWinnerShareHistory } from '../../data/figures/series.ts';
import { resolveTextPlain } from '../../data/figures/resolve.ts';
import { CEC_BASIS, historyYears, labelOf, PERCENT_AXIS, pointNotes, precisionNotes, show, validBasisNote } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => `The winner’s share at each presidential vote, ${historyYears(c.d, c.ds, c.index)}`,
  subtitle: () => 'The first-placed candidate’s share of voters who took part (CEC basis), final results',
  derive: ({ ds, index }) => computeWinnerShareHistory(ds, index),
  categoryHeading: 'Vote',
  rowLabel: (cat, c) => {
    const row = computeHistoryRows(c.ds, c.index).find((r) => r.id === cat.id);
    return row ? `${cat.label}: ${row.winner.name}` : cat.label;
  },
  columnLabel: () => 'Share of voters who took part (CEC basis)',
  summary: (c) => {
    const pts = c.d.series[0]!.points;
    return `The first-placed candidate’s share of voters who took part: ${pts.map((p) => `${labelOf(c.d, p.category)} ${show(p)}`).join(', ')}.`;
  },
  notes: (c) => {
    const rows = computeHistoryRows(c.ds, c.index).filter((r) => c.d.categories.some((cat) => cat.id === r.id));
    const r1 = rows.find((r) => r.id === '1994-r1');
    const notes = [CEC_BASIS];
    const valid = validBasisNote(c, 'winner');
    if (valid) notes.push(valid);
    if (r1) notes.push(`${r1.label}: no candidate won a majority; the bar shows the first-placed candidate, ${r1.winner.name}.`);
    notes.push(...precisionNotes(c, 'winner.share'));
    for (const e of c.ds.elections) {
      if (!c.d.categories.some((cat) => cat.id === e.id)) continue;
      for (const o of e.otherReportedShares ?? []) {
        notes.push(`${labelOf(c.d, e.id)}: ${o.value}% is also widely reported (basis ${o.basis}). ${resolveTextPlain(c.index, o.note)}`);
      }
    }
    notes.push(...pointNotes(c.d, c.index, (cat) => cat.label));
    return notes;
  },
  valueAxis: PERCENT_AXIS('% of voters who took part'),
} satisfies Definition;
