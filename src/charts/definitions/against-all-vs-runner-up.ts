// Chart "against-all-vs-runner-up": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeAgainstAllVsRunnerUp, computeHistoryRows } from '../../data/figures/series.ts';
import { messages } from '../../i18n/messages/index.ts';
import { GAP_TEXT_LONG } from '../../lib/format.ts';
import { listIn } from '../locale.ts';
import { historyYears, known, labelOf, niceMax, pointNotes, pointOf, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => c.t['against-all-vs-runner-up'].title(historyYears(c.d, c.ds, c.index)),
  subtitle: (c) => c.t['against-all-vs-runner-up'].subtitle,
  derive: ({ ds, index }) => computeAgainstAllVsRunnerUp(ds, index),
  categoryHeading: (c) => c.t['against-all-vs-runner-up'].categoryHeading,
  rowLabel: (cat, c) => c.t['against-all-vs-runner-up'].rowLabel(cat.label, cat.sublabel),
  summary: (c) => {
    const t = c.t['against-all-vs-runner-up'];
    const aa = c.d.series.find((s) => s.id === 'against-all')!;
    const ru = c.d.series.find((s) => s.id === 'runner-up')!;
    const parts = c.d.categories.map((cat) => t.vote(cat.label, show(pointOf(aa, cat.id), c.locale), cat.sublabel, show(pointOf(ru, cat.id), c.locale)));
    const both = c.d.categories.filter((cat) => pointOf(aa, cat.id).value !== null && pointOf(ru, cat.id).value !== null);
    const ahead = both.filter((cat) => pointOf(aa, cat.id).value! > pointOf(ru, cat.id).value!).map((x) => x.label);
    return t.summary(parts, ahead, listIn(c.locale, ahead));
  },
  notes: (c) => {
    const t = c.t['against-all-vs-runner-up'];
    const notes = [c.t.common.cecBasis, t.secondNote];
    const rows = computeHistoryRows(c.ds, c.index);
    const first = rows[0];
    if (first && !c.d.categories.some((x) => x.id === first.id)) {
      const missing = rows.filter((r) => r.againstAll.share.value === null && !c.d.categories.some((x) => x.id === r.id));
      const voteLabel = (id: string, english: string) => {
        if (c.locale === 'en') return english;
        const e = c.ds.elections.find((x) => x.id === id);
        return e ? c.t.labels.vote(e.year, e.round, c.ds.elections.filter((x) => x.year === e.year).length) : english;
      };
      if (missing.length) {
        notes.push(t.startNote(labelOf(c.d, c.d.categories[0]!.id), listIn(c.locale, missing.map((r) => voteLabel(r.id, r.label))), c.locale === 'en' ? GAP_TEXT_LONG : messages(c.locale).common.gapLong));
      }
    }
    notes.push(...pointNotes(c, (cat) => cat.label));
    return notes;
  },
  valueAxis: (c) => {
    const max = Math.max(...c.d.series.flatMap((s) => known(s.points).map((p) => p.value!)));
    return { title: c.t['against-all-vs-runner-up'].axis, max: niceMax(max, 5), step: 5, format: 'percent' };
  },
  seriesColours: ['palette:3', 'palette:0'],
  valueLabel: (p, s, cat, c) => {
    const t = c.t['against-all-vs-runner-up'];
    const surname = (cat.sublabel ?? s.label).trim().split(/\s+/).at(-1)!;
    return s.id === 'against-all' ? t.valueAgainstAll(show(p, c.locale)) : t.valueRunnerUp(show(p, c.locale), surname);
  },
  legend: true,
} satisfies Definition;
