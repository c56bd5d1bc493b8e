/**
 * What an article page needs to know about an article's text before it
 * renders: the source keys it cites, in order of first use (the numbering of
 * its reference list), and its length in words (for the reading time). Both
 * read the MDX with the same reader as `npm run validate`.
 *
 * Other pages (e.g. /sources/, "where each source is used") can call
 * articleCitationKeys too: it includes the sources of every <Figure> and
 * <ChartFigure>, which the frontmatter's `sources` list (the <Cite> ids) does not.
 */
import { getFigure, getSourceMap } from '../data/load.ts';
import { citationOrder, parseBody } from './body.ts';
import { renderedWordCount } from './text.ts';
import { getChartSpec } from '../charts/specs.ts';
import type { Locale } from '../i18n/locales.ts';

function figureOf(file: string, key: string) {
  try {
    return getFigure(key);
  } catch (e) {
    const err = new Error(`${file}: <Figure of>: ${e instanceof Error ? e.message : String(e)}`);
    err.stack = err.message;
    throw err;
  }
}

/** Source keys cited by the article body, in order of first use (figures, citations and charts). */
export function articleCitationKeys(file: string, body: string): string[] {
  const tags = parseBody(body).tags;
  const known = getSourceMap();
  for (const t of tags) {
    if (t.name === 'Cite' && t.attrs.id && !known.has(t.attrs.id)) {
      const err = new Error(`${file}: <Cite id>: expected a source key from content/data/sources.json, found "${t.attrs.id}"`);
      err.stack = err.message;
      throw err;
    }
  }
  return citationOrder(
    tags,
    (key) => figureOf(file, key).sources,
    (id) => getChartSpec(id, `${file}: <ChartFigure id="${id}">`).sources,
  );
}

/** Words of running text (headings, paragraphs, list items, quotations), with figures as rendered in the edition. */
export function articleWordCount(file: string, body: string, locale: Locale = 'en'): number {
  return renderedWordCount(parseBody(body), (key) => figureOf(file, key), locale);
}

/** Minutes to read at 200 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
