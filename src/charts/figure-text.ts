// The words around a chart, in one place: <ChartFigure> renders them and the
// embed snippet's height is computed from them (embed-size.ts), so the two
// can never drift apart. Pure.

import type { Source } from '../schemas/index.ts';
import { sourceLinkParts, type SourceLinkPart } from './downloads.ts';
import type { ChartSpec } from './contract.ts';
import { CONTENT_LICENCE, SITE_NAME } from '../site.ts';

export interface FigureText {
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

export function figureText(spec: ChartSpec, sources: Map<string, Source>): FigureText {
  const parts = sourceLinkParts(spec, sources);
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    summary: spec.summary,
    sourcePrefix: parts.length === 1 ? 'Source: ' : 'Sources: ',
    sources: parts,
    sourceSeparator: '; ',
    stageText: spec.stageText,
    credit: { site: SITE_NAME, rest: ` · ${CONTENT_LICENCE.short} · data, downloads and notes on the chart page` },
  };
}

/** The source line as plain text, as a reader sees it. */
export function sourceLineText(t: FigureText): string {
  return `${t.sourcePrefix}${t.sources.map((s) => s.text).join(t.sourceSeparator)}. Data: ${t.stageText}.`;
}

export function creditText(t: FigureText): string {
  return `Chart: ${t.credit.site}${t.credit.rest}`;
}
