// Chart "turnout-by-region-2025": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeTurnoutByRegion } from '../../data/figures/series.ts';
import { formatDate } from '../../i18n/format.ts';
import { figureDisplay } from '../../i18n/figures.ts';
import { localList, localText } from '../../i18n/data-text.ts';
import { messages } from '../../i18n/messages/index.ts';
import { resolveFigure } from '../../data/figures/resolve.ts';
import { GAP_TEXT_LONG } from '../../lib/format.ts';
import { regionFullName } from '../locale.ts';
import { at, checkpointOf, extremes, labelOf, PERCENT_AXIS, show } from '../phrasing.ts';
import type { Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  title: (c) => c.t['turnout-by-region-2025'].title(c.ds.results2025.date.slice(0, 4)),
  subtitle: (c) => {
    const cp = checkpointOf(c.ds, 'close');
    return c.t['turnout-by-region-2025'].subtitle(cp.time, formatDate(c.locale, cp.date));
  },
  derive: ({ ds, index }) => computeTurnoutByRegion(ds, index),
  categoryHeading: (c) => c.t['turnout-by-region-2025'].categoryHeading,
  rowLabel: (cat, c) => regionFullName(c.ds, c.locale, cat.id) ?? cat.label,
  columnLabel: (_s, c) => c.t['turnout-by-region-2025'].columnLabel,
  electionNight: true,
  summary: (c) => {
    const pts = c.d.series[0]!.points;
    const national = pts.find((p) => p.category === 'belarus');
    const regions = pts.filter((p) => p.category !== 'belarus');
    const e = extremes(regions);
    return c.t['turnout-by-region-2025'].summary(
      national ? show(national, c.locale) : undefined,
      e ? { min: at(c, e.min), max: at(c, e.max) } : undefined,
      regions.map((p) => ({ label: labelOf(c.d, p.category), value: show(p, c.locale) })),
    );
  },
  notes: (c) => {
    const t = c.t['turnout-by-region-2025'];
    const final = c.index.has('2025.final.turnout') ? figureDisplay(c.locale, resolveFigure(c.index, '2025.final.turnout')) : undefined;
    const notes = [t.measureNote(localText(c.locale, c.ds.turnout2025, 'measure'))];
    if (final) notes.push(t.finalNote(formatDate(c.locale, c.ds.results2025.final.announced), final));
    const i = c.ds.turnout2025.notFound.findIndex((x) => /regional turnout/i.test(x));
    if (i >= 0) notes.push(t.notFoundNote(localList(c.locale, c.ds.turnout2025, 'notFound')[i]!, c.locale === 'en' ? GAP_TEXT_LONG : messages(c.locale).common.gapLong));
    return notes;
  },
  valueAxis: PERCENT_AXIS((t) => t['turnout-by-region-2025'].axis),
  categoryColours: (c) => c.d.categories.map((cat) => (cat.id === 'belarus' ? 'palette:1' : 'palette:0')),
} satisfies Definition;
