/**
 * lukashenka-2020-official-vs-estimates: the CEC’s 2020 share beside three
 * independent estimates. Exactly four bars, each saying what it is a share of
 * and who produced it; the official bar solid, the estimates outlined and
 * called estimates in words; a note that these are different measures. And
 * the rule behind it, with its failing fixtures: an official chart draws no
 * estimate, and no chart sets a 2025 official figure beside one.
 */
import { describe, expect, it } from 'vitest';
import { allChartFigureProblems, buildChartSpec } from '../../../src/charts/registry.ts';
import { chartFigureProblems } from '../../../src/charts/assemble.ts';
import { ChartFigureError, type CanvasChartSpec } from '../../../src/charts/contract.ts';
import { computeVoteShares } from '../../../src/data/figures/series.ts';
import { resolveFigure } from '../../../src/data/figures/resolve.ts';
import { renderChart } from '../../../src/charts/render/static.ts';
import type { IndexedFigure } from '../../../src/data/figures/figure-index.ts';
import { themes } from '../../../src/charts/theme.ts';
import { load } from './helpers.ts';

const ID = 'lukashenka-2020-official-vs-estimates';
const { ds, index, spec } = load();
const s = spec(ID) as CanvasChartSpec;
const display = (key: string) => resolveFigure(index, key).display;

describe(`${ID}: the spec`, () => {
  it('has exactly four bars: the CEC’s national share, the platforms’ protocols, the 2021 joint study and Chatham House’s poll, in that order', () => {
    expect(s.type).toBe('bar');
    expect(s.derivation.series).toHaveLength(1);
    expect(s.table.rows.map((r) => [r.id, r.cells[0]!.figureKey, r.cells[0]!.text, r.cells[0]!.status])).toEqual([
      ['cec', '2020.winner.share', '80.10%', 'published'],
      ['protocols', 'evidence.golos-protocols-2020.lukashenka-share', 'about 61.7%', 'estimate'],
      ['joint-study', 'evidence.joint-study-2021.lukashenka-share', '34%', 'estimate'],
      ['chatham-house', 'evidence.chatham-house-2020.lukashenka-share', '20.6%', 'estimate'],
    ]);
  });

  it('labels every bar with what it is a share of, and says official or estimate in words, in the table and on both drawings', () => {
    const rows = s.table.rows.map((r) => r.label);
    expect(rows[0]).toBe('CEC official result (official): of all voters who took part');
    expect(rows[1]).toBe(`Protocols the platforms obtained (estimate, not official): of voters at those ${display('evidence.golos-protocols-2020.stations')} stations only`);
    expect(rows[2]).toBe(`Joint study of 2021 (a model) (estimate, not official): of votes at an assumed ${display('evidence.joint-study-2021.assumed-turnout')} turnout`);
    expect(rows[3]).toBe('Chatham House poll, September 2020 (estimate, not official): of urban respondents saying how they voted');
    for (const layout of ['wide', 'narrow'] as const) {
      const labels = s.layouts[layout].config.data.labels as string[][];
      expect(labels).toHaveLength(4);
      expect(labels[0]!.join(' ')).toMatch(/official/i);
      expect(labels[0]!.join(' ')).not.toMatch(/estimate/i);
      for (const l of labels.slice(1)) expect(l.join(' ')).toMatch(/estimate, not official/i);
      // Who produced each estimate, in the words of the fixed list.
      expect(labels.slice(1).map((l) => l.find((x) => /aligned|research/.test(x)))).toEqual(
        layout === 'wide'
          ? ['Estimate, not official · opposition-aligned', 'Estimate, not official · opposition-aligned', 'Estimate, not official · independent research']
          : ['opposition-aligned', 'opposition-aligned', 'independent research'],
      );
    }
  });

  it('tells official from estimate by shape as well as colour: the official bar solid, each estimate an outline on the background', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const dataset = s.layouts[layout].config.data.datasets[0] as unknown as Record<string, unknown>;
      expect(dataset['backgroundColor']).toEqual(['palette:0', 'theme:background', 'theme:background', 'theme:background']);
      expect(dataset['borderColor']).toEqual(['palette:0', 'palette:1', 'palette:1', 'palette:1']);
      expect(dataset['borderWidth']).toEqual([0, 3, 3, 3]);
      expect(dataset['borderSkipped']).toBe(false);
    }
  });

  it('says in a note that these are different measures, not measurements of one thing, and which bars are estimates', () => {
    expect(s.subtitle).toContain('not one thing measured four times');
    expect(s.notes.some((n) => n.includes('different measures, not measurements of one thing'))).toBe(true);
    expect(s.notes[0]).toBe('Solid bar: the official figure (CEC official result). Outlined bars: independent estimates, not official; each is labelled with who produced it.');
  });

  it('writes its summary from the data, each bar with its kind and its group', () => {
    expect(s.summary).toBe(
      'Four different measures of Lukashenka’s support in 2020, not one thing measured four times. ' +
        `CEC official result, official: ${display('2020.winner.share')} of all voters who took part; ` +
        `Protocols the platforms obtained, estimate, not official: ${display('evidence.golos-protocols-2020.lukashenka-share')} of voters at those ${display('evidence.golos-protocols-2020.stations')} stations only; ` +
        `Joint study of 2021 (a model), estimate, not official: ${display('evidence.joint-study-2021.lukashenka-share')} of votes at an assumed ${display('evidence.joint-study-2021.assumed-turnout')} turnout; ` +
        `Chatham House poll, September 2020, estimate, not official: ${display('evidence.chatham-house-2020.lukashenka-share')} of urban respondents saying how they voted.`,
    );
  });

  it('marks each estimate in the data table’s notes (and so in the CSV and JSON downloads) with its producer and group', () => {
    expect(s.table.rows[1]!.cells[0]!.note).toBe('Estimate, not official (opposition-aligned): about 61.7% of voters at the polling stations whose protocols the platforms obtained.');
    expect(s.table.rows[0]!.cells[0]!.note).toBeUndefined();
  });

  it('credits the CEC result and the independent estimates, not “CEC figures”, on downloads', () => {
    const credit = (s.download.config.options!.plugins!.subtitle as { text: string[] }).text;
    expect(credit[1]).toBe(`The CEC’s official result beside independent estimates from ${s.sources.length} sources, listed on the chart page`);
    expect(s.stageText).toBe('final, 14 August 2020 (CEC result); estimates from 20 August 2020');
  });

  it('draws the outline in the static renderer: each estimate’s bar is a ring of its colour around the background, and the words are written', () => {
    const { data, texts } = renderChart(s.layouts.wide.config, { ...s.layouts.wide.size, theme: 'light', format: 'svg', svgText: 'text' });
    const svg = data as string;
    // Chart.js draws a bordered bar as the border colour filled, then the inside filled over it.
    const fills = (colour: string) => (svg.match(new RegExp(`<path fill="${colour}"`, 'gi')) ?? []).length;
    expect(fills(themes.light.series[1]!)).toBe(3);
    expect(fills(themes.light.series[0]!)).toBe(1);
    // The inside of each outline is the background (#ffffff, which the SVG writer names white).
    expect(themes.light.background).toBe('#ffffff');
    expect(fills('white')).toBe(3);
    expect(texts.filter((t) => /^Estimate, not official/.test(t))).toHaveLength(3);
    expect(texts).toContain('Official figure · state');
  });
});

describe('official charts draw no estimate; no chart sets the 2025 result beside one', () => {
  it('holds for every chart of the registry', () => {
    expect(allChartFigureProblems({ ds, index })).toEqual([]);
  });

  /** The index with one key answered by another key's figure. */
  const swapped = (key: string, by: string): Map<string, IndexedFigure> => new Map([...index, [key, index.get(by)!]]);

  it('refuses an estimate in an official chart (the 2025 vote shares), naming the chart, the bar and the estimate', () => {
    const idx = swapped('2025.final.lukashenka.share', 'evidence.state-exit-poll-2025.lukashenka-share');
    const want = 'vote-share-2025: share at lukashenka: expected an official figure (this chart shows official figures only; an estimate is drawn only by a chart that labels it as one), found the estimate evidence.state-exit-poll-2025.lukashenka-share (state)';
    expect(chartFigureProblems('vote-share-2025', computeVoteShares(ds, idx, 'final'), false)).toEqual([want]);
    expect(() => buildChartSpec('vote-share-2025', { ds, index: idx })).toThrow(ChartFigureError);
    expect(() => buildChartSpec('vote-share-2025', { ds, index: idx })).toThrow(want);
  });

  it('refuses a 2025 official figure beside the estimates', () => {
    const idx = swapped('2020.winner.share', '2025.final.lukashenka.share');
    expect(() => buildChartSpec(ID, { ds, index: idx })).toThrow(
      `${ID}: lukashenka-share at cec: expected no 2025 official figure beside estimates (the 2025 result is never charted with anything else), found 2025.final.lukashenka.share`,
    );
  });
});
