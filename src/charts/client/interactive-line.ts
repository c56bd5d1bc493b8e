// The interactive chunk of line charts: Chart.js's line controller, line and
// point elements, and the shared mount (interactive.ts).
import { Chart, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement);

export { mount } from './interactive.ts';
