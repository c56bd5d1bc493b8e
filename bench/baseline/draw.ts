// A chart "the usual way": Chart.js's all-in-one build, drawn on page load
// from data bundled with the page, no static image. Animation off, and a
// performance mark after Chart.js's first render, so the benchmark can tell
// when the chart became visible (LCP ignores canvases).
import Chart from 'chart.js/auto';
import data from 'virtual:bench-chart-data';

const canvas = document.getElementById('chart') as HTMLCanvasElement;

const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const percent = (v: number | string) => `${v}%`;
let marked = false;

new Chart(canvas, {
  type: data.type,
  data: {
    labels: data.labels,
    datasets: data.datasets.map((d, i) => ({
      label: d.label,
      data: d.data,
      backgroundColor: COLOURS[i % COLOURS.length],
      borderColor: COLOURS[i % COLOURS.length],
    })),
  },
  options: {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: data.horizontal ? 'y' : 'x',
    scales: {
      [data.horizontal ? 'x' : 'y']: {
        min: 0,
        max: 100,
        ticks: { callback: percent },
        title: { display: true, text: data.valueAxisTitle },
      },
    },
    plugins: {
      legend: { display: data.datasets.length > 1 },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.formattedValue}%` } },
    },
  },
  plugins: [
    {
      id: 'bench-visible-mark',
      afterRender() {
        if (marked) return;
        marked = true;
        performance.mark('chart-visible');
      },
    },
  ],
});
