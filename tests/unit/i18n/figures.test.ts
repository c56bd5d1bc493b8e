import { describe, expect, test } from 'vitest';
import { figureDisplay, parseRoundedText, stageText } from '../../../src/i18n/figures.ts';
import { localText } from '../../../src/i18n/data-text.ts';
import { realData } from '../pages/fixtures.ts';
import { resolveFigure } from '../../../src/data/figures/resolve.ts';

const { index, ds } = realData();
const fig = (key: string) => resolveFigure(index, key);

describe('figures in each edition', () => {
  test('English keeps the house display the index computed', () => {
    for (const key of ['2025.final.lukashenka.share', '2025.final.lukashenka.votes']) expect(figureDisplay('en', fig(key))).toBe(fig(key).display);
  });

  test('a published share keeps its decimals and takes the edition’s separators', () => {
    const f = fig('2025.final.lukashenka.share');
    const digits = f.published!.replace('.', ',');
    expect(figureDisplay('be', f)).toBe(`${digits}\u00a0%`);
    expect(figureDisplay('ru', f)).toBe(`${digits}\u00a0%`);
  });

  test('a count is grouped with ICU’s no-break space', () => {
    const f = fig('2025.final.lukashenka.votes');
    const grouped = String(f.value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    expect(figureDisplay('ru', f)).toBe(grouped);
    expect(figureDisplay('be', f)).toBe(grouped);
  });

  test('a reported-rounded text is read as qualifier, number and unit, and rewritten', () => {
    expect(parseRoundedText('almost 2.9 million')).toEqual({ qualifier: 'nearly', number: '2.9', unit: 'million' });
    expect(parseRoundedText('more than 44,000')).toEqual({ qualifier: 'more-than', number: '44000' });
    expect(parseRoundedText('189 thousand')).toEqual({ number: '189', unit: 'thousand' });
    expect(parseRoundedText('almost 42%')).toEqual({ qualifier: 'nearly', number: '42', unit: 'percent' });
    expect(parseRoundedText('a lot')).toBeUndefined();
    const rounded = [...index.values()].filter((e) => e.figure.status === 'reported-rounded').map((e) => resolveFigure(index, e.key));
    expect(rounded.length).toBeGreaterThan(0);
    const byText = new Map(rounded.map((f) => [f.display, f]));
    const f = byText.get('almost 2.9 million');
    if (f) {
      expect(figureDisplay('be', f)).toBe('амаль 2,9\u00a0млн');
      expect(figureDisplay('ru', f)).toBe('почти 2,9\u00a0млн');
    }
    // Every rounded figure of the data can be written in both editions.
    for (const r of rounded) for (const l of ['be', 'ru'] as const) expect(figureDisplay(l, r)).not.toMatch(/[A-Za-z]/);
  });

  test('a not-found figure reads the gap text of the edition', () => {
    const gap = [...index.values()].find((e) => e.figure.status === 'not-found');
    expect(gap).toBeDefined();
    expect(figureDisplay('be', resolveFigure(index, gap!.key))).toBe('афіцыйная лічба не знойдзена');
    expect(figureDisplay('ru', resolveFigure(index, gap!.key))).toBe('официальная цифра не найдена');
  });

  test('stages with their dates', () => {
    expect(stageText('en', 'final', '2025-02-03')).toBe('final, 3 February 2025');
    expect(stageText('be', 'preliminary', '2025-01-27')).toBe('папярэднія, 27 студзеня 2025 г.');
    expect(stageText('ru', 'intermediate', '2025-01-26', { electionNight: true })).toBe('цифра ЦИК в ночь выборов, 26 января 2025 г.');
  });

  test('a data field in an edition, and a clear error for one without versions', () => {
    const event = ds.timeline[0]!;
    expect(localText('en', event, 'text')).toBe(event.text);
    expect(localText('be', event, 'text')).toBe(event.textBe);
    expect(() => localText('be', event, 'date' as 'text')).toThrow(/no be text for "date".*"dateBe"/);
  });
});
