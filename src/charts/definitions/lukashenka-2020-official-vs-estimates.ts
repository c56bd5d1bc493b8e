// Chart "lukashenka-2020-official-vs-estimates": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeLukashenka2020OfficialVsEstimates, type SeriesPoint } from '../../data/figures/series.ts';
import { formatDate } from '../../i18n/format.ts';
import { stageText } from '../../i18n/figures.ts';
import { messages } from '../../i18n/messages/index.ts';
import { resolveFigure } from '../../data/figures/resolve.ts';
import { PRODUCER_LABELS } from '../../schemas/index.ts';
import { listIn, noteIn, plainIn, showIn } from '../locale.ts';
import { PERCENT_AXIS, pointOf, show } from '../phrasing.ts';
import type { Context, Definition } from '../contract.ts';

const ID = 'lukashenka-2020-official-vs-estimates';

export const definition = {
  type: 'bar',
  estimates: true,
  title: (c) => c.t[ID].title,
  subtitle: (c) => c.t[ID].subtitle,
  derive: ({ ds, index }) => computeLukashenka2020OfficialVsEstimates(ds, index),
  categoryHeading: (c) => c.t[ID].categoryHeading,
  rowLabel: (cat, c) => {
    const f = pointOf(c.d.series[0]!, cat.id).figure;
    const t = lukashenkaBarText(cat.id, c);
    return c.t[ID].rowLabel(t.name, kindWords(f, c), t.of);
  },
  columnLabel: (_s, c) => c.t[ID].columnLabel,
  summary: (c) => {
    const parts = c.d.series[0]!.points.map((p) => {
      const t = lukashenkaBarText(p.category, c);
      return c.t[ID].part(t.name, kindWords(p.figure, c), show(p, c.locale), t.of);
    });
    return c.t[ID].summary(parts);
  },
  notes: (c) => {
    const w = c.t[ID];
    const pts = c.d.series[0]!.points;
    const official = pts.filter((p) => p.figure.status !== 'estimate').map((p) => lukashenkaBarText(p.category, c).name);
    return [
      w.solidNote(listIn(c.locale, official)),
      w.differentNote,
      ...pts.filter((p) => p.figure.status === 'estimate').map((p) => w.limitsNote(lukashenkaBarText(p.category, c).name, plainIn(c.locale, c.index, estimateLimits(p, c)))),
      w.noneNote,
    ];
  },
  valueAxis: (c, layout) => PERCENT_AXIS((t) => (layout === 'narrow' ? t[ID].axisNarrow : t[ID].axisWide))(c, layout),
  categoryLabels: (c, layout) => c.d.series[0]!.points.map((p) => {
    const w = c.t[ID];
    const t = lukashenkaBarText(p.category, c);
    const estimate = p.figure.status === 'estimate';
    if (layout === 'narrow') return [t.short, estimate ? w.narrowEstimate : w.narrowOfficial, t.producer, t.ofShort];
    return [t.name, estimate ? w.wideEstimate(t.producer) : w.wideOfficial(t.producer), t.of];
  }),
  labelLines: (layout) => (layout === 'narrow' ? 4 : 3),
  categoryColours: (c) => c.d.categories.map((cat) => (cat.id === 'cec' ? 'palette:0' : 'palette:1')),
  categoryOutlines: (c) => c.d.series[0]!.points.map((p) => (p.figure.status === 'estimate' ? 'palette:1' : null)),
  stageText: (c) => {
    const official = c.d.series[0]!.points.find((p) => p.figure.status !== 'estimate');
    const dates = c.d.series[0]!.points.filter((p) => p.figure.status === 'estimate').map((p) => p.figure.date).filter((x): x is string => !!x).sort();
    return c.t[ID].stageText(stageText(c.locale, official?.figure.stage, official?.figure.date), dates.length ? formatDate(c.locale, dates[0]!) : undefined);
  },
  creditLine: (c) => c.t[ID].creditLine(c.d.sources.length),
} satisfies Definition;

// Lukashenka’s 2020 share, official and estimated: words for each bar. Every
// number in them (stations, assumed turnout) comes from the data.

/** "official" or "estimate, not official", as the bar's figure is. */
const kindWords = (f: SeriesPoint['figure'], c: Context) => (f.status === 'estimate' ? c.t[ID].kindEstimate : c.t[ID].kindOfficial);

function lukashenkaBarText(id: string, c: Context): { name: string; short: string; producer: string; of: string; ofShort: string } {
  const fig = (key: string) => showIn(c.locale, { category: key, value: null, figure: resolveFigure(c.index, key) });
  const w = c.t[ID];
  const producer = (key: string) => {
    const p = c.index.get(key)?.evidence?.producer;
    return p ? (c.locale === 'en' ? PRODUCER_LABELS[p] : messages(c.locale).common.producers[p]).toLowerCase() : w.stateProducer;
  };
  switch (id) {
    case 'cec':
      return { ...w.bars.cec, producer: w.stateProducer };
    case 'protocols': {
      const b = w.bars.protocols;
      const n = fig('evidence.golos-protocols-2020.stations');
      return { name: b.name, short: b.short, producer: producer('evidence.golos-protocols-2020.lukashenka-share'), of: b.of(n), ofShort: b.ofShort(n) };
    }
    case 'joint-study': {
      const b = w.bars.jointStudy;
      const n = fig('evidence.joint-study-2021.assumed-turnout');
      return { name: b.name, short: b.short, producer: producer('evidence.joint-study-2021.lukashenka-share'), of: b.of(n), ofShort: b.ofShort(n) };
    }
    case 'chatham-house':
      return { ...w.bars.chathamHouse, producer: producer('evidence.chatham-house-2020.lukashenka-share') };
    default:
      throw new Error(`lukashenka-2020-official-vs-estimates: no words for bar "${id}"`);
  }
}

/** An estimate's limitations, from its evidence item (free text with figure keys), in the edition. */
function estimateLimits(p: SeriesPoint, c: Context): string {
  const item = c.ds.evidence.find((e) => e.id === p.figure.evidence?.item);
  return item?.limitations ? noteIn(c.ds, c.locale, item.limitations) : '';
}
