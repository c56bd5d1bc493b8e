import { describe, expect, test } from 'vitest';
import { candidateFullName, candidateName, candidateShortName, personName, regionCase, regionName, regionShortName } from '../../../src/i18n/names.ts';
import { localList } from '../../../src/i18n/data-text.ts';
import { sectionLinks } from '../../../src/models/routes.ts';
import { realData } from '../pages/fixtures.ts';

const { ds } = realData();

describe('names in each edition', () => {
  test('a candidate’s Russian form is not the Belarusian one', () => {
    const k = ds.candidates.find((c) => c.id === 'kanapatskaya')!;
    expect(candidateName('be', k)).toBe('Ганна Канапацкая');
    expect(candidateName('ru', k)).toBe('Анна Канопацкая');
    expect(candidateShortName('ru', k)).toBe('Канопацкая');
    // Running text leaves the patronymic out; the full form keeps it.
    expect(candidateFullName('ru', k)).toBe('Анна Анатольевна Канопацкая');
    const l = ds.candidates.find((c) => c.id === 'lukashenka')!;
    expect(candidateName('be', l)).toBe('Аляксандр Лукашэнка');
    expect(candidateName('ru', l)).toBe('Александр Лукашенко');
    expect(candidateShortName('en', k)).toBe(k.shortName);
  });

  test('a person keeps the display form where no Cyrillic form is held', () => {
    const withForms = ds.people.find((p) => p.be && p.ru)!;
    expect(personName('be', withForms).split(' ').length).toBeLessThanOrEqual(withForms.be!.form.split(' ').length);
    expect(personName('ru', ds.people.find((p) => p.id === 'kanapatskaya')!)).toBe('Анна Канопацкая');
    const without = ds.people.find((p) => !p.be);
    if (without) expect(personName('be', without)).toBe(without.name.form);
  });

  test('regions: name, short label and the case a sentence needs', () => {
    const minsk = ds.regions.find((r) => r.id === 'minsk-city')!;
    expect(regionName('en', minsk)).toBe(minsk.name);
    expect(regionName('ru', minsk)).toBe(minsk.nameRu);
    expect(regionShortName('be', minsk)).toBe(minsk.shortNameBe);
    expect(regionCase('ru', minsk, 'locative')).toBe(minsk.casesRu.locative);
    expect(regionCase('en', minsk, 'locative')).toBe(minsk.name);
  });

  test('a list field in an edition, and a clear error without one', () => {
    expect(localList('be', ds.turnout2025, 'notFound')).toEqual(ds.turnout2025.notFoundBe);
    expect(localList('en', ds.turnout2025, 'notFound')).toEqual(ds.turnout2025.notFound);
    expect(() => localList('ru', { notFound: ['x'] }, 'notFound')).toThrow(/no ru list for "notFound"/);
  });

  test('the section list a lost reader gets, in each edition', () => {
    expect(sectionLinks('en').map((l) => l.path)).toEqual(sectionLinks('be').map((l) => l.path));
    expect(sectionLinks('be')[0]).toEqual({ path: '/results/2025/', label: 'Вынікі па краіне' });
    expect(sectionLinks('ru').every((l) => !/[A-Za-z]/.test(l.label))).toBe(true);
  });
});
