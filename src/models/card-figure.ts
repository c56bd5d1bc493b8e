/** The key figure of a page's social card, from a resolved figure, in an edition. */
import type { ResolvedFigure } from '../data/figures/resolve.ts';
import type { CardFigure } from '../og/spec.ts';
import { figureDisplay, stageText } from '../i18n/figures.ts';
import type { Locale } from '../i18n/locales.ts';

export function cardFigure(locale: Locale, label: string, figure: ResolvedFigure, opts: { electionNight?: boolean } = {}): CardFigure {
  const value = figureDisplay(locale, figure);
  const note = figure.stage ? stageText(locale, figure.stage, figure.date, opts) : undefined;
  return { label, value, key: figure.key, stage: figure.stage, note: note || undefined };
}
