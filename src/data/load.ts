/**
 * Data access for pages: the validated dataset and its figure index (the
 * articles of each edition come from src/articles/collection.ts). The dataset is read
 * once, through the same function as `npm run validate` (src/data/dataset.ts):
 * a dataset with problems stops the build with the validator's own report.
 */
import { readSiteData } from './dataset.ts';
import type { SiteData } from './site-data.ts';
import type { Dataset } from '../schemas/index.ts';
import type { IndexedFigure } from './figures/figure-index.ts';
import { resolveFigure, resolveText, type ResolvedFigure, type TextPart } from './figures/resolve.ts';

let cached: SiteData | undefined;

/** The dataset and its figure index, read and validated once per build. */
export function getSiteData(): SiteData {
  cached ??= readSiteData(process.cwd());
  return cached;
}

const load = getSiteData;

export function getDataset(): Dataset {
  return load().ds;
}

function getFigureIndex(): Map<string, IndexedFigure> {
  return load().index;
}

export function getFigure(key: string): ResolvedFigure {
  return resolveFigure(load().index, key);
}

export function getTextParts(text: string): TextPart[] {
  return resolveText(load().index, text);
}

export function getSourceMap() {
  return new Map(getDataset().sources.map((s) => [s.key, s]));
}
