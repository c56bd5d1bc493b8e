import { describe, expect, test } from 'vitest';
import { checkMessageTables, compareMessages } from '../../../src/i18n/messages/check.ts';
import { MESSAGE_TABLES, messageFile, messages } from '../../../src/i18n/messages/index.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { validateCommand } from '../../../scripts/validate.ts';
import { editionPaths, localePath, perEdition } from '../../../src/i18n/editions.ts';

describe('message tables', () => {
  test('every edition has every English key, of the same kind', () => {
    expect(checkMessageTables(MESSAGE_TABLES, messageFile).map(formatProblem)).toEqual([]);
  });

  test('a missing key, a key English lacks and a text where English has a sentence are each named with file and key', () => {
    const en = { nav: { results: 'Results', regions: 'Regions' }, count: (n: number) => `${n} sources` };
    const be = { nav: { results: 'Вынікі', extra: 'Лішняе' }, count: 'крыніцы' };
    expect(compareMessages(en, be, 'src/i18n/messages/be/site.ts').map(formatProblem)).toEqual([
      'src/i18n/messages/be/site.ts: nav.regions: expected a text, as in the English table, found nothing (the key is missing)',
      'src/i18n/messages/be/site.ts: nav.extra: expected only keys the English table has, found a key English lacks',
      'src/i18n/messages/be/site.ts: count: expected a sentence function, as in the English table, found a text',
    ]);
  });

  test('a sentence function with a different number of parameters is named', () => {
    const problems = compareMessages({ s: (a: string, b: string) => a + b }, { s: (a: string) => a }, 'src/i18n/messages/ru/x.ts');
    expect(problems.map(formatProblem)).toEqual(['src/i18n/messages/ru/x.ts: s: expected a sentence function of 2 parameter(s), as in English, found 1']);
  });

  test('npm run validate passes with the tables as they are', () => {
    expect(validateCommand(process.cwd()).status).toBe(0);
  });

  test('each edition names the site in its own language', () => {
    expect(messages('en').site.name).toBe('Belarus 2025: the election explained');
    expect(messages('be').site.nav.results).toBe('Вынікі');
    expect(messages('ru').site.nav.results).toBe('Итоги');
  });
});

describe('edition paths', () => {
  test('English is unprefixed, Belarusian and Russian under their code', () => {
    expect(localePath('en', '/results/2025/')).toBe('/results/2025/');
    expect(localePath('be', '/results/2025/')).toBe('/be/results/2025/');
    expect(localePath('ru', '/')).toBe('/ru/');
    expect(() => localePath('be', 'results/')).toThrow(/starts with '\/'/);
  });

  test('getStaticPaths: one entry per edition, `lang` undefined for English', () => {
    expect(editionPaths(['en', 'ru'])).toEqual([
      { params: { lang: undefined }, props: { locale: 'en', editions: ['en', 'ru'] } },
      { params: { lang: 'ru' }, props: { locale: 'ru', editions: ['en', 'ru'] } },
    ]);
    expect(perEdition(['en', 'be'], (l) => [{ params: { id: `a-${l}` }, props: { n: 1 } }])).toEqual([
      { params: { id: 'a-en', lang: undefined }, props: { n: 1, locale: 'en', editions: ['en', 'be'] } },
      { params: { id: 'a-be', lang: 'be' }, props: { n: 1, locale: 'be', editions: ['en', 'be'] } },
    ]);
  });
});
