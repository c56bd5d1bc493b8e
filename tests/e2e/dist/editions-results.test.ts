// The Belarusian and Russian editions of the results, regions, each region,
// history and candidates pages, on the built site (dist/): each exists in each
// edition its PAGE_EDITIONS entry lists, says its language in <html lang>,
// has its title (the edition's route title) in that language, and writes no
// English in its own text. Left out of the word check: the charts (drawn per
// edition elsewhere), the locator map, the reference list (source titles keep
// their own language), anything marked with another `lang` (the English forms
// of candidates' names), and the names of people who have no form in the
// edition in content/data/people.json.
// Needs `npm run build` first.
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { ancestors, findAll, isElement, parseHtml, readText, type HtmlElement, type HtmlNode } from '../../../tools/dist-files.ts';
import { listFiles } from '../../../tools/dist-files.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../../src/i18n/locales.ts';
import { regionRoute, routeIn } from '../../../src/models/routes.ts';

const dist = requireDist();
const files = new Set(listFiles(dist));
const loaded = loadDataset(process.cwd());
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}: ${p.path}`).join('\n'));
const ds = loaded.dataset;

interface Page { page: keyof typeof PAGE_EDITIONS; path: string; title: (l: TranslatedLocale) => string }
const PAGES: Page[] = [
  { page: 'results', path: '/results/2025/', title: (l) => routeIn(l, 'results').title },
  { page: 'regions', path: '/results/2025/regions/', title: (l) => routeIn(l, 'regions').title },
  ...ds.regions.map((r): Page => ({ page: 'region', path: `/results/2025/regions/${r.id}/`, title: (l) => regionRoute(r, l).title })),
  { page: 'history', path: '/history/', title: (l) => routeIn(l, 'history').title },
  { page: 'candidates', path: '/candidates/', title: (l) => routeIn(l, 'candidates').title },
];

/** Latin words that stay Latin in these pages: people with no form in the edition (Nohlen, Stöver). */
const latinNames = (l: TranslatedLocale) => new Set(ds.people.filter((p) => !p[l]).flatMap((p) => p.name.form.match(/\p{L}+/gu) ?? []));

const LATIN_WORD = /[A-Za-zÀ-ÖØ-öø-ɏ]+/g;

/** The page's own words: <main> without charts, the locator map, the references, and elements in another language. */
function ownText(main: HtmlElement, locale: string): string {
  const skip = (e: HtmlElement) => {
    const cls = e.attrs.class ?? '';
    return (
      ['svg', 'script', 'style', 'figure'].includes(e.tag)
      || /\b(page-chart|chart-figure|locator|references)\b/.test(cls)
      || (e.attrs.lang !== undefined && e.attrs.lang !== locale)
    );
  };
  const out: string[] = [];
  const walk = (n: HtmlNode) => {
    if (!isElement(n)) { out.push(n.text); return; }
    if (skip(n)) return;
    n.children.forEach(walk);
  };
  walk(main);
  return out.join(' ');
}

describe.each(TRANSLATED_LOCALES)('the %s edition of the results, regions, history and candidates pages', (locale) => {
  const pages = PAGES.filter((p) => (PAGE_EDITIONS[p.page] as readonly string[]).includes(locale));
  const allowed = latinNames(locale);

  test('every page is in the edition (the entries list it)', () => {
    expect(pages).toHaveLength(PAGES.length);
  });

  test.each(PAGES.map((p) => [p.path, p] as const))('%s: exists, <html lang>, title in the language, no English words of its own', (_path, p) => {
    const file = `${locale}${p.path}index.html`;
    expect(files.has(file), `${file} is missing from the build`).toBe(true);
    const doc = parseHtml(readText(dist, file));
    const html = findAll(doc, (e) => e.tag === 'html')[0]!;
    expect(html.attrs.lang).toBe(locale);

    const title = findAll(doc, (e) => e.tag === 'title')[0]!;
    const titleText = title.children.map((c) => (isElement(c) ? '' : c.text)).join('');
    expect(titleText.startsWith(p.title(locale)), `title "${titleText}"`).toBe(true);
    expect(p.title(locale)).toMatch(/\p{Script=Cyrillic}/u);
    expect(p.title(locale).match(LATIN_WORD) ?? []).toEqual([]);

    const main = findAll(doc, (e) => e.tag === 'main')[0]!;
    const text = ownText(main, locale);
    expect(text.length).toBeGreaterThan(500);
    const latin = [...new Set(text.match(LATIN_WORD) ?? [])].filter((w) => !allowed.has(w));
    expect(latin, `English (Latin-script) words in ${file}`).toEqual([]);
    const foreign = locale === 'be' ? /[иИщЩъЪ]/ : /[ўЎіІ]/;
    expect(text.replace(/«[^»]*»/g, ' ').match(foreign)?.[0], `a letter ${locale === 'be' ? 'Belarusian' : 'Russian'} does not use in ${file}`).toBeUndefined();

    // Links in the page's own text lead to pages that exist.
    for (const a of findAll(main, (e) => e.tag === 'a' && (e.attrs.href ?? '').startsWith('/') && !ancestors(e).some((x) => /\b(references|locator|chart-figure)\b/.test(x.attrs.class ?? '')))) {
      const target = a.attrs.href!.split('#')[0]!;
      if (target === `/${locale}/`) continue; // the home page joins the edition separately (breadcrumbs)
      const rel = `${target.slice(1)}${target.endsWith('/') ? 'index.html' : ''}`;
      expect(files.has(rel), `${file} links ${a.attrs.href}, which the build does not have`).toBe(true);
    }
  });
});
