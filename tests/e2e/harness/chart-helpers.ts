// Helpers for the chart and embed browser tests (charts.test.ts,
// embed.test.ts) and the byte budget script (scripts/measure-bytes.ts): the
// chart ids and their data as built, the embed snippet as a chart page
// offers it, host pages on another origin, and what a page shows of a chart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { buildAllChartSpecs } from '../../../src/charts/registry.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { REPO_ROOT } from '../../../tools/test-build.ts';
import { decodeEntities } from '../../../tools/dist-files.ts';
import { startServer, type StaticServer } from '../../../tools/server.ts';

export { CHART_IDS };
type ChartId = (typeof CHART_IDS)[number];

/** The chart's JSON download, as built: categories, series, values. */
export interface BuiltChartJson {
  id: string;
  title: string;
  categories: { id: string; label: string }[];
  series: { id: string; label: string }[];
  values: { category: string; series: string; value: number | null; display: string; status: string }[];
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export interface Snippet {
  /** The code as the chart page shows it, with the built site's origin replaced by `origin`. */
  code: string;
  /** The same without the optional script: what a host that strips scripts keeps. */
  iframeOnly: string;
  height: number;
  iframeSrc: string;
}

/**
 * The embed code of a chart, read from its built page. The build wrote
 * absolute URLs from SITE_URL; the test serves the site elsewhere, so the
 * origin is swapped for the served one (what a build with that SITE_URL
 * would have written).
 */
export async function readSnippet(site: StaticServer, id: string, edition = ''): Promise<Snippet> {
  // `edition`: '' for English, '/be' or '/ru' for the chart page (and embed) of that edition.
  const html = await fetchText(site.url(`${edition}/charts/${id}/`));
  const m = new RegExp(`<code id="embed-code-${id}"[^>]*data-embed-height="(\\d+)"[^>]*>([\\s\\S]*?)</code>`).exec(html);
  if (!m) throw new Error(`/charts/${id}/: no <code id="embed-code-${id}" data-embed-height> with the snippet`);
  const built = decodeEntities(m[2]!);
  const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(built)?.[1];
  if (!src) throw new Error(`/charts/${id}/: the snippet has no iframe src`);
  const code = built.split(new URL(src).origin).join(site.origin);
  const iframeOnly = code.replace(/\s*<script[\s\S]*?<\/script>/g, '');
  return { code, iframeOnly, height: Number(m[1]), iframeSrc: /<iframe[^>]*\ssrc="([^"]+)"/.exec(code)![1]! };
}

/** A static server on another loopback address, serving the given files (name → HTML). */
export async function serveFiles(files: Record<string, string>, host: string): Promise<StaticServer & { dispose(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'belarus-2025-host-'));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
  const server = await startServer({ root: dir, host });
  return {
    ...server,
    async dispose() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function hostPage(body: string, opts: { htmlAttrs?: string; style?: string } = {}): string {
  return `<!doctype html><html lang="en"${opts.htmlAttrs ? ` ${opts.htmlAttrs}` : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title><style>body{margin:0}${opts.style ?? ''}</style></head><body>${body}</body></html>`;
}

/** The embed's frame on a host page, once loaded. */
export async function embedFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const start = Date.now();
  for (;;) {
    const frame = page.frames().find((f) => /\/embed\/[a-z0-9-]+\/(\?|$)/.test(f.url()));
    if (frame) {
      try {
        await frame.waitForSelector('[data-embed-root]', { timeout: Math.max(100, timeout - (Date.now() - start)) });
        return frame;
      } catch {
        // navigating: try again
      }
    }
    if (Date.now() - start > timeout) throw new Error(`no embed frame after ${timeout} ms; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await page.waitForTimeout(50);
  }
}

/** Height of the embed's content, as the frame reports it to the host. */
export function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.querySelector('[data-embed-root]')!.getBoundingClientRect().height);
}

/** Waits until `check` returns true, or throws with `what` after `timeout`. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface FigureBoxes {
  /** The figure and its image frame, in document coordinates. */
  figure: { x: number; y: number; width: number; height: number };
  frame: { x: number; y: number; width: number; height: number };
  documentHeight: number;
}

export function figureBoxes(page: Page | Frame): Promise<FigureBoxes> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    return {
      figure: box(document.querySelector('[data-chart-figure]')!),
      frame: box(document.querySelector('[data-chart-frame]')!),
      documentHeight: document.documentElement.scrollHeight,
    };
  });
}

/** Largest difference between two sets of boxes, in CSS pixels. */
export function boxDrift(a: FigureBoxes, b: FigureBoxes): number {
  const keys = ['x', 'y', 'width', 'height'] as const;
  return Math.max(
    ...keys.map((k) => Math.abs(a.figure[k] - b.figure[k])),
    ...keys.map((k) => Math.abs(a.frame[k] - b.frame[k])),
    Math.abs(a.documentHeight - b.documentHeight),
  );
}

/** Pixels the chart canvas has drawn inside its plot area (alpha > 0), and the area's size. */
export function canvasInk(page: Page | Frame): Promise<{ inked: number; area: number; canvas: { width: number; height: number } }> {
  return page.evaluate(() => {
    const wrap = document.querySelector<HTMLElement>('.chart-figure__canvas');
    const canvas = wrap?.querySelector('canvas');
    if (!wrap || !canvas) return { inked: 0, area: 0, canvas: { width: 0, height: 0 } };
    const [left, top, right, bottom] = (wrap.dataset.plotArea ?? '0,0,0,0').split(',').map(Number) as [number, number, number, number];
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const x = Math.round(left * scale);
    const y = Math.round(top * scale);
    const w = Math.max(1, Math.round((right - left) * scale));
    const h = Math.max(1, Math.round((bottom - top) * scale));
    const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return { inked, area: w * h, canvas: { width: canvas.width, height: canvas.height } };
  });
}

/** A fingerprint of the canvas pixels, to tell whether anything moved between two moments. */
export function canvasFingerprint(page: Page | Frame): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLCanvasElement>('.chart-figure__canvas canvas')?.toDataURL() ?? '');
}

/**
 * The drawing is inline SVG in the HTML: nothing to wait for. Kept so
 * callers read the same way as when the drawing was a lazy-loaded image.
 */
export async function chartImagesLoaded(_page: Page | Frame, _timeout = 5_000): Promise<void> {}

/**
 * The chart drawings a reader sees (not display: none), with the theme their
 * paint shows: the computed colour of their background token and of their
 * first text, matched against the light and dark themes.
 */
export function visibleChartImages(page: Page | Frame): Promise<{ theme: string; naturalWidth: number; complete: boolean; visibility: string; src: string; textFill: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-chart-drawing]'))
      .filter((svg) => svg.getClientRects().length > 0)
      .map((svg) => {
        const style = getComputedStyle(svg);
        // The resolved paint of the drawing's first text (its colours are light-dark() pairs).
        const text = svg.querySelector('text.ft, text.fm');
        const textFill = text ? getComputedStyle(text).fill : '';
        // Light: dark text (rgb(27, 30, 35) or rgb(81, 90, 102)) on white; dark: light text on #14171b.
        // In print, src/styles/print.css turns the light palette to black on white.
        const light = /^rgb\((27, 30, 35|81, 90, 102)\)$/.test(textFill) || (matchMedia('print').matches && /^rgb\((0, 0, 0|51, 51, 51)\)$/.test(textFill));
        const dark = /^rgb\((230, 233, 237|169, 177, 188)\)$/.test(textFill);
        return {
          theme: light ? 'light' : dark ? 'dark' : `unknown (${textFill})`,
          naturalWidth: svg.getBoundingClientRect().width,
          complete: svg.querySelectorAll('path, text').length > 0,
          visibility: style.visibility,
          src: svg.dataset.chartDrawing ?? '',
          textFill,
        };
      }),
  );
}

/**
 * Chart ids by kind (`bar`, `line`, and any kind the registry adds), from the
 * chart specs of the dataset next to dist/. Behaviour that is the same for
 * every chart of a kind (interaction, print, reduced motion, keyboard, embed
 * resizing) is tested on the first id of each kind; what differs by id
 * (tables, heights, files) loops over CHART_IDS.
 */
function chartsByKind(root = REPO_ROOT): Map<string, string[]> {
  const r = loadDataset(root);
  if (!r.ok) throw new Error('the dataset next to dist/ does not validate (npm run validate)');
  const kinds = new Map<string, string[]>();
  // Maps are inline drawings with no Chart.js: their behaviour is tested in browser/maps.test.ts.
  for (const spec of buildAllChartSpecs({ ds: r.dataset, index: r.index })) {
    if (spec.type === 'map') continue;
    kinds.set(spec.type, [...(kinds.get(spec.type) ?? []), spec.id]);
  }
  return kinds;
}

/** The first chart id of each kind, as [kind, id] pairs. */
export function onePerKind(root = REPO_ROOT): [kind: string, id: string][] {
  return [...chartsByKind(root)].map(([kind, ids]) => [kind, ids[0]!]);
}
