// The interactive chunk of bar charts: Chart.js's bar controller and element,
// and the shared mount (interactive.ts).
import { BarController, BarElement, Chart } from 'chart.js';

Chart.register(BarController, BarElement);

export { mount } from './interactive.ts';
