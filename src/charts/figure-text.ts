// The words around a chart, in one place: <ChartFigure> renders them and the
// embed snippet's height is computed from them (embed-size.ts), so the two
// can never drift apart. Pure.

import type { Source } from '../schemas/index.ts';
import { sourceLinkParts, type SourceLinkPart } from './downloads.ts';
import type { ChartSpec } from './contract.ts';
import { CONTENT_LICENCE, SITE_NAME } from '../site.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';

export interface FigureText {
  /** The edition the words are in. */
  locale: Locale;
  title: string;
  subtitle: string;
  /** Generated from the data; says what no source gives ("no official figure found"). */
  summary: string;
  sourcePrefix: string;
  sources: SourceLinkPart[];
  /** Joins the source links. */
  sourceSeparator: string;
  /** After the sources: "final, 3 February 2025". */
  stageText: string;
  /** The embed's credit line, as its text reads. */
  credit: { site: string; rest: string };
}

/** The words of a chart's figure in an edition (`spec` built in that edition). */
export function figureText(spec: ChartSpec, sources: Map<string, Source>, locale: Locale = 'en'): FigureText {
  const parts = sourceLinkParts(spec, sources, locale);
  const t = messages(locale).charts.figure;
  return {
    locale,
    title: spec.title,
    subtitle: spec.subtitle,
    summary: spec.summary,
    sourcePrefix: parts.length === 1 ? t.source : t.sources,
    sources: parts,
    sourceSeparator: '; ',
    stageText: spec.stageText,
    credit: { site: locale === 'en' ? SITE_NAME : messages(locale).site.name, rest: t.creditRest(CONTENT_LICENCE.short) },
  };
}

/** The source line as plain text, as a reader sees it. */
export function sourceLineText(t: FigureText): string {
  return messages(t.locale).charts.figure.sourceLine(`${t.sourcePrefix}${t.sources.map((s) => s.text).join(t.sourceSeparator)}`, t.stageText);
}

export function creditText(t: FigureText): string {
  return messages(t.locale).charts.figure.credit(t.credit.site, t.credit.rest);
}
