// The home page, /timeline/, /sources/, /articles/ and /search/ in the
// Belarusian and Russian editions, and the one 404 page, on the built site
// (dist/): each page exists with its <html lang>, its title in the language,
// no Latin-script word outside names that stay Latin and text marked with
// another `lang`, source titles carrying their own `lang`, the English
// articles' titles and descriptions marked lang="en" and said to be in English.
// Needs `npm run build` first.
import { articleIn } from '../../../src/articles/translated.ts';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { findAll, isElement, listFiles, parseHtml, readText, textContent, type HtmlElement } from '../../../tools/dist-files.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { LATIN_ALLOWED, strayLatin } from '../../../src/i18n/data-text.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../../src/i18n/locales.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import { routeIn } from '../../../src/models/routes.ts';
import { sourceAnchor } from '../../../src/lib/citations.ts';

const dist = requireDist();
const files = new Set(listFiles(dist));
const loaded = loadDataset(process.cwd());
if (!loaded.ok) throw new Error('content/data does not validate: run `npm run validate`');
const ds = loaded.dataset;

const PAGES = [
  { route: 'home', path: '' },
  { route: 'timeline', path: 'timeline/' },
  { route: 'sources', path: 'sources/' },
  { route: 'articles', path: 'articles/' },
  { route: 'search', path: 'search/' },
] as const;

/** Latin words that stay Latin on these pages, with why. */
const LATIN_NAMES: readonly { words: string; reason: string }[] = [
  ...LATIN_ALLOWED,
  { words: 'MIT CC BY', reason: 'the names of the code and content licences in the footer' },
  { words: 'JavaScript', reason: 'the name of the language search needs' },
  { words: 'Sputnik', reason: 'the outlet’s own name in “Sputnik Беларусь”, a publisher as it names itself' },
];

function allowedWords(locale: TranslatedLocale): Set<string> {
  const out = new Set<string>();
  for (const a of LATIN_NAMES) for (const w of a.words.split(/\s+/)) out.add(w);
  // People whose names have no form in the language stay Latin (the data's rule).
  for (const p of ds.people) if (!p[locale]) for (const w of p.name.form.match(/\p{L}+/gu) ?? []) out.add(w);
  return out;
}

const doc = (file: string) => parseHtml(readText(dist, file));

/**
 * The words a reader of the page's language reads as the page's own: the
 * body's text without code, scripts, styles and drawings, without elements
 * marked with another language, without source titles (a <cite> keeps the
 * source's own words, names included; its lang is checked below), and (until the charts have this edition) without
 * the chart figures, which the charts' own checks cover.
 */
function ownText(el: HtmlElement, lang: string, skipCharts: boolean): string {
  if (['script', 'style', 'code', 'svg', 'template', 'noscript', 'cite'].includes(el.tag)) return '';
  if (el.attrs.lang && el.attrs.lang !== lang) return '';
  if (skipCharts && el.tag === 'figure' && 'data-chart-figure' in el.attrs) return '';
  return el.children.map((c) => (isElement(c) ? ownText(c, lang, skipCharts) : ` ${c.text} `)).join('');
}

describe.each(TRANSLATED_LOCALES)('the %s edition', (locale) => {
  const allowed = allowedWords(locale);
  const t = messages(locale);
  const chartsTranslated = (PAGE_EDITIONS.chart as readonly string[]).includes(locale);

  describe.each(PAGES)('/$path', ({ route, path }) => {
    const file = `${locale}/${path}index.html`;
    test('exists, with its <html lang> and its title in the language', () => {
      expect(PAGE_EDITIONS[route], `PAGE_EDITIONS.${route}`).toContain(locale);
      expect(files.has(file), file).toBe(true);
      const d = doc(file);
      expect(findAll(d, (e) => e.tag === 'html')[0]?.attrs.lang).toBe(locale);
      const title = textContent(findAll(d, (e) => e.tag === 'title')[0]!);
      const own = routeIn(locale, route).title;
      expect(title).toBe(own === t.site.name ? own : `${own} · ${t.site.name}`);
      expect(title).toMatch(/[\u0400-\u04ff]/);
      expect(strayLatin(title, allowed)).toEqual([]);
    });
    test('has no Latin-script word outside names that stay Latin and text marked with its own lang', () => {
      const body = findAll(doc(file), (e) => e.tag === 'body')[0]!;
      const text = ownText(body, locale, !chartsTranslated).replace(/https?:\/\/\S+/g, ' ');
      expect([...new Set(strayLatin(text, allowed))].sort()).toEqual([]);
    });
  });

  test('/sources/ gives every source title its own lang, and the notes in the language', () => {
    const d = doc(`${locale}/sources/index.html`);
    for (const s of ds.sources) {
      const entry = findAll(d, (e) => e.attrs.id === sourceAnchor(s.key))[0];
      expect(entry, s.key).toBeDefined();
      const cite = findAll(entry!, (e) => e.tag === 'cite')[0]!;
      expect(cite.attrs.lang, s.key).toBe(s.lang);
      expect(textContent(cite)).toBe(s.title);
      // Our English description of a Cyrillic title is marked as English.
      const described = /\((descriptive[^()]*|title reconstructed[^()]*)\)/.exec(s.title);
      if (described && ['be', 'ru', 'uk'].includes(s.lang)) {
        expect(findAll(cite, (e) => e.attrs.lang === 'en').map(textContent), s.key).toContain(described[0]);
      }
      const suffix = locale === 'be' ? 'Be' : 'Ru';
      const rec = s as unknown as Record<string, string | undefined>;
      if (s.note) expect(textContent(entry!), s.key).toContain(rec[`note${suffix}`]);
      if (s.dateNote) expect(textContent(entry!), s.key).toContain(rec[`dateNote${suffix}`]);
    }
  });

  test('/sources/ links the pages that cite each source in this edition where they exist in it', () => {
    const d = doc(`${locale}/sources/index.html`);
    const used = findAll(d, (e) => e.tag === 'p' && (e.attrs.class ?? '').includes('source-entry__used'));
    const hrefs = used.flatMap((p) => findAll(p, (e) => e.tag === 'a')).map((a) => a.attrs.href!);
    expect(hrefs).toContain(`/${locale}/timeline/`);
    for (const h of hrefs) {
      if (h.startsWith(`/${locale}/`)) expect(files.has(`${h.slice(1).split('#')[0]}index.html`), h).toBe(true);
    }
  });

  test('the article list and the home page link each article in the edition where it is translated, and in English, marked so, where not', () => {
    for (const file of [`${locale}/articles/index.html`, `${locale}/index.html`]) {
      const d = doc(file);
      const links = findAll(d, (e) => e.tag === 'a' && /^(?:\/(?:be|ru))?\/articles\/[^/]+\/$/.test(e.attrs.href ?? ''));
      expect(links.length, file).toBeGreaterThan(0);
      for (const a of links) {
        const slug = a.attrs.href!.split('/').at(-2)!;
        const after = a.parent!.children[a.parent!.children.indexOf(a) + 1];
        const note = after && isElement(after) ? textContent(after) : '';
        if (articleIn(locale, slug)) {
          expect(a.attrs.href, file).toBe(`/${locale}/articles/${slug}/`);
          expect(a.attrs.lang, `${file} ${a.attrs.href}`).toBeUndefined();
          expect(textContent(a), `${file} ${a.attrs.href}`).toMatch(/[\u0400-\u04ff]/);
          expect(note, `${file} ${a.attrs.href}`).not.toContain(t.site.languages.inEnglish);
        } else {
          expect(a.attrs.lang, `${file} ${a.attrs.href}`).toBe('en');
          expect(a.attrs.hreflang).toBe('en');
          expect(note, `${file} ${a.attrs.href}`).toContain(t.site.languages.inEnglish);
        }
      }
    }
  });

  test('/search/ carries the status lines of the language and says what its index cannot do', () => {
    const d = doc(`${locale}/search/index.html`);
    const status = findAll(d, (e) => 'data-search-messages' in e.attrs)[0]!;
    const m = JSON.parse(status.attrs['data-search-messages']!) as { tag: string; found: Record<string, string> };
    expect(m.tag).toBe(locale === 'be' ? 'be-BY' : 'ru-RU');
    expect(Object.values(m.found).every((f) => f.includes('{n}') && f.includes('{q}'))).toBe(true);
    const hint = textContent(findAll(d, (e) => e.attrs.id === 'search-hint')[0]!);
    if (locale === 'be') expect(hint).toContain(t.search.stemming);
  });
});

describe('the 404 page', () => {
  const d = doc('404.html');
  test('speaks to a lost reader in each language, each block marked and linking its edition’s sections', () => {
    for (const locale of TRANSLATED_LOCALES) {
      const block = findAll(d, (e) => e.tag === 'div' && e.attrs.lang === locale)[0];
      expect(block, locale).toBeDefined();
      expect(textContent(block!)).toContain(messages(locale).home.notFound.heading);
      const hrefs = findAll(block!, (e) => e.tag === 'a').map((a) => a.attrs.href!);
      expect(hrefs).toContain(`/${locale}/`);
      expect(hrefs).toContain(`/${locale}/timeline/`);
      expect(hrefs.length).toBeGreaterThan(10);
      for (const h of hrefs) expect(files.has(`${h.slice(1)}index.html`), h).toBe(true);
    }
  });
});
