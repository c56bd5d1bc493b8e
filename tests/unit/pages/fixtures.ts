// The real dataset, loaded once per test file, for the page-module tests.
import { loadDataset } from '../../../src/data/dataset.ts';
import type { Dataset } from '../../../src/schemas/index.ts';
import type { IndexedFigure } from '../../../src/data/figures/figure-index.ts';

export function realData(): { ds: Dataset; index: Map<string, IndexedFigure> } {
  const r = loadDataset(process.cwd());
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}: ${p.path}: ${p.expected}`).join('\n'));
  return { ds: r.dataset, index: r.index };
}

/** Two articles, as getArticleSummaries() would return them. */
export const ARTICLES = [
  { slug: 'older', title: 'Older?', description: 'An older article.', published: '2025-02-01', sources: ['wiki_2025'] },
  { slug: 'newer', title: 'Newer?', description: 'A newer article.', published: '2025-03-01', sources: ['menafn_joint_0127', 'plenglish_0127'] },
];
