/**
 * The figure resolver and the chart derivations on the sample dataset
 * (tests/fixtures/sample/sample.ts): every expected value below follows from
 * the sample's own numbers, by hand. The same derivations on the real
 * figures: tests/unit/reference/real-figures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sampleData, SAMPLE } from '../../fixtures/sample/sample.ts';
import { resolveFigure, resolveTextPlain, UnknownFigureKeyError } from '../../../src/data/figures/resolve.ts';
import * as S from '../../../src/data/figures/series.ts';

const { ds, index } = sampleData();
const values = (d: S.Derivation, i = 0) => d.series[i]!.points.map((p) => p.value);

describe('figure resolver', () => {
  it('resolves a key to value, display, status, stage, date and sources', () => {
    expect(resolveFigure(index, '2025.final.alpha.share')).toMatchObject({ value: 75, display: '75.00%', status: 'published', stage: 'final', date: '2025-02-03', published: '75.00', sources: ['sample_cec'] });
    expect(resolveFigure(index, '2025.final.took-part').display).toBe('800,000');
    expect(resolveFigure(index, '2015.winner.share').display).toBe('88.89%');
  });
  it('never turns a rounded report into a count, and shows a gap as a gap', () => {
    expect(resolveFigure(index, SAMPLE.reportedRounded.key)).toMatchObject({ status: 'reported-rounded', value: null, display: SAMPLE.reportedRounded.text });
    expect(resolveFigure(index, SAMPLE.gap.key)).toMatchObject({ status: 'not-found', value: null, display: 'no official figure found' });
  });
  it('rejects an unknown key with a readable message', () => {
    expect(() => resolveFigure(index, '2025.final.alfa.share')).toThrow(UnknownFigureKeyError);
    expect(() => resolveFigure(index, '2025.final.alfa.share')).toThrow(/expected the key of a figure in content\/data, found "2025.final.alfa.share"/);
  });
  it('renders figure keys in free text', () => {
    const text = resolveTextPlain(index, ds.timeline[0]!.text);
    expect(text).toBe('The commission approved the final results: Alpha 75.00%, Beta 15.00%.');
  });
  it('derives counts from the exact ones only: a rounded report falls back on the exact preliminary count', () => {
    expect(resolveFigure(index, '2025.final.ballots-not-returned')).toMatchObject({ value: SAMPLE.ballotsIssued - SAMPLE.tookPart, status: 'derived' });
    expect(resolveFigure(index, '2025.final.candidates-total').value).toBe(SAMPLE.votes.alpha + SAMPLE.votes.beta);
    expect(resolveFigure(index, '2025.final.against-all-plus-invalid').value).toBe(SAMPLE.tookPart - SAMPLE.votes.alpha - SAMPLE.votes.beta);
  });
  it('derives the daily increments of national early voting', () => {
    expect(resolveFigure(index, '2025.turnout.belarus.early-1.increment').display).toBe('10.00%');
    expect(resolveFigure(index, '2025.turnout.belarus.early-2.increment').display).toBe('10.50%');
  });
});

describe('chart derivations', () => {
  it('vote shares: largest first, against all in its place, CEC basis', () => {
    const d = S.computeVoteShares(ds, index);
    expect(d.categories.map((c) => c.id)).toEqual(['alpha', 'beta', 'against-all']);
    expect(values(d)).toEqual([75, 15, 6]);
    expect(d.stages).toEqual(['final']);
    expect(d.date).toBe('2025-02-03');
  });
  it('computed shares reproduce the published ones from the exact counts, the rounded report included', () => {
    const rows = S.computeVoteShareRows(ds, index, 'final');
    expect(rows.find((r) => r.id === 'alpha')!.computedShare).toBeCloseTo(75, 10);
    const beta = rows.find((r) => r.id === 'beta')!;
    expect(beta.exactVotes?.value).toBe(SAMPLE.reportedRounded.exact);
    expect(beta.computedShare!.toFixed(2)).toBe('15.00');
  });
  it('turnout by region at the close: the regions in order, the tie kept, the country last', () => {
    const d = S.computeTurnoutByRegion(ds, index);
    expect(d.categories.map((c) => c.id)).toEqual([...SAMPLE.regions, 'belarus']);
    expect(values(d)).toEqual([82.5, 82.5, 70, 80]);
    expect(d.stages).toEqual(['intermediate']);
  });
  it('early voting nationally: every checkpoint, cumulative', () => {
    expect(values(S.computeEarlyVoting(ds, index))).toEqual([10, 20.5, 80]);
  });
  it('early voting by region: the gap is null, never a zero', () => {
    const d = S.computeEarlyVotingByRegion(ds, index);
    expect(d.series.map((s) => s.id)).toEqual([...SAMPLE.regions]);
    const capital = d.series.find((s) => s.id === SAMPLE.gap.region)!;
    expect(capital.points.map((p) => p.value)).toEqual([null, 19, 70]);
    expect(capital.points[0]!.figure.status).toBe('not-found');
  });
  it('history: the earlier votes, then 2025 from the final results', () => {
    const rows = S.computeHistoryRows(ds, index);
    expect(rows.map((r) => r.id)).toEqual(['2015', '2020', '2025']);
    expect(values(S.computeTurnoutHistory(ds, index))).toEqual([90, 85, 80]);
    expect(values(S.computeWinnerShareHistory(ds, index))).toEqual([88.89, 80, 75]);
    expect(rows.at(-1)!.winner.votes.value).toBe(SAMPLE.votes.alpha);
    expect(rows.at(-1)!.runnerUp.name).toBe('Bazhena Beta');
  });
  it('against all vs the strongest other candidate: two series', () => {
    const d = S.computeAgainstAllVsRunnerUp(ds, index);
    expect(d.series.map((s) => s.id)).toEqual(['against-all', 'runner-up']);
    expect(values(d, 0)).toEqual([3.33, 5, 6]);
    expect(values(d, 1)).toEqual([5.56, 10, 15]);
  });
  it('2020 vs 2025 regional turnout: two series over the same regions', () => {
    const d = S.computeTurnout2020vs2025(ds, index);
    expect(d.series.map((s) => s.id)).toEqual([...SAMPLE.twoSeries.series]);
    expect(values(d, 0)).toEqual([75, 78, 60]);
    expect(values(d, 1)).toEqual([82.5, 82.5, 70]);
  });
  it('preliminary vs final: no change where both are exact, not comparable where either is missing or rounded', () => {
    const by = new Map(S.computePreliminaryVsFinal(ds, index).map((r) => [r.id, r]));
    expect(by.get('alpha.votes')!.change).toBe(0);
    expect(by.get('turnout')!.change).toBe(0);
    expect(by.get('registered')!.change).toBeNull();
    expect(by.get('beta.votes')!.change).toBeNull();
  });
});
