/**
 * One value for everything read from content/data: the validated dataset and
 * the figure index built from it. Page models, chart definitions, exports and
 * social cards take a `SiteData` instead of a `(ds, index)` pair, so a new
 * derived lookup is added here once rather than threaded through every call.
 */
import type { Dataset } from '../schemas/index.ts';
import { buildFigureIndex, type IndexedFigure } from './figures/figure-index.ts';

export type FigureIndex = Map<string, IndexedFigure>;

export interface SiteData {
  readonly ds: Dataset;
  readonly index: FigureIndex;
}

function siteData(ds: Dataset): SiteData {
  return { ds, index: buildFigureIndex(ds) };
}
