/**
 * Corrections to the text, as /about/ lists them and the RSS feed carries
 * them: each corrected sentence with its old and new wording, where it
 * appears and when it was corrected, newest first. Figures in the wording are
 * figure keys, resolved here to plain text for the feed.
 */
import type { SiteData } from '../data/site-data.ts';
import type { Correction } from '../schemas/index.ts';
import { resolveTextPlain } from '../data/figures/resolve.ts';
import { ROUTES } from './routes.ts';

export interface CorrectionItem {
  correction: Correction;
  /** Anchor of the correction on /about/. */
  anchor: string;
  /** The corrected article or page: its title and site path. */
  where: { label: string; path: string };
  /** The wording with figures written out. */
  was: string;
  now: string;
  why: string;
}

function correctionAnchor(id: string): string {
  return `correction-${id}`;
}

/** Every correction, newest first (ties keep the file's order). */
export function correctionItems(data: SiteData, articles: readonly { slug: string; title: string }[]): CorrectionItem[] {
  const { ds, index } = data;
  const titles = new Map(articles.map((a) => [a.slug, a.title]));
  const pages = new Map<string, string>(Object.values(ROUTES).map((r) => [r.path, r.title]));
  return ds.corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => {
      const where = c.article !== undefined
        ? { label: titles.get(c.article) ?? c.article, path: `/articles/${c.article}/` }
        : { label: pages.get(c.page!) ?? c.page!, path: c.page! };
      return {
        correction: c, anchor: correctionAnchor(c.id), where,
        was: resolveTextPlain(index, c.was), now: resolveTextPlain(index, c.now), why: resolveTextPlain(index, c.why),
      };
    });
}

/** One RSS item per correction, as a newspaper prints its corrections. */
export function correctionFeedItem(item: CorrectionItem, aboutPath: string) {
  return {
    title: `Correction: ${item.where.label}`,
    path: `${aboutPath}#${item.anchor}`,
    date: item.correction.date,
    description: `We wrote: “${item.was}” It now reads: “${item.now}” Why: ${item.why}`,
    categories: ['Correction'],
  };
}
