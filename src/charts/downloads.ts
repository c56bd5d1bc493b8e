// What a chart offers beyond its picture: its data as CSV and JSON, the
// source line as link parts, and the data the browser needs to draw it
// interactively. Pure functions of a spec and the source list: no Astro.
//
// CSV and JSON have one row per value (category × series), each with its
// status and stage. A figure no source gives is an empty CSV cell with
// status `not-found`, and `null` with that status in JSON: never a zero.

import type { Source } from '../schemas/index.ts';
import { sourceLabel } from '../lib/citations.ts';
import { csvTable } from '../data/export/csv.ts';
import { CONTENT_LICENCE } from '../site.ts';
import { formatDate, GAP_TEXT } from '../lib/format.ts';
import { formatDate as formatLocaleDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { NARROW_MEDIA, type LayoutName, type Size } from './layout.ts';
import type { CanvasChartSpec, ChartSpec } from './contract.ts';
import type { StaticChartConfig } from './render/apply-theme.ts';

const DATA_LICENCE = CONTENT_LICENCE.short;
const DATA_LICENCE_URL = CONTENT_LICENCE.url;

export const CSV_COLUMNS = [
  'chart',
  'category_id',
  'category',
  'series_id',
  'series',
  'value',
  'unit',
  'status',
  'stage',
  'date',
  'sources',
  'note',
] as const;

interface ChartDataRow {
  chart: string;
  category_id: string;
  category: string;
  series_id: string;
  series: string;
  /** As published ("83.0" keeps its decimals); null where no source gives the figure. */
  value: string | null;
  unit: ChartSpec['unit'];
  status: string;
  stage: string | null;
  date: string | null;
  sources: string[];
  note: string | null;
}

/** One row per value, in table order (category by category, series within). */
function chartDataRows(spec: ChartSpec): ChartDataRow[] {
  return spec.table.rows.flatMap((row) =>
    row.cells.map((cell, i) => ({
      chart: spec.id,
      category_id: row.id,
      category: row.label,
      series_id: spec.table.columns[i]!.id,
      series: spec.table.columns[i]!.label,
      value: cell.value === null ? null : (cell.published ?? String(cell.value)),
      unit: spec.unit,
      status: cell.status,
      stage: cell.stage ?? null,
      date: cell.date ?? null,
      sources: cell.sources,
      note: cell.note ?? null,
    })),
  );
}

/** RFC 4180 CSV with a header row; sources joined by spaces; CRLF line ends. */
export function toCsv(spec: ChartSpec): string {
  const rows: string[][] = [];
  for (const r of chartDataRows(spec)) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      ...r,
      value: r.value ?? '',
      stage: r.stage ?? '',
      date: r.date ?? '',
      sources: r.sources.join(' '),
      note: r.note ?? '',
    };
    rows.push(CSV_COLUMNS.map((c) => cells[c]));
  }
  return csvTable(CSV_COLUMNS, rows);
}

interface ChartJsonValue {
  category: string;
  series: string;
  /** The number, or null where no source gives it. */
  value: number | null;
  /** The published string ("83.0"), or null. */
  published: string | null;
  /** As the site writes it: "86.82%", or "no official figure found". */
  display: string;
  status: string;
  stage: string | null;
  date: string | null;
  sources: string[];
  note: string | null;
}

export interface ChartJson {
  about: string;
  id: string;
  title: string;
  subtitle: string;
  url: string;
  licence: string;
  licenceUrl: string;
  unit: ChartSpec['unit'];
  stageText: string;
  date: string | null;
  summary: string;
  notes: string[];
  categories: { id: string; label: string }[];
  series: { id: string; label: string }[];
  values: ChartJsonValue[];
  sources: { key: string; title: string; publisher: string; date: string; url: string | null }[];
}

export function toJsonData(spec: ChartSpec, sources: Map<string, Source>, chartUrl: string, locale: Locale = 'en'): ChartJson {
  const gap = locale === 'en' ? GAP_TEXT : messages(locale).common.gap;
  return {
    about: messages(locale).charts.downloads.about(spec.title),
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    url: chartUrl,
    licence: DATA_LICENCE,
    licenceUrl: DATA_LICENCE_URL,
    unit: spec.unit,
    stageText: spec.stageText,
    date: spec.date ?? null,
    summary: spec.summary,
    notes: spec.notes,
    categories: spec.table.rows.map((r) => ({ id: r.id, label: r.label })),
    series: spec.table.columns,
    values: spec.table.rows.flatMap((row) =>
      row.cells.map((cell, i) => ({
        category: row.id,
        series: spec.table.columns[i]!.id,
        value: cell.value,
        published: cell.value === null ? null : (cell.published ?? String(cell.value)),
        display: cell.value === null ? gap : cell.text,
        status: cell.status,
        stage: cell.stage ?? null,
        date: cell.date ?? null,
        sources: cell.sources,
        note: cell.note ?? null,
      })),
    ),
    sources: spec.sources.map((key) => {
      const s = requireSource(sources, key, spec.id);
      return { key, title: s.title, publisher: s.publisher, date: s.date, url: s.url === 'no-url' ? null : s.url };
    }),
  };
}

function requireSource(sources: Map<string, Source>, key: string, chart: string): Source {
  const s = sources.get(key);
  if (!s) throw new Error(`chart "${chart}": expected source "${key}" in content/data/sources.json, found none`);
  return s;
}

export interface SourceLinkPart {
  key: string;
  /** The publisher, told apart by the title where one publisher appears twice. */
  text: string;
  /** The source's own URL, or undefined when it has none (link to /sources/ then). */
  url: string | undefined;
  /** "mirror", "aggregator" or "reposting", when the source says so. */
  kind: string | undefined;
  date: string;
}

/** The chart's sources as link texts for its source line. */
export function sourceLinkParts(spec: ChartSpec, sources: Map<string, Source>, locale: Locale = 'en'): SourceLinkPart[] {
  const list = spec.sources.map((key) => requireSource(sources, key, spec.id));
  const count = new Map<string, number>();
  for (const s of list) count.set(s.publisher, (count.get(s.publisher) ?? 0) + 1);
  return list.map((s) => {
    const dated = s.date === 'undated' ? '' : `, ${locale === 'en' ? formatDate(s.date) : formatLocaleDate(locale, s.date)}`;
    const text = (count.get(s.publisher) ?? 0) > 1 ? `${s.publisher}: ${s.title.replace(/^\[|\]$/g, '')}` : `${s.publisher}${dated}`;
    return { key: s.key, text, url: s.url === 'no-url' ? undefined : s.url, kind: sourceLabel(s.title, s.publisher), date: s.date };
  });
}

/** What the browser fetches on first interaction: both drawings' configs and the keyboard texts. */
export interface InteractiveData {
  id: string;
  media: string;
  layouts: Record<LayoutName, { size: Size; config: StaticChartConfig }>;
  /** Per series, per category. */
  points: string[][];
  /** Per series, per category: is there a value (false = a gap). */
  present: boolean[][];
}

export function toInteractiveData(spec: CanvasChartSpec): InteractiveData {
  return {
    id: spec.id,
    media: NARROW_MEDIA,
    layouts: spec.layouts,
    points: spec.pointTexts,
    present: spec.derivation.series.map((s) => spec.derivation.categories.map((c) => s.points.find((p) => p.category === c.id)?.value != null)),
  };
}
