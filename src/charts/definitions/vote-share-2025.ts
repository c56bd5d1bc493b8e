// Chart "vote-share-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it. Its words: `vote-share-2025` in the charts
// message tables (src/i18n/messages/<locale>/charts.ts).

import { AGAINST_ALL_ID, computeVoteShareRows, computeVoteShares } from '../../data/figures/series.ts';
import { formatDate } from '../../i18n/format.ts';
import { candidateIn } from '../locale.ts';
import { describeStage, inSentence, labelOf, PERCENT_AXIS, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => c.t['vote-share-2025'].title,
  subtitle: (c) => c.t['vote-share-2025'].subtitle(formatDate(c.locale, c.ds.results2025.final.announced)),
  derive: ({ ds, index }) => computeVoteShares(ds, index, 'final'),
  categoryHeading: (c) => c.t['vote-share-2025'].categoryHeading,
  rowLabel: (cat, c) => (cat.id === AGAINST_ALL_ID ? cat.label : (candidateIn(c.ds, c.locale, cat.id) ?? cat.label)),
  columnLabel: (_s, c) => c.t['vote-share-2025'].columnLabel,
  summary: (c) => {
    const s = c.d.series[0]!;
    return c.t['vote-share-2025'].summary(describeStage(c.d, {}, c.locale), s.points.map((p) => ({ label: inSentence(c, labelOf(c.d, p.category)), value: show(p, c.locale) })));
  },
  notes: (c) => {
    const t = c.t['vote-share-2025'];
    const notes = [c.t.common.cecBasis, t.againstAllNote];
    const pre = computeVoteShareRows(c.ds, c.index, 'preliminary');
    const fin = computeVoteShareRows(c.ds, c.index, 'final');
    const same = fin.every((f) => pre.find((p) => p.id === f.id)?.share.display === f.share.display);
    const preDate = formatDate(c.locale, c.ds.results2025.preliminary.announced);
    // The superseded figures stay on the results page, inside its preliminary column; a chart note cannot carry their stage.
    notes.push(same ? t.preliminarySame(preDate) : t.preliminaryDifferent(preDate));
    return notes;
  },
  valueAxis: PERCENT_AXIS((t) => t.common.percentAxisShare),
} satisfies Definition;
