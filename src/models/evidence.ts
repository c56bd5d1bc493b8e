/**
 * /evidence/: the independent evidence beside the official figures, 2020 and
 * 2025 side by side, topic by topic; each item with its producer label, its
 * method and limits, its confidence and sources; the 2025 items looked for
 * and not found stated as such.
 */
import type { SiteData } from '../data/site-data.ts';
import type { EvidenceItem, EvidenceTopic, ProducerLabel } from '../schemas/index.ts';
import { EVIDENCE_TOPICS, PRODUCER_IDS } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { localText } from '../i18n/data-text.ts';
import { ModelBuilder, textSources, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';

const EVIDENCE_CHART: ChartId = 'lukashenka-2020-official-vs-estimates';

/** What each producer label means, as the reference defines it (English). */
export const PRODUCER_MEANINGS: Record<ProducerLabel, string> = messages('en').evidence.producerMeanings;

function evidenceAnchor(id: string): string {
  return `evidence-${id}`;
}

interface EvidenceCard {
  item: EvidenceItem;
  /** The item's text in the page's edition (free text with figure keys). */
  title: string;
  producerName: string | undefined;
  summary: string;
  sample: string | undefined;
  note: string | undefined;
  anchor: string;
  producer: { id: ProducerLabel; label: string } | undefined;
  /** Method and limits in one sentence (free text with figure keys). */
  methodAndLimits: string | undefined;
  confidence: string | undefined;
  estimates: Cited[];
  facts: Cited[];
  nums: number[];
}

export interface EvidenceModel extends PageModel {
  topics: { id: EvidenceTopic; label: string; years: { year: 2020 | 2025; cards: EvidenceCard[] }[] }[];
  producers: { id: ProducerLabel; label: string; meaning: string; count: number }[];
  notFound: EvidenceCard[];
  chart: ChartId;
  counts: { found2020: number; found2025: number; notFound2025: number };
}

/** "Official results compared with ballot photos; limits: not a random sample …", in an edition. */
export function methodAndLimits(item: EvidenceItem, locale: Locale = 'en'): string | undefined {
  const method = item.method ? localText(locale, item, 'method').replace(/\.$/, '') : undefined;
  const limits = item.limitations ? localText(locale, item, 'limitations').replace(/^./, (x) => x.toLowerCase()) : undefined;
  if (!method && !limits) return undefined;
  const text = messages(locale).evidence.methodLimits(method, limits);
  return /[.?!”»]$/.test(text) ? text : `${text}.`;
}

export function evidenceModel(data: SiteData, locale: Locale = 'en'): EvidenceModel {
  const { ds, index } = data;
  const t = messages(locale);
  const b = new ModelBuilder(data);
  const made = new Map<string, EvidenceCard>();
  const card = (item: EvidenceItem): EvidenceCard => made.get(item.id) ?? made.set(item.id, makeCard(item)).get(item.id)!;
  const makeCard = (item: EvidenceItem): EvidenceCard => {
    const fig = (group: 'estimates' | 'facts') => Object.keys(item[group] ?? {}).map((name) => b.fig(`evidence.${item.id}.${name}`));
    const estimates = fig('estimates');
    const facts = fig('facts');
    const texts = [item.summary, item.measured ?? '', item.method ?? '', item.sample ?? '', item.limitations ?? '', item.note ?? ''];
    const opt = (f: 'producerName' | 'sample' | 'note') => (item[f] ? localText(locale, item, f) : undefined);
    return {
      item,
      title: localText(locale, item, 'title'),
      producerName: opt('producerName'),
      summary: localText(locale, item, 'summary'),
      sample: opt('sample'),
      note: opt('note'),
      anchor: evidenceAnchor(item.id),
      producer: item.producer ? { id: item.producer, label: t.common.producers[item.producer] } : undefined,
      methodAndLimits: methodAndLimits(item, locale),
      confidence: item.confidence ? t.evidence.confidence[item.confidence] : undefined,
      estimates,
      facts,
      nums: b.sources([...new Set([...item.sources, ...textSources(index, ...texts)])], item.date),
    };
  };
  // Citation numbers run down the page: first the 2025 items not found (listed at the top),
  // then topic by topic, the chart after the first topic (counting the vote).
  const notFound = ds.evidence.filter((e) => !e.found && e.year === 2025).map(card);
  const topics: EvidenceModel['topics'] = [];
  let chart: ChartId | undefined;
  for (const id of Object.keys(EVIDENCE_TOPICS) as EvidenceTopic[]) {
    topics.push({
      id,
      label: t.evidence.topics[id],
      years: ([2020, 2025] as const).map((year) => ({ year, cards: ds.evidence.filter((e) => e.topic === id && e.year === year).map(card) })),
    });
    chart ??= b.chart(EVIDENCE_CHART);
  }
  const all = topics.flatMap((t) => t.years.flatMap((y) => y.cards));
  const producers = PRODUCER_IDS.map((id) => ({ id, label: t.common.producers[id], meaning: t.evidence.producerMeanings[id], count: all.filter((c) => c.producer?.id === id).length }));
  return {
    cites: b.cites,
    dataAsOf: b.dataAsOf,
    topics,
    producers,
    notFound,
    chart: chart!,
    counts: {
      found2020: all.filter((c) => c.item.found && c.item.year === 2020).length,
      found2025: all.filter((c) => c.item.found && c.item.year === 2025).length,
      notFound2025: all.filter((c) => !c.item.found && c.item.year === 2025).length,
    },
  };
}
