/**
 * Every word the home, timeline, sources, article-list and search pages
 * write from their message tables in Belarusian and Russian passes Debian's
 * hunspell (hunspell-be, hunspell-ru) or is allowed below with its reason.
 * Sentence functions are called with counts of each plural form. Without
 * hunspell and its dictionaries the test says it was skipped, and fails
 * under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/messages/index.ts';

const DICT = { be: 'be_BY', ru: 'ru_RU' } as const;
const AREAS = ['home', 'timeline', 'sources', 'articles', 'search'] as const;

/** Words hunspell does not know that are right, with why. */
const ALLOWED: Record<'be' | 'ru', Record<string, string>> = {
  be: { ЦВК: 'the acronym of the Central Election Commission (glossary term)', ЕС: 'the acronym of the European Union (glossary term)' },
  ru: { ЕС: 'the acronym of the European Union (glossary term)' },
};

function hunspellWorks(lang: 'be' | 'ru'): boolean {
  const r = spawnSync('hunspell', ['-d', DICT[lang], '-l'], { input: lang === 'be' ? 'выбары' : 'выборы', encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === '' && !/Can't open/i.test(r.stderr);
}

/** Every text of the areas, each sentence function called with counts 1, 2, 5 and 21 (names and dates left blank). */
function textOf(lang: 'be' | 'ru'): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      for (const n of [1, 2, 5, 21]) out.push(String((v as (...a: unknown[]) => unknown)(...Array.from({ length: v.length }, (_, i) => (i === 0 && v.length > 1 ? ' ' : n)))));
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const area of AREAS) walk(messages(lang)[area]);
  // Placeholders ({share}), figures and Latin (names, JavaScript) are not words to check.
  return out.map((s) => s.replace(/\{\w+\}/g, ' ').replace(/[A-Za-z]+/g, ' '));
}

for (const lang of ['be', 'ru'] as const) {
  describe(`${lang === 'be' ? 'Belarusian' : 'Russian'} words of the home, timeline, sources, article-list and search pages`, () => {
    const works = hunspellWorks(lang);
    if (!works && process.env.CI === 'true') it(`needs hunspell with the ${DICT[lang]} dictionary under CI`, () => expect.fail(`hunspell -d ${DICT[lang]} is not installed`));
    it.skipIf(!works)(`every word is in the ${DICT[lang]} dictionary or allowed with a reason (skipped without hunspell)`, () => {
      const text = textOf(lang);
      expect(text.length).toBeGreaterThan(60);
      const r = spawnSync('hunspell', ['-d', DICT[lang], '-l'], { input: text.join('\n'), encoding: 'utf8' });
      expect(r.status).toBe(0);
      const flagged = new Set(r.stdout.split('\n').filter((w) => w && !/^\d/.test(w)));
      const allowed = ALLOWED[lang];
      expect([...flagged].filter((w) => !(w in allowed)).sort(), 'misspelt, or a word to allow with its reason').toEqual([]);
      expect(Object.keys(allowed).filter((w) => !flagged.has(w)), 'allowed words no text needs').toEqual([]);
    });
  });
}
