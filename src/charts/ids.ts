/**
 * The chart ids: one list that chart pages, embeds, downloads, the MDX
 * `<ChartFigure id>` and the article validator all read. An id not here fails.
 */
export const CHART_IDS = [
  'vote-share-2025',
  'turnout-by-region-2025',
  'early-voting-2025',
  'early-voting-by-region-2025',
  'turnout-history',
  'winner-share-history',
  'against-all-vs-runner-up',
  'turnout-2020-vs-2025-by-region',
  'lukashenka-2020-official-vs-estimates',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
