// The only chart code every page with a chart runs: a few hundred bytes that
// make each chart focusable and wait for the first pointer, focus or touch.
// Only then is the interactive chunk of the chart's kind (data-chart-kind:
// Chart.js with only that kind's parts) and the chart's config loaded; until
// then the inline drawing is the chart.

/** A kind's chunk: its mount, with that kind's Chart.js bound. */
type KindChunk = { mount(figure: HTMLElement): Promise<void> };

import CHUNKS from 'virtual:chart-kind-chunks';

const EVENTS = ['pointerenter', 'focus', 'touchstart'] as const;
/** A kind's chunk, fetched side by side with the code every kind shares (kind-chunks.ts gives the URLs). */
const load = (kind: string): Promise<KindChunk> =>
  Promise.all([import(/* @vite-ignore */ CHUNKS.common!), import(/* @vite-ignore */ CHUNKS[kind]!)]).then(([, chunk]) => chunk as KindChunk);
const chunks = new Map<string, Promise<KindChunk>>();
const wired = new WeakSet<Element>();

function activate(figure: HTMLElement): void {
  const kind = figure.dataset.chartKind ?? '';
  if (kind === 'common' || !CHUNKS[kind]) return;
  figure.dataset.chartState = 'loading';
  let chunk = chunks.get(kind);
  if (!chunk) chunks.set(kind, (chunk = load(kind)));
  chunk
    .then((m) => m.mount(figure))
    .catch(() => {
      // The drawing stays: a failed load costs the reader nothing they had.
      figure.dataset.chartState = 'static';
      chunks.delete(kind);
    });
}

/** Wires every `[data-chart-figure]` under `root` (once each). */
export function hydrateCharts(root: ParentNode = document): void {
  // An embed asked for ?static: the drawing is the chart, Chart.js never loads.
  if (document.documentElement.hasAttribute('data-embed-static')) return;
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
