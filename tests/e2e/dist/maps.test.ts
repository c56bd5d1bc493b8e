// The maps in the built files (no browser): what the HTML says. On every map
// chart page each region is a link to its region page named with its short
// name and its value (the chart's own figure), one per region, and the map
// credits Natural Earth; each region page's locator map highlights that
// region and links every other one, with its neighbours listed; /about/
// credits Natural Earth. Whether a browser paints, names and focuses them:
// tests/e2e/browser/maps.test.ts and the sweep.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { findAll, parseHtml, readText, textContent, type HtmlElement } from '../../../tools/dist-files.ts';
import { builtAddress } from '../../../tools/links.ts';
import { MAP_CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import type { BuiltChartJson } from '../harness/chart-helpers.ts';

const dist = requireDist();
const { base } = builtAddress(dist);
const REGIONS = JSON.parse(readFileSync('content/data/regions.json', 'utf8')) as { id: string; shortName: string }[];
const SHORT = Object.fromEntries(REGIONS.map((r) => [r.id, r.shortName]));
const html = (file: string) => parseHtml(readText(dist, file));
const classes = (e: HtmlElement) => (e.attrs.class ?? '').split(/\s+/);
const maps = (root: HtmlElement) => findAll(root, (e) => e.tag === 'svg' && e.attrs['data-map'] !== undefined);
const regionPage = (id: string) => `${base}results/2025/regions/${id}/`;

describe.each(MAP_CHART_IDS.map((id) => [id]))('%s', (id) => {
  test('each region is one link to its region page, named with its short name and value; the map credits Natural Earth', () => {
    const data = JSON.parse(readText(dist, `charts/${id}/${id}.json`)) as BuiltChartJson;
    const page = html(`charts/${id}/index.html`);
    const svgs = maps(page);
    expect(svgs).toHaveLength(1);
    const links = findAll(svgs[0]!, (e) => e.tag === 'a');
    expect(links.map((a) => a.attrs['data-region']).sort()).toEqual(data.categories.map((c) => c.id).sort());
    for (const category of data.categories) {
      const value = data.values.find((v) => v.category === category.id)!;
      const link = links.filter((a) => a.attrs['data-region'] === category.id);
      expect(link.map((a) => [a.attrs['aria-label'], a.attrs.href]), category.id).toEqual([[`${SHORT[category.id]} ${value.display}`, regionPage(category.id)]]);
    }
    expect(textContent(svgs[0]!)).toContain('Map: Natural Earth');
  });
});

describe.each(REGIONS.map((r) => [r.id]))('the region page of %s', (id) => {
  test('a locator map: the region highlighted, every other region and each neighbour a link', () => {
    const page = html(`results/2025/regions/${id}/index.html`);
    const locator = findAll(page, (e) => e.attrs['data-map-locator'] !== undefined);
    expect(locator).toHaveLength(1);
    const svgs = maps(locator[0]!);
    expect(svgs).toHaveLength(1);
    const map = svgs[0]!;
    // Minsk city is drawn twice: in place and in its inset.
    expect(findAll(map, (e) => classes(e).includes('m-hl'))).toHaveLength(id === 'minsk-city' ? 2 : 1);
    const hrefs = findAll(map, (e) => e.tag === 'a').map((a) => a.attrs.href);
    expect(hrefs.sort()).toEqual(REGIONS.filter((r) => r.id !== id).map((r) => regionPage(r.id)).sort());
    const neighbours = findAll(locator[0]!, (e) => classes(e).includes('locator__neighbours')).flatMap((n) => findAll(n, (e) => e.tag === 'a'));
    expect(neighbours.length).toBeGreaterThan(0);
    for (const a of neighbours) expect(a.attrs.href).toMatch(new RegExp(`^${base}results/2025/regions/[a-z-]+/$`));
    expect(textContent(map)).toContain('Map: Natural Earth');
  });
});

test('/about/ credits Natural Earth', () => {
  expect(readText(dist, 'about/index.html')).toContain('Map: Natural Earth');
});
