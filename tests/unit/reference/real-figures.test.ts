/**
 * The real figures: every unit assertion about a number (or a record chosen
 * by its number) in content/data, in one suite beside reference.test.ts, so a
 * corrected figure breaks only these two. The expected values were worked out
 * by hand from reference figures. How the code behaves (derivations, chart
 * wording, page models) is tested on the sample dataset
 * (tests/fixtures/sample/) in tests/unit/figures/, tests/unit/charts/ and
 * tests/unit/pages/.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../pages/fixtures.ts';
import { homeModel } from '../../../src/models/home.ts';
import { resultsModel, gapLabel } from '../../../src/models/results.ts';
import { regionModel, regionsModel } from '../../../src/models/regions.ts';
import { historyModel } from '../../../src/models/history.ts';
import { candidatesModel } from '../../../src/models/candidates.ts';
import { timelineModel, eventSources } from '../../../src/models/timeline.ts';
import { correctionFeedItem } from '../../../src/models/corrections.ts';
import { aboutModel } from '../../../src/models/about.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import type { Dataset } from '../../../src/schemas/index.ts';
import type { IndexedFigure } from '../../../src/data/figures/figure-index.ts';
import { resolveFigure, resolveTextPlain, UnknownFigureKeyError } from '../../../src/data/figures/resolve.ts';
import * as S from '../../../src/data/figures/series.ts';

const loaded = loadDataset(process.cwd());
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}: ${p.path}`).join('\n'));
const ds: Dataset = loaded.dataset;
const index: Map<string, IndexedFigure> = loaded.index;

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

// ---------------------------------------------------------------------------
// Page models on the real data

describe('page models on the real data', () => {
  describe('home', () => {
    const m = homeModel({ ds, index }, ARTICLES);
    it('leads with the final share and turnout, cited first', () => {
      expect(m.share.figure.display).toBe('86.82%');
      expect(m.share.figure.stage).toBe('final');
      expect(m.turnout.figure.display).toBe('85.69%');
      expect(m.share.nums[0]).toBe(1);
      expect(m.wins).toBe(7);
      expect(m.lede).toContain('his seventh win since 1994');
      expect(m.firstYear).toBe(1994);
    });
    it('lists the international reactions from polling day on, each cited', () => {
      expect(m.disputed.length).toBeGreaterThan(2);
      expect(m.disputed.every((d) => d.event.category === 'international' && d.event.date.start >= '2025-01-26' && d.nums.length > 0)).toBe(true);
      expect(m.disputed.map((d) => d.event.id)).toContain('joint-statement');
    });
    it('cites each source once, in first-use order, and dates its data by the latest figure', () => {
      expect(new Set(m.cites.keys).size).toBe(m.cites.keys.length);
      expect(m.dataAsOf).toBe('2025-02-03');
    });
  });

  describe('results', () => {
    const m = resultsModel({ ds, index });
    it('shows every candidate and against all, largest share first', () => {
      expect(m.rows.map((r) => r.id)).toEqual(['lukashenka', 'against-all', 'syrankou', 'haidukevich', 'kanapatskaya', 'khizhniak']);
      expect(m.rows[0]!.preliminary.share.figure.stage).toBe('preliminary');
    });
    it('finds no change between the preliminary and the final figures given on both dates', () => {
      expect(m.comparable).toBeGreaterThan(5);
      expect(m.changed).toEqual([]);
    });
    it('says which final counts are rounded reports and which are missing', () => {
      expect(m.countNotes).toEqual({ rounded: ['Syrankou', 'Khizhniak'], truncated: true, missing: ['Haidukevich', 'Kanapatskaya'], againstAllRounded: true });
    });
    it('lists every 2025 figure no source gives, with a readable label', () => {
      expect(m.gaps.length).toBeGreaterThan(5);
      expect(m.gaps.map((g) => g.label)).toContain('Turnout, Brest Oblast, Early voting, day 2');
      expect(gapLabel(ds, '2025.final.haidukevich.votes')).toBe('Haidukevich, exact votes (final)');
    });
  });

  describe('regions', () => {
    it('has the seven regions in the CEC’s order, then Belarus', () => {
      const m = regionsModel({ ds, index });
      expect(m.rows.map((r) => r.area)).toEqual(['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-oblast', 'mogilev', 'minsk-city', 'belarus']);
      expect(m.rows.every((r) => r.values.length === m.checkpoints.length)).toBe(true);
    });
    it('gives a region page its turnout against the national figure, the day-2 gap and 2020', () => {
      const m = regionModel({ ds, index }, 'minsk-city');
      expect(m.close.figure.display).toBe('69.72%');
      expect(m.nationalClose.figure.display).toBe('85.69%');
      expect(m.turnout.find((t) => t.checkpoint.id === 'early-2')!.region.figure.status).toBe('not-found');
      expect(m.turnout.find((t) => t.checkpoint.id === 'early-2')!.national.figure.status).toBe('published');
      expect(m.y2020?.turnoutClose.figure.display).toBe('66.1%');
      expect(m.previous?.id).toBe('mogilev');
      expect(m.next).toBeUndefined();
      expect(() => regionModel({ ds, index }, 'atlantis')).toThrow('expected a region id');
    });
  });

  describe('history', () => {
    const m = historyModel({ ds, index });
    it('has eight votes, 2025 last and from the final results', () => {
      expect(m.rows.map((r) => r.row.id)).toEqual(['1994-r1', '1994-r2', '2001', '2006', '2010', '2015', '2020', '2025']);
      expect(m.rows.at(-1)!.winnerShare.figure.key).toBe('2025.final.lukashenka.share');
      expect(m.rows.at(-1)!.winnerVotes.figure.key).toBe('2025.final.lukashenka.votes');
    });
    it('explains the bases with a vote that has both shares, and lists the precision exceptions', () => {
      expect(m.basesExample?.label).toBe('2020');
      expect(m.exceptions.map((x) => `${x.id} ${x.computed}`)).toEqual(['1994-r2 80.35', '1994-r2 14.18']);
      expect(m.preliminary.every((p) => p.figures.every((f) => f.preliminary.figure.stage === 'preliminary'))).toBe(true);
    });
  });

  describe('candidates', () => {
    const m = candidatesModel({ ds, index });
    it('orders the five by final share and keeps the Haidukevich date conflict', () => {
      expect(m.candidates.map((c) => c.candidate.id)).toEqual(['lukashenka', 'syrankou', 'haidukevich', 'kanapatskaya', 'khizhniak']);
      const h = m.candidates.find((c) => c.candidate.id === 'haidukevich')!;
      expect(h.candidate.birth.conflict).toEqual(['1977-03-26', '1977-03-15']);
      expect(h.votes?.figure.key).toBe('2025.preliminary.haidukevich.votes');
      expect(m.registered?.figure.value).toBe(5);
    });
  });

  describe('timeline', () => {
    const m = timelineModel({ ds, index });
    it('groups the events by month, in order, each cited', () => {
      expect(m.months[0]!.label).toBe('October 2024');
      const all = m.months.flatMap((x) => x.items);
      expect(all).toHaveLength(ds.timeline.length);
      expect(all.every((i) => i.nums.length > 0)).toBe(true);
    });
    it('cites the sources of the figures an event states along with its own', () => {
      const final = ds.timeline.find((e) => e.id === 'final-results')!;
      expect(eventSources(index, final)).toEqual(expect.arrayContaining([...final.sources, 'unn_0203', 'newsru_0203']));
    });
  });

  describe('about', () => {
    it('sets the two turnout figures side by side and lists the changelog', () => {
      const m = aboutModel({ ds, index });
      expect(m.turnout.figure.display).toBe('85.69%');
      expect(m.turnoutBallots.figure.display).toBe('85.70%');
      expect(m.notReturned.figure.status).toBe('derived');
      expect(m.changelog.map((c) => c.entry.id)).toContain('first-publication');
      expect(m.lastUpdated).toBe(ds.changelog.at(-1)!.date);
      expect(m.observation.map((o) => o.event.id)).toEqual(['odihr-no-invitation', 'odihr-invited', 'odihr-declines']);
      expect(m.observersForeign.figure.display).toBe('456');
    });

    it('lists every correction, newest first, with where it was made and the wording written out', () => {
      const m = aboutModel({ ds, index }, [{ slug: 'how-the-vote-was-run', title: 'How was Belarus’s 2025 presidential vote run?' }]);
      expect(m.corrections).toHaveLength(ds.corrections.length);
      const dates = m.corrections.map((c) => c.correction.date);
      expect([...dates].sort().reverse()).toEqual(dates);
      const observers = m.corrections.find((c) => c.correction.id === 'vote-run-observers')!;
      expect(observers.where).toEqual({ label: 'How was Belarus’s 2025 presidential vote run?', path: '/articles/how-the-vote-was-run/' });
      expect(observers.was).toBe('It was also held without international observers.');
      expect(observers.anchor).toBe('correction-vote-run-observers');
      const page = m.corrections.find((c) => c.correction.page !== undefined)!;
      expect(page.where).toEqual({ label: '2025 national results', path: '/results/2025/' });
      // Figure keys are written out, never shown as {{keys}}.
      for (const c of m.corrections) for (const t of [c.was, c.now, c.why]) expect(t).not.toMatch(/\{\{/);
      expect(m.corrections.find((c) => c.correction.id === 'result-most-early')!.now).toContain('48.8%');
    });

    it('turns each correction into an RSS item linking to its place on /about/', () => {
      const m = aboutModel({ ds, index }, []);
      const c = m.corrections.find((x) => x.correction.id === 'reactions-eu-sanctions')!;
      const item = correctionFeedItem(c, '/about/');
      expect(item).toMatchObject({ title: 'Correction: recognition-and-reactions', path: '/about/#correction-reactions-eu-sanctions', date: '2026-12-03', categories: ['Correction'] });
      expect(item.description).toContain('welcomed its citizens home');
      expect(item.description).toContain('the United Kingdom and Canada imposed sanctions');
    });
  });
});
