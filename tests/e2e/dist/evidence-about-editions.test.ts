// The evidence and about pages and the feed in every edition, on the built
// site (dist/), without a browser:
// - /be/ and /ru/ evidence and about pages exist, with <html lang>, a title in
//   the edition's language, and no Latin words in their own text outside the
//   names that stay Latin (src/i18n/data-text.ts LATIN_ALLOWED, people with no
//   form in that language) and outside elements marked with another `lang`;
// - source titles carry their own `lang`; the corrections' English wording
//   is marked lang="en";
// - each edition's feed parses, says its language, links into its edition
//   (articles excepted: they are English), and each page points at its feed.
// Needs `npm run build` first.
import path from 'node:path';
import { articleIn } from '../../../src/articles/translated.ts';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { findAll, listFiles, parseHtml, parseXml, readText, xmlChildren, xmlText, type HtmlElement, type HtmlNode } from '../../../tools/dist-files.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { LATIN_ALLOWED } from '../../../src/i18n/data-text.ts';
import { localeTag, type Locale } from '../../../src/i18n/locales.ts';
import { routeIn } from '../../../src/models/routes.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';

const dist = requireDist();
const files = new Set(listFiles(dist));
const loaded = loadDataset(path.resolve(dist, '..'));
if (!loaded.ok) throw new Error('content/data does not validate: run npm run validate');
const ds = loaded.dataset;

const EDITIONS = ['be', 'ru'] as const;
const PAGES = ['evidence', 'about'] as const;

/** Text of an element, leaving out subtrees `skip` says to (and script, style, code, svg). */
function ownText(el: HtmlElement, skip: (e: HtmlElement) => boolean): string {
  const out: string[] = [];
  const walk = (n: HtmlNode) => {
    if ('text' in n) { out.push(n.text); return; }
    if (['script', 'style', 'code', 'svg', 'template'].includes(n.tag) || skip(n)) return;
    n.children.forEach(walk);
  };
  walk(el);
  return out.join(' ');
}

/** Latin words in text, leaving out «…» (a source's own spelling or a quoted English form). */
const latinWords = (text: string) => text.replace(/«[^»]*»/g, ' ').match(/[A-Za-zÀ-ÖØ-öø-ɏ]+/g) ?? [];

function allowedLatin(locale: 'be' | 'ru'): Set<string> {
  const out = new Set<string>();
  for (const a of LATIN_ALLOWED) for (const w of a.words.split(/\s+/)) out.add(w);
  for (const p of ds.people) if (!p[locale]) for (const w of p.name.form.match(/\p{L}+/gu) ?? []) out.add(w);
  return out;
}

/** Elements whose text is another language (marked) or another component's (the chart figure and the reference list, checked where they are built). */
const otherText = (locale: Locale) => (e: HtmlElement) =>
  (e.attrs.lang !== undefined && !e.attrs.lang.startsWith(locale))
  || /\bchart-figure\b/.test(e.attrs.class ?? '')
  || /\breferences\b/.test(e.attrs.class ?? '');

for (const locale of EDITIONS) {
  for (const name of PAGES) {
    describe(`/${locale}/${name}/`, () => {
      const file = `${locale}/${name}/index.html`;
      test('exists', () => expect(files.has(file), file).toBe(true));
      const doc = parseHtml(readText(dist, file));
      const html = findAll(doc, (e) => e.tag === 'html')[0]!;
      const main = findAll(doc, (e) => e.tag === 'main')[0]!;

      test(`has <html lang="${locale}"> and its title in the edition's language`, () => {
        expect(html.attrs.lang).toBe(locale);
        const title = ownText(findAll(doc, (e) => e.tag === 'title')[0]!, () => false);
        expect(title).toContain(routeIn(locale, name).title);
        expect(routeIn(locale, name).title).not.toBe(routeIn('en', name).title);
        expect(latinWords(routeIn(locale, name).title)).toEqual([]);
        expect(ownText(findAll(main, (e) => e.tag === 'h1')[0]!, () => false).trim()).toBe(routeIn(locale, name).title);
      });

      test('has no Latin words of its own outside the names that stay Latin', () => {
        const allowed = allowedLatin(locale);
        const stray = [...new Set(latinWords(ownText(main, otherText(locale))).filter((w) => !allowed.has(w)))];
        expect(stray, `Latin words on ${file}`).toEqual([]);
        // The page really has text of its own to check.
        expect(ownText(main, otherText(locale)).length).toBeGreaterThan(2000);
      });

      test('gives each source title its own lang', () => {
        const cites = findAll(main, (e) => e.tag === 'cite');
        expect(cites.length).toBeGreaterThan(5);
        for (const c of cites) {
          const li = (function up(e: HtmlElement | null): HtmlElement | null { return !e || e.tag === 'li' ? e : up(e.parent); })(c);
          const link = findAll(li!, (e) => e.tag === 'a' && /#source-/.test(e.attrs.href ?? ''))[0]!;
          const key = decodeURIComponent(link.attrs.href!.split('#source-')[1]!);
          const source = ds.sources.find((s) => s.key === key);
          expect(source, key).toBeDefined();
          expect(c.attrs.lang, key).toBe(source!.lang);
        }
      });

      test('links its own edition’s feed', () => {
        const feed = findAll(doc, (e) => e.tag === 'link' && e.attrs.type === 'application/rss+xml')[0]!;
        expect(new URL(feed.attrs.href!).pathname.endsWith(`/${locale}/rss.xml`)).toBe(true);
      });
    });
  }

  test(`/${locale}/about/ quotes every corrected wording in English, marked lang="en"`, () => {
    const doc = parseHtml(readText(dist, `${locale}/about/index.html`));
    const items = findAll(doc, (e) => e.tag === 'li' && (e.attrs.id ?? '').startsWith('correction-'));
    expect(items.length).toBe(ds.corrections.length);
    for (const li of items) {
      const quotes = findAll(li, (e) => e.tag === 'span' && e.attrs.lang === 'en');
      expect(quotes.length, li.attrs.id).toBe(2);
      for (const q of quotes) expect(ownText(q, () => false), li.attrs.id).toMatch(/^[^\u0400-\u04ff]*[A-Za-z][^\u0400-\u04ff]*$/);
      // The reason is in the reader's language.
      expect(ownText(findAll(li, (e) => e.tag === 'p' && e.attrs.class === 'note')[0]!, () => false), li.attrs.id).toMatch(/[\u0400-\u04ff]/);
    }
  });
}

describe('one RSS feed per edition', () => {
  const home = new URL(findAll(parseHtml(readText(dist, 'index.html')), (e) => e.tag === 'link' && e.attrs.rel === 'canonical')[0]!.attrs.href!);
  const feeds = { en: 'rss.xml', be: 'be/rss.xml', ru: 'ru/rss.xml' } as const;
  const channels = Object.fromEntries(
    Object.entries(feeds).map(([l, f]) => [l, xmlChildren(parseXml(readText(dist, f)), 'channel')[0]!]),
  ) as Record<Locale, ReturnType<typeof xmlChildren>[number]>;
  const items = (l: Locale) => xmlChildren(channels[l], 'item');

  for (const l of ['en', 'be', 'ru'] as const) {
    test(`${feeds[l]} parses, says its language and links into its edition`, () => {
      expect(xmlText(xmlChildren(channels[l], 'language')[0])).toBe(localeTag(l).toLowerCase());
      expect(xmlText(xmlChildren(channels[l], 'title')[0])).toBe(routeIn(l, 'home').title);
      const prefix = `${home.origin}${home.pathname}${l === 'en' ? '' : `${l}/`}`;
      // The feed's home: the edition's home page once it is generated in the edition, the English one until then.
      const homeLink = (PAGE_EDITIONS.home as readonly Locale[]).includes(l) ? prefix : `${home.origin}${home.pathname}`;
      expect(xmlText(xmlChildren(channels[l], 'link')[0])).toBe(homeLink);
      expect(items(l).length).toBeGreaterThan(0);
      for (const item of items(l)) {
        const link = xmlText(xmlChildren(item, 'link')[0]);
        const english = new URL(link).pathname.startsWith(`${home.pathname}articles/`) && l !== 'en';
        // Every item links the edition's own page; an article not yet translated links the English one, and says so.
        if (!english) expect(link.startsWith(prefix), link).toBe(true);
        else expect(articleIn(l, new URL(link).pathname.split('/').at(-2)!), `${link}: the article is translated, so the feed should link the translation`).toBe(false);
        if (l !== 'en') {
          const title = xmlText(xmlChildren(item, 'title')[0]);
          const description = xmlText(xmlChildren(item, 'description')[0]);
          expect(title + description, link).toMatch(/[\u0400-\u04ff]/);
          if (english) expect(description, link).toMatch(l === 'be' ? /па-англійску/ : /на английском/);
          else if (new URL(link).pathname.includes('/articles/')) expect(description, link).not.toMatch(l === 'be' ? /па-англійску/ : /на английском/);
        }
      }
    });
  }

  test('every edition carries the same items (the same links, by path without the edition)', () => {
    const paths = (l: Locale) => items(l).map((i) => new URL(xmlText(xmlChildren(i, 'link')[0])).pathname.replace(/^\/(be|ru)\//, '/') + new URL(xmlText(xmlChildren(i, 'link')[0])).hash);
    // The same set: a translation is dated by its own publication, so it may sit elsewhere in the feed's order.
    const sorted = (l: Locale) => [...paths(l)].sort();
    expect(sorted('be')).toEqual(sorted('en'));
    expect(sorted('ru')).toEqual(sorted('en'));
  });
});
