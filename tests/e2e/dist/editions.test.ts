// The Belarusian and Russian editions' words, read from dist/ without a browser
// (the checks are tests/e2e/harness/edition-text.ts; their fixture tests
// tests/unit/site/edition-text.test.ts), over every built page and embed under
// /be/ and /ru/, whatever pages the editions hold:
//
// - each page's <html lang> is its edition's;
// - no English left: no Latin-script word in text of the edition's language
//   (text, alt, aria-label, title, placeholder, description metas), outside
//   addresses, text marked with another `lang`, and the allow-lists;
// - spelling: every Cyrillic word in Debian's hunspell dictionary of its
//   language (be_BY, ru_RU), or allowed. Without hunspell and the
//   dictionaries the check says it was skipped; under CI=true it fails;
// - every entry of tests/e2e/edition-words.ts is used by a page of its editions.
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { REPO_ROOT } from '../../../tools/test-build.ts';
import { listFiles, readText } from '../../../tools/dist-files.ts';
import { isCI } from '../../../tools/chromium.ts';
import { LOCALE_INFO } from '../../../src/i18n/locales.ts';
import { EDITION_LANGUAGES, checkEditionText, formatFound, hunspell, languageOf, type EditionLanguage, type EditionPage } from '../harness/edition-text.ts';
import { EDITION_WORDS, articleNameWords, dataWords } from '../edition-words.ts';

const dist = requireDist();
const LANGS = Object.keys(EDITION_LANGUAGES) as EditionLanguage[];
const pagesOf = (lang: EditionLanguage): EditionPage[] =>
  listFiles(dist)
    .filter((f) => f.startsWith(`${LOCALE_INFO[lang].prefix.slice(1)}/`) && f.endsWith('.html'))
    .map((file) => ({ file, html: readText(dist, file) }));
const PAGES = Object.fromEntries(LANGS.map((l) => [l, pagesOf(l)])) as Record<EditionLanguage, EditionPage[]>;
const ALL = LANGS.flatMap((l) => PAGES[l]);
const spell = hunspell();
const report = checkEditionText(ALL, { listed: EDITION_WORDS, implicit: dataWords(REPO_ROOT), onArticles: articleNameWords(REPO_ROOT), unknown: spell.ok ? spell.unknown : undefined });
const counts = LANGS.map((l) => `${PAGES[l].length} ${l} pages, ${report.words[l]} distinct words`).join('; ');

describe(`the Belarusian and Russian pages and embeds in dist/ (${counts})`, () => {
  test.for(LANGS)('every %s page says its language in <html lang>', (lang) => {
    // `be` or `be-BY`: the language is what the checks and Pagefind read.
    const wrong = PAGES[lang].filter((p) => languageOf(/<html[^>]*\slang="([^"]*)"/.exec(p.html)?.[1]) !== lang).map((p) => p.file);
    expect(wrong, `pages under /${lang}/ whose <html lang> is not ${lang} (or ${LOCALE_INFO[lang].tag})`).toEqual([]);
  });

  test('no English left: no Latin-script word outside addresses, other-language text and the allow-lists', () => {
    // The formatted list (word, file, element, context) is the message and the value compared: no object dump.
    expect(formatFound(report.latin), 'Latin words on Belarusian/Russian pages (translate them, mark quoted text with its lang, or allow a name/acronym/unit in tests/e2e/edition-words.ts with its reason)').toBe('');
  });

  if (!spell.ok && isCI()) test('spelling needs hunspell with the be_BY and ru_RU dictionaries under CI', () => expect.fail(spell.why));
  test.skipIf(!spell.ok)(`spelling: every word in Debian's hunspell dictionary of its language, or allowed (skipped without hunspell${spell.ok ? '' : `: ${spell.why}`})`, () => {
    expect(report.spelling).toBeDefined();
    expect(formatFound(report.spelling ?? []), `words the ${LANGS.map((l) => EDITION_LANGUAGES[l]).join('/')} dictionaries do not know (fix the spelling, or allow a name/glossary term/acronym in tests/e2e/edition-words.ts with its reason)`).toBe('');
  });

  test('every allow-list entry is used by a page of its editions', () => {
    expect(report.unused, 'entries of tests/e2e/edition-words.ts no page uses (remove them)').toEqual([]);
  });
});
