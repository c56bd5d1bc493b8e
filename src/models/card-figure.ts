/** The key figure of a page's social card, from a resolved figure. */
import type { ResolvedFigure } from '../data/figures/resolve.ts';
import type { CardFigure } from '../og/spec.ts';
import { formatStage, GAP_TEXT } from '../lib/format.ts';

export function cardFigure(label: string, figure: ResolvedFigure, opts: { electionNight?: boolean } = {}): CardFigure {
  const value = figure.status === 'not-found' ? GAP_TEXT : figure.display;
  const note = figure.stage ? formatStage(figure.stage, figure.date, opts) : undefined;
  return { label, value, key: figure.key, stage: figure.stage, note: note || undefined };
}
