/**
 * Chart.js configs are data: they survive JSON, name their colours by theme
 * token and their formats by name, keep gaps as null without bridging them,
 * label values directly, and are pinned by snapshots (a change to how any
 * chart looks shows up in review as a snapshot diff).
 */
import { describe, expect, it } from 'vitest';
import { CANVAS_CHART_IDS as CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { applyTheme } from '../../../src/charts/render/apply-theme.ts';
import { chartSize, toBarConfig, toLineConfig, type Presentation } from '../../../src/charts/configs.ts';
import { GAP_TEXT } from '../../../src/lib/format.ts';
import type { Derivation } from '../../../src/data/figures/series.ts';
import type { ResolvedFigure } from '../../../src/data/figures/resolve.ts';
import type { CanvasChartSpec } from '../../../src/charts/contract.ts';
import { load } from './helpers.ts';

const { spec } = load();

/** Every [path, value] in a JSON value. */
function walk(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => walk(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe.each(CHART_IDS.flatMap((id) => (['wide', 'narrow'] as const).map((layout) => [id, layout] as const)))('%s, %s', (id, layout) => {
  const s = spec(id) as CanvasChartSpec;
  const config = s.layouts[layout].config;

  it('matches its snapshot', () => {
    expect(config).toMatchSnapshot();
  });

  it('is plain JSON: the same after a round trip, no functions', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(walk(config).filter(([, v]) => typeof v === 'function')).toEqual([]);
  });

  it('names colours by theme token, never by value', () => {
    const colours = walk(config).filter(([p]) => /(^|\.)(color|[a-zA-Z]*Color)(\[\d+\])?$/.test(p));
    expect(colours.length).toBeGreaterThan(0);
    for (const [p, v] of colours) expect(String(v), p).toMatch(/^(palette:\d+|theme:(text|muted-text|grid|background))$/);
  });

  it('formats the value axis by name', () => {
    const formats = walk(config).filter(([p]) => p.endsWith('ticks.format'));
    expect(formats.map(([, v]) => v)).toEqual(['percent']);
  });

  it('keeps gaps as null and never bridges them', () => {
    const nulls = s.derivation.series.flatMap((x) => x.points.filter((p) => p.value === null)).length;
    const inConfig = config.data.datasets.flatMap((d) => d.data as unknown[]).filter((v) => v === null).length;
    expect(inConfig).toBe(nulls);
    if (config.type === 'line') {
      expect(config.options?.spanGaps).toBe(false);
      for (const d of config.data.datasets) expect((d as { spanGaps?: unknown }).spanGaps).toBe(false);
    }
    expect(walk(config).filter(([p, v]) => p.endsWith('spanGaps') && v !== false)).toEqual([]);
  });

  it('labels values on the chart, not by colour alone', () => {
    const datasets = config.data.datasets as { data: (number | null)[]; directLabels?: (string | null)[]; endLabel?: string }[];
    const dl = config.options?.plugins?.directLabels;
    expect(dl?.gapText).toBe(GAP_TEXT);
    if (dl?.mode === 'end') {
      for (const d of datasets) expect(d.endLabel).toMatch(/\S/);
    } else if (dl?.mode) {
      for (const d of datasets) {
        d.data.forEach((v, i) => (v === null ? expect(d.directLabels?.[i]).toBeNull() : expect(d.directLabels?.[i]).toMatch(/%/)));
      }
    } else {
      // No room for labels beside the lines: a legend with a marker shape per series names them.
      expect(config.options?.plugins?.legend?.display).toBe(true);
      expect(new Set(datasets.map((d) => (d as { pointStyle?: string }).pointStyle)).size).toBe(datasets.length);
    }
  });

  it('themes to plain colours in light and dark', () => {
    for (const theme of ['light', 'dark'] as const) {
      const themed = applyTheme(config, theme);
      expect(JSON.stringify(themed)).not.toMatch(/"(palette|theme):/);
    }
  });
});

describe('the builders', () => {
  const figure = (value: number | null): ResolvedFigure => ({
    key: 'x', kind: 'percent', status: value === null ? 'not-found' : 'published', value,
    display: value === null ? GAP_TEXT : `${value}%`, sources: [], stage: 'final', date: '2025-01-01',
  });
  const d: Derivation = {
    categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
    series: [{ id: 's', label: 'S', points: [10, null, 30].map((v, i) => ({ category: 'abc'[i]!, value: v, figure: figure(v) })) }],
    sources: [], stages: ['final'], date: '2025-01-01',
  };
  const p: Presentation = {
    layout: 'wide',
    valueAxis: { title: '%', max: 100, step: 20, format: 'percent' },
    categoryLabels: ['A', 'B', 'C'],
    series: [{ colour: 'palette:0' }],
    valueLabels: [['10%', null, '30%']],
    legend: false,
    gapText: GAP_TEXT,
  };

  it('a line config marks a category no series has as a gap, and keeps the null', () => {
    const c = toLineConfig(d, p);
    expect(c.data.datasets[0]!.data).toEqual([10, null, 30]);
    expect(c.options?.plugins?.directLabels?.gapCategories).toEqual([1]);
  });

  it('refuses presentation that does not fit the data', () => {
    expect(() => toBarConfig(d, { ...p, categoryLabels: ['A'] })).toThrow(/categoryLabels: expected 3/);
    expect(() => toBarConfig(d, { ...p, valueLabels: [['x']] })).toThrow(/valueLabels/);
  });

  it('sizes bars by rows and keeps the layout width', () => {
    expect(chartSize('bar', 'wide', 6, 1, false)).toEqual({ width: 640, height: 264 });
    expect(chartSize('bar', 'narrow', 6, 1, false).width).toBe(360);
    expect(chartSize('bar', 'wide', 6, 2, true).height).toBeGreaterThan(chartSize('bar', 'wide', 6, 1, false).height);
  });
});
