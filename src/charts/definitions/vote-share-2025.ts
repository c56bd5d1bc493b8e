// Chart "vote-share-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { AGAINST_ALL_ID, computeVoteShareRows, computeVoteShares } from '../../data/figures/series.ts';
import { formatDate } from '../../lib/format.ts';
import { CEC_BASIS, describeStage, inSentence, labelOf, PERCENT_AXIS, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: () => 'Vote shares, 2025 presidential election',
  subtitle: (c) => `Share of voters who took part (CEC basis), final results of ${formatDate(c.ds.results2025.final.announced)}`,
  derive: ({ ds, index }) => computeVoteShares(ds, index, 'final'),
  categoryHeading: 'Candidate',
  rowLabel: (cat, c) => (cat.id === AGAINST_ALL_ID ? cat.label : (c.ds.candidates.find((x) => x.id === cat.id)?.name ?? cat.label)),
  columnLabel: () => 'Share of voters who took part',
  summary: (c) => {
    const s = c.d.series[0]!;
    return `Share of voters who took part (${describeStage(c.d)}): ${s.points.map((p) => `${inSentence(labelOf(c.d, p.category))} ${show(p)}`).join(', ')}.`;
  },
  notes: (c) => {
    const notes = [CEC_BASIS, '“Against all” was an option on the ballot, not a candidate; its bar stands in order of size.'];
    const pre = computeVoteShareRows(c.ds, c.index, 'preliminary');
    const fin = computeVoteShareRows(c.ds, c.index, 'final');
    const same = fin.every((f) => pre.find((p) => p.id === f.id)?.share.display === f.share.display);
    const preDate = c.ds.results2025.preliminary.announced;
    notes.push(
      same
        ? `The preliminary results of ${formatDate(preDate)} gave the same shares.`
        // The superseded figures stay on the results page, inside its preliminary column; a chart note cannot carry their stage.
        : `The preliminary results of ${formatDate(preDate)} gave different shares; the results page shows them beside the final ones.`,
    );
    return notes;
  },
  valueAxis: PERCENT_AXIS('% of voters who took part'),
} satisfies Definition;
