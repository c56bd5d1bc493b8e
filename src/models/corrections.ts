/**
 * Corrections to the text, as /about/ lists them and the RSS feed carries
 * them: each corrected sentence with its old and new wording, where it
 * appears and when it was corrected, newest first. Figures in the wording are
 * figure keys, resolved here to plain text for the feed. The corrected text
 * is English, so the wording stays English in every edition; the reason is
 * in the edition's language.
 */
import type { SiteData } from '../data/site-data.ts';
import type { Correction } from '../schemas/index.ts';
import { resolveText } from '../data/figures/resolve.ts';
import type { FigureIndex } from '../data/site-data.ts';
import { figureDisplay } from '../i18n/figures.ts';
import type { Locale } from '../i18n/locales.ts';
import { localText } from '../i18n/data-text.ts';
import { messages } from '../i18n/messages/index.ts';
import { routeIn, ROUTES } from './routes.ts';

export interface CorrectionItem {
  correction: Correction;
  /** Anchor of the correction on /about/. */
  anchor: string;
  /** The corrected article or page: its title and English site path. */
  where: { label: string; path: string };
  /** The language of `where.label`: English for an article (the articles are English), the edition's for a page. */
  whereLang: Locale;
  /** The wording with figures written out (English). */
  was: string;
  now: string;
  /** Why, in the edition's language, figures written out in its format. */
  why: string;
  /** Why, with figure keys (for RichText). */
  whyText: string;
}

/** Free text with its figures written out as the edition writes them (English: the house display). */
export function plainTextIn(locale: Locale, index: FigureIndex, text: string): string {
  return resolveText(index, text).map((p) => (p.type === 'text' ? p.text : figureDisplay(locale, p.figure))).join('');
}

function correctionAnchor(id: string): string {
  return `correction-${id}`;
}

/** Every correction, newest first (ties keep the file's order), in an edition. */
export function correctionItems(data: SiteData, articles: readonly { slug: string; title: string }[], locale: Locale = 'en'): CorrectionItem[] {
  const { ds, index } = data;
  const titles = new Map(articles.map((a) => [a.slug, a.title]));
  const pages = new Map<string, string>(
    (Object.keys(ROUTES) as (keyof typeof ROUTES)[]).map((k) => [ROUTES[k].path, routeIn(locale, k).title]),
  );
  return ds.corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => {
      const where = c.article !== undefined
        ? { label: titles.get(c.article) ?? c.article, path: `/articles/${c.article}/` }
        : { label: pages.get(c.page!) ?? c.page!, path: c.page! };
      const whereLang: Locale = c.article !== undefined ? 'en' : locale;
      const whyText = localText(locale, c, 'why');
      return {
        correction: c, anchor: correctionAnchor(c.id), where, whereLang,
        was: plainTextIn('en', index, c.was), now: plainTextIn('en', index, c.now), why: plainTextIn(locale, index, whyText), whyText,
      };
    });
}

/** One RSS item per correction, as a newspaper prints its corrections, in an edition. */
export function correctionFeedItem(item: CorrectionItem, aboutPath: string, locale: Locale = 'en') {
  const t = messages(locale).feeds;
  return {
    title: t.correctionTitle(item.where.label),
    path: `${aboutPath}#${item.anchor}`,
    date: item.correction.date,
    description: t.correctionDescription(item.was, item.now, item.why),
    categories: [t.categories.correction],
  };
}
