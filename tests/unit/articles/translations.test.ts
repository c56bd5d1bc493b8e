/**
 * The translated articles' rules (src/data/validate/translations.ts), each
 * with a failing Belarusian and a failing Russian fixture, and the fourteen
 * real translations.
 *
 * tests/fixtures/articles/translations/: sample.en.mdx is a short English
 * original; be/sample.mdx and ru/sample.mdx translate it and pass every rule;
 * each other file there is that translation with one thing broken, named by
 * its file name. They are read as content/articles/<lang>/sample.mdx, so the
 * messages have the editor's form. The samples are shorter than an article:
 * the length rule is tested on the real translations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseMdx, readTranslations, TRANSLATION_LOCALES, type Translation, type TranslationLocale } from '../../../src/articles/read.ts';
import { TranslationFrontmatterSchema } from '../../../src/schemas/article.ts';
import { translationHash } from '../../../src/articles/translation-hash.ts';
import { PROSE_LANGUAGES } from '../../../src/articles/prose-language.ts';
import { checkTranslation, isNameForm, loadGlossary, quotedNames, type TranslationRuleContext } from '../../../src/data/validate/translations.ts';
import { citationTrigger, strayNumbersInText } from '../../../src/data/validate/articles.ts';
import { loadReferenceTexts } from '../../../src/data/validate/rules/claims.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { parseBody } from '../../../src/articles/body.ts';
import { ctx, dataset, FIXTURES, realArticles, REPO_ROOT } from './helpers.ts';

const DIR = join(FIXTURES, 'translations');
const english = parseArticle('content/articles/sample.mdx', readFileSync(join(DIR, 'sample.en.mdx'), 'utf8')).article;
const glossary = loadGlossary(REPO_ROOT).glossary;
const rules: TranslationRuleContext = { ...ctx, root: REPO_ROOT, people: dataset.people, reference: loadReferenceTexts(REPO_ROOT), glossary };

function translation(locale: TranslationLocale, name: string): Translation {
  const text = readFileSync(join(DIR, locale, `${name}.mdx`), 'utf8');
  const r = parseMdx(`content/articles/${locale}/sample.mdx`, text, TranslationFrontmatterSchema);
  return { ...r.article, locale };
}

/** The problems of a fixture, as `npm run validate` prints them, the samples' length aside. */
function problemsOf(locale: TranslationLocale, name: string): { problems: string[]; warnings: string[] } {
  const r = checkTranslation(translation(locale, name), english, rules);
  return {
    problems: r.problems.filter((p) => p.path !== 'body' || !/words of running text/.test(p.expected)).map(formatProblem),
    warnings: r.warnings.map(formatProblem),
  };
}

/** Each failing fixture and the message it must produce, per language. */
const FAILING: Record<string, Record<TranslationLocale, RegExp>> = {
  'typed-number': {
    be: /content\/articles\/be\/sample\.mdx: line \d+: expected every count, percentage, turnout and result date to come from <Figure.*found "5", "136", "293"/,
    ru: /content\/articles\/ru\/sample\.mdx: line \d+: expected every count, percentage, turnout and result date to come from <Figure.*found "5", "136", "293"/,
  },
  'month-without-cite': {
    be: /line \d+: expected a <Cite id="…" \/> in a paragraph that contains a month name \("лютым"\), found none/,
    ru: /line \d+: expected a <Cite id="…" \/> in a paragraph that contains a month name \("феврале"\), found none/,
  },
  absolute: {
    be: /line \d+, absolute or comparison: expected an entry under claims:.*found sentence \d+ \(“Ніхто з незалежных.*with “Ніхто”/,
    ru: /line \d+, absolute or comparison: expected an entry under claims:.*found sentence \d+ \(“Никто из независимых.*with “Никто”/,
  },
  'other-language-name': {
    be: /line \d+, name: expected "Аляксандр Рыгоравіч Лукашэнка" \(the Belarusian form.*found "Лукашенко" \(the Russian form\)/,
    ru: /line \d+, name: expected "Александр Григорьевич Лукашенко" \(the Russian form.*found "Лукашэнку" \(the Belarusian form\)/,
  },
  'typed-quotation': {
    be: /line \d+, quotation: expected a quotation translated from English written as <Quote lang="en" original="…" text="фіктыўнымі" \/>.*found «фіктыўнымі»/,
    ru: /line \d+, quotation: expected a quotation translated from English written as <Quote lang="en" original="…" text="фиктивными" \/>.*found «фиктивными»/,
  },
  'english-quotation-marks': {
    be: /line \d+: expected quotation marks «…» \(nested „…“\), found English quotation marks/,
    ru: /line \d+: expected quotation marks «…» \(nested „…“\), found English quotation marks/,
  },
  'quote-original': {
    be: /line \d+, <Quote original>: expected words the English article quotes \(“sham”\), found “farce”/,
    ru: /line \d+, <Quote original>: expected words the English article quotes \(“sham”\), found “farce”/,
  },
  'dropped-cite': {
    be: /line \d+, structure: expected the figures, citations and charts of content\/articles\/sample\.mdx line \d+, in its order \(<Figure of="2025\.final\.lukashenka\.share" \/> <Cite id="shine_0203" \/>\), found <Figure of="2025\.final\.lukashenka\.share" \/> \(first difference at tag 2: nothing where the English has <Cite id="shine_0203" \/>\)/,
    ru: /line \d+, structure: expected the figures, citations and charts of content\/articles\/sample\.mdx line \d+, in its order .*found <Figure of="2025\.final\.lukashenka\.share" \/> \(first difference at tag 2/,
  },
  'moved-figure': {
    be: /line \d+, structure: expected .*\(<Figure of="2025\.final\.lukashenka\.share" \/> <Cite id="shine_0203" \/>\), found <Cite id="shine_0203" \/> <Figure of="2025\.final\.lukashenka\.share" \/> \(first difference at tag 1/,
    ru: /line \d+, structure: expected .*found <Cite id="shine_0203" \/> <Figure of="2025\.final\.lukashenka\.share" \/> \(first difference at tag 1/,
  },
  glossary: {
    be: /line \d+, glossary: expected «ЦВК» for Central Election Commission \(CEC\) \(content\/articles\/glossary\.json\), found a word beginning “ЦИК”/,
    ru: /line \d+, glossary: expected «ЦИК» for Central Election Commission \(CEC\) \(content\/articles\/glossary\.json\), found a word beginning “ЦВК”/,
  },
};

describe('the sample translations pass every rule', () => {
  it.for(TRANSLATION_LOCALES)('%s', (locale) => {
    expect(problemsOf(locale, 'sample')).toEqual({ problems: [], warnings: [] });
  });
});

describe.for(TRANSLATION_LOCALES)('each rule has a failing %s fixture', (locale) => {
  it('and every fixture in the folder is one of them', () => {
    const names = readdirSync(join(DIR, locale)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
    expect(names).toEqual([...Object.keys(FAILING), 'behind', 'sample'].sort());
  });

  it.for(Object.keys(FAILING))('%s', (name) => {
    const { problems } = problemsOf(locale, name);
    expect(problems.some((p) => FAILING[name]![locale].test(p)), problems.join('\n')).toBe(true);
  });

  it('behind: a translation of an older English text is a warning naming the new hash, not a problem', () => {
    const { problems, warnings } = problemsOf(locale, 'behind');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^content/articles/${locale}/sample\\.mdx: frontmatter\\.translatedFrom: expected ${translationHash(english.text)}, the hash of content/articles/sample\\.mdx: the English has changed since this translation was made from 000000000000`)),
    ]);
  });
});

describe('the words each language uses for the rules', () => {
  it('finds numbers, days and months without \\b (which does not see Cyrillic letters)', () => {
    const be = PROSE_LANGUAGES.be;
    const ru = PROSE_LANGUAGES.ru;
    expect(strayNumbersInText('26 студзеня 2025 года і з 21 па 25 студзеня', [], true, be)).toEqual([]);
    expect(strayNumbersInText('26 студзеня', [], false, be)).toEqual(['26']);
    expect(strayNumbersInText('с 21 по 25 января 2025 года', [], true, ru)).toEqual([]);
    expect(strayNumbersInText('86,82 % голосов', [], true, ru)).toEqual(['86,82']);
    // A month inside another word is not a month: «мая» is also "my" in Belarusian, «марта» in «Мартаў» is not.
    const block = (md: string) => parseBody(md).blocks[0]!;
    expect(citationTrigger(block('Выбары прайшлі ў студзені.'), be)).toBe('a month name ("студзені")');
    expect(citationTrigger(block('Сакавіцкія падзеі.'), be)).toBeUndefined();
    expect(citationTrigger(block('Выборы прошли в январе.'), ru)).toBe('a month name ("январе")');
    expect(citationTrigger(block('Мартовские события.'), ru)).toBeUndefined();
  });

  it('reads a name in guillemets in its case forms as the glossary’s name, not a quotation', () => {
    expect(isNameForm('Весны', 'Весна')).toBe(true);
    expect(isNameForm('Голасу', 'Голас')).toBe(true);
    expect(isNameForm('Весенний', 'Весна')).toBe(false);
    expect(isNameForm('Права выбару', 'Права выбару')).toBe(true);
    expect(quotedNames(glossary, 'be')).toEqual(expect.arrayContaining(['Вясна', 'супраць усіх', 'Голас']));
    expect(quotedNames(glossary, 'ru')).toEqual(expect.arrayContaining(['Весна', 'против всех', 'Голос']));
    const block = parseBody('Вынікі падлічыў праваабарончы цэнтр «Вясна».').blocks[0]!;
    expect(citationTrigger(block, PROSE_LANGUAGES.be, quotedNames(glossary, 'be'))).toBeUndefined();
  });
});

describe('the fourteen translations', () => {
  const { translations, problems } = readTranslations(REPO_ROOT);
  const bySlug = new Map(realArticles.map((a) => [a.slug, a]));

  it('are the seven articles in each of Belarusian and Russian, read without a problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    for (const locale of TRANSLATION_LOCALES) {
      expect(translations.filter((t) => t.locale === locale).map((t) => t.slug).sort(), locale).toEqual([...bySlug.keys()].sort());
    }
  });

  it.for(translations.map((t) => [t.file, t] as const))('%s passes every rule, its length included, and is up to date', ([, t]) => {
    const r = checkTranslation(t, bySlug.get(t.slug), rules);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.warnings.map(formatProblem)).toEqual([]);
  });
});
