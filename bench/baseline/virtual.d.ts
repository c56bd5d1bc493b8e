// The chart's data, supplied to the baseline page by the bench's Vite plugin (bench/baseline/build.ts).
declare module 'virtual:bench-chart-data' {
  const data: import('./types.ts').BaselineChartData;
  export default data;
}
