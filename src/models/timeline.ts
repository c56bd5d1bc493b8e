/** /timeline/: every event, dated and sourced. */
import type { FigureIndex, SiteData } from '../data/site-data.ts';
import type { TimelineEvent } from '../schemas/index.ts';
import { formatDate, formatDateRange } from '../i18n/format.ts';
import { localText } from '../i18n/data-text.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { ModelBuilder, textSources, type PageModel } from './common.ts';

/** The kinds of event, in the order the page lists them. */
const CATEGORIES = ['process', 'candidates', 'prisoners', 'international', 'results'] as const satisfies readonly TimelineEvent['category'][];


/** A confidence mark in an edition ("medium confidence", "сярэдняя ступень упэўненасці"); undefined for a key with no words. */
function confidenceLabel(locale: Locale, confidence: string): string | undefined {
  return (messages(locale).timeline.confidence as Record<string, string>)[confidence];
}

/** "26 January 2025", "7 November – 6 December 2024", "about 16 January 2025"; "каля 16 студзеня 2025 г.". */
export function eventDateText(e: TimelineEvent, locale: Locale = 'en'): string {
  const text = e.date.end ? formatDateRange(locale, e.date.start, e.date.end) : formatDate(locale, e.date.start);
  return e.date.approximate ? messages(locale).timeline.about(text) : text;
}

/** A month heading: "January 2025", "Студзень 2025 г.", "Январь 2025 г." (capitalised as a heading). */
function monthLabel(locale: Locale, yearMonth: string): string {
  const text = formatDate(locale, yearMonth);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
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
  /** The event's text and note in the edition's language. */
  text: string;
  note: string | undefined;
  anchor: string;
  dateText: string;
  categoryLabel: string;
  confidenceLabel: string | undefined;
  nums: number[];
}

export interface TimelineModel extends PageModel {
  /** The opening sentences (the count of events in words of the edition). */
  lede: string;
  /** Grouped by month of the start date, in date order. */
  months: { key: string; label: string; items: TimelineItem[] }[];
  categories: { id: TimelineEvent['category']; label: string; count: number }[];
}

export function timelineModel(data: SiteData, locale: Locale = 'en'): TimelineModel {
  const { ds, index } = data;
  const t = messages(locale).timeline;
  const b = new ModelBuilder(data);
  const items: TimelineItem[] = ds.timeline.map((event) => {
    return {
      event,
      text: localText(locale, event, 'text'),
      note: event.note === undefined ? undefined : localText(locale, event, 'note'),
      anchor: eventAnchor(event.id),
      dateText: eventDateText(event, locale),
      categoryLabel: t.categories[event.category],
      confidenceLabel: event.confidence ? confidenceLabel(locale, event.confidence) : undefined,
      nums: b.sources(eventSources(index, event), event.date.end ?? event.date.start),
    };
  });
  const months: TimelineModel['months'] = [];
  for (const item of items) {
    const key = item.event.date.start.slice(0, 7);
    let m = months.find((x) => x.key === key);
    if (!m) {
      m = { key, label: monthLabel(locale, key), items: [] };
      months.push(m);
    }
    m.items.push(item);
  }
  const categories = CATEGORIES.map((id) => ({ id, label: t.categories[id], count: items.filter((i) => i.event.category === id).length })).filter(
    (c) => c.count > 0,
  );
  return { cites: b.cites, dataAsOf: b.dataAsOf, lede: t.lede(items.length), months, categories };
}
