/**
 * The chart registry against the real data: every chart builds, its table
 * matches its derivation, its summary states the right figures (taken from
 * the figure index, never typed here), its stage and date read as the house
 * style says, and an unknown id fails with a message that helps.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { buildChartSpec } from '../../../src/charts/registry.ts';
import { UnknownChartError } from '../../../src/charts/contract.ts';
import { resolveFigure } from '../../../src/data/figures/resolve.ts';
import { formatDate, formatStage, GAP_TEXT } from '../../../src/lib/format.ts';
import { load } from './helpers.ts';

const { ds, index, specs, spec } = load();
const display = (key: string) => resolveFigure(index, key).display;

describe('every chart id', () => {
  it('has a spec, in the order of ids.ts', () => {
    expect(specs.map((s) => s.id)).toEqual([...CHART_IDS]);
  });

  describe.each(CHART_IDS.map((id) => [id]))('%s', (id) => {
    const s = spec(id);

    it('has a title, subtitle, type, sources, stage and date', () => {
      expect(s.title).toMatch(/\S/);
      expect(s.subtitle).toMatch(/\S/);
      expect(['bar', 'line', 'map']).toContain(s.type);
      expect(s.sources.length).toBeGreaterThan(0);
      // The chart's sources are those of the figures it draws, each once: no more, no fewer.
      const drawn = new Set(s.derivation.series.flatMap((x) => x.points.flatMap((p) => p.figure.sources)));
      expect(new Set(s.sources)).toEqual(drawn);
      expect(new Set(s.sources).size).toBe(s.sources.length);
      expect(s.stages.length).toBeGreaterThan(0);
      expect(s.stageText).toMatch(/^(final|preliminary|CEC election-night figure|CEC interim figure|computed by us from |\d{4}: )/);
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const key of s.sources) expect(ds.sources.some((x) => x.key === key), key).toBe(true);
    });

    it('has one table row per category and one column per series, cells as the derivation', () => {
      const d = s.derivation;
      expect(s.table.rows.map((r) => r.id)).toEqual(d.categories.map((c) => c.id));
      expect(s.table.columns.map((c) => c.id)).toEqual(d.series.map((x) => x.id));
      s.table.rows.forEach((row) => {
        d.series.forEach((series, i) => {
          const p = series.points.find((x) => x.category === row.id)!;
          const cell = row.cells[i]!;
          expect(cell.value).toBe(p.value);
          expect(cell.text).toBe(p.value === null ? GAP_TEXT : p.figure.display);
          expect(cell.status).toBe(p.figure.status);
        });
      });
    });

    it('says every value in the keyboard texts', () => {
      expect(s.pointTexts.length).toBe(s.derivation.series.length);
      s.derivation.series.forEach((series, si) => {
        series.points.forEach((p, ci) => {
          expect(s.pointTexts[si]![ci]).toContain(p.value === null ? GAP_TEXT : p.figure.display);
        });
      });
    });

    it('has notes, each a sentence without a stray placeholder', () => {
      expect(s.notes.length).toBeGreaterThan(0);
      for (const n of s.notes) {
        expect(n).toMatch(/[.)]$/);
        expect(n).not.toMatch(/\{\{|undefined|NaN|null/);
      }
      expect(s.summary).not.toMatch(/\{\{|undefined|NaN|null/);
    });

    it('gives both layouts a size and a config with the same data', () => {
      if (s.type === 'map') {
        // One drawing that scales: the same viewBox for both (tests/unit/charts/map.test.ts checks the map itself).
        expect(s.layouts.wide.size).toEqual(s.layouts.narrow.size);
        expect(s.layouts.wide.size.height).toBeGreaterThan(150);
        return;
      }
      for (const layout of ['wide', 'narrow'] as const) {
        const { size, config } = s.layouts[layout];
        expect(size.width).toBe(layout === 'wide' ? 640 : 360);
        expect(size.height).toBeGreaterThan(150);
        const data = config.data.datasets.map((x) => x.data);
        expect(data).toEqual(s.derivation.series.map((x) => x.points.map((p) => p.value)));
      }
    });
  });
});

describe('summaries hold the right figures', () => {
  it('vote shares: every candidate and "against all", largest first, as the final results publish them', () => {
    const s = spec('vote-share-2025');
    const rows = ['lukashenka', 'against-all', 'syrankou', 'haidukevich', 'kanapatskaya', 'khizhniak'];
    const parts = rows.map((id) => {
      const name = id === 'against-all' ? 'against all' : ds.candidates.find((c) => c.id === id)!.shortName;
      return `${name} ${display(`2025.final.${id}.share`)}`;
    });
    expect(s.summary).toContain(parts.join(', '));
    // The example the issue gives, literally: the generator must produce it.
    expect(s.summary).toContain('Lukashenka 86.82%, against all 3.60%, Syrankou 3.21%');
  });

  it('single-series charts name every value, with its published decimals', () => {
    for (const id of ['vote-share-2025', 'turnout-by-region-2025', 'early-voting-2025', 'turnout-history', 'winner-share-history']) {
      const s = spec(id);
      for (const p of s.derivation.series[0]!.points) expect(s.summary, `${id}: ${p.category}`).toContain(p.figure.display);
    }
    expect(spec('winner-share-history').summary).toContain(`2006 ${display('2006.winner.share')}`);
    expect(display('2006.winner.share')).toBe('83.0%');
  });

  it('turnout by region: the national figure, then the lowest and highest region', () => {
    const s = spec('turnout-by-region-2025');
    const pts = s.derivation.series[0]!.points.filter((p) => p.category !== 'belarus');
    const min = pts.reduce((a, b) => (b.value! < a.value! ? b : a));
    const max = pts.reduce((a, b) => (b.value! > a.value! ? b : a));
    expect(s.summary.startsWith(`Belarus ${display('2025.turnout.belarus.close')}`)).toBe(true);
    expect(s.summary).toContain(`from ${min.figure.display} in Minsk city to ${max.figure.display} in Mogilev`);
  });

  it('against all vs the runner-up: each vote, and the votes where "against all" was ahead, computed', () => {
    const s = spec('against-all-vs-runner-up');
    const ahead = s.derivation.categories.filter((c) => {
      const a = s.derivation.series[0]!.points.find((p) => p.category === c.id)!.value!;
      const r = s.derivation.series[1]!.points.find((p) => p.category === c.id)!.value!;
      return a > r;
    });
    expect(ahead.map((c) => c.id)).toEqual(['2010', '2015', '2025']);
    expect(s.summary).toContain('ahead of the strongest other candidate in 2010, 2015 and 2025');
    expect(s.summary).toContain(`2025 against all ${display('2025.final.against-all.share')}, Siarhei Syrankou ${display('2025.final.syrankou.share')}`);
  });

  it('2020 against 2025: each region in both years, and where turnout rose or fell', () => {
    const s = spec('turnout-2020-vs-2025-by-region');
    expect(s.summary).toContain(`Brest ${display('2020.regions.brest.turnout-close')} in 2020, ${display('2025.turnout.brest.close')} in 2025`);
    expect(s.summary).toMatch(/lower in Brest\.$/);
  });

  it('a gap is said, never hidden: early voting by region names the day with no figure', () => {
    const s = spec('early-voting-by-region-2025');
    expect(s.gaps?.categories).toEqual(['early-2']);
    expect(s.summary).toContain(`early-voting day 2 (${formatDate('2025-01-22')}): ${GAP_TEXT} for any region`);
    for (const row of s.table.rows.filter((r) => r.id === 'early-2')) {
      for (const cell of row.cells) expect(cell).toMatchObject({ value: null, text: GAP_TEXT, status: 'not-found' });
    }
  });
});

describe('stage and date of the data', () => {
  it('reads as the house style writes it', () => {
    expect(spec('vote-share-2025').stageText).toBe(formatStage('final', ds.results2025.final.announced));
    expect(spec('vote-share-2025').stageText).toBe('final, 3 February 2025');
    expect(spec('turnout-by-region-2025').stageText).toBe('CEC election-night figure, 26 January 2025');
    expect(spec('early-voting-2025').stageText).toBe(formatStage('intermediate', '2025-01-21/2025-01-26'));
    expect(spec('turnout-2020-vs-2025-by-region').stageText).toBe(
      `2020: ${formatStage('intermediate', '2020-08-09', { electionNight: true })}; 2025: ${formatStage('intermediate', '2025-01-26', { electionNight: true })}`,
    );
  });
});

describe('notes', () => {
  it('history: the CEC basis, and the 1994 run-off share the counts do not give, with the sources’ silence on why', () => {
    const s = spec('winner-share-history');
    const e = ds.elections.find((x) => x.id === '1994-r2')!;
    const computed = ((Number(e.winner.votes.status === 'published' && e.winner.votes.value) / Number(e.tookPart.status === 'published' && e.tookPart.value)) * 100).toFixed(3);
    expect(computed).toBe('80.348');
    const note = s.notes.find((n) => n.startsWith('1994 (round 2): the sources publish'));
    expect(note).toContain(`${display('1994-r2.winner.share')}`);
    expect(note).toContain(`${computed}%`);
    expect(note).toMatch(/no source found explains the difference/);
    expect(s.notes.some((n) => /invalid ballots included/.test(n) && /Central Election Commission/.test(n))).toBe(true);
  });

  it('vote shares: which basis, and whether the preliminary shares differed (compared, not assumed)', () => {
    const notes = spec('vote-share-2025').notes.join(' ');
    expect(notes).toMatch(/Shares are of all voters who took part, invalid ballots included/);
    expect(notes).toMatch(/The preliminary results of 27 January 2025 gave the same shares\./);
  });
});

describe('an unknown chart id', () => {
  it('fails with the known ids, a guess and who asked', () => {
    const call = () => buildChartSpec('vote-shares-2025', { ds, index }, 'content/articles/x.mdx: <ChartFigure id="vote-shares-2025">');
    expect(call).toThrow(UnknownChartError);
    expect(call).toThrow(/^content\/articles\/x\.mdx: <ChartFigure id="vote-shares-2025">: unknown chart id "vote-shares-2025"/);
    expect(call).toThrow(/Known ids: vote-share-2025, turnout-by-region-2025/);
    expect(call).toThrow(/did you mean "vote-share-2025"\?/);
  });
});
