/**
 * What the charts say, on the sample dataset (tests/fixtures/sample/sample.ts):
 * summaries and notes computed from the figures, a tie named as a tie, a gap
 * named as a gap, two series compared region by region, a rounded report
 * never drawn as a count. The same charts on the real figures are in
 * registry.test.ts and the snapshots.
 */
import { describe, expect, it } from 'vitest';
import { sampleData, SAMPLE } from '../../fixtures/sample/sample.ts';
import { buildChartSpec } from '../../../src/charts/registry.ts';
import { CHART_IDS, isMapChartId, MAP_CHART_IDS } from '../../../src/schemas/chart-ids.ts';

const { ds, index } = sampleData();
const spec = (id: string) => buildChartSpec(id, { ds, index });

describe('every chart builds on the sample', () => {
  it('one spec per chart id; a one-series chart’s summary names every value of its table, a longer one its first and last', () => {
    // The 2020 official-vs-estimates chart draws four named findings of the real
    // record (evidence.json); the sample has none, so it is tested on the real
    // data in evidence-chart.test.ts, and here it must refuse to build.
    // Maps draw the seven real regions' Natural Earth shapes, so they refuse the
    // sample's three made-up regions; map.test.ts tests them on the real data.
    const ids = CHART_IDS.filter((id) => id !== 'lukashenka-2020-official-vs-estimates' && !isMapChartId(id));
    for (const id of MAP_CHART_IDS) expect(() => spec(id)).toThrow(/map: no value given for region/);
    expect(() => spec('lukashenka-2020-official-vs-estimates')).toThrow(/evidence\./);
    const specs = ids.map((id) => spec(id));
    for (const s of specs) {
      const rows = s.table.columns.length === 1 || s.type === 'bar' ? s.table.rows : [s.table.rows[0]!, s.table.rows.at(-1)!];
      for (const row of rows) for (const cell of row.cells) expect(s.summary, `${s.id}: ${row.id}`).toContain(cell.text);
    }
  });
});

describe('a tie', () => {
  it('turnout by region names every region that shares the highest figure, and the lowest', () => {
    expect(spec('turnout-by-region-2025').summary).toBe(
      `Belarus 80.00%; by region from ${SAMPLE.tie.lowest.display} in Capital to ${SAMPLE.tie.display} in North and South: North 82.50%, South 82.50%, Capital 70.00%.`,
    );
  });
});

describe('a gap', () => {
  const s = spec('early-voting-by-region-2025');
  it('is written as “no official figure found” in the summary and the table, never as a zero', () => {
    expect(s.summary).toContain('Capital no official figure found to 70.00%');
    const day1 = s.table.rows.find((r) => r.id === SAMPLE.gap.checkpoint)!;
    expect(day1.cells.map((c) => c.text)).toEqual(['11.00%', '9.50%', 'no official figure found']);
    expect(day1.cells[2]!.value).toBeNull();
  });
  it('carries the data’s own note on what is missing', () => {
    expect(s.notes).toContain('Early voting, day 1, 21 January 2025 (Capital): Not reported for this region on the first day.');
  });
});

describe('two series', () => {
  it('2020 against 2025: each region with both years, and a comparison computed from the figures', () => {
    const s = spec(SAMPLE.twoSeries.chart);
    expect(s.table.columns.map((c) => c.id)).toEqual([...SAMPLE.twoSeries.series]);
    expect(s.summary).toBe(
      'North 75.00% in 2020, 82.50% in 2025; South 78.00% in 2020, 82.50% in 2025; Capital 60.00% in 2020, 70.00% in 2025. Turnout was higher in 2025 in North, South and Capital.',
    );
  });
  it('against all and the runner-up: says whether against all was ever ahead, from the figures', () => {
    expect(spec('against-all-vs-runner-up').summary).toMatch(/“Against all” was never ahead of the strongest other candidate\.$/);
  });
});

describe('a reported-rounded figure', () => {
  it('is not a value of any chart: the vote shares use the published shares, and Beta’s share is computed from the exact count', () => {
    const s = spec('vote-share-2025');
    expect(s.summary).toBe('Share of voters who took part (final, 3 February 2025): Alpha 75.00%, Beta 15.00%, against all 6.00%.');
    expect(JSON.stringify(s.table)).not.toContain(SAMPLE.reportedRounded.text);
  });
});

describe('history', () => {
  it('names the highest and lowest turnout from the figures', () => {
    expect(spec('turnout-history').summary).toBe('Official turnout: 2015 90.00%, 2020 85.00%, 2025 80.00%. Highest 90.00% in 2015, lowest 80.00% in 2025.');
  });
  it('cites exactly the sources of the figures drawn', () => {
    expect(spec('turnout-history').sources).toEqual(['sample_history', 'sample_cec']);
    expect(spec('turnout-by-region-2025').sources).toEqual(['sample_turnout']);
  });
});
