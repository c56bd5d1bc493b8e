// The interactive chart, loaded on a chart's first interaction (hydrate.ts)
// through the chunk of its kind (interactive-bar.ts, interactive-line.ts),
// which registers that kind's controller, elements, scales and legend and
// what every kind uses (registerCommon: the value labels, the font) on its own
// copy of Chart.js, and hands that Chart class here. This module imports no Chart.js
// code itself, so the two kinds share no Chart.js chunk and each chunk holds
// only the parts its kind draws (kind-chunks.ts). Never chart.js/auto. It
// draws the same config the build drew (configs.ts, themed by
// render/apply-theme.ts) on a canvas laid exactly over the static image, and
// adds reading by keyboard: arrow keys move from value to value, the value
// shows beside its mark and is announced; Escape hides it.

import type { ActiveElement, Chart, ChartConfiguration } from 'chart.js';
import { applyTheme } from '../render/apply-theme.ts';
import { directLabelsPlugin } from '../render/direct-labels.ts';
import { FONT_SIZE, FONT_STACK, type ThemeName } from '../theme.ts';
import type { InteractiveData } from '../downloads.ts';
import type { LayoutName } from '../layout.ts';

/** The Chart class of a kind's chunk, with that kind's parts registered. */
export type ChartClass = typeof Chart;

type Registrable = Parameters<ChartClass['register']>[0];

/**
 * What every kind registers on its own copy of Chart.js, with that kind's
 * parts: the value labels and the chart font (the kind's chunk adds its
 * controller, elements, scales and legend).
 */
export function registerCommon(ChartJs: ChartClass, ...parts: Registrable[]): ChartClass {
  ChartJs.register(...parts, directLabelsPlugin);
  ChartJs.defaults.font.family = FONT_STACK;
  ChartJs.defaults.font.size = FONT_SIZE;
  return ChartJs;
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): ThemeName {
  const theme = document.documentElement.dataset.theme;
  if (theme === 'light' || theme === 'dark') return theme;
  return darkScheme.matches ? 'dark' : 'light';
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export async function mount(figure: HTMLElement, ChartJs: ChartClass): Promise<void> {
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  const readout = figure.querySelector<HTMLElement>('[data-chart-readout]');
  const live = figure.querySelector<HTMLElement>('[data-chart-live]');
  const src = figure.dataset.chartSrc;
  if (!frame || !readout || !live || !src) throw new Error('chart figure: missing frame, readout, live region or data-chart-src');
  const response = await fetch(src);
  if (!response.ok) throw new Error(`chart data: ${response.status} for ${src}`);
  const data = (await response.json()) as InteractiveData;
  const narrow = matchMedia(data.media);

  const wrap = document.createElement('div');
  wrap.className = 'chart-figure__canvas';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', frame.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? '');
  wrap.append(canvas);
  frame.insertBefore(wrap, readout);

  // Every value in table order: category by category, series within.
  const order = (data.points[0] ?? []).flatMap((_t, ci) => data.points.map((_s, si) => ({ si, ci })));
  let chart: Chart | undefined;
  let cursor = -1;
  let layout: LayoutName = 'wide';

  function hideReadout(): void {
    readout!.hidden = true;
    chart?.setActiveElements([]);
    chart?.update();
  }

  /** Shows the readout beside point (si, ci); `announce` also tells screen readers. */
  function show(si: number, ci: number, announce: boolean): void {
    if (!chart) return;
    const text = data.points[si]?.[ci];
    if (!text) return;
    readout!.textContent = text;
    readout!.hidden = false;
    const present = data.present[si]?.[ci] ?? false;
    chart.setActiveElements(present ? [{ datasetIndex: si, index: ci }] : []);
    chart.update();
    // Beside the mark; for a gap, where the mark would be.
    const element = present ? chart.getDatasetMeta(si).data[ci] : undefined;
    const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
    const index = chart.scales[horizontal ? 'y' : 'x'];
    const area = chart.chartArea;
    let x = element ? element.x : horizontal ? area.left : (index?.getPixelForValue(ci) ?? area.left);
    let y = element ? element.y : horizontal ? (index?.getPixelForValue(ci) ?? area.top) : (area.top + area.bottom) / 2;
    const w = readout!.offsetWidth;
    const h = readout!.offsetHeight;
    x = clamp(x + 10, 0, frame!.clientWidth - w);
    y = clamp(y - h - 10, 0, frame!.clientHeight - h);
    readout!.style.left = `${Math.round(x)}px`;
    readout!.style.top = `${Math.round(y)}px`;
    if (announce) {
      // Cleared first, so the same text twice is still announced.
      live!.textContent = '';
      requestAnimationFrame(() => (live!.textContent = text));
    }
  }

  function build(): void {
    layout = narrow.matches ? 'narrow' : 'wide';
    // An embed with no background (?transparent) paints nothing in the page colour either.
    const transparent = document.documentElement.hasAttribute('data-embed-transparent');
    const config = applyTheme(data.layouts[layout].config, currentTheme(), transparent ? { background: 'rgba(0, 0, 0, 0)' } : undefined) as ChartConfiguration;
    const horizontal = (config.options as { indexAxis?: string } | undefined)?.indexAxis === 'y';
    config.options = {
      ...config.options,
      responsive: true,
      maintainAspectRatio: false,
      // The first drawing replaces the image in place: never animated.
      animation: false,
      events: ['mousemove', 'mouseout', 'touchstart', 'touchmove'],
      interaction: { mode: 'nearest', intersect: false, axis: horizontal ? 'y' : 'x' },
      onHover: (_event, elements: ActiveElement[]) => {
        const first = elements[0];
        if (first) show(first.datasetIndex, first.index, false);
        else if (cursor < 0) readout!.hidden = true;
      },
    };
    chart?.destroy();
    chart = new ChartJs(canvas, config);
    const a = chart.chartArea;
    wrap.dataset.plotArea = [a.left, a.top, a.right, a.bottom].map((v) => Math.round(v)).join(',');
    wrap.dataset.layout = layout;
    // Later changes (hover, a new theme) may move, unless the reader asked for no motion.
    chart.options.animation = reducedMotion.matches ? false : { duration: 250 };
    figure.dataset.chartMotion = reducedMotion.matches ? 'off' : 'on';
    const at = order[cursor];
    if (at && !readout!.hidden) show(at.si, at.ci, false);
  }

  build();
  figure.dataset.chartState = 'live';

  // Line charts follow the axes (as Highcharts' accessibility module does):
  // ←/→ along the x axis within a series, ↑/↓ to the same point of the
  // previous or next series, Home/End to the series' ends. Bar charts step bar
  // by bar in table order with either pair of arrows, Home/End to the first
  // and last bar. The readout and the announcement name series (when there
  // are several), point and value.
  const isLine = figure.dataset.chartKind === 'line';
  const seriesCount = data.points.length;
  const pointCount = data.points[0]?.length ?? 0;
  frame.addEventListener('keydown', (event) => {
    const last = order.length - 1;
    const at = order[cursor];
    let next: { si: number; ci: number } | undefined;
    if (isLine) {
      const si = at?.si ?? 0;
      const ci = at?.ci ?? 0;
      const fresh = !at;
      switch (event.key) {
        case 'ArrowRight':
          next = { si, ci: fresh ? 0 : Math.min(ci + 1, pointCount - 1) };
          break;
        case 'ArrowLeft':
          next = { si, ci: fresh ? 0 : Math.max(ci - 1, 0) };
          break;
        case 'ArrowDown':
          next = { si: fresh ? 0 : Math.min(si + 1, seriesCount - 1), ci };
          break;
        case 'ArrowUp':
          next = { si: fresh ? 0 : Math.max(si - 1, 0), ci };
          break;
        case 'Home':
          next = { si, ci: 0 };
          break;
        case 'End':
          next = { si, ci: pointCount - 1 };
          break;
      }
    } else {
      const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      if (event.key === 'Home') next = order[0];
      else if (event.key === 'End') next = order[last];
      else if (event.key in step) next = order[cursor < 0 ? 0 : clamp(cursor + step[event.key]!, 0, last)];
    }
    if (event.key === 'Escape') {
      if (!readout.hidden) {
        hideReadout();
        event.preventDefault();
      }
      return;
    }
    const to = next;
    if (!to) return;
    event.preventDefault();
    cursor = order.findIndex((o) => o.si === to.si && o.ci === to.ci);
    show(to.si, to.ci, true);
  });
  frame.addEventListener('mouseleave', () => {
    if (document.activeElement !== frame) hideReadout();
  });
  frame.addEventListener('blur', () => hideReadout());

  document.addEventListener('themechange', build);
  darkScheme.addEventListener('change', () => {
    if (!document.documentElement.dataset.theme) build();
  });
  narrow.addEventListener('change', build);
  reducedMotion.addEventListener('change', build);
}
