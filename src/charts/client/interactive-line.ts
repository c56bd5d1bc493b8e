// The interactive chunk of line charts: its own copy of Chart.js (kind-chunks.ts)
// with only the line controller, line and point elements, the scales and the
// legend, and the shared mount (interactive.ts).
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { mount as mountChart, registerCommon } from './interactive.ts';

const ChartJs = registerCommon(Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

export const mount = (figure: HTMLElement): Promise<void> => mountChart(figure, ChartJs);
