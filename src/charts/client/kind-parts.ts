// What every interactive chart kind registers on its own copy of Chart.js:
// the category and linear scales, the legend, the value labels and the
// chart font. Imported by each kind's chunk (interactive-bar.ts,
// interactive-line.ts) with that chunk's Chart class, never on its own.
import type { Chart } from 'chart.js';
import { directLabelsPlugin } from '../render/direct-labels.ts';
import { FONT_SIZE, FONT_STACK } from '../theme.ts';

type Registrable = Parameters<typeof Chart.register>[0];

export function registerCommon(ChartJs: typeof Chart, ...parts: Registrable[]): typeof Chart {
  ChartJs.register(...parts, directLabelsPlugin);
  ChartJs.defaults.font.family = FONT_STACK;
  ChartJs.defaults.font.size = FONT_SIZE;
  return ChartJs;
}
