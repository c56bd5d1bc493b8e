// Chart "winner-share-history": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeHistoryRows, computeWinnerShareHistory } from '../../data/figures/series.ts';
import { formatPercent } from '../../i18n/format.ts';
import { nameIn, noteIn, plainIn } from '../locale.ts';
import { historyYears, labelOf, PERCENT_AXIS, pointNotes, precisionNotes, show, validBasisNote } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => c.t['winner-share-history'].title(historyYears(c.d, c.ds, c.index)),
  subtitle: (c) => c.t['winner-share-history'].subtitle,
  derive: ({ ds, index }) => computeWinnerShareHistory(ds, index),
  categoryHeading: (c) => c.t['winner-share-history'].categoryHeading,
  rowLabel: (cat, c) => {
    const row = computeHistoryRows(c.ds, c.index).find((r) => r.id === cat.id);
    return row ? c.t['winner-share-history'].rowLabel(cat.label, nameIn(c.ds, c.locale, row.winner.name)) : cat.label;
  },
  columnLabel: (_s, c) => c.t['winner-share-history'].columnLabel,
  summary: (c) => {
    const pts = c.d.series[0]!.points;
    return c.t['winner-share-history'].summary(pts.map((p) => ({ label: labelOf(c.d, p.category), value: show(p, c.locale) })));
  },
  notes: (c) => {
    const t = c.t['winner-share-history'];
    const rows = computeHistoryRows(c.ds, c.index).filter((r) => c.d.categories.some((cat) => cat.id === r.id));
    const r1 = rows.find((r) => r.id === '1994-r1');
    const notes = [c.t.common.cecBasis];
    const valid = validBasisNote(c, 'winner');
    if (valid) notes.push(valid);
    if (r1) notes.push(t.runOffNote(labelOf(c.d, r1.id), nameIn(c.ds, c.locale, r1.winner.name)));
    notes.push(...precisionNotes(c, 'winner.share'));
    for (const e of c.ds.elections) {
      if (!c.d.categories.some((cat) => cat.id === e.id)) continue;
      for (const o of e.otherReportedShares ?? []) {
        notes.push(t.otherReported(labelOf(c.d, e.id), formatPercent(c.locale, o.value), t.bases[o.basis], plainIn(c.locale, c.index, noteIn(c.ds, c.locale, o.note))));
      }
    }
    notes.push(...pointNotes(c, (cat) => cat.label));
    return notes;
  },
  valueAxis: PERCENT_AXIS((t) => t.common.percentAxisShare),
} satisfies Definition;
