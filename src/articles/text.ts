/**
 * The text a reader sees in an article, as far as word counts and the
 * own-words check go: running text (headings, paragraphs, list items,
 * quotations) with each <Figure> replaced by what it prints. Citation marks
 * and charts are not prose and are left out. Pure: the caller passes the
 * figure resolver (getFigure on the site, resolveFigure over a loaded
 * dataset in the tests).
 */
import type { ResolvedFigure } from '../data/figures/resolve.ts';
import { countWords, isTextBlock, renderedText, type ArticleBody, type Block, type ComponentTag } from './body.ts';
import { figureDisplay } from '../i18n/figures.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { ratioFigure } from './ratio.ts';

export type FigureResolver = (key: string) => ResolvedFigure;

/** What one component prints, as text, in an edition. */
export function componentText(tag: ComponentTag, resolve: FigureResolver, locale: Locale = 'en'): string {
  if (tag.name === 'Quote') return `«${tag.attrs.text ?? ''}»`;
  if (tag.name !== 'Figure' || !tag.attrs.of) return '';
  const t = messages(locale).common;
  const f = tag.attrs.per ? ratioFigure(resolve(tag.attrs.of), resolve(tag.attrs.per), Number(tag.attrs.decimals ?? 2)) : resolve(tag.attrs.of);
  if (tag.attrs.show === 'date') return f.date ? formatDate(locale, f.date) : '';
  if (f.status === 'not-found') return tag.attrs.long ? t.gapLong : t.gap;
  // The same flags FigureValue prints after the figure.
  const flags = [
    f.status === 'reported-rounded' ? t.flags.rounded : '',
    f.status === 'derived' ? t.flags.derived : '',
    f.status === 'estimate' ? t.flags.estimate : '',
    f.confidence === 'single-source' ? t.flags.singleSource : '',
  ].filter(Boolean);
  return [figureDisplay(locale, f), ...flags].join(' ');
}

/** Each block of running text with its rendered text. */
export function renderedBlocks(body: ArticleBody, resolve: FigureResolver, locale: Locale = 'en'): { block: Block; text: string }[] {
  return body.blocks.filter(isTextBlock).map((block) => ({ block, text: renderedText(block, (t) => componentText(t, resolve, locale)) }));
}

/** Words of running text, as rendered. */
export function renderedWordCount(body: ArticleBody, resolve: FigureResolver, locale: Locale = 'en'): number {
  return renderedBlocks(body, resolve, locale).reduce((n, b) => n + countWords(b.text), 0);
}
