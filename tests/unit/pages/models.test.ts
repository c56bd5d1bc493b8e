// Page models: what each page shows, with citations numbered top to bottom.
import { describe, expect, it } from 'vitest';
import { realData, ARTICLES } from './fixtures.ts';
import { homeModel } from '../../../src/components/pages/models/home.ts';
import { resultsModel, changeText, gapLabel } from '../../../src/components/pages/models/results.ts';
import { regionModel, regionsModel } from '../../../src/components/pages/models/regions.ts';
import { historyModel } from '../../../src/components/pages/models/history.ts';
import { candidatesModel } from '../../../src/components/pages/models/candidates.ts';
import { eventDateText, timelineModel, eventSources } from '../../../src/components/pages/models/timeline.ts';
import { correctionFeedItem } from '../../../src/components/pages/models/corrections.ts';
import { aboutModel } from '../../../src/components/pages/models/about.ts';
import { numberWord, ordinalWord } from '../../../src/components/pages/words.ts';
import type { TimelineEvent } from '../../../src/schemas/index.ts';

const { ds, index } = realData();

describe('home', () => {
  const m = homeModel(ds, index, ARTICLES);
  it('leads with the final share and turnout, cited first', () => {
    expect(m.share.figure.display).toBe('86.82%');
    expect(m.share.figure.stage).toBe('final');
    expect(m.turnout.figure.display).toBe('85.69%');
    expect(m.share.nums[0]).toBe(1);
    expect(m.winOrdinal).toBe('seventh');
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
  const m = resultsModel(ds, index);
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
  it('writes a change with its sign and unit', () => {
    const base = { id: 'x', label: 'x', preliminary: { kind: 'count' }, final: {} } as never;
    expect(changeText({ ...(base as object), change: -6293 } as never)).toBe('−6,293');
    expect(changeText({ ...(base as object), preliminary: { kind: 'percent' }, change: 0.01 } as never)).toBe('+0.01 points');
    expect(changeText({ ...(base as object), change: 0 } as never)).toBe('none');
    expect(changeText({ ...(base as object), change: null } as never)).toBe('not comparable');
  });
});

describe('regions', () => {
  it('has the seven regions in the CEC’s order, then Belarus', () => {
    const m = regionsModel(ds, index);
    expect(m.rows.map((r) => r.area)).toEqual(['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-oblast', 'mogilev', 'minsk-city', 'belarus']);
    expect(m.rows.every((r) => r.values.length === m.checkpoints.length)).toBe(true);
  });
  it('gives a region page its turnout against the national figure, the day-2 gap and 2020', () => {
    const m = regionModel(ds, index, 'minsk-city');
    expect(m.close.figure.display).toBe('69.72%');
    expect(m.nationalClose.figure.display).toBe('85.69%');
    expect(m.turnout.find((t) => t.checkpoint.id === 'early-2')!.region.figure.status).toBe('not-found');
    expect(m.turnout.find((t) => t.checkpoint.id === 'early-2')!.national.figure.status).toBe('published');
    expect(m.y2020?.turnoutClose.figure.display).toBe('66.1%');
    expect(m.previous?.id).toBe('mogilev');
    expect(m.next).toBeUndefined();
    expect(() => regionModel(ds, index, 'atlantis')).toThrow('expected a region id');
  });
});

describe('history', () => {
  const m = historyModel(ds, index);
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
  const m = candidatesModel(ds, index);
  it('orders the five by final share and keeps the Haidukevich date conflict', () => {
    expect(m.candidates.map((c) => c.candidate.id)).toEqual(['lukashenka', 'syrankou', 'haidukevich', 'kanapatskaya', 'khizhniak']);
    const h = m.candidates.find((c) => c.candidate.id === 'haidukevich')!;
    expect(h.candidate.birth.conflict).toEqual(['1977-03-26', '1977-03-15']);
    expect(h.votes?.figure.key).toBe('2025.preliminary.haidukevich.votes');
    expect(m.registered?.figure.value).toBe(5);
  });
});

describe('timeline', () => {
  const m = timelineModel(ds, index);
  it('groups the events by month, in order, each cited', () => {
    expect(m.months[0]!.label).toBe('October 2024');
    const all = m.months.flatMap((x) => x.items);
    expect(all).toHaveLength(ds.timeline.length);
    expect(all.every((i) => i.nums.length > 0)).toBe(true);
  });
  it('writes approximate dates as "about" and ranges as ranges', () => {
    const ev = (date: TimelineEvent['date']) => ({ date }) as TimelineEvent;
    expect(eventDateText(ev({ start: '2025-01-16', approximate: true }))).toBe('about 16 January 2025');
    expect(eventDateText(ev({ start: '2024-11-07', end: '2024-12-06' }))).toBe('7 November – 6 December 2024');
    expect(eventDateText(ev({ start: '2025-01-21', end: '2025-01-25' }))).toBe('21–25 January 2025');
  });
  it('cites the sources of the figures an event states along with its own', () => {
    const final = ds.timeline.find((e) => e.id === 'final-results')!;
    expect(eventSources(index, final)).toEqual(expect.arrayContaining([...final.sources, 'unn_0203', 'newsru_0203']));
  });
});

describe('about', () => {
  it('sets the two turnout figures side by side and lists the changelog', () => {
    const m = aboutModel(ds, index);
    expect(m.turnout.figure.display).toBe('85.69%');
    expect(m.turnoutBallots.figure.display).toBe('85.70%');
    expect(m.notReturned.figure.status).toBe('derived');
    expect(m.changelog.map((c) => c.entry.id)).toContain('first-publication');
    expect(m.lastUpdated).toBe(ds.changelog.at(-1)!.date);
    expect(m.observation.map((o) => o.event.id)).toEqual(['odihr-no-invitation', 'odihr-invited', 'odihr-declines']);
    expect(m.observersForeign.figure.display).toBe('456');
  });

  it('lists every correction, newest first, with where it was made and the wording written out', () => {
    const m = aboutModel(ds, index, [{ slug: 'how-the-vote-was-run', title: 'How was Belarus’s 2025 presidential vote run?' }]);
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
    const m = aboutModel(ds, index, []);
    const c = m.corrections.find((x) => x.correction.id === 'reactions-eu-sanctions')!;
    const item = correctionFeedItem(c, '/about/');
    expect(item).toMatchObject({ title: 'Correction: recognition-and-reactions', path: '/about/#correction-reactions-eu-sanctions', date: '2026-12-03', categories: ['Correction'] });
    expect(item.description).toContain('welcomed its citizens home');
    expect(item.description).toContain('the United Kingdom and Canada imposed sanctions');
  });
});

describe('words', () => {
  it('writes small counts as words and larger ones as figures', () => {
    expect([0, 1, 6, 10, 11, 1234].map(numberWord)).toEqual(['no', 'one', 'six', 'ten', '11', '1,234']);
    expect([1, 2, 7, 11, 12, 13, 21, 22, 103].map(ordinalWord)).toEqual(['first', 'second', 'seventh', '11th', '12th', '13th', '21st', '22nd', '103rd']);
  });
});
