// The only chart code every page with a chart runs: a few hundred bytes that
// make each chart focusable and wait for the first pointer, focus or touch.
// Only then is the interactive chunk (Chart.js and the chart's config)
// loaded; until then the static image is the chart.

type Interactive = typeof import('./interactive.ts');

const EVENTS = ['pointerenter', 'focus', 'touchstart'] as const;
let chunk: Promise<Interactive> | undefined;
const wired = new WeakSet<Element>();

function activate(figure: HTMLElement): void {
  figure.dataset.chartState = 'loading';
  chunk ??= import('./interactive.ts');
  chunk
    .then((m) => m.mount(figure))
    .catch(() => {
      // The static image stays: a failed load costs the reader nothing they had.
      figure.dataset.chartState = 'static';
      chunk = undefined;
    });
}

/** Wires every `[data-chart-figure]` under `root` (once each). */
export function hydrateCharts(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-figure]')) {
    if (wired.has(figure)) continue;
    wired.add(figure);
    const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
    if (!frame) continue;
    const title = figure.querySelector('.chart-figure__title')?.textContent?.trim() ?? 'Chart';
    frame.tabIndex = 0;
    frame.setAttribute('role', 'group');
    frame.setAttribute('aria-label', `${title}, interactive chart`);
    const hint = frame.dataset.chartHint;
    if (hint) frame.setAttribute('aria-describedby', hint);
    const start = () => {
      for (const type of EVENTS) frame.removeEventListener(type, start);
      activate(figure);
    };
    for (const type of EVENTS) frame.addEventListener(type, start, { passive: true });
  }
}
