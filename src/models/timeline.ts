/** /timeline/: every event, dated and sourced. */
import type { FigureIndex, SiteData } from '../data/site-data.ts';
import type { TimelineEvent } from '../schemas/index.ts';
import { formatDate, formatDateRange } from '../lib/format.ts';
import { ModelBuilder, textSources, type PageModel } from './common.ts';

const CATEGORY_LABELS: Record<TimelineEvent['category'], string> = {
  process: 'The vote',
  candidates: 'Candidates',
  prisoners: 'Political prisoners',
  international: 'International reaction',
  results: 'Results',
};

const CONFIDENCE_LABELS: Record<string, string> = {
  medium: 'medium confidence',
  low: 'low confidence',
  'single-source': 'single source',
};

/** "26 January 2025", "7 November – 6 December 2024", "about 16 January 2025". */
export function eventDateText(e: TimelineEvent): string {
  const text = e.date.end ? formatDateRange(e.date.start, e.date.end) : formatDate(e.date.start);
  return e.date.approximate ? `about ${text}` : text;
}

export function eventAnchor(id: string): string {
  return `event-${id}`;
}

/** An event's own sources, then those of the figures its text states. */
export function eventSources(index: FigureIndex, e: TimelineEvent): string[] {
  return [...new Set([...e.sources, ...textSources(index, e.text, e.note ?? '')])];
}

interface TimelineItem {
  event: TimelineEvent;
  anchor: string;
  dateText: string;
  categoryLabel: string;
  confidenceLabel: string | undefined;
  nums: number[];
}

export interface TimelineModel extends PageModel {
  /** Grouped by month of the start date, in date order. */
  months: { key: string; label: string; items: TimelineItem[] }[];
  categories: { id: TimelineEvent['category']; label: string; count: number }[];
}

export function timelineModel(data: SiteData): TimelineModel {
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const items: TimelineItem[] = ds.timeline.map((event) => {
    return {
      event,
      anchor: eventAnchor(event.id),
      dateText: eventDateText(event),
      categoryLabel: CATEGORY_LABELS[event.category],
      confidenceLabel: event.confidence ? CONFIDENCE_LABELS[event.confidence] : undefined,
      nums: b.sources(eventSources(index, event), event.date.end ?? event.date.start),
    };
  });
  const months: TimelineModel['months'] = [];
  for (const item of items) {
    const key = item.event.date.start.slice(0, 7);
    let m = months.find((x) => x.key === key);
    if (!m) {
      m = { key, label: formatDate(key), items: [] };
      months.push(m);
    }
    m.items.push(item);
  }
  const categories = (Object.keys(CATEGORY_LABELS) as TimelineEvent['category'][])
    .map((id) => ({ id, label: CATEGORY_LABELS[id], count: items.filter((i) => i.event.category === id).length }))
    .filter((c) => c.count > 0);
  return { cites: b.cites, dataAsOf: b.dataAsOf, months, categories };
}
