// Ids for the elements of each <ChartFigure> on a page. A counter, not the
// chart id alone: a page may show the same chart twice (an article and its
// "related charts"), and ids must stay unique.
let counter = 0;

export function nextChartUid(chartId: string): string {
  counter += 1;
  return `chart-${chartId}-${counter}`;
}
