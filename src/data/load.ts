/**
 * Data access for pages: the validated dataset, its figure index and the
 * articles. The only module that touches astro:content. A dataset with
 * problems stops the build with the validator's own messages.
 */
import { getCollection } from 'astro:content';
import { loadDataset, formatProblems } from './dataset.ts';
import type { Dataset } from '../schemas/index.ts';
import type { IndexedFigure } from './figures/figure-index.ts';
import { resolveFigure, resolveText, resolveTextPlain, type ResolvedFigure, type TextPart } from './figures/resolve.ts';

let cached: { dataset: Dataset; index: Map<string, IndexedFigure> } | undefined;

function load() {
  if (cached) return cached;
  const r = loadDataset(process.cwd());
  if (!r.ok) {
    const err = new Error(`The dataset has problems; nothing was built.\n${formatProblems(r.problems)}`);
    err.stack = err.message; // the message is the report; a stack adds nothing for an editor
    throw err;
  }
  cached = { dataset: r.dataset, index: r.index };
  return cached;
}

export function getDataset(): Dataset {
  return load().dataset;
}

export function getFigureIndex(): Map<string, IndexedFigure> {
  return load().index;
}

export function getFigure(key: string): ResolvedFigure {
  return resolveFigure(load().index, key);
}

export function getTextParts(text: string): TextPart[] {
  return resolveText(load().index, text);
}

export function getPlainText(text: string): string {
  return resolveTextPlain(load().index, text);
}

export function getSourceMap() {
  return new Map(getDataset().sources.map((s) => [s.key, s]));
}

export async function getArticles() {
  const all = await getCollection('articles');
  return all.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}
