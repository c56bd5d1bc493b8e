/**
 * Derivations against hand-computed figures from the real data. The
 * expected values below were worked out by hand from reference figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/validate/load-dataset.ts';
import type { Dataset } from '../../../src/schemas/index.ts';
import type { IndexedFigure } from '../../../src/data/figures/figure-index.ts';
import { resolveFigure, resolveTextPlain, UnknownFigureKeyError } from '../../../src/data/figures/resolve.ts';
import * as S from '../../../src/data/figures/series.ts';

let ds: Dataset;
let index: Map<string, IndexedFigure>;
beforeAll(() => {
  const r = loadDataset(process.cwd());
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}: ${p.path}`).join('\n'));
  ds = r.dataset;
  index = r.index;
});

const values = (d: S.Derivation, i = 0) => d.series[i]!.points.map((p) => p.value);

describe('figure resolver', () => {
  it('resolves a key to value, display, status, stage and sources', () => {
    const f = resolveFigure(index, '2025.final.lukashenka.share');
    expect(f).toMatchObject({ value: 86.82, display: '86.82%', status: 'published', stage: 'final', date: '2025-02-03', published: '86.82' });
    expect(f.sources.length).toBeGreaterThan(0);
    expect(resolveFigure(index, '2025.final.lukashenka.votes').display).toBe('5,136,293');
    expect(resolveFigure(index, '2020.winner.share').display).toBe('80.10%');
    expect(resolveFigure(index, '2006.winner.share').display).toBe('83.0%');
  });
  it('never turns a rounded report into a count, and shows gaps as gaps', () => {
    const r = resolveFigure(index, '2025.final.syrankou.votes');
    expect(r).toMatchObject({ status: 'reported-rounded', value: null, display: '189 thousand' });
    const g = resolveFigure(index, '2025.final.haidukevich.votes');
    expect(g).toMatchObject({ status: 'not-found', value: null, display: 'no official figure found' });
  });
  it('rejects an unknown key with a readable message', () => {
    expect(() => resolveFigure(index, '2025.final.lukashenko.share')).toThrow(UnknownFigureKeyError);
    expect(() => resolveFigure(index, '2025.final.lukashenko.share')).toThrow(/expected the key of a figure in content\/data, found "2025.final.lukashenko.share"/);
  });
  it('renders figure keys in free text', () => {
    const ev = ds.timeline.find((e) => e.id === 'final-results')!;
    const text = resolveTextPlain(index, ev.text);
    expect(text).toContain('6,903,994 registered voters');
    expect(text).toContain('5,916,195 took part (85.69%)');
    expect(text).toContain('Lukashenka 5,136,293 votes (86.82%)');
    expect(text).not.toContain('{{');
  });
  it('computes the derived figures by hand-checked arithmetic', () => {
    expect(resolveFigure(index, '2025.final.ballots-not-returned').value).toBe(5916834 - 5916195);
    expect(resolveFigure(index, '2025.final.candidates-total').value).toBe(5136293 + 189740 + 119272 + 109760 + 102729);
    expect(resolveFigure(index, '2025.final.against-all-plus-invalid').value).toBe(258401);
    expect(resolveFigure(index, '2025.final.against-all-plus-invalid').status).toBe('derived');
    expect(resolveFigure(index, '2025.turnout.belarus.early-2.increment').display).toBe('9.86%');
    expect(resolveFigure(index, '2025.turnout.belarus.early-5.increment').display).toBe('5.82%');
  });
});

describe('chart derivations', () => {
  it('vote shares 2025: largest first, against all in its place, CEC basis', () => {
    const d = S.computeVoteShares(ds, index);
    expect(d.categories.map((c) => c.id)).toEqual(['lukashenka', 'against-all', 'syrankou', 'haidukevich', 'kanapatskaya', 'khizhniak']);
    expect(values(d)).toEqual([86.82, 3.6, 3.21, 2.02, 1.86, 1.74]);
    expect(d.stages).toEqual(['final']);
    expect(d.date).toBe('2025-02-03');
  });
  it('computed shares reproduce the published ones from the exact counts', () => {
    const rows = S.computeVoteShareRows(ds, index, 'final');
    const luk = rows.find((r) => r.id === 'lukashenka')!;
    expect(luk.computedShare).toBeCloseTo((5136293 / 5916195) * 100, 10);
    expect(luk.computedShare!.toFixed(2)).toBe('86.82');
    const syr = rows.find((r) => r.id === 'syrankou')!;
    expect(syr.exactVotes?.value).toBe(189740);
    expect(syr.computedShare!.toFixed(2)).toBe('3.21');
  });
  it('turnout by region at the close of polls, with the national figure last', () => {
    const d = S.computeTurnoutByRegion(ds, index);
    expect(d.categories.map((c) => c.id)).toEqual(['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-oblast', 'mogilev', 'minsk-city', 'belarus']);
    expect(values(d)).toEqual([90.56, 86.39, 91.54, 89.28, 86.71, 92.64, 69.72, 85.69]);
    expect(d.stages).toEqual(['intermediate']);
  });
  it('early voting nationally: seven cumulative points', () => {
    const d = S.computeEarlyVoting(ds, index);
    expect(values(d)).toEqual([7.81, 17.67, 27.15, 35.99, 41.81, 56.64, 85.69]);
  });
  it('early voting by region: day 2 is a gap (null), never a zero', () => {
    const d = S.computeEarlyVotingByRegion(ds, index);
    expect(d.series).toHaveLength(7);
    for (const s of d.series) {
      expect(s.points[1]!.value).toBeNull();
      expect(s.points[1]!.figure.status).toBe('not-found');
    }
    expect(values(d, 0)).toEqual([8.95, null, 30.66, 37.78, 41.99, 61.34, 90.56]);
  });
  it('history: eight votes, 2025 derived from the 2025 final results', () => {
    const rows = S.computeHistoryRows(ds, index);
    expect(rows.map((r) => r.id)).toEqual(['1994-r1', '1994-r2', '2001', '2006', '2010', '2015', '2020', '2025']);
    expect(values(S.computeTurnoutHistory(ds, index))).toEqual([78.97, 70.6, 83.86, 92.9, 90.65, 87.22, 84.28, 85.69]);
    expect(values(S.computeWinnerShareHistory(ds, index))).toEqual([44.82, 80.34, 75.65, 83, 79.65, 83.47, 80.1, 86.82]);
    const r2025 = rows.at(-1)!;
    expect(r2025.winner.votes.value).toBe(5136293);
    expect(r2025.runnerUp.name).toBe('Siarhei Syrankou');
    expect(rows.find((r) => r.id === '2010')!.tookPart.value).toBeNull();
  });
  it('against all vs the strongest other candidate, 2001 to 2025', () => {
    const d = S.computeAgainstAllVsRunnerUp(ds, index);
    expect(d.categories.map((c) => c.id)).toEqual(['2001', '2006', '2010', '2015', '2020', '2025']);
    expect(values(d, 0)).toEqual([3.98, 3.5, 6.47, 6.32, 4.59, 3.6]);
    expect(values(d, 1)).toEqual([15.65, 6.1, 2.43, 4.44, 10.12, 3.21]);
  });
  it('2020 vs 2025 regional turnout at 20:00', () => {
    const d = S.computeTurnout2020vs2025(ds, index);
    expect(values(d, 0)).toEqual([91.97, 82.73, 89.81, 88.81, 84.53, 90.44, 66.1]);
    expect(values(d, 1)).toEqual([90.56, 86.39, 91.54, 89.28, 86.71, 92.64, 69.72]);
  });
  it('preliminary vs final: no change where both are exact, not comparable where either is missing', () => {
    const rows = S.computePreliminaryVsFinal(ds, index);
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get('lukashenka.votes')!.change).toBe(0);
    expect(by.get('turnout')!.change).toBe(0);
    expect(by.get('registered')!.change).toBeNull();
    expect(by.get('syrankou.votes')!.change).toBeNull();
  });
});
