// The data a baseline page draws: plain JSON written at bench time from the
// same derivations the site uses (src/data/figures/series.ts via loadDataset).

export interface BaselineChartData {
  id: string;
  type: 'bar' | 'line';
  /** Horizontal bars (the vote-share chart), as the site draws them. */
  horizontal: boolean;
  title: string;
  subtitle: string;
  /** Alt text for the canvas: the site's generated summary. */
  summary: string;
  valueAxisTitle: string;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  sources: { label: string; url: string | undefined }[];
  stageText: string;
  /** CSS height of the chart box at 375 px and at 640 px and wider. */
  height: { narrow: number; wide: number };
}
