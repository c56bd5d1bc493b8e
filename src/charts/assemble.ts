// Assembly: a chart definition and the site's data in, a CanvasChartSpec out
// (table, notes, summary, and the Chart.js configs for each layout, the
// download and the social card). Also the figure check every chart passes:
// an official chart draws no estimate, and nothing sets the 2025 result
// beside one.

import { CONTENT_LICENCE, SITE_NAME } from '../site.ts';
import { PRODUCER_LABELS } from '../schemas/index.ts';
import type { CanvasChartId } from '../schemas/chart-ids.ts';
import type { FigureIndex, SiteData } from '../data/site-data.ts';
import { resolveTextPlain } from '../data/figures/resolve.ts';
import type { Category, Derivation, SeriesPoint } from '../data/figures/series.ts';
import { GAP_TEXT } from '../lib/format.ts';
import { localeTag, type Locale } from '../i18n/locales.ts';
import type { StaticChartConfig } from './render/apply-theme.ts';
import { messages } from '../i18n/messages/index.ts';
import { figureDisplay } from '../i18n/figures.ts';
import { listIn, localiseDerivation, noteIn, plainIn } from './locale.ts';
import { chartSize, POINT_STYLES, toBarConfig, toLineConfig, type Presentation } from './configs.ts';
import { DOWNLOAD_EXTRA_HEIGHT, LAYOUT_WIDTH, LAYOUTS, OG_SIZE, type LayoutName } from './layout.ts';
import { ChartFigureError, type CanvasChartSpec, type ChartTable, type Context, type Definition } from './contract.ts';
import { describeStage, gapCategories, pointOf, show, withGaps } from './phrasing.ts';

/**
 * What a chart may draw. A chart of official figures draws no estimate; a
 * chart that draws estimates (its definition says so) draws no 2025 official
 * figure, since nothing sets the 2025 result beside an estimate. Each problem
 * is one line naming the chart, the series and the category.
 */
export function chartFigureProblems(id: string, d: Derivation, allowsEstimates: boolean): string[] {
  const out: string[] = [];
  for (const s of d.series) {
    for (const p of s.points) {
      const where = `${id}: ${s.id} at ${p.category}`;
      if (!allowsEstimates && p.figure.status === 'estimate') {
        const by = p.figure.evidence?.producer ? ` (${PRODUCER_LABELS[p.figure.evidence.producer].toLowerCase()})` : '';
        out.push(`${where}: expected an official figure (this chart shows official figures only; an estimate is drawn only by a chart that labels it as one), found the estimate ${p.figure.key}${by}`);
      }
      if (allowsEstimates && p.figure.status !== 'estimate' && p.figure.key.startsWith('2025.')) {
        out.push(`${where}: expected no 2025 official figure beside estimates (the 2025 result is never charted with anything else), found ${p.figure.key}`);
      }
    }
  }
  return out;
}


/** A table cell's note: an estimate says so in words (and who produced it, and of what), before any note of its own. */
function cellNote(p: SeriesPoint, c: Context): string | undefined {
  const own = p.figure.note ? (c.locale === 'en' ? resolveTextPlain(c.index, p.figure.note) : plainIn(c.locale, c.index, noteIn(c.ds, c.locale, p.figure.note))) : undefined;
  if (p.figure.status !== 'estimate') return own;
  const producer = p.figure.evidence?.producer;
  const by = producer ? (c.locale === 'en' ? PRODUCER_LABELS[producer] : messages(c.locale).common.producers[producer]).toLowerCase() : '';
  const of = p.figure.of ? noteIn(c.ds, c.locale, p.figure.of) : '';
  const words = c.t.common.estimateNote(by, figureDisplay(c.locale, p.figure), of);
  return own ? `${words} ${own}` : words;
}

/** The credit line under a downloaded image or social card. */

export function credit(stageText: string, sources: number, line?: string, locale: Locale = 'en'): string[] {
  const t = messages(locale).charts;
  return [
    `${locale === 'en' ? SITE_NAME : messages(locale).site.name} · ${CONTENT_LICENCE.short}`,
    line ?? t.common.creditSources(sources),
    t.common.creditData(stageText),
  ];
}

/**
 * A title on one line, or two split at a space near the middle when it would
 * not fit `width` pixels at `size` (bold DejaVu Sans averages about 0.64 em
 * a character). Chart.js would otherwise squeeze it to fit.
 */
export function wrapTitle(title: string, width: number, size: number): string | string[] {
  if (title.length * size * 0.64 <= width) return title;
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return title;
  const middle = title.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
  return [title.slice(0, at), title.slice(at + 1)];
}

function presentation(def: Definition, c: Context, layout: LayoutName): Presentation {
  const { d } = c;
  const colours = def.seriesColours ?? d.series.map((_s, i) => `palette:${i}`);
  const p: Presentation = {
    layout,
    valueAxis: def.valueAxis(c, layout),
    categoryLabels: def.categoryLabels?.(c, layout) ?? d.categories.map((x) => x.label),
    series: d.series.map((_s, i) => ({ colour: colours[i] ?? `palette:${i}`, pointStyle: POINT_STYLES[i % POINT_STYLES.length] })),
    valueLabels: d.series.map((s) =>
      d.categories.map((cat) => {
        const p = pointOf(s, cat.id);
        if (p.value === null) return null;
        return def.valueLabel ? def.valueLabel(p, s, cat, c) : show(p, c.locale);
      }),
    ),
    legend: typeof def.legend === 'function' ? def.legend(layout) : (def.legend ?? false),
    gapText: c.locale === 'en' ? GAP_TEXT : messages(c.locale).common.gap,
  };
  const axisTitle = def.categoryAxisTitle?.(c, layout);
  if (axisTitle) p.categoryAxisTitle = axisTitle;
  const categoryColours = def.categoryColours?.(c);
  if (categoryColours) p.categoryColours = categoryColours;
  const outlines = def.categoryOutlines?.(c);
  if (outlines) p.categoryOutlines = outlines;
  const lines = def.labelLines?.(layout);
  if (lines) p.labelLines = lines;
  const endLabels = def.endLabel && d.series.length > 1 ? d.series.map((s) => def.endLabel!(s, layout, c)) : [];
  if (endLabels.length && endLabels.every((x) => x !== undefined)) p.endLabels = endLabels as string[];
  return p;
}

/**
 * The spec of the bar or line chart `id` from its definition and the site's
 * data. A figure the chart may not draw throws ChartFigureError, one line per
 * problem.
 */
export function buildCanvasSpec(id: CanvasChartId, def: Definition, data: SiteData, locale: Locale = 'en'): CanvasChartSpec {
  const { ds, index } = data;
  const derived = def.derive(data);
  const problems = chartFigureProblems(id, derived, def.estimates === true);
  if (problems.length) throw new ChartFigureError(problems);
  const t = messages(locale).charts;
  const d = localiseDerivation(derived, ds, locale);
  const c: Context = { ds, index, d, locale, t };
  const rowLabel = (cat: Category) => def.rowLabel?.(cat, c) ?? cat.label;
  const stageText = def.stageText?.(c) ?? describeStage(d, { electionNight: def.electionNight ?? false }, locale);
  const gaps = gapCategories(d);
  const gap = locale === 'en' ? GAP_TEXT : messages(locale).common.gap;
  const gapSentence = () => t.common.gapSentence(listIn(locale, gaps.map(rowLabel)), gap, d.series.length > 1 ? def.seriesNoun ?? 'series' : undefined);
  const table: ChartTable = {
    categoryHeading: def.categoryHeading(c),
    columns: d.series.map((s) => ({ id: s.id, label: def.columnLabel?.(s, c) ?? s.label })),
    rows: d.categories.map((cat) => ({
      id: cat.id,
      label: rowLabel(cat),
      cells: d.series.map((s) => {
        const p = pointOf(s, cat.id);
        return {
          value: p.value,
          text: show(p, locale),
          published: p.value === null ? undefined : (p.figure.published ?? String(p.value)),
          status: p.figure.status,
          stage: p.figure.stage,
          date: p.figure.date,
          sources: p.figure.sources,
          note: cellNote(p, c),
          figureKey: p.figure.key,
        };
      }),
    })),
  };
  const pointTexts = d.series.map((s) =>
    d.categories.map((cat) => (d.series.length > 1 ? t.common.seriesPoint(s.label, rowLabel(cat), show(pointOf(s, cat.id), locale)) : t.common.point(rowLabel(cat), show(pointOf(s, cat.id), locale)))),
  );
  // Chart.js and the tick formats write numbers in the edition's language (options.locale); English configs stay as they were.
  const toConfig = (dd: Derivation, pp: Presentation): StaticChartConfig => {
    const config = (def.type === 'bar' ? toBarConfig : toLineConfig)(dd, pp);
    if (locale !== 'en') config.options = { ...config.options, locale: localeTag(locale) } as typeof config.options;
    return config;
  };
  const layouts = {} as CanvasChartSpec['layouts'];
  for (const layout of LAYOUTS) {
    const p = presentation(def, c, layout);
    layouts[layout] = {
      size: chartSize(def.type, layout, d.categories.length, d.series.length, p.legend, p.labelLines),
      config: toConfig(d, p),
    };
  }
  const title = def.title(c);
  const creditLine = def.creditLine?.(c);
  const downloadP = { ...presentation(def, c, 'wide'), heading: { title: wrapTitle(title, LAYOUT_WIDTH.wide, 16), credit: credit(stageText, d.sources.length, creditLine, locale) } };
  const wide = layouts.wide.size;
  const ogP = { ...presentation(def, c, 'wide'), heading: { title: wrapTitle(title, OG_SIZE.width, 17), credit: credit(stageText, d.sources.length, creditLine, locale), titleSize: 17 } };
  const subtitle = def.subtitle(c);
  return {
    id,
    title,
    subtitle,
    description: t.common.description(subtitle),
    type: def.type,
    unit: 'percent',
    derivation: d,
    sources: d.sources,
    notes: def.notes(c),
    stages: d.stages,
    stageText,
    date: d.date,
    summary: withGaps(def.summary(c), gaps.length ? gapSentence() : undefined, locale),
    gaps: gaps.length
      ? { categories: gaps.map((g) => g.id), text: gapSentence() }
      : undefined,
    table,
    pointTexts,
    layouts,
    download: { size: { width: wide.width, height: wide.height + DOWNLOAD_EXTRA_HEIGHT }, config: toConfig(d, downloadP) },
    og: { config: toConfig(d, ogP) },
  };
}
