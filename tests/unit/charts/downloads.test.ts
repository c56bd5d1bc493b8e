/**
 * The CSV and JSON downloads parse and say what the table says, value by
 * value, with status and stage; a gap is an empty cell (CSV) or null (JSON)
 * with the status not-found, never a zero.
 */
import { describe, expect, it } from 'vitest';
import { QUALIFIER_TEXT } from '../../../src/data/figures/resolve.ts';
import { CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { CSV_COLUMNS, sourceLinkParts, toCsv, toInteractiveData, toJsonData } from '../../../src/charts/downloads.ts';
import { formatPoints, GAP_TEXT } from '../../../src/lib/format.ts';
import { chartFileNames, INTERACTIVE_FILE } from '../../../src/charts/files.ts';
import { load, parseCsv } from './helpers.ts';

const { spec, sources } = load();

describe.each(CHART_IDS.map((id) => [id]))('%s', (id) => {
  const s = spec(id);
  const cells = s.table.rows.flatMap((row) => row.cells.map((cell, i) => ({ row, column: s.table.columns[i]!, cell })));

  it('CSV: a header, then one row per table cell, matching it', () => {
    const [header, ...rows] = parseCsv(toCsv(s));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(cells.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);
    rows.forEach((r, i) => {
      const { row, column, cell } = cells[i]!;
      expect(r.length).toBe(CSV_COLUMNS.length);
      expect(r[col('chart')]).toBe(id);
      expect(r[col('category_id')]).toBe(row.id);
      expect(r[col('category')]).toBe(row.label);
      expect(r[col('series_id')]).toBe(column.id);
      expect(r[col('status')]).toBe(cell.status);
      expect(r[col('stage')]).toBe(cell.stage ?? '');
      expect(r[col('sources')]).toBe(cell.sources.join(' '));
      if (cell.value === null) {
        expect(r[col('value')]).toBe('');
        expect(r[col('status')]).toBe('not-found');
      } else {
        // The published string: its decimals and the table's text agree (after a source's qualifier, "about 61.7%").
        const shown = cell.text.replace(new RegExp(`^(${Object.values(QUALIFIER_TEXT).join('|')}) `), '');
        expect(s.unit === 'percentage points' ? formatPoints(r[col('value')]!) : `${r[col('value')]}%`).toBe(shown);
        expect(r[col('unit')]).toBe(s.unit);
        expect(Number(r[col('value')])).toBe(cell.value);
      }
    });
  });

  it('JSON: the same values, null with status for a gap, and the full sources', () => {
    const json = JSON.parse(JSON.stringify(toJsonData(s, sources, 'https://example.org/charts/x/')));
    expect(json.id).toBe(id);
    expect(json.values.length).toBe(cells.length);
    json.values.forEach((v: Record<string, unknown>, i: number) => {
      const { row, column, cell } = cells[i]!;
      expect(v).toMatchObject({ category: row.id, series: column.id, status: cell.status, stage: cell.stage ?? null });
      if (cell.value === null) expect(v).toMatchObject({ value: null, published: null, display: GAP_TEXT, status: 'not-found' });
      else expect(v).toMatchObject({ value: cell.value, display: cell.text });
    });
    expect(json.sources.map((x: { key: string }) => x.key)).toEqual(s.sources);
    for (const src of json.sources) expect(src.title).toMatch(/\S/);
  });

  it('interactive data: both layouts and a text for every point (a map has none: it is never redrawn)', () => {
    if (s.type === 'map') {
      expect(chartFileNames(s)).not.toContain(INTERACTIVE_FILE);
      return;
    }
    const data = toInteractiveData(s);
    expect(Object.keys(data.layouts).sort()).toEqual(['narrow', 'wide']);
    expect(data.points).toEqual(s.pointTexts);
    expect(data.present.flat().filter((x) => !x).length).toBe(cells.filter((c) => c.cell.value === null).length);
  });
});

describe('gaps in the downloads', () => {
  it('early voting by region: day 2 is empty with not-found in every region', () => {
    const [header, ...rows] = parseCsv(toCsv(spec('early-voting-by-region-2025')));
    const day2 = rows.filter((r) => r[header!.indexOf('category_id')] === 'early-2');
    expect(day2.length).toBe(7);
    for (const r of day2) {
      expect(r[header!.indexOf('value')]).toBe('');
      expect(r[header!.indexOf('status')]).toBe('not-found');
      expect(r[header!.indexOf('note')]).toMatch(/not? .*found|was found/i);
    }
  });
});

describe('the source line', () => {
  it('tells apart two sources of one publisher by title', () => {
    const parts = sourceLinkParts(spec('turnout-history'), sources);
    const texts = parts.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(parts.every((p) => p.url === undefined || /^https?:\/\//.test(p.url))).toBe(true);
  });
});
