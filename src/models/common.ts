/**
 * Shared by the page models: a page model is a pure function of the dataset
 * that returns everything its page shows, with citation numbers assigned top
 * to bottom. The page only renders it; /sources/ reads the same models to
 * list where each source is used, so the two can never disagree.
 */
import type { FigureIndex, SiteData } from '../data/site-data.ts';
import type { Dataset } from '../schemas/index.ts';
import { resolveFigure, resolveText, type ResolvedFigure } from '../data/figures/resolve.ts';
import { Citations } from '../lib/citations.ts';
import { chartSpecFor } from '../charts/registry.ts';
import type { ChartId } from '../schemas/chart-ids.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatList } from '../i18n/format.ts';
import { listJoin } from '../lib/words.ts';
import { href } from '../lib/url.ts';
import { editionLink } from '../i18n/edition-links.ts';

export interface Cited {
  figure: ResolvedFigure;
  nums: number[];
}

/** What every page model has. */
export interface PageModel {
  cites: Citations;
  /** The latest date among the figures the page shows ("data as of"), ISO. */
  dataAsOf: string | undefined;
}

export class ModelBuilder {
  readonly cites = new Citations();
  private latest: string | undefined;

  readonly ds: Dataset;
  readonly index: FigureIndex;

  private readonly data: SiteData;

  constructor(data: SiteData) {
    const { ds, index } = data;
    this.data = data;
    this.ds = ds;
    this.index = index;
  }

  /** A figure by key, cited. */
  fig(key: string): Cited {
    return this.cite(resolveFigure(this.index, key));
  }

  /** A figure by key when the dataset has it. */
  optFig(key: string): Cited | undefined {
    return this.index.has(key) ? this.fig(key) : undefined;
  }

  cite(figure: ResolvedFigure): Cited {
    this.seen(figure.date);
    return { figure, nums: this.cites.add(figure.sources) };
  }

  /** Source keys cited directly (an event, a candidate's biography). */
  sources(keys: readonly string[], date?: string): number[] {
    this.seen(date);
    return this.cites.add(keys);
  }

  /**
   * A chart shown on the page (<ChartFigure>): its sources join the page's
   * list here, in page order, so the figure's numbers match the list.
   */
  chart(id: ChartId): ChartId {
    const spec = chartSpecFor(id, this.data);
    this.seen(spec.date);
    this.cites.add(spec.sources);
    return id;
  }

  seen(date: string | undefined) {
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!this.latest || date > this.latest)) this.latest = date;
  }

  get dataAsOf(): string | undefined {
    return this.latest;
  }
}

/** The sources of the figures a free text states ({{figure.key}}), in order. */
export function textSources(index: FigureIndex, ...texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => resolveText(index, t).flatMap((p) => (p.type === 'figure' ? p.figure.sources : []))))];
}

/** "A, B and C" as each edition joins a list (English keeps the house form, without a serial comma). */
export function joinList(locale: Locale, items: readonly string[]): string {
  return locale === 'en' ? listJoin(items) : formatList(locale, items);
}

/** The URL (base included) of the page at English route path `path` for a reader of `locale`: the reader's edition of it, or the English page while it has none. */
export function pageLink(locale: Locale, path: string): string {
  return href(editionLink(locale, path).path);
}
