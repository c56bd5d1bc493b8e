// The regions' outlines, projected once per build: content/geo/belarus-regions.topo.json
// (written by `npm run geo:extract`, see content/geo/README.md) drawn with
// d3-geo in a conic equal-area projection fitted to Belarus. Plain TypeScript,
// no Astro and no canvas: the registry, the pages and the tests read it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoArea, geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const TOPOJSON_FILE = 'content/geo/belarus-regions.topo.json';
export const PROVENANCE_FILE = 'content/geo/PROVENANCE.json';

/** The city drawn enlarged beside the map: the smallest shape. */
export const INSET_REGION = 'minsk-city';

export type RegionFeature = Feature<Polygon | MultiPolygon, { iso: string }> & { id: string };

export interface Geography {
  features: RegionFeature[];
  /** Region id → ids of the regions sharing a border with it. */
  neighbours: Map<string, string[]>;
}

let cached: { root: string; geo: Geography } | undefined;

/** The seven regions from the committed TopoJSON (read from the project root, `root`). */
export function loadGeography(root = process.cwd()): Geography {
  if (cached?.root === root) return cached.geo;
  const file = path.join(root, TOPOJSON_FILE);
  let topo: Topology<{ regions: GeometryCollection<{ iso: string }> }>;
  try {
    topo = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${TOPOJSON_FILE}: expected the regions' TopoJSON (npm run geo:extract writes it), could not read it: ${(e as Error).message}`);
  }
  const regions = topo.objects?.regions;
  if (!regions || regions.type !== 'GeometryCollection') throw new Error(`${TOPOJSON_FILE}: expected objects.regions, a GeometryCollection`);
  const fc = feature(topo, regions);
  const features = fc.features.map((f, i) => {
    if (typeof f.id !== 'string') throw new Error(`${TOPOJSON_FILE}: objects.regions.geometries[${i}] has no string id`);
    return f as RegionFeature;
  });
  const adj = neighbors(regions.geometries);
  const neighbours = new Map(features.map((f, i) => [f.id, adj[i]!.map((j) => features[j]!.id)]));
  const geo = { features, neighbours };
  cached = { root, geo };
  return geo;
}

/** A conic equal-area projection for Belarus (standard parallels 52° and 55° N), fitted to `width` × `height` with `pad`. */
export function fitProjection(features: RegionFeature[], box: { x: number; y: number; width: number; height: number }): GeoProjection {
  return geoConicEqualArea()
    .parallels([52, 55])
    .rotate([-28, 0])
    .fitExtent([[box.x, box.y], [box.x + box.width, box.y + box.height]], { type: 'FeatureCollection', features });
}

/** SVG path data of a feature: points on a half-unit grid, written as relative moves (a third smaller in gzip than absolute coordinates). */
export function pathData(projection: GeoProjection, f: RegionFeature): string {
  return compactPath(geoPath(projection).digits(2)(f) ?? '', 2);
}

const num = (n: number) => String(n).replace(/^(-?)0\./, '$1.');

/**
 * Rewrites d3's absolute `M x,y L x,y … Z` path data as `M x,y l dx,dy … z`
 * with every point first rounded to 1/`grid` unit. Rounding the absolute
 * points (not the steps) keeps shared borders identical in both regions and
 * lets no error build up along a ring.
 */
export function compactPath(d: string, grid: number): string {
  return d.replace(/M[^M]+/g, (ring) => {
    const closed = ring.endsWith('Z');
    const pts = ring.replace(/Z$/, '').slice(1).split('L').map((p) => p.split(',').map((n) => Math.round(Number(n) * grid)) as [number, number]);
    const steps: string[] = [];
    for (let i = 1; i < pts.length; i++) {
      const dx = (pts[i]![0] - pts[i - 1]![0]) / grid;
      const dy = (pts[i]![1] - pts[i - 1]![1]) / grid;
      steps.push(`${num(dx)}${dy < 0 ? '' : ','}${num(dy)}`);
    }
    const start = `M${num(pts[0]![0] / grid)},${num(pts[0]![1] / grid)}`;
    return `${start}${steps.length ? `l${steps.join(' ').replace(/ -/g, '-')}` : ''}${closed ? 'z' : ''}`;
  });
}

/** Projected bounds [[x0, y0], [x1, y1]]. */
export function projectedBounds(projection: GeoProjection, f: RegionFeature): [[number, number], [number, number]] {
  return geoPath(projection).bounds(f);
}

export function projectedArea(projection: GeoProjection, f: RegionFeature): number {
  return geoPath(projection).area(f);
}

/** Area on the sphere, in steradians (the whole sphere is 4π). */
export const sphericalArea = (f: RegionFeature) => geoArea(f);

export const containsPoint = (f: RegionFeature, lonLat: [number, number]) => geoContains(f, lonLat);
