/**
 * The locale-aware module, asked for English, writes exactly what the
 * hand-written house formatters wrote (kept as the oracle in house-formats.ts;
 * src/lib/format.ts now delegates to the module) and the list joiner of the page words
 * write: every figure and every date in the real dataset, through both.
 * So the callers can move to src/i18n/format.ts without one English
 * character of the site changing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as house from './house-formats.ts';
import { listJoin } from '../../../src/lib/words.ts';
import * as i18n from '../../../src/i18n/format.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { REPO_ROOT } from '../../fixtures/invalid/work-tree.ts';

const loaded = loadDataset(REPO_ROOT);
if (!loaded.ok) throw new Error('the real dataset must be valid for this test');
const { dataset: ds, index } = loaded;

/** Every value-bearing figure, by kind. */
const counts: number[] = [];
const percents: string[] = [];
const points: string[] = [];
for (const f of index.values()) {
  const values: unknown[] = [];
  if ('value' in f.figure) values.push(f.figure.value);
  if ('alternatives' in f.figure) for (const a of f.figure.alternatives ?? []) values.push(a.value);
  for (const v of values) {
    if (f.kind === 'count' && typeof v === 'number') counts.push(v);
    else if (f.kind === 'percent' && typeof v === 'string') percents.push(v);
    else if (f.kind === 'points' && typeof v === 'string') points.push(v);
  }
}

/** Every date string anywhere in content/data: full, partial, ranged, undated. */
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}-\d{2}-\d{2})?|undated)$/;
const dates = new Set<string>();
const ranges: [string, string][] = [];
function walk(v: unknown, key: string): void {
  if (Array.isArray(v)) v.forEach((x) => walk(x, key));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'string' && typeof o.end === 'string') ranges.push([o.start, o.end]);
    for (const [k, x] of Object.entries(o)) walk(x, k);
  } else if (typeof v === 'string' && /date|start|end|asOf|finalDate/i.test(key) && DATE.test(v)) dates.add(v);
}
const dataDir = join(REPO_ROOT, 'content/data');
for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dataDir, file), 'utf8')), '');

describe('English through Intl equals the house formatters', () => {
  it('finds the dataset’s figures and dates to compare', () => {
    expect(counts.length).toBeGreaterThan(100);
    expect(percents.length).toBeGreaterThan(100);
    expect(points.length).toBeGreaterThan(0);
    expect([...dates].some((d) => d.includes('/'))).toBe(true);
    expect([...dates].some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.has('undated')).toBe(true);
    expect(ranges.length).toBeGreaterThan(0);
  });

  it('counts, every one in the dataset, and their negatives', () => {
    for (const n of counts) {
      expect(i18n.formatCount('en', n)).toBe(house.formatCount(n));
      expect(i18n.formatCount('en', -n)).toBe(house.formatCount(-n));
    }
  });

  it('percentages as published strings, every one in the dataset', () => {
    for (const p of percents) expect(i18n.formatPercent('en', p)).toBe(house.formatPercent(p));
  });

  it('percentages from numbers, at the decimals asked for', () => {
    for (const p of percents) {
      for (const d of [0, 1, 2, 3]) expect(i18n.formatPercent('en', Number(p), d)).toBe(house.formatPercent(Number(p), d));
      expect(i18n.formatPercent('en', Number(p))).toBe(house.formatPercent(Number(p)));
    }
  });

  it('signed differences and percentage points: the figures, each percentage difference, and zero', () => {
    const diffs = [...points, '0.00', '-0.00', '+0.0'];
    for (let i = 1; i < percents.length; i++) diffs.push((Number(percents[i]) - Number(percents[i - 1])).toFixed(2));
    for (const v of diffs) {
      expect(i18n.signed('en', v)).toBe(house.signed(v));
      expect(i18n.formatPoints('en', v)).toBe(house.formatPoints(v));
    }
  });

  it('dates, every one in the dataset (full, partial, ranged, undated)', () => {
    for (const d of dates) expect(i18n.formatDate('en', d)).toBe(house.formatDate(d));
  });

  it('date ranges, every start/end pair in the dataset and every pair of its full dates', () => {
    for (const [a, b] of ranges) expect(i18n.formatDateRange('en', a, b)).toBe(house.formatDateRange(a, b));
    const full = [...dates].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    for (let i = 0; i < full.length; i++) {
      for (let j = i; j < full.length; j++) expect(i18n.formatDateRange('en', full[i]!, full[j]!)).toBe(house.formatDateRange(full[i]!, full[j]));
      expect(i18n.formatDateRange('en', full[i]!, undefined)).toBe(house.formatDateRange(full[i]!, undefined));
    }
  });

  it('short dates for chart axes, every full date in the dataset', () => {
    for (const d of dates) if (/^\d{4}-\d{2}-\d{2}$/.test(d)) expect(i18n.formatShortDate('en', d)).toBe(house.formatShortDate(d));
  });

  it('lists: the candidates’ names, every length from none to all', () => {
    const names = ds.candidates.map((c) => c.name);
    for (let n = 0; n <= names.length; n++) expect(i18n.formatList('en', names.slice(0, n))).toBe(listJoin(names.slice(0, n)));
  });
});
