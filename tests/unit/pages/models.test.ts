// Page models: what each page shows, with citations numbered top to bottom,
// on the sample dataset (tests/fixtures/sample/sample.ts: three regions, a
// tie, a gap, two series, a reported-rounded figure). The same models on the
// real figures: tests/unit/reference/real-figures.test.ts.
import { describe, expect, it } from 'vitest';
import { sampleData, SAMPLE } from '../../fixtures/sample/sample.ts';
import { resultsModel, changeText, gapLabel } from '../../../src/models/results.ts';
import { regionModel, regionsModel } from '../../../src/models/regions.ts';
import { historyModel } from '../../../src/models/history.ts';
import { eventDateText } from '../../../src/models/timeline.ts';
import { numberWord, ordinalWord } from '../../../src/lib/words.ts';
import type { TimelineEvent } from '../../../src/schemas/index.ts';

const { ds, index } = sampleData();

// The home model names the winner by id ('lukashenka'), so it runs on the real
// data only (tests/unit/reference/real-figures.test.ts).

describe('results', () => {
  const m = resultsModel({ ds, index });
  it('shows every candidate and against all, largest share first', () => {
    expect(m.rows.map((r) => r.id)).toEqual(['alpha', 'beta', 'against-all']);
    expect(m.rows[0]!.preliminary.share.figure.stage).toBe('preliminary');
  });
  it('finds no change where the preliminary and final figures agree', () => {
    expect(m.comparable).toBeGreaterThan(0);
    expect(m.changed).toEqual([]);
  });
  it('says which final counts are rounded reports (Beta’s “120 thousand”), and shows it as the source wrote it', () => {
    expect(m.countNotes).toEqual({ rounded: ['Beta'], truncated: false, missing: [], againstAllRounded: false });
    const beta = m.rows.find((r) => r.id === 'beta')!;
    expect(beta.final.votes.figure.display).toBe(SAMPLE.reportedRounded.text);
    expect(beta.final.votes.figure.value).toBeNull();
  });
  it('lists every figure no source gives, the gap in Capital’s early voting among them, with a readable label', () => {
    const labels = m.gaps.map((g) => g.label);
    expect(labels).toContain('Turnout, Capital (city), Early voting, day 1');
    expect(labels).toContain('Against all, exact votes (final)');
    expect(labels).toContain('Invalid ballots (final)');
    expect(gapLabel(ds, '2025.final.against-all.votes')).toBe('Against all, exact votes (final)');
  });
  it('writes a change with its sign and unit', () => {
    const base = { id: 'x', label: 'x', preliminary: { kind: 'count' }, final: {} } as never;
    expect(changeText({ ...(base as object), change: -6293 } as never)).toBe('−6,293');
    expect(changeText({ ...(base as object), preliminary: { kind: 'percent' }, change: 0.01 } as never)).toBe('+0.01 points');
    expect(changeText({ ...(base as object), change: 0 } as never)).toBe('none');
    expect(changeText({ ...(base as object), change: null } as never)).toBe('not comparable');
  });
});

describe('regions', () => {
  it('has the three regions in the CEC’s order, then the country, with a value for every checkpoint', () => {
    const m = regionsModel({ ds, index });
    expect(m.rows.map((r) => r.area)).toEqual([...SAMPLE.regions, 'belarus']);
    expect(m.rows.every((r) => r.values.length === m.checkpoints.length)).toBe(true);
  });
  it('gives a region page its turnout against the national figure, its gap and 2020, and its neighbours', () => {
    const m = regionModel({ ds, index }, SAMPLE.gap.region);
    expect(m.close.figure.display).toBe('70.00%');
    expect(m.nationalClose.figure.display).toBe('80.00%');
    const gap = m.turnout.find((t) => t.checkpoint.id === SAMPLE.gap.checkpoint)!;
    expect(gap.region.figure.status).toBe('not-found');
    expect(gap.national.figure.status).toBe('published');
    expect(m.y2020?.turnoutClose.figure.display).toBe('60.00%');
    expect(m.previous?.id).toBe('south');
    expect(m.next).toBeUndefined();
    expect(regionModel({ ds, index }, 'north').previous).toBeUndefined();
    expect(regionModel({ ds, index }, 'north').next?.id).toBe('south');
    expect(() => regionModel({ ds, index }, 'atlantis')).toThrow('expected a region id');
  });
});

describe('history', () => {
  const m = historyModel({ ds, index });
  it('has every vote in date order, 2025 last and from the final results', () => {
    expect(m.rows.map((r) => r.row.id)).toEqual(['2015', '2020', '2025']);
    expect(m.rows.at(-1)!.winnerShare.figure.key).toBe('2025.final.alpha.share');
    expect(m.rows.at(-1)!.winnerVotes.figure.key).toBe('2025.final.alpha.votes');
  });
  it('has no precision exception when every share reproduces from its counts', () => {
    expect(m.exceptions).toEqual([]);
  });
});

describe('timeline', () => {
  it('writes approximate dates as "about" and ranges as ranges', () => {
    const ev = (date: TimelineEvent['date']) => ({ date }) as TimelineEvent;
    expect(eventDateText(ev({ start: '2025-01-16', approximate: true }))).toBe('about 16 January 2025');
    expect(eventDateText(ev({ start: '2024-11-07', end: '2024-12-06' }))).toBe('7 November – 6 December 2024');
    expect(eventDateText(ev({ start: '2025-01-21', end: '2025-01-25' }))).toBe('21–25 January 2025');
  });
});

describe('words', () => {
  it('writes small counts as words and larger ones as figures', () => {
    expect([0, 1, 6, 10, 11, 1234].map(numberWord)).toEqual(['no', 'one', 'six', 'ten', '11', '1,234']);
    expect([1, 2, 7, 11, 12, 13, 21, 22, 103].map(ordinalWord)).toEqual(['first', 'second', 'seventh', '11th', '12th', '13th', '21st', '22nd', '103rd']);
  });
});
