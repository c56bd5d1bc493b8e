/**
 * The per-page state the article components share: which article is being
 * rendered (for error messages) and its citation numbering. The article page
 * sets it, from the article's text, before the MDX renders; <Figure> and
 * <Cite> read it. Numbering comes from the text (order of first use), so it
 * never depends on the order Astro happens to render components in.
 */
import { Citations } from '../../lib/citations.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface ArticleRenderContext {
  /** Repository-relative path of the article, e.g. content/articles/result-at-a-glance.mdx. */
  file: string;
  /** Source keys in order of first use; numbers are positions + 1. */
  citations: Citations;
  /** The edition the article is written in: figures, dates and charts follow it. */
  locale: Locale;
}

const KEY = 'belarus2025Article';

type Locals = Record<string, unknown>;

/**
 * An article's numbering, fixed before the MDX renders. Asking for a number
 * the text reader did not foresee (a component it could not read, or one
 * that cites more than its tag says) fails the build instead of printing a
 * citation mark with no entry in the list.
 */
export class SealedCitations extends Citations {
  private readonly file: string;

  constructor(file: string, keys: readonly string[]) {
    super();
    this.file = file;
    super.add(keys);
  }

  override add(keys: readonly string[]): number[] {
    const missing = keys.filter((k) => !this.keys.includes(k));
    if (missing.length) {
      throw new Error(`${this.file}: expected every cited source to be numbered from the article's text, found ${missing.map((k) => `"${k}"`).join(', ')} cited by a component the text reader did not see (is it a self-closing tag with plain string attributes?)`);
    }
    return super.add(keys);
  }
}

export function setArticleContext(locals: object, ctx: ArticleRenderContext): void {
  (locals as Locals)[KEY] = ctx;
}

export function getArticleContext(locals: object): ArticleRenderContext | undefined {
  return (locals as Locals)[KEY] as ArticleRenderContext | undefined;
}

/** The edition of the article being rendered (English outside an article). */
export function articleLocale(locals: object): Locale {
  return getArticleContext(locals)?.locale ?? 'en';
}

/** Where a component sits, for error messages: "content/articles/x.mdx" or the page path. */
export function whereAmI(locals: object, pathname: string): string {
  return getArticleContext(locals)?.file ?? pathname;
}

/**
 * The citation numbers of `keys` on this page. In an article every key must
 * already be numbered (the page numbers them from the text); a key that is
 * not means the text reader and the renderer disagree, which must fail the
 * build rather than print a reference list with a number missing.
 */
export function citationNumbers(locals: object, keys: readonly string[], what: string): number[] | undefined {
  const ctx = getArticleContext(locals);
  if (!ctx) return undefined;
  return keys.map((k) => {
    const i = ctx.citations.keys.indexOf(k);
    if (i < 0) throw new Error(`${ctx.file}: ${what}: expected source "${k}" in the article's numbered citations (read from its text), found it missing; is the component written as a self-closing tag with plain string attributes?`);
    return i + 1;
  });
}
