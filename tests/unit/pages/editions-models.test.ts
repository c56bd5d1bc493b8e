// The results, regions, history and candidates pages in Belarusian and
// Russian: the sentences their models and message tables build from data
// (counts with their plural forms, region names in the case the sentence
// needs, changes between announcements, gap labels, vote labels), on the real
// dataset, and the English output they must leave as it was.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/dataset.ts';
import { resultsModel, changeText, gapLabel } from '../../../src/models/results.ts';
import { regionModel, regionsModel } from '../../../src/models/regions.ts';
import { historyModel, voteLabel } from '../../../src/models/history.ts';
import { joinList } from '../../../src/models/common.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import type { StageComparisonRow } from '../../../src/data/figures/series.ts';

const loaded = loadDataset(process.cwd());
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}: ${p.path}`).join('\n'));
const { dataset: ds, index } = loaded;
const data = { ds, index };
const be = messages('be');
const ru = messages('ru');
const NBSP = '\u00a0';

describe('plural forms of counts (1, 2, 5, 21)', () => {
  it('the figures given exactly on both dates, in the results lede', () => {
    expect(be.results.lede.unchanged(1)).toContain('(1 паказчык)');
    expect(be.results.lede.unchanged(2)).toContain('(2 паказчыкі)');
    expect(be.results.lede.unchanged(5)).toContain('(5 паказчыкаў)');
    expect(be.results.lede.unchanged(21)).toContain('(21 паказчык)');
    expect(ru.results.lede.unchanged(1)).toContain('(1 показатель)');
    expect(ru.results.lede.unchanged(2)).toContain('(2 показателя)');
    expect(ru.results.lede.unchanged(5)).toContain('(5 показателей)');
    expect(ru.results.lede.unchanged(21)).toContain('(21 показатель)');
  });
  it('how many of them changed: the genitive after "з"/"из", and the verb agreeing with the count', () => {
    expect(be.results.lede.changed(21, 1, 'яўка')).toBe('З 21 паказчыка, дакладныя значэнні якіх ёсць у абедзвюх аб’явах, змяніўся 1: яўка.');
    expect(be.results.lede.changed(5, 2, 'А і Б')).toBe('З 5 паказчыкаў, дакладныя значэнні якіх ёсць у абедзвюх аб’явах, змяніліся 2: А і Б.');
    expect(ru.results.lede.changed(21, 1, 'явка')).toBe('Из 21 показателя, точные значения которых есть в обоих объявлениях, изменился 1: явка.');
    expect(ru.results.lede.changed(2, 2, 'А и Б')).toBe('Из 2 показателей, точные значения которых есть в обоих объявлениях, изменились 2: А и Б.');
    expect(ru.results.lede.changed(20, 5, '…')).toContain('изменились 5');
  });
  it('registered candidates and votes', () => {
    expect([1, 2, 5, 21].map((n) => be.candidates.lede.registeredAfter(n))).toEqual([' кандыдата.', ' кандыдаты.', ' кандыдатаў.', ' кандыдата.']);
    expect([1, 2, 5, 21].map((n) => ru.candidates.lede.registeredAfter(n))).toEqual([' кандидата.', ' кандидата.', ' кандидатов.', ' кандидата.']);
    expect([1, 2, 5, 21, 5136293].map((n) => be.candidates.votes(n))).toEqual([' голас', ' галасы', ' галасоў', ' голас', ' галасы']);
    expect([1, 2, 5, 21, 5136293].map((n) => ru.candidates.votes(n))).toEqual([' голос', ' голоса', ' голосов', ' голос', ' голоса']);
  });
  it('oblasts, regions and votes written as words agree with their noun', () => {
    expect(be.regions.index.lede(6, '21–25 студзеня')).toMatch(/^У Беларусі шэсць абласцей і сталіца/);
    expect(ru.regions.index.lede(6, '21–25 января')).toMatch(/^В Беларуси шесть областей и столица/);
    expect(ru.regions.index.lede(2, '…')).toMatch(/^В Беларуси две области/);
    expect(be.regions.index.caption(7)).toMatch(/^Яўка з пачатку галасавання ў сямі рэгіёнах/);
    expect(ru.regions.index.caption(7)).toMatch(/^Явка нарастающим итогом в семи регионах/);
    expect(be.history.table.heading(8)).toBe('Восем тураў галасавання');
    expect(ru.history.table.heading(8)).toBe('Восемь голосований');
    expect(ru.history.table.heading(2)).toBe('Два голосования');
    expect(be.history.lede.votes(8, 1994, '2001 і 2025')).toContain('адбылося восем тураў прэзідэнцкіх выбараў');
    expect(ru.history.lede.votes(3, 1994, '2001 и 2025')).toContain('прошли три президентских голосования');
    expect(be.candidates.place(2, 5)).toBe('другое месца з пяці');
    expect(ru.candidates.place(4, 5)).toBe('четвёртое место из пяти');
  });
});

describe('region names in the case the sentence needs', () => {
  it('the locative after "у"/"в" on a region page and in the gap list', () => {
    const gomel = ds.regions.find((r) => r.id === 'gomel')!;
    expect(be.regions.region.pollingIn(gomel.casesBe.locative)).toBe('Выбарчыя ўчасткі ў Гомельскай вобласці');
    expect(ru.regions.region.pollingIn(gomel.casesRu.locative)).toBe('Избирательные участки в Гомельской области');
    expect(gapLabel(ds, '2025.turnout.minsk-city.early-2', 'be')).toBe('Яўка ў Мінску, датэрміновае галасаванне, дзень 2');
    expect(gapLabel(ds, '2025.turnout.brest.early-2', 'ru')).toBe('Явка в Брестской области, досрочное голосование, день 2');
    expect(gapLabel(ds, '2025.turnout.brest.early-2', 'en')).toBe('Turnout, Brest Oblast, Early voting, day 2');
  });
  it('candidates by their surname in the edition, stages in words', () => {
    expect(gapLabel(ds, '2025.final.haidukevich.votes', 'be')).toBe('Гайдукевіч, дакладная колькасць галасоў (канчатковыя вынікі)');
    expect(gapLabel(ds, '2025.final.kanapatskaya.votes', 'ru')).toBe('Канопацкая, точное число голосов (окончательные итоги)');
    expect(gapLabel(ds, '2025.preliminary.invalid.votes', 'ru')).toBe('Недействительные бюллетени (предварительные итоги)');
  });
});

describe('the results model per edition', () => {
  const en = resultsModel(data);
  const mbe = resultsModel(data, 'be');
  const mru = resultsModel(data, 'ru');
  it('keeps the same rows, figures and citations in every edition', () => {
    expect(mbe.rows.map((r) => r.id)).toEqual(en.rows.map((r) => r.id));
    expect(mru.cites.keys).toEqual(en.cites.keys);
    expect(mbe.comparable).toBe(en.comparable);
    expect(mbe.gaps.map((g) => g.key)).toEqual(en.gaps.map((g) => g.key));
  });
  it('names candidates in the edition and writes gap notes from the data’s own versions', () => {
    expect(mbe.rows[0]!.name).toBe('Аляксандр Лукашэнка');
    expect(mru.rows.find((r) => r.id === 'kanapatskaya')!.name).toBe('Анна Канопацкая');
    expect(mbe.countNotes.missing).toEqual(['Гайдукевіч', 'Канапацкая']);
    expect(joinList('ru', mru.countNotes.rounded)).toBe('Сыранков и Хижняк');
    for (const g of [...mbe.gaps, ...mru.gaps]) expect(g.note).not.toMatch(/[A-Za-z]/);
    expect(en.gaps.map((g) => g.note)).toContain('No source consulted gives the number of invalid ballots.');
  });
  it('writes each change with the edition’s sign and unit, computed from the two figures', () => {
    const base = { id: 'x', label: 'x', preliminary: { kind: 'count' }, final: {} } as unknown as StageComparisonRow;
    const pct = { ...base, preliminary: { kind: 'percent' } } as unknown as StageComparisonRow;
    expect(changeText({ ...base, change: -6293 }, 'en')).toBe('−6,293');
    expect(changeText({ ...base, change: -6293 }, 'be')).toBe('-6293');
    expect(changeText({ ...base, change: -6293 }, 'ru')).toBe(`-6${NBSP}293`);
    expect(changeText({ ...pct, change: 0.01 }, 'be')).toBe(`+0,01${NBSP}п.${NBSP}п.`);
    expect(changeText({ ...base, change: 0 }, 'ru')).toBe('нет');
    expect(changeText({ ...base, change: null }, 'be')).toBe('параўнаць нельга');
    expect(mru.comparison.find((r) => r.id === 'lukashenka.share')!.label).toBe('Лукашенко, доля');
  });
});

describe('regions and a region per edition', () => {
  it('names the regions and Belarus in the edition, the measure and notes from the data', () => {
    const m = regionsModel(data, 'be');
    expect(m.rows.map((r) => r.name)).toContain('Гомельская вобласць');
    expect(m.rows.at(-1)!.name).toBe('Беларусь');
    expect(m.measure).toBe(ds.turnout2025.measureBe);
    expect(m.notFound).toEqual(ds.turnout2025.notFoundBe);
    expect(regionsModel(data, 'ru').regions2020Note).toBe(ds.regions2020.noteRu);
  });
  it('compares a region with the country as the figures say, in a whole sentence', () => {
    const m = regionModel(data, 'brest', 'ru');
    expect(m.close.figure.value! > m.nationalClose.figure.value!).toBe(true);
    expect(ru.regions.region.nationalBefore('above')).toBe(', что выше, чем в целом по стране: ');
    expect(be.regions.region.y2020Before('lower')).toBe('Гэта ніжэй, чым у 2020 годзе, калі ў тую ж гадзіну называлася лічба ');
  });
});

describe('history per edition', () => {
  it('labels the two rounds of 1994 in words and names winners and runners-up in the edition', () => {
    const m = historyModel(data, 'be');
    expect(m.rows[0]!.label).toBe('1994, першы тур');
    expect(voteLabel('ru', { label: '1994 (round 2)', year: 1994, round: 2 })).toBe('1994, второй тур');
    expect(voteLabel('en', { label: '1994 (round 2)', year: 1994, round: 2 })).toBe('1994 (round 2)');
    expect(m.rows.at(-2)!.runnerUpName).toBe('Святлана Ціханоўская');
    expect(historyModel(data, 'ru').rows[0]!.runnerUpName).toBe('Вячеслав Кебич');
    expect(historyModel(data).rows[0]!.winnerName).toBe('Alyaksandr Lukashenka');
  });
  it('writes notes, reasons and bases from the data’s versions in the edition', () => {
    const m = historyModel(data, 'ru');
    for (const x of m.exceptions) expect(`${x.label} ${x.field} ${x.reason}`).not.toMatch(/[A-Za-z]/);
    for (const x of m.otherShares) expect(`${x.label} ${x.basis} ${x.note}`).not.toMatch(/[A-Za-z]/);
    expect(m.exceptions.length).toBeGreaterThan(0);
    expect(m.otherShares.map((x) => x.basis)).toContain('база неясна');
  });
});
