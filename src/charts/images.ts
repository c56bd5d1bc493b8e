// Every image of every chart, drawn at build time from the spec's configs
// (render/static.ts: Chart.js on @napi-rs/canvas, no browser):
//
//   /charts/<id>/wide-light.svg, wide-dark.svg      the page's drawing, 640 px wide
//   /charts/<id>/narrow-light.svg, narrow-dark.svg  the phone drawing, 360 px wide
//   /charts/<id>/<id>-light.png, <id>-dark.png      downloads (with title and credit), 2× pixels
//   /charts/<id>/<id>-light.svg, <id>-dark.svg      downloads, vector
//   /charts/<id>/og.png                             social card, 1200 × 630
//
// Each image is drawn once per build (memoised on its config), so the file
// endpoint and the manifest (/charts/manifest.json) share one drawing and the
// manifest records exactly the text that image drew.

import { createHash } from 'node:crypto';
import type { Stage } from '../schemas/index.ts';
import type { ChartId } from '../schemas/chart-ids.ts';
import { LAYOUTS, OG_SIZE, DOWNLOAD_PNG_RATIO, type LayoutName } from './layout.ts';
import type { CanvasChartSpec, ChartSpec } from './contract.ts';
import type { MapChartSpec } from './map/spec.ts';
import { MAP_DOWNLOAD_WIDTH } from './map/spec.ts';
import { buildScene, sceneTexts } from './map/scene.ts';
import { sceneToStandaloneSvg } from './map/svg.ts';
import { sceneToCard, sceneToPng } from './map/canvas.ts';
import { renderChart, type StaticChartConfig } from './render/static.ts';
import type { ThemeName } from './theme.ts';
import { mergeThemes } from './render/inline-svg.ts';

const THEME_NAMES: readonly ThemeName[] = ['light', 'dark'];

type ImageRole = 'display' | 'download' | 'og';

export interface ChartImageInfo {
  /** File name inside /charts/<id>/. */
  file: string;
  chart: ChartId;
  role: ImageRole;
  layout: LayoutName | undefined;
  theme: ThemeName;
  format: 'png' | 'svg';
  /** Size in CSS pixels (the `width` and `height` a page gives the image). */
  width: number;
  height: number;
  /** Size in image pixels (PNG) or the viewBox (SVG). */
  pixelWidth: number;
  pixelHeight: number;
}

export interface ChartImage extends ChartImageInfo {
  contentType: string;
  data: Buffer | string;
  /** Every string the image drew, in drawing order. */
  texts: string[];
  stages: Stage[];
  stageText: string;
  date: string | undefined;
}

/** The display drawing's file name: `wide-light.svg`. */
const displayFile = (layout: LayoutName, theme: ThemeName) => `${layout}-${theme}.svg`;
const downloadFile = (id: ChartId, theme: ThemeName, format: 'png' | 'svg') => `${id}-${theme}.${format}`;
export const OG_FILE = 'og.png';

/** What each image of a chart is, without drawing it. */
export function chartImageInfos(spec: ChartSpec): ChartImageInfo[] {
  const out: ChartImageInfo[] = [];
  for (const theme of THEME_NAMES) {
    // A map is drawn inline in the page (src/charts/map/svg.ts): no display images.
    for (const layout of spec.type === 'map' ? [] : LAYOUTS) {
      const { width, height } = spec.layouts[layout].size;
      out.push({ file: displayFile(layout, theme), chart: spec.id, role: 'display', layout, theme, format: 'svg', width, height, pixelWidth: width, pixelHeight: height });
    }
    const { width, height } = spec.download.size;
    out.push({
      file: downloadFile(spec.id, theme, 'png'), chart: spec.id, role: 'download', layout: 'wide', theme, format: 'png',
      width, height, pixelWidth: width * DOWNLOAD_PNG_RATIO, pixelHeight: height * DOWNLOAD_PNG_RATIO,
    });
    out.push({ file: downloadFile(spec.id, theme, 'svg'), chart: spec.id, role: 'download', layout: 'wide', theme, format: 'svg', width, height, pixelWidth: width, pixelHeight: height });
  }
  out.push({
    file: OG_FILE, chart: spec.id, role: 'og', layout: undefined, theme: 'light', format: 'png',
    width: OG_SIZE.width, height: OG_SIZE.height, pixelWidth: OG_SIZE.width * OG_SIZE.devicePixelRatio, pixelHeight: OG_SIZE.height * OG_SIZE.devicePixelRatio,
  });
  return out;
}

/**
 * Rounds the coordinates in an SVG's path data, transforms and glyph
 * positions to `decimals` places. Skia writes six or more, which triples the file; a tenth of a CSS
 * pixel is below what a screen at device pixel ratio 2 can show. Text content
 * (the <title>) is left alone.
 */
export function compactSvg(svg: string, decimals: number): string {
  const round = (value: string) => value.replace(/-?\d*\.\d+(?:e-?\d+)?/gi, (n) => String(Number(Number(n).toFixed(decimals))));
  return svg
    .replace(/\s(d|transform|points|x|y)="([^"]*)"/g, (_m, name: string, value: string) => ` ${name}="${round(value)}"`)
    .replace(/>\s*\n\s*</g, '><');
}

function configFor(spec: CanvasChartSpec, info: ChartImageInfo): StaticChartConfig {
  if (info.role === 'display') return spec.layouts[info.layout!].config;
  if (info.role === 'download') return spec.download.config;
  return spec.og.config;
}

const cache = new Map<string, ChartImage>();

/** Draws one image of a chart (once per distinct config), with the texts it drew. */
export function renderChartImage(spec: ChartSpec, file: string): ChartImage {
  const info = chartImageInfos(spec).find((i) => i.file === file);
  if (!info) {
    throw new Error(`chart "${spec.id}" has no image "${file}"; its images are ${chartImageInfos(spec).map((i) => i.file).join(', ')}`);
  }
  if (spec.type === 'map') {
    const mapKey = createHash('sha1').update(JSON.stringify([info, spec.title, spec.map])).digest('hex');
    const mapHit = cache.get(mapKey);
    if (mapHit) return mapHit;
    const image = renderMapImage(spec, info);
    cache.set(mapKey, image);
    return image;
  }
  const config = configFor(spec, info);
  const key = createHash('sha1').update(JSON.stringify([info, config])).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;

  let data: Buffer | string;
  let texts: string[];
  if (info.format === 'svg') {
    // Shown on pages (and in embeds, which have a byte budget): text as text.
    // Downloaded: text as outlines, the same on any machine.
    const svgText = info.role === 'display' ? 'text' : 'paths';
    const r = renderChart(config, { width: info.width, height: info.height, theme: info.theme, format: 'svg', svgText });
    data = compactSvg(r.data, info.role === 'display' ? 1 : 2);
    texts = r.texts;
  } else {
    const ratio = info.role === 'og' ? OG_SIZE.devicePixelRatio : DOWNLOAD_PNG_RATIO;
    const r = renderChart(config, { width: info.width, height: info.height, theme: info.theme, format: 'png', devicePixelRatio: ratio });
    data = r.data;
    texts = r.texts;
  }
  const image = imageOf(spec, info, data, texts);
  cache.set(key, image);
  return image;
}

const inlineCache = new Map<string, { width: number; height: number; body: string }>();

/**
 * The drawing of one layout for the page's HTML: one SVG body for both
 * themes, painted by classes (render/inline-svg.ts; the stylesheet is
 * src/components/charts/chart-svg.css). Built from the same light and dark
 * drawings as the display files, so the two always agree.
 */
export function inlineChartSvg(spec: ChartSpec, layout: LayoutName): { width: number; height: number; body: string } {
  // One drawing per chart, layout and edition (a be or ru config carries its options.locale).
  const edition = spec.type === 'map' ? 'map' : String((spec.layouts[layout].config.options as { locale?: string } | undefined)?.locale ?? 'en');
  const key = `${spec.id}/${layout}/${edition}`;
  const hit = inlineCache.get(key);
  if (hit) return hit;
  const [lightSvg, darkSvg] = THEME_NAMES.map((theme) => String(renderChartImage(spec, displayFile(layout, theme)).data));
  const merged = mergeThemes(lightSvg!, darkSvg!, `chart "${spec.id}", ${layout} drawing`);
  inlineCache.set(key, merged);
  return merged;
}

/** A map's download (PNG, SVG) or social card: the same scene as the page's inline SVG, without links. */
function renderMapImage(spec: MapChartSpec, info: ChartImageInfo): ChartImage {
  const input = { ...spec.map.input, regions: spec.map.input.regions.map((r) => ({ ...r, href: undefined })) };
  let data: Buffer | string;
  let texts: string[];
  if (info.role === 'og') {
    const scene = buildScene(input, 360);
    const r = sceneToCard(scene, { title: spec.title, credit: spec.map.credit, width: OG_SIZE.width, height: OG_SIZE.height, ratio: OG_SIZE.devicePixelRatio });
    data = r.data;
    texts = r.texts;
  } else {
    const scene = buildScene(input, MAP_DOWNLOAD_WIDTH);
    if (info.format === 'svg') {
      data = sceneToStandaloneSvg(scene, { theme: info.theme, title: spec.map.downloadTitle, credit: spec.map.credit, docTitle: spec.title });
      texts = [...spec.map.downloadTitle, ...sceneTexts(scene), ...spec.map.credit];
    } else {
      const r = sceneToPng(scene, { theme: info.theme, title: spec.map.downloadTitle, credit: spec.map.credit, ratio: DOWNLOAD_PNG_RATIO });
      data = r.data;
      texts = r.texts;
    }
  }
  return imageOf(spec, info, data, texts);
}

/** A drawn file with what it says: its bytes, the strings drawn, and the stage and date of its data. */
function imageOf(spec: ChartSpec, info: ChartImageInfo, data: Buffer | string, texts: string[]): ChartImage {
  return {
    ...info,
    contentType: info.format === 'svg' ? 'image/svg+xml' : 'image/png',
    data,
    texts,
    stages: spec.stages,
    stageText: spec.stageText,
    date: spec.date,
  };
}
