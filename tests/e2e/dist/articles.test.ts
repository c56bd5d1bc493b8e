// The seven explainer articles on the built site (dist/), in English and in
// each edition they are translated into (/be/, /ru/):
// - without a browser: the article list, each page's rendered body (600 to
//   1,500 words, measured here on the HTML as well as in the unit tests),
//   citation marks that all land on an entry of the numbered list, numbered
//   in order of first use, each entry with title, publisher, date and the URL
//   exactly as sources.json gives it, figures carrying their data keys, the
//   table of contents pointing at real headings;
// Every article in Chromium is in tests/e2e/harness/sweep-suite.ts.
// Needs `npm run build` first (`npm test` does it).
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { findAll, isElement, listFiles, parseHtml, readText, textContent, type HtmlElement } from '../../../tools/dist-files.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { readArticles, readTranslations } from '../../../src/articles/read.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { LOCALE_INFO, type Locale } from '../../../src/i18n/locales.ts';
import { sourceAnchor } from '../../../src/lib/citations.ts';

const dist = requireDist();
const root = path.resolve(dist, '..');
const data = (() => {
  const r = loadDataset(root);
  if (!r.ok) throw new Error('the dataset next to dist/ does not validate');
  return r;
})();
const sources = new Map(data.dataset.sources.map((s) => [s.key, s]));
const articles = readArticles(root).articles;
const translations = readTranslations(root).translations;
const files = new Set(listFiles(dist));

/** Every article page: each English article, and each translation in its edition. */
interface EditionArticle { locale: Locale; slug: string; title: string; published: string; blocks: typeof articles[number]['body']['blocks']; charts: number; related: number }
const pages: EditionArticle[] = [
  ...articles.map((a) => ({ locale: 'en' as const, slug: a.slug, title: a.frontmatter!.title, published: a.frontmatter!.published, blocks: a.body.blocks, charts: a.frontmatter!.charts.length, related: a.frontmatter!.related.length })),
  ...translations.map((t) => {
    const original = articles.find((a) => a.slug === t.slug)!;
    return { locale: t.locale, slug: t.slug, title: t.frontmatter!.title, published: t.frontmatter!.published, blocks: t.body.blocks, charts: original.frontmatter!.charts.length, related: original.frontmatter!.related.length };
  }),
].sort((a, b) => a.locale.localeCompare(b.locale) || a.slug.localeCompare(b.slug));
const prefix = (l: Locale) => LOCALE_INFO[l].prefix.slice(1) + (l === 'en' ? '' : '/');

const page = (slug: string, locale: Locale = 'en') => parseHtml(readText(dist, `${prefix(locale)}articles/${slug}/index.html`));
const byClass = (d: HtmlElement, cls: string) => findAll(d, (e) => (e.attrs.class ?? '').split(/\s+/).includes(cls));
const one = (d: HtmlElement, cls: string) => {
  const hits = byClass(d, cls);
  if (hits.length !== 1) throw new Error(`expected one .${cls}, found ${hits.length}`);
  return hits[0]!;
};

function findAncestor(e: HtmlElement, pred: (a: HtmlElement) => boolean): HtmlElement | undefined {
  for (let a = e.parent; a; a = a.parent) if (pred(a)) return a;
  return undefined;
}

/** Running text of the article body as a reader sees it: paragraphs, headings, list items; no citation marks, no charts. */
function bodyWords(body: HtmlElement): number {
  const parts: string[] = [];
  const walk = (e: HtmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) parts.push(c.text);
      else if (c.tag === 'sup' || c.tag === 'figure') continue;
      else {
        walk(c);
        if (['p', 'li', 'h2', 'h3', 'blockquote'].includes(c.tag)) parts.push(' ');
      }
    }
  };
  walk(body);
  return parts.join('').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe.for(['en', 'be', 'ru'] as const)('the article list (%s)', (locale) => {
  test('links every article, in the frontmatter order', () => {
    const d = parseHtml(readText(dist, `${prefix(locale)}articles/index.html`));
    const links = findAll(one(d, 'article-list'), (e) => e.tag === 'a').map((a) => a.attrs.href!.replace(/\/$/, '').split('/').pop()!);
    const expected = [...articles].sort((a, b) => (a.frontmatter!.order ?? 99) - (b.frontmatter!.order ?? 99)).map((a) => a.slug);
    expect(links).toEqual(expected);
  });
});

describe.each(pages.map((p) => [`/${prefix(p.locale)}articles/${p.slug}/`, p] as const))('%s', (_, article) => {
  const { slug, locale } = article;
  const d = page(slug, locale);
  const t = messages(locale).articles.page;
  const body = one(d, 'article-body');
  const list = one(d, 'reference-list');
  const entries = findAll(list, (e) => e.tag === 'li');

  test('has the question as its heading and its dates and reading time from the frontmatter, in its language', () => {
    const h1 = findAll(d, (e) => e.tag === 'h1');
    expect(h1.map(textContent)).toEqual([article.title]);
    const times = findAll(one(d, 'article-meta'), (e) => e.tag === 'time').map((x) => x.attrs.datetime);
    expect(times[0]).toBe(article.published);
    // The last item of the line is the reading time: "5 min read", "4 хвіліны чытання", "5 минут чтения".
    const spans = one(d, 'article-meta').children.filter((c): c is HtmlElement => isElement(c) && c.tag === 'span');
    const reading = textContent(spans.at(-1)!);
    const minutes = Number(/^\d+/.exec(reading)?.[0]);
    expect(minutes, reading).toBeGreaterThan(0);
    expect(reading, 'reading time in the language’s plural form').toContain(messages(locale).articles.minutes(minutes));
    const html = findAll(d, (e) => e.tag === 'html')[0]!;
    expect(html.attrs.lang?.split('-')[0]).toBe(locale);
  });

  if (locale !== 'en') {
    test('says it is a translation and links the English original', () => {
      const note = one(d, 'article-translation');
      expect(textContent(note)).toContain(t.translation);
      const link = findAll(note, (e) => e.tag === 'a')[0]!;
      expect(link.attrs.href).toMatch(new RegExp(`/articles/${slug}/$`));
      expect(link.attrs.href).not.toMatch(/\/(be|ru)\//);
      expect(link.attrs.hreflang).toBe('en');
    });

    test('gives each quotation it translates in its own words, marked as ours, with the original beside it in English', () => {
      for (const q of byClass(d, 'quote-translated')) {
        expect(textContent(q)).toMatch(/^«[^»]+»/);
        expect(textContent(q)).toContain(t.ourTranslation);
        const original = findAll(q, (e) => e.attrs.lang === 'en');
        expect(original.length, textContent(q)).toBe(1);
        expect(textContent(original[0]!)).toMatch(/^“.+”$/);
      }
    });
  }

  test('renders the blocks the validator read: the same headings, paragraphs and list items, no list inside a list', () => {
    const outsideCharts = (e: HtmlElement) => !findAncestor(e, (a) => a.tag === 'figure') && e !== body;
    const count = (tag: string) => findAll(body, (e) => e.tag === tag && outsideCharts(e)).length;
    const blocks = article.blocks;
    expect(count('h2')).toBe(blocks.filter((b) => b.kind === 'heading' && b.depth === 2).length);
    expect(count('li')).toBe(blocks.filter((b) => b.kind === 'list-item').length);
    expect(count('p')).toBe(blocks.filter((b) => b.kind === 'paragraph').length);
    expect(findAll(body, (e) => (e.tag === 'ul' || e.tag === 'ol') && !!findAncestor(e, (a) => a.tag === 'li')).length).toBe(0);
  });

  test('never prints the same citation number twice in a row (92.9%[10].[10])', () => {
    // Marks separated only by spaces and punctuation read as one run.
    const repeated: string[] = [];
    for (const block of findAll(body, (e) => ['p', 'li'].includes(e.tag))) {
      for (const run of textContent(block).matchAll(/\[\d+\](?:[\s,.;:]*\[\d+\])+/g)) {
        const nums = [...run[0].matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
        if (new Set(nums).size !== nums.length) repeated.push(run[0]);
      }
    }
    expect(repeated).toEqual([]);
  });

  test('has 600 to 1,500 words of running text as rendered', () => {
    const n = bodyWords(body);
    expect(n).toBeGreaterThanOrEqual(600);
    expect(n).toBeLessThanOrEqual(1500);
  });

  test('every citation mark lands on an entry of the numbered list, and every entry is cited', () => {
    const marks = findAll(d, (e) => e.tag === 'a' && /^#cite-\d+$/.test(e.attrs.href ?? ''));
    const ids = new Set(entries.map((li) => li.attrs.id));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(ids.has(m.attrs.href!.slice(1)), m.attrs.href).toBe(true);
    const cited = new Set(marks.map((m) => m.attrs.href!.slice(1)));
    for (const li of entries) expect(cited.has(li.attrs.id!), `${li.attrs.id} is never cited`).toBe(true);
  });

  test('numbers sources in order of first use', () => {
    const firsts: number[] = [];
    for (const m of findAll(d, (e) => e.tag === 'a' && /^#cite-\d+$/.test(e.attrs.href ?? ''))) {
      const n = Number(m.attrs.href!.slice(6));
      if (!firsts.includes(n)) firsts.push(n);
    }
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
  });

  test('lists each source with its title, publisher, date and the URL exactly as given, and links it to /sources/', () => {
    expect(entries.map((li) => li.attrs.id)).toEqual(entries.map((_, i) => `cite-${i + 1}`));
    for (const li of entries) {
      const anchor = findAll(li, (e) => e.tag === 'a' && (e.attrs.href ?? '').includes('/sources/#'))[0]!;
      const key = anchor.attrs.href!.split('#')[1]!.replace(/^source-/, '');
      expect(anchor.attrs.href!.endsWith(`#${sourceAnchor(key)}`)).toBe(true);
      const s = sources.get(key)!;
      expect(s, key).toBeDefined();
      const text = textContent(li);
      expect(text).toContain(s.title);
      // A date that ends with its own full stop ("24 декабря 2010 г.") takes no second one.
      expect(text.replace(s.url, ''), key).not.toMatch(/\p{L}\.\.(?:\s|$)/u);
      expect(text).toContain(s.publisher);
      if (s.url === 'no-url') expect(text).toContain(t.noUrl);
      else {
        const link = findAll(li, (e) => e.tag === 'a' && e.attrs.href === s.url);
        expect(link.map(textContent), key).toEqual([s.url]);
      }
    }
  });

  test('draws every figure from a data key that exists', () => {
    const figs = findAll(body, (e) => e.attrs['data-figure'] !== undefined);
    expect(figs.length).toBeGreaterThan(0);
    for (const f of figs) {
      const key = f.attrs['data-figure']!;
      const keys = key.split('/');
      for (const k of keys) expect(data.index.has(k), k).toBe(true);
    }
  });

  test('has a table of contents pointing at the article’s own headings', () => {
    const toc = byClass(d, 'article-toc');
    const h2 = findAll(body, (e) => e.tag === 'h2').map((h) => h.attrs.id);
    if (h2.length > 1) {
      const targets = findAll(toc[0]!, (e) => e.tag === 'a').map((a) => a.attrs.href!.slice(1));
      expect(targets).toEqual(h2);
    }
  });

  test('links its related charts and articles to pages that exist', () => {
    const related = byClass(d, 'article-related');
    const hrefs = related.flatMap((r) => findAll(r, (e) => e.tag === 'a').map((a) => a.attrs.href!));
    expect(hrefs.length).toBe(article.charts + article.related);
    const base = new URL(findAll(d, (e) => e.tag === 'link' && e.attrs.rel === 'canonical')[0]!.attrs.href!).pathname.replace(/(?:(?:be|ru)\/)?articles\/.*$/, '');
    // Related pages are in the article's edition.
    for (const h of hrefs) expect(h.slice(base.length).startsWith(prefix(locale)), h).toBe(true);
    for (const h of hrefs) expect(files.has(`${h.slice(base.length)}index.html`), h).toBe(true);
  });
});

test('the result article shows the winner’s final share from the data', () => {
  const d = page('result-at-a-glance');
  const fig = findAll(one(d, 'article-body'), (e) => e.attrs['data-figure'] === '2025.final.lukashenka.share' && e.attrs['data-show'] === undefined);
  const share = data.index.get('2025.final.lukashenka.share')!.figure;
  expect(fig.length).toBeGreaterThan(0);
  expect(textContent(fig[0]!)).toBe(`${share.status === 'published' ? share.value : ''}%`);
});
