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
import { GAP_TEXT, GAP_TEXT_LONG, formatDate } from '../lib/format.ts';
import { ratioFigure } from './ratio.ts';

export type FigureResolver = (key: string) => ResolvedFigure;

/** What one component prints, as text. */
export function componentText(tag: ComponentTag, resolve: FigureResolver): string {
  if (tag.name !== 'Figure' || !tag.attrs.of) return '';
  const f = tag.attrs.per ? ratioFigure(resolve(tag.attrs.of), resolve(tag.attrs.per), Number(tag.attrs.decimals ?? 2)) : resolve(tag.attrs.of);
  if (tag.attrs.show === 'date') return f.date ? formatDate(f.date) : '';
  if (f.status === 'not-found') return tag.attrs.long ? GAP_TEXT_LONG : GAP_TEXT;
  // The same flags FigureValue prints after the figure.
  const flags = [
    f.status === 'reported-rounded' ? '(reported, rounded)' : '',
    f.status === 'derived' ? '(computed)' : '',
    f.status === 'estimate' ? '(estimate)' : '',
    f.confidence === 'single-source' ? '(single source)' : '',
  ].filter(Boolean);
  return [f.display, ...flags].join(' ');
}

/** Each block of running text with its rendered text. */
export function renderedBlocks(body: ArticleBody, resolve: FigureResolver): { block: Block; text: string }[] {
  return body.blocks.filter(isTextBlock).map((block) => ({ block, text: renderedText(block, (t) => componentText(t, resolve)) }));
}

/** Words of running text, as rendered. */
export function renderedWordCount(body: ArticleBody, resolve: FigureResolver): number {
  return renderedBlocks(body, resolve).reduce((n, b) => n + countWords(b.text), 0);
}
