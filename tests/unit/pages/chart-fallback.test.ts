// The chart stand-ins: every chart has a title, a table and a summary written from its data.
import { describe, expect, it } from 'vitest';
import { realData } from './fixtures.ts';
import { chartFallback, listJoin } from '../../../src/components/pages/chart-fallback.ts';
import { CHART_IDS } from '../../../src/charts/ids.ts';
import { GAP_TEXT } from '../../../src/lib/format.ts';

const { ds, index } = realData();

describe('chartFallback', () => {
  it.each(CHART_IDS)('%s has a title, a table and a summary that states only values from its data', (id) => {
    const c = chartFallback(id, ds, index);
    expect(c.title.length).toBeGreaterThan(10);
    expect(c.derivation.categories.length).toBeGreaterThan(1);
    expect(c.summary.length).toBeGreaterThan(20);
    const displays = new Set(c.derivation.series.flatMap((s) => s.points.map((p) => p.figure.display)));
    // Every percentage in the summary is one of the chart's own values.
    for (const m of c.summary.matchAll(/\d+(?:\.\d+)?%/g)) expect(displays, `${m[0]} in: ${c.summary}`).toContain(m[0]);
  });

  it('summarises the vote shares with the winner first and against all in lower case', () => {
    const s = chartFallback('vote-share-2025', ds, index).summary;
    expect(s.startsWith('Lukashenka received 86.82% of the voters who took part')).toBe(true);
    expect(s).toContain('“against all” 3.60%');
  });

  it('names the turnout range by region', () => {
    expect(chartFallback('turnout-by-region-2025', ds, index).summary).toBe('At 20:00 the CEC put turnout at 85.69% nationally, from 69.72% in Minsk city to 92.64% in Mogilev.');
  });

  it('says the regional day-2 figures were not found rather than drawing zero', () => {
    const c = chartFallback('early-voting-by-region-2025', ds, index);
    expect(c.summary).toContain(`Early voting, day 2, ${GAP_TEXT} for any region`);
    const day2 = c.derivation.series.map((s) => s.points.find((p) => p.category === 'early-2')!);
    expect(day2.every((p) => p.value === null)).toBe(true);
  });

  it('counts the votes where against all beat the runner-up', () => {
    expect(chartFallback('against-all-vs-runner-up', ds, index).summary).toMatch(/^“Against all” polled more than the strongest other candidate in 3 of the 6 votes with both figures \(2010, 2015 and 2025\)\./);
  });

  it('joins lists the English way', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listJoin)).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
