// Every chart id, in the built files (no browser): what differs by id. The
// gallery lists each chart; the manifest lists every image with the text it
// drew (the chart's own values); each chart page's table has one row per
// category and a cell per value, and its frame is not focusable without
// JavaScript; each embed is noindex, canonical to its chart page, without the
// site's navigation, with its title, a credit link and source links that
// open a new tab. Driven by CHART_IDS, so a new chart id is covered here
// without a new test. Behaviour in a browser (per kind): tests/e2e/browser/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { findAll, parseHtml, readText, textContent, type HtmlElement } from '../../../tools/dist-files.ts';
import { builtAddress } from '../../../tools/links.ts';
import { CHART_IDS, type BuiltChartJson } from '../harness/chart-helpers.ts';
import { isMapChartId } from '../../../src/schemas/chart-ids.ts';

const dist = requireDist();
const address = builtAddress(dist);
const json = <T>(file: string): T => JSON.parse(readText(dist, file)) as T;
const html = (file: string) => parseHtml(readText(dist, file));
const hasClass = (cls: string) => (e: HtmlElement) => (e.attrs.class ?? '').split(/\s+/).includes(cls);

test('the gallery shows every chart, in the order of the id list', () => {
  const gallery = readText(dist, 'charts/index.html');
  const order = CHART_IDS.map((id) => gallery.indexOf(`/charts/${id}/`));
  expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('the manifest lists every image, in a file of its format, with the text it drew: the chart’s own values', () => {
  const manifest = json<{ charts: { id: string; images: { path: string; format: string; role: string; texts: string[] }[] }[] }>('charts/manifest.json');
  expect(manifest.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
  for (const chart of manifest.charts) {
    const data = json<BuiltChartJson>(`charts/${chart.id}/${chart.id}.json`);
    const values = data.values.filter((v) => v.value !== null).map((v) => v.display);
    for (const image of chart.images) {
      const file = path.join(dist, image.path.slice(address.base.length));
      expect(existsSync(file), image.path).toBe(true);
      expect(path.extname(file), image.path).toBe(image.format === 'svg' ? '.svg' : '.png');
      const head = readFileSync(file).subarray(0, 8);
      if (image.format === 'png') expect(head.toString('latin1', 1, 4), image.path).toBe('PNG');
      else expect(readFileSync(file, 'utf8'), image.path).toMatch(/<svg[\s>]/);
      // What the image says, read from the manifest: values of this chart only (ticks aside).
      const drawn = image.texts.join('\n').match(/\d+(?:\.\d+)?%/g) ?? [];
      // A value the source qualifies ("about 61.7%") is drawn with its qualifier before the number.
      for (const t of drawn) expect(values.some((v) => v === t || v.endsWith(` ${t}`)) || /^\d+%$/.test(t), `${image.path} drew ${t}`).toBe(true);
      if (image.role === 'display' && data.series.length === 1) for (const v of values) expect(image.texts, `${image.path} lacks ${v}`).toContain(v);
    }
  }
});

describe.each(CHART_IDS.map((id) => [id]))('%s', (id) => {
  const data = json<BuiltChartJson>(`charts/${id}/${id}.json`);

  test('the chart page’s table has one row per category, with a cell per value; the frame is not focusable without JavaScript', () => {
    const page = html(`charts/${id}/index.html`);
    const tables = findAll(page, (e) => e.tag === 'table' && e.attrs['data-chart-table'] === id);
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const tbody = findAll(table, (e) => e.tag === 'tbody')[0]!;
    const thead = findAll(table, (e) => e.tag === 'thead')[0]!;
    const cells = findAll(tbody, (e) => e.tag === 'td');
    expect({
      rows: findAll(tbody, (e) => e.tag === 'tr').length,
      rowHeaders: findAll(tbody, (e) => e.tag === 'th' && e.attrs.scope === 'row').length,
      columnHeaders: findAll(thead, (e) => e.tag === 'th' && e.attrs.scope === 'col').length,
      cells: cells.length,
      gaps: cells.filter((td) => textContent(td) === 'no official figure found').length,
    }).toEqual({
      rows: data.categories.length,
      rowHeaders: data.categories.length,
      columnHeaders: data.series.length + 1,
      cells: data.values.length,
      gaps: data.values.filter((v) => v.value === null).length,
    });
    // Without JavaScript nothing may be focusable that does nothing: the script adds tabindex.
    // A map has no interactive frame: its regions are links (browser/maps.test.ts).
    const frames = findAll(page, (e) => e.attrs['data-chart-frame'] !== undefined);
    expect(frames).toHaveLength(isMapChartId(id) ? 0 : 1);
    for (const f of frames) expect(f.attrs.tabindex).toBeUndefined();
  });

  test('the embed is noindex, canonical to its chart page, without the site’s navigation, credits the site, opens links in a new tab and has its table', () => {
    const page = html(`embed/${id}/index.html`);
    const chartUrl = `${address.site.replace(/\/$/, '')}${address.base}charts/${id}/`;
    expect(findAll(page, (e) => e.tag === 'meta' && e.attrs.name === 'robots')[0]?.attrs.content).toBe('noindex');
    expect(findAll(page, (e) => e.tag === 'link' && e.attrs.rel === 'canonical')[0]?.attrs.href).toBe(chartUrl);
    expect(findAll(page, (e) => ['nav', 'header', 'footer'].includes(e.tag) || hasClass('site-header')(e))).toHaveLength(0);
    const details = findAll(page, (e) => e.tag === 'details' && hasClass('chart-figure__data')(e));
    expect(details).toHaveLength(1);
    expect(details[0]!.attrs.open).toBeUndefined();
    expect(findAll(page, hasClass('chart-figure__title')).map((e) => textContent(e).trim())).toEqual([data.title]);
    const credit = findAll(page, (e) => e.tag === 'a' && findAll(page, hasClass('embed__credit')).some((c) => findAll(c, (x) => x === e).length > 0));
    expect(credit.map((a) => ({ href: a.attrs.href, target: a.attrs.target, rel: a.attrs.rel }))).toEqual([{ href: chartUrl, target: '_blank', rel: 'noopener' }]);
    const sourceLinks = findAll(page, hasClass('chart-figure__source')).flatMap((s) => findAll(s, (e) => e.tag === 'a'));
    expect(sourceLinks.length).toBeGreaterThan(0);
    expect(sourceLinks.map((a) => a.attrs.target)).toEqual(sourceLinks.map(() => '_blank'));
    // Readable without JavaScript: the table is there, one row per category.
    const table = findAll(page, (e) => e.tag === 'table' && e.attrs['data-chart-table'] === id);
    expect(table).toHaveLength(1);
    expect(findAll(findAll(table[0]!, (e) => e.tag === 'tbody')[0]!, (e) => e.tag === 'tr')).toHaveLength(data.categories.length);
  });
});
