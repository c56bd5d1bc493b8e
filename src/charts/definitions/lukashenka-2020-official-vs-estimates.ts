// Chart "lukashenka-2020-official-vs-estimates": what it derives from the data, the words written from
// the numbers, and how it is drawn. Its id is in src/schemas/chart-ids.ts;
// src/charts/registry.ts lists it.

import { computeLukashenka2020OfficialVsEstimates, type SeriesPoint } from '../../data/figures/series.ts';
import { formatDate, formatStage } from '../../lib/format.ts';
import { resolveTextPlain } from '../../data/figures/resolve.ts';
import { PRODUCER_LABELS } from '../../schemas/index.ts';
import { listJoin, PERCENT_AXIS, pointOf, show } from '../phrasing.ts';
import type { Context, Definition } from '../contract.ts';

export const definition = {
  type: 'bar',
  estimates: true,
  title: () => 'Lukashenka’s 2020 share: the official result and three independent estimates',
  subtitle: () => 'Four different measures, each a share of something different: not one thing measured four times',
  derive: ({ ds, index }) => computeLukashenka2020OfficialVsEstimates(ds, index),
  categoryHeading: 'Measure',
  rowLabel: (cat, c) => {
    const f = pointOf(c.d.series[0]!, cat.id).figure;
    const t = lukashenkaBarText(cat.id, c);
    return `${t.name} (${kindWords(f)}): ${t.of}`;
  },
  columnLabel: () => 'Lukashenka’s share',
  summary: (c) => {
    const parts = c.d.series[0]!.points.map((p) => {
      const t = lukashenkaBarText(p.category, c);
      return `${t.name}, ${kindWords(p.figure)}: ${show(p)} ${t.of}`;
    });
    return `Four different measures of Lukashenka’s support in 2020, not one thing measured four times. ${parts.join('; ')}.`;
  },
  notes: (c) => {
    const pts = c.d.series[0]!.points;
    const official = pts.filter((p) => p.figure.status !== 'estimate').map((p) => lukashenkaBarText(p.category, c).name);
    return [
      `Solid bar: the official figure (${listJoin(official)}). Outlined bars: independent estimates, not official; each is labelled with who produced it.`,
      'These are different measures, not measurements of one thing: each bar is a share of a different group, so the gaps between them are not errors of one count.',
      ...pts.filter((p) => p.figure.status === 'estimate').map((p) => `${lukashenkaBarText(p.category, c).name}: ${resolveTextPlain(c.index, estimateLimits(p, c))}`),
      'No chart on this site sets 2025 official figures beside estimates: no independent count or exit poll of the 2025 vote was found.',
    ];
  },
  valueAxis: (c, layout) => PERCENT_AXIS(layout === 'narrow' ? 'Share, % (of different groups)' : 'Lukashenka’s share, % (each of a different group)')(c, layout),
  categoryLabels: (c, layout) => c.d.series[0]!.points.map((p) => {
    const t = lukashenkaBarText(p.category, c);
    const estimate = p.figure.status === 'estimate';
    if (layout === 'narrow') return [t.short, estimate ? 'ESTIMATE, not official' : 'OFFICIAL figure', t.producer, t.ofShort];
    return [t.name, estimate ? `Estimate, not official · ${t.producer}` : `Official figure · ${t.producer}`, t.of];
  }),
  labelLines: (layout) => (layout === 'narrow' ? 4 : 3),
  categoryColours: (c) => c.d.categories.map((cat) => (cat.id === 'cec' ? 'palette:0' : 'palette:1')),
  categoryOutlines: (c) => c.d.series[0]!.points.map((p) => (p.figure.status === 'estimate' ? 'palette:1' : null)),
  stageText: (c) => {
    const official = c.d.series[0]!.points.find((p) => p.figure.status !== 'estimate');
    const dates = c.d.series[0]!.points.filter((p) => p.figure.status === 'estimate').map((p) => p.figure.date).filter((x): x is string => !!x).sort();
    const est = dates.length ? `; estimates from ${formatDate(dates[0]!)}` : '';
    return `${formatStage(official?.figure.stage, official?.figure.date)} (CEC result)${est}`;
  },
  creditLine: (c) => `The CEC’s official result beside independent estimates from ${c.d.sources.length} sources, listed on the chart page`,
} satisfies Definition;

// Lukashenka’s 2020 share, official and estimated: words for each bar. Every
// number in them (stations, assumed turnout) comes from the data.

/** "official" or "estimate, not official", as the bar's figure is. */
const kindWords = (f: SeriesPoint['figure']) => (f.status === 'estimate' ? 'estimate, not official' : 'official');

function lukashenkaBarText(id: string, c: Context): { name: string; short: string; producer: string; of: string; ofShort: string } {
  const fig = (key: string) => resolveTextPlain(c.index, `{{${key}}}`);
  const producer = (key: string) => {
    const p = c.index.get(key)?.evidence?.producer;
    return p ? PRODUCER_LABELS[p].toLowerCase() : 'state';
  };
  switch (id) {
    case 'cec':
      return { name: 'CEC official result', short: 'CEC official result', producer: 'state', of: 'of all voters who took part', ofShort: 'of all who took part' };
    case 'protocols':
      return {
        name: 'Protocols the platforms obtained', short: 'Platforms’ protocols', producer: producer('evidence.golos-protocols-2020.lukashenka-share'),
        of: `of voters at those ${fig('evidence.golos-protocols-2020.stations')} stations only`, ofShort: `at ${fig('evidence.golos-protocols-2020.stations')} stations only`,
      };
    case 'joint-study':
      return {
        name: 'Joint study of 2021 (a model)', short: 'Joint study (model)', producer: producer('evidence.joint-study-2021.lukashenka-share'),
        of: `of votes at an assumed ${fig('evidence.joint-study-2021.assumed-turnout')} turnout`, ofShort: `at assumed ${fig('evidence.joint-study-2021.assumed-turnout')} turnout`,
      };
    case 'chatham-house':
      return {
        name: 'Chatham House poll, September 2020', short: 'Chatham House poll', producer: producer('evidence.chatham-house-2020.lukashenka-share'),
        of: 'of urban respondents saying how they voted', ofShort: 'of urban respondents',
      };
    default:
      throw new Error(`lukashenka-2020-official-vs-estimates: no words for bar "${id}"`);
  }
}

/** An estimate's limitations, from its evidence item (free text with figure keys). */
function estimateLimits(p: SeriesPoint, c: Context): string {
  const item = c.ds.evidence.find((e) => e.id === p.figure.evidence?.item);
  return item?.limitations ?? '';
}
