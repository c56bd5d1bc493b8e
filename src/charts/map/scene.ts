// A map as a list of things to draw (the "scene"), laid out once and then
// written as inline SVG for pages and embeds (svg.ts, colours from CSS
// classes), as a standalone SVG for downloads, and on a canvas for PNGs and
// social cards (canvas.ts). All three draw the same projected paths.
//
// Layout, in a viewBox `width` wide: the map across the top; Minsk city, the
// smallest shape, again in an enlarged inset in the empty corner north-west
// of the border (Lithuania), so its value and its link are as large as any
// oblast's; the legend (class breaks, and the gap key when a region has no
// figure) below; "Map: Natural Earth" at the foot.

import type { GeoProjection } from 'd3-geo';
import { containsPoint, fitProjection, INSET_REGION, loadGeography, pathData, projectedBounds, type RegionFeature } from './geo.ts';
import { classIndex, type MapScale } from './scale.ts';

export const MAP_ATTRIBUTION = 'Map: Natural Earth';

interface MapRegionInput {
  id: string;
  /** Full name, for the link's accessible name ("Brest Oblast"). */
  name: string;
  /** On the map ("Brest"). */
  shortName: string;
  value: number | null;
  /** On the map ("90.56%", "+3.66"); ignored for a gap. */
  valueText: string;
  /** The accessible name's value part ("90.56%", "no official figure found"). */
  spoken: string;
  href: string | undefined;
}

export interface MapInput {
  regions: MapRegionInput[];
  /** Classes and colours; none for a locator map. */
  scale: MapScale | undefined;
  /** The locator's region, drawn highlighted. */
  highlight?: string | undefined;
  /** Legend heading ("Turnout at 20:00, %"). */
  legendTitle?: string;
  /** Legend text of a class edge ("65", "−1", "+2"). */
  edgeLabel?: (x: number) => string;
  gapText: string;
  /** The credit of the geometry, in the edition's words ("Map: Natural Earth" unless given). */
  attribution?: string;
  /** The highlighted region's label ("Gomel (this page)" unless given). */
  highlightLabel?: (shortName: string) => string;
}

export interface SceneText {
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  /** Muted colour (legend and attribution) rather than the text colour. */
  muted?: boolean;
  /** Drawn with a halo in the background colour, for text over fills. */
  halo?: boolean;
}

interface SceneRegion {
  id: string;
  d: string;
  fill: string;
  /** The link's accessible name; undefined: not a link. */
  label: string | undefined;
  href: string | undefined;
  /** Drawn for the picture only (the city at true scale; its inset is the link). */
  decorative: boolean;
  texts: SceneText[];
  /** An invisible area that is part of the link (the whole inset frame, so the city's target is as large as the frame). */
  hit?: { x: number; y: number; width: number; height: number };
}

export interface Scene {
  width: number;
  height: number;
  regions: SceneRegion[];
  /** The inset's frame and its leader line to the city. */
  inset: { x: number; y: number; width: number; height: number; leader: [number, number, number, number] };
  legend: { swatches: { x: number; y: number; width: number; height: number; fill: string }[]; texts: SceneText[] };
  attribution: SceneText;
}

const NAME_SIZE = 13;
const VALUE_SIZE = 14;
const SMALL = 13;
const PAD = 4;
/** The inset's frame, top left: inside the viewBox corner that the border leaves empty. */
export const INSET = { x: PAD, y: PAD, width: 96, height: 92 } as const;
/** Where the city sits inside the inset: below its name. */
const INSET_SHAPE = { x: INSET.x + 24, y: INSET.y + 21, width: 48, height: 44 } as const;

/**
 * Where each region's name and value go, in longitude and latitude (each
 * inside its region: tests/unit/charts/map.test.ts). Minsk Oblast's label sits
 * south-west of the city, which has its own in the inset.
 */
export const LABEL_AT: Record<string, [number, number]> = {
  brest: [25.35, 52.45],
  vitebsk: [28.9, 55.2],
  gomel: [29.75, 52.25],
  grodno: [24.95, 53.55],
  'minsk-oblast': [27.3, 53.2],
  mogilev: [30.45, 53.6],
};

let projCache: { width: number; projection: GeoProjection; mapHeight: number } | undefined;

/** The projection for a drawing `width` wide, and the height the map takes. */
export function mapProjection(width: number): { projection: GeoProjection; mapHeight: number } {
  if (projCache?.width === width) return projCache;
  const { features } = loadGeography();
  // Fit to the width, then measure the height the shape takes.
  const probe = fitProjection(features, { x: PAD, y: PAD, width: width - 2 * PAD, height: 10_000 });
  const all = features.map((f) => projectedBounds(probe, f));
  const top = Math.min(...all.map((b) => b[0][1]));
  const bottom = Math.max(...all.map((b) => b[1][1]));
  const height = bottom - top;
  const projection = fitProjection(features, { x: PAD, y: PAD, width: width - 2 * PAD, height });
  projCache = { width, projection, mapHeight: Math.ceil(height + 2 * PAD) };
  return projCache;
}

/** The same projection, fitted to the city alone inside the inset. */
function insetProjection(city: RegionFeature): GeoProjection {
  return fitProjection([city], INSET_SHAPE);
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function buildScene(input: MapInput, width = 360): Scene {
  const { features } = loadGeography();
  const { projection, mapHeight } = mapProjection(width);
  const byId = new Map(input.regions.map((r) => [r.id, r]));
  for (const f of features) if (!byId.has(f.id)) throw new Error(`map: no value given for region "${f.id}" (content/geo has it)`);
  for (const r of input.regions) if (!features.some((f) => f.id === r.id)) throw new Error(`map: region "${r.id}" has no outline in content/geo/belarus-regions.topo.json`);

  const fillOf = (r: MapRegionInput): string => {
    if (!input.scale) return r.id === input.highlight ? 'hl' : 'base';
    if (r.value === null) return 'gap';
    return input.scale.classes[classIndex(input.scale, r.value)]!.fill;
  };
  // A link's name starts with the words it shows (WCAG 2.5.3, label in name): "Brest 90.56%", "Vitebsk +3.66 points".
  const labelOf = (r: MapRegionInput) => (input.scale ? `${r.shortName} ${r.spoken}` : r.id === input.highlight ? (input.highlightLabel ?? ((s: string) => `${s} (this page)`))(r.shortName) : r.shortName);
  const textsFor = (r: MapRegionInput, x: number, y: number): SceneText[] => {
    const name: SceneText = { x, y, text: r.shortName, size: NAME_SIZE, bold: r.id === input.highlight, anchor: 'middle', halo: true };
    if (!input.scale) return [name];
    if (r.value === null) {
      // The site's gap wording, on two lines.
      const [a, b] = splitGap(input.gapText);
      return [name, { x, y: y + 14, text: a, size: SMALL - 1, bold: false, anchor: 'middle', halo: true }, { x, y: y + 26, text: b, size: SMALL - 1, bold: false, anchor: 'middle', halo: true }];
    }
    return [name, { x, y: y + VALUE_SIZE + 2, text: r.valueText, size: VALUE_SIZE, bold: true, anchor: 'middle', halo: true }];
  };

  const regions: SceneRegion[] = [];
  let cityCentre: [number, number] = [0, 0];
  for (const f of features) {
    const r = byId.get(f.id)!;
    const d = pathData(projection, f);
    if (f.id === INSET_REGION) {
      const b = projectedBounds(projection, f);
      cityCentre = [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2];
      regions.push({ id: f.id, d, fill: fillOf(r), label: undefined, href: undefined, decorative: true, texts: [] });
      continue;
    }
    const at = LABEL_AT[f.id];
    if (!at) throw new Error(`map: no label position for region "${f.id}" (LABEL_AT in src/charts/map/scene.ts)`);
    const [x, y] = projection(at)!;
    regions.push({ id: f.id, d, fill: fillOf(r), label: labelOf(r), href: r.href, decorative: false, texts: textsFor(r, r1(x), r1(y)) });
  }
  // The inset: the city again, enlarged, with its name and value; this one is the link.
  const city = features.find((f) => f.id === INSET_REGION);
  if (city) {
    const r = byId.get(INSET_REGION)!;
    const cx = INSET.x + INSET.width / 2;
    const texts: SceneText[] = [{ x: cx, y: INSET.y + 15, text: r.shortName, size: NAME_SIZE, bold: r.id === input.highlight, anchor: 'middle', halo: true }];
    if (input.scale) {
      const valueLines = r.value === null ? splitGap(input.gapText) : [r.valueText];
      valueLines.forEach((t, i) => texts.push({ x: cx, y: INSET.y + 82 + i * 11, text: t, size: r.value === null ? SMALL - 1 : VALUE_SIZE, bold: r.value !== null, anchor: 'middle', halo: true }));
    }
    regions.push({ id: INSET_REGION, d: pathData(insetProjection(city), city), fill: fillOf(r), label: labelOf(r), href: r.href, decorative: false, texts, hit: { ...INSET } });
  }
  const leader: [number, number, number, number] = [r1(cityCentre[0]), r1(cityCentre[1]), INSET.x + INSET.width, INSET.y + INSET.height];

  // Legend.
  const swatches: Scene['legend']['swatches'] = [];
  const ltexts: SceneText[] = [];
  let y = mapHeight + 6;
  if (input.scale) {
    const scale = input.scale;
    if (input.legendTitle) {
      y += SMALL;
      ltexts.push({ x: PAD, y, text: input.legendTitle, size: SMALL, bold: true, anchor: 'start' });
      y += 6;
    }
    const n = scale.classes.length;
    const w = Math.min(56, Math.floor((width - 2 * PAD - 16) / n));
    scale.classes.forEach((c, i) => swatches.push({ x: PAD + 8 + i * w, y, width: w, height: 12, fill: c.fill }));
    y += 12 + SMALL + 2;
    // The class edges, each under its boundary: a stepped scale's breaks.
    const edges = [...scale.classes.map((c) => c.lo), scale.classes.at(-1)!.hi];
    const edgeLabel = input.edgeLabel ?? String;
    edges.forEach((e, i) => ltexts.push({ x: PAD + 8 + i * w, y, text: edgeLabel(e), size: SMALL - 1, bold: false, anchor: 'middle', muted: true }));
    if (input.regions.some((r) => r.value === null)) {
      y += 8;
      swatches.push({ x: PAD + 8, y, width: 24, height: 12, fill: 'gap' });
      ltexts.push({ x: PAD + 8 + 30, y: y + 10, text: input.gapText, size: SMALL - 1, bold: false, anchor: 'start', muted: true });
      y += 12;
    }
  }
  y += 16;
  const attribution: SceneText = { x: width - PAD, y, text: input.attribution ?? MAP_ATTRIBUTION, size: SMALL - 1, bold: false, anchor: 'end', muted: true };
  return {
    width,
    height: Math.ceil(y + PAD),
    regions,
    inset: { ...INSET, leader },
    legend: { swatches, texts: ltexts },
    attribution,
  };
}

/** "no official figure found" → ["no official", "figure found"]: split near the middle. */
function splitGap(text: string): [string, string] {
  const words = text.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

/** Every string a scene draws, in drawing order. */
export function sceneTexts(scene: Scene): string[] {
  return [...scene.regions.flatMap((r) => r.texts.map((t) => t.text)), ...scene.legend.texts.map((t) => t.text), scene.attribution.text];
}

/** Checks the inset frame lies outside every region: points on a grid over it, projected back. */
export function insetIsClear(width = 360): boolean {
  const { projection } = mapProjection(width);
  const { features } = loadGeography();
  for (let x = INSET.x; x <= INSET.x + INSET.width; x += 4) {
    for (let y = INSET.y; y <= INSET.y + INSET.height; y += 4) {
      const ll = projection.invert!([x, y]);
      if (ll && features.some((f) => containsPoint(f, ll))) return false;
    }
  }
  return true;
}
