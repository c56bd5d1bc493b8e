/**
 * The chart ids: one list that chart pages, embeds, downloads, the MDX
 * `<ChartFigure id>` and the article validator all read. An id not here fails.
 */
export const CANVAS_CHART_IDS = [
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

/** Maps: drawn as inline SVG at build time (src/charts/map/), no Chart.js. */
export const MAP_CHART_IDS = ['turnout-map-2025', 'turnout-map-2020', 'turnout-change-map'] as const;

export const CHART_IDS = [...CANVAS_CHART_IDS, ...MAP_CHART_IDS] as const;

export type CanvasChartId = (typeof CANVAS_CHART_IDS)[number];
export type MapChartId = (typeof MAP_CHART_IDS)[number];
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

export function isMapChartId(id: string): id is MapChartId {
  return (MAP_CHART_IDS as readonly string[]).includes(id);
}
