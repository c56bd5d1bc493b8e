/**
 * Belarusian and Russian as ICU on the pinned Node writes them: the exact
 * characters, no-break spaces included (asserted by code point, since they
 * look like spaces and a line counter or a regex may treat them as such).
 */
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateRange, formatList, formatNumber, formatPercent, formatPoints, formatShortDate, plural, pluralCategory, signed } from '../../../src/i18n/format.ts';
import { LOCALES, LOCALE_INFO, localeTag } from '../../../src/i18n/locales.ts';

const NBSP = '\u00a0'; // NO-BREAK SPACE
const NNBSP = '\u202f'; // NARROW NO-BREAK SPACE
const codePoints = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

describe('the editions', () => {
  it('are en, be and ru with their BCP 47 tags', () => {
    expect(LOCALES).toEqual(['en', 'be', 'ru']);
    expect(LOCALES.map(localeTag)).toEqual(['en-GB', 'be-BY', 'ru-RU']);
    expect(Object.values(LOCALE_INFO).map((i) => i.prefix)).toEqual(['', '/be', '/ru']);
  });

  it('run on the pinned Node 24 with ICU 78 (the expectations below are its output)', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(process.versions.icu?.split('.')[0]).toBe('78');
  });
});

describe('percentages keep their published decimals', () => {
  it('"86.82" → "86,82 %" with a no-break space before the sign', () => {
    for (const l of ['be', 'ru'] as const) {
      expect(formatPercent(l, '86.82')).toBe(`86,82${NBSP}%`);
      expect(codePoints(formatPercent(l, '86.82'))).toEqual(['U+0038', 'U+0036', 'U+002C', 'U+0038', 'U+0032', 'U+00A0', 'U+0025']);
    }
  });
  it('trailing zeros survive: "80.10", "83.0", and a whole "100"', () => {
    expect(formatPercent('be', '80.10')).toBe(`80,10${NBSP}%`);
    expect(formatPercent('ru', '83.0')).toBe(`83,0${NBSP}%`);
    expect(formatPercent('ru', '100')).toBe(`100${NBSP}%`);
    expect(formatPercent('be', 2.5, 2)).toBe(`2,50${NBSP}%`);
  });
  it('no rounding through a binary number: "0.125" stays three decimals', () => {
    expect(formatPercent('ru', '0.125')).toBe(`0,125${NBSP}%`);
  });
});

describe('counts', () => {
  it('"5 136 293" in both, grouped with U+00A0', () => {
    for (const l of ['be', 'ru'] as const) {
      expect(formatCount(l, 5136293)).toBe(`5${NBSP}136${NBSP}293`);
      expect(codePoints(formatCount(l, 5136293))[1]).toBe('U+00A0');
    }
  });
  it('Belarusian leaves four-digit numbers ungrouped ("5319"); Russian groups them ("5 319")', () => {
    expect(formatCount('be', 5319)).toBe('5319');
    expect(formatCount('ru', 5319)).toBe(`5${NBSP}319`);
    expect(formatCount('be', 15319)).toBe(`15${NBSP}319`);
    expect(formatCount('en', 5319)).toBe('5,319');
  });
  it('decimals with a comma: 1.5 → "1,5"', () => {
    expect(formatNumber('be', 1.5)).toBe('1,5');
    expect(formatNumber('ru', '2.50')).toBe('2,50');
  });
});

describe('signed differences and percentage points', () => {
  it('ICU’s signs in be and ru, the zero unsigned', () => {
    expect(signed('ru', '3.66')).toBe('+3,66');
    expect(signed('be', '-1.41')).toBe('-1,41');
    expect(signed('ru', '0.00')).toBe('0,00');
    expect(signed('be', '-0.00')).toBe('0,00');
  });
  it('points as "п. п.", joined by no-break spaces', () => {
    expect(formatPoints('be', '3.66')).toBe(`+3,66${NBSP}п.${NBSP}п.`);
    expect(formatPoints('ru', '-1.41')).toBe(`-1,41${NBSP}п.${NBSP}п.`);
  });
});

describe('dates', () => {
  it('"26 студзеня 2025 г." and "26 января 2025 г.", plain spaces', () => {
    expect(formatDate('be', '2025-01-26')).toBe('26 студзеня 2025 г.');
    expect(formatDate('ru', '2025-01-26')).toBe('26 января 2025 г.');
    for (const l of ['be', 'ru'] as const) {
      const cps = codePoints(formatDate(l, '2025-01-26'));
      expect(cps.filter((c) => c === 'U+0020')).toHaveLength(3);
      expect(cps).not.toContain('U+00A0');
      expect(cps).not.toContain('U+202F');
    }
  });
  it('partial dates and "undated"', () => {
    expect(formatDate('be', '2025-01')).toBe('студзень 2025');
    expect(formatDate('ru', '2025-01')).toBe('январь 2025 г.');
    expect(formatDate('be', 'undated')).toBe('без даты');
    expect(formatDate('ru', 'undated')).toBe('без даты');
  });
  it('short dates for axes', () => {
    expect(formatShortDate('ru', '2025-01-26')).toBe('26 янв.');
    expect(formatShortDate('be', '2025-01-26')).toBe('26 сту');
  });
});

describe('date ranges through formatRange', () => {
  it('days of one month: the month and year once, an unspaced en dash', () => {
    expect(formatDateRange('be', '2025-01-21', '2025-01-25')).toBe('21–25 студзеня 2025');
    expect(formatDateRange('ru', '2025-01-21', '2025-01-25')).toBe(`21–25 января 2025${NNBSP}г.`);
  });
  it('two months of one year: a spaced en dash, the year once (Russian with U+202F before "г.")', () => {
    expect(formatDateRange('be', '2024-11-07', '2024-12-06')).toBe('7 лістапада – 6 снежня 2024');
    expect(formatDateRange('ru', '2024-11-07', '2024-12-06')).toBe(`7 ноября – 6 декабря 2024${NNBSP}г.`);
  });
  it('two years: both years', () => {
    expect(formatDateRange('ru', '2024-12-07', '2025-01-06')).toBe(`7 декабря 2024${NNBSP}г. – 6 января 2025${NNBSP}г.`);
    expect(formatDateRange('be', '2024-12-07', '2025-01-06')).toBe('7 снежня 2024 – 6 студзеня 2025');
  });
  it('a range written "a/b", and a one-day range as one date', () => {
    expect(formatDate('be', '2025-01-24/2025-01-25')).toBe('24–25 студзеня 2025');
    expect(formatDateRange('ru', '2025-01-26', '2025-01-26')).toBe('26 января 2025 г.');
  });
});

describe('lists', () => {
  it('"і" and "и" before the last item, commas between the others', () => {
    expect(formatList('be', ['Лукашэнка', 'Сыранкоў', 'Канапацкая'])).toBe('Лукашэнка, Сыранкоў і Канапацкая');
    expect(formatList('ru', ['Лукашенко', 'Сыранков', 'Канопацкая'])).toBe('Лукашенко, Сыранков и Канопацкая');
    expect(formatList('ru', ['А', 'Б'], 'disjunction')).toBe('А или Б');
    expect(formatList('be', ['А', 'Б'], 'disjunction')).toBe('А ці Б');
  });
});

describe('plural forms', () => {
  const NS = [1, 2, 5, 21, 22, 25, 11, 1.5];
  it('one, few, many, other for 1, 2, 5, 21, 22, 25, 11, 1.5', () => {
    for (const l of ['be', 'ru'] as const) expect(NS.map((n) => pluralCategory(l, n))).toEqual(['one', 'few', 'many', 'one', 'few', 'many', 'many', 'other']);
    expect(NS.map((n) => pluralCategory('en', n))).toEqual(['one', 'other', 'other', 'other', 'other', 'other', 'other', 'other']);
  });
  it('a written decimal counts: "1.0" is other, 1 is one', () => {
    expect(pluralCategory('ru', '1.0')).toBe('other');
    expect(pluralCategory('ru', 1)).toBe('one');
  });
  it('picks the form and writes the number for the locale', () => {
    const ru = { one: '{n} кандидат', few: '{n} кандидата', many: '{n} кандидатов', other: '{n} кандидата' };
    const be = { one: '{n} кандыдат', few: '{n} кандыдаты', many: '{n} кандыдатаў', other: '{n} кандыдата' };
    expect(NS.map((n) => plural('ru', n, ru))).toEqual(['1 кандидат', '2 кандидата', '5 кандидатов', '21 кандидат', '22 кандидата', '25 кандидатов', '11 кандидатов', '1,5 кандидата']);
    expect(NS.map((n) => plural('be', n, be))).toEqual(['1 кандыдат', '2 кандыдаты', '5 кандыдатаў', '21 кандыдат', '22 кандыдаты', '25 кандыдатаў', '11 кандыдатаў', '1,5 кандыдата']);
    expect(plural('en', 1, { one: '{n} candidate', other: '{n} candidates' })).toBe('1 candidate');
    expect(plural('en', 5319, { one: '{n} candidate', other: '{n} candidates' })).toBe('5,319 candidates');
    expect(plural('ru', 5319, ru)).toBe(`5${NBSP}319 кандидатов`);
  });
});
