// The Belarusian and Russian pages' text checks (tests/e2e/harness/edition-text.ts)
// on small pages in tests/fixtures/editions/: an English word, a misspelt word
// and a Russian word in Belarusian text each fail, naming the file, the word
// and its context; addresses, text marked with another language, code and
// the allow-lists pass; an allow-list entry no page uses fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEditionText, cyrillicWords, formatFound, hunspell, languageOf, latinWords, textPieces, type AllowedWord, type EditionPage } from '../../e2e/harness/edition-text.ts';
import { EDITION_WORDS, dataWords, articleNameWords } from '../../e2e/edition-words.ts';
import { REPO_ROOT } from '../../fixtures/invalid/work-tree.ts';

const page = (name: string): EditionPage => ({ file: name, html: readFileSync(path.join(REPO_ROOT, 'tests/fixtures/editions', name), 'utf8') });
const NONE = { be: new Set<string>(), ru: new Set<string>() };
const spell = hunspell();
const unknown = spell.ok ? spell.unknown : undefined;

describe('the text a reader gets', () => {
  it('reads text, alt, aria-label and the description meta in the language of the nearest lang, and leaves out code', () => {
    const pieces = textPieces(page('be-clean.html').html);
    expect(pieces.find((p) => p.where === '<img>[alt]')).toMatchObject({ lang: 'be', text: 'Дыяграма вынікаў па рэгіёнах' });
    expect(pieces.find((p) => p.where === '<meta name="description">')).toMatchObject({ lang: 'be' });
    expect(pieces.find((p) => p.text.startsWith('Belarus:'))).toMatchObject({ lang: 'other', where: '<cite>' });
    expect(pieces.some((p) => p.text.includes('npm run build'))).toBe(false);
  });

  it('knows the editions by their tags, and Łacinka as another script', () => {
    expect(languageOf('be-BY')).toBe('be');
    expect(languageOf('ru')).toBe('ru');
    expect(languageOf('en-GB')).toBe('other');
    expect(languageOf('be-Latn')).toBe('other');
    expect(languageOf(undefined)).toBeUndefined();
  });

  it('leaves addresses out of the Latin words, and keeps Belarusian apostrophes inside a word', () => {
    const pieces = [{ lang: 'be' as const, text: 'Гл. https://rec.gov.by/ru/ і rec.gov.by, аб’ява (CSV)', where: '<p>' }];
    expect(latinWords(pieces).map((f) => f.word)).toEqual(['CSV']);
    // Latin inside «…» is a quoted name or title, as the data's be/ru text allows.
    expect(latinWords([{ lang: 'ru', text: 'пишет «Siarhei Bobrykou», а не Bobrikov', where: '<p>' }]).map((f) => f.word)).toEqual(['Bobrikov']);
    expect(cyrillicWords(pieces).map((w) => w.found.word)).toEqual(['Гл', 'і', 'аб’ява']);
    expect(cyrillicWords([{ lang: 'ru', text: 'в 1-й тур, 90-х годов', where: '<p>' }]).map((w) => w.found.word)).toEqual(['в', 'тур', 'годов']);
  });
});

describe('no English left', () => {
  it('passes a Belarusian page whose only Latin is an address and a title marked lang="en"', () => {
    const r = checkEditionText([page('be-clean.html')], { listed: [], implicit: dataWords(REPO_ROOT) });
    expect(r.latin).toEqual([]);
  });

  it('fails on an English word in the text, an aria-label and the description, naming the file, the word and its context', () => {
    const r = checkEditionText([page('be-english.html')], { listed: [], implicit: NONE });
    expect(r.latin.map((p) => [p.file, p.word, p.where])).toEqual([
      ['be-english.html', 'results', '<meta name="description">'],
      ['be-english.html', 'Show', '<button>[aria-label]'],
    ]);
    expect(formatFound(r.latin)).toContain('"results" in be-english.html <meta name="description">: "Афіцыйныя results паводле ЦВК."');
  });

  it('allows a listed word in the editions it is listed for, and fails an entry no page uses', () => {
    const listed: AllowedWord[] = [
      { word: 'results', langs: ['be'], kind: 'glossary', reason: 'a test entry used by the page' },
      { word: 'Show', langs: ['be', 'ru'], kind: 'glossary', reason: 'a test entry: no Russian page uses it' },
    ];
    const r = checkEditionText([page('be-english.html')], { listed, implicit: NONE });
    expect(r.latin).toEqual([]);
    expect(r.unused).toEqual(['Show (ru)']);
  });
});

describe.skipIf(!spell.ok)('spelling through hunspell (skipped without hunspell-be and hunspell-ru)', () => {
  it('passes a page in the dictionary, with its acronym allowed by the data', () => {
    const r = checkEditionText([page('be-clean.html')], { listed: [], implicit: dataWords(REPO_ROOT), unknown });
    expect(r.spelling).toEqual([]);
    expect(r.words.be).toBeGreaterThan(20);
  });

  it('fails on a misspelt word, with the file and its context', () => {
    const r = checkEditionText([page('be-misspelt.html')], { listed: [], implicit: dataWords(REPO_ROOT), unknown });
    expect(r.spelling?.map((p) => p.word)).toEqual(['рэгіёнаах']);
    expect(formatFound(r.spelling!)).toContain('"рэгіёнаах" in be-misspelt.html <p>: "Табліца ніжэй паказвае вынікі па рэгіёнаах."');
  });

  it('fails on a Russian word in Belarusian text, and checks a quotation marked lang="ru" as Russian', () => {
    const r = checkEditionText([page('be-russian-word.html')], { listed: [], implicit: dataWords(REPO_ROOT), unknown });
    expect(r.spelling?.map((p) => p.word)).toEqual(['выборов']);
  });

  it('fails a Belarusian word written with a typewriter apostrophe instead of ’, outside quotations', () => {
    // A quoted title keeps its source's spelling: only our own words are held to it.
    const html = '<!doctype html><html lang="be-BY"><title>Аб’ява</title><p>Аб’ява і аб\'ява, <cite>Ён аб\'явіў</cite>.</p></html>';
    const r = checkEditionText([{ file: 'x.html', html }], { listed: [], implicit: NONE, unknown });
    expect(r.spelling?.map((p) => p.word)).toEqual(["аб'ява (apostrophe: write ’)"]);
  });

  it('fails an allowed Cyrillic word that no page uses', () => {
    const listed: AllowedWord[] = [{ word: 'рэгіёнаах', langs: ['be'], kind: 'glossary', reason: 'a test entry no page uses' }];
    const r = checkEditionText([page('be-clean.html')], { listed, implicit: dataWords(REPO_ROOT), unknown });
    expect(r.unused).toEqual(['рэгіёнаах (be)']);
  });
});

describe('the allow-list of the pages (tests/e2e/edition-words.ts)', () => {
  it('gives each entry a kind the rules allow and a reason', () => {
    for (const a of EDITION_WORDS) {
      expect(['name', 'glossary', 'acronym', 'unit'], a.word).toContain(a.kind);
      expect(a.reason.length, a.word).toBeGreaterThan(10);
      expect(a.langs.length, a.word).toBeGreaterThan(0);
      expect(a.word, 'one word per entry').toMatch(/^[\p{L}’'.-]+$/u);
    }
    expect(new Set(EDITION_WORDS.map((a) => a.word)).size).toBe(EDITION_WORDS.length);
  });

  it('allows the names the data gives in each edition, and the glossary’s terms, in their case forms', () => {
    const words = dataWords(REPO_ROOT);
    expect(words.be.has('Лукашэнка')).toBe(true);
    expect(words.be.has('Лукашэнку')).toBe(true);
    expect(words.ru.has('Лукашенко')).toBe(true);
    expect(words.be.has('Брэсцкай')).toBe(true);
    expect(words.ru.has('Prensa')).toBe(true);
    expect(words.ru.has('Канопацкой')).toBe(true);
    expect(words.be.has('палітвязняў')).toBe(true);
    expect(words.ru.has('Госдепартамента')).toBe(true);
    // A name is allowed in its own edition only: the Russian form in Belarusian text is not.
    expect(words.be.has('Лукашенко')).toBe(false);
    expect(words.ru.has('Канапацкай')).toBe(false);
    // Except on an article page, where a sentence may discuss how each language writes it.
    const onArticles = articleNameWords(REPO_ROOT);
    expect(onArticles.be.has('Лукашенко')).toBe(true);
    expect(onArticles.ru.has('Лукашэнка')).toBe(true);
  });
});
