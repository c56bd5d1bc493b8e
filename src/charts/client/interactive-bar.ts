// The interactive chunk of bar charts: its own copy of Chart.js (kind-chunks.ts)
// with only the bar controller and element, the scales and the legend, and the
// shared mount (interactive.ts).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { mount as mountChart, registerCommon } from './interactive.ts';

const ChartJs = registerCommon(Chart, BarController, BarElement, CategoryScale, LinearScale, Legend);

export const mount = (figure: HTMLElement): Promise<void> => mountChart(figure, ChartJs);
