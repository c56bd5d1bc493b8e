// The editions on the built site (dist/), for the parts that serve every
// page: /data/ and its downloads in Belarusian and Russian, the sitemap's
// hreflang alternates and a Pagefind index per language.
// - /be/data/ and /ru/data/ and each of their files exist, in the language,
//   with no English words outside keys, ids, codes, file names and URLs;
// - every sitemap URL of a page in more than one edition lists the same
//   alternates, with the same hreflang codes, as the page's own head;
// - each edition with searchable pages has its own Pagefind index.
// Needs `npm run build` first.
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { csvRecords, findAll, isElement, listFiles, parseHtml, parseXml, readText, textContent, xmlChildren, xmlText, type HtmlElement, type XmlElement } from '../../../tools/dist-files.ts';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../../src/i18n/locales.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import { routeIn } from '../../../src/models/routes.ts';
import { messages } from '../../../src/i18n/messages/index.ts';

const dist = requireDist();
const files = listFiles(dist);
const fileSet = new Set(files);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const doc = (file: string) => parseHtml(readText(dist, file));
const htmlLang = (d: HtmlElement) => findAll(d, (e) => e.tag === 'html')[0]?.attrs.lang;

/** What a reader sees, without what is marked as another language or as code. */
function visibleText(el: HtmlElement, lang: string): string {
  return el.children
    .map((c) => {
      if (!isElement(c)) return c.text;
      if (['script', 'style', 'code', 'template'].includes(c.tag)) return ' ';
      if (c.attrs.lang && c.attrs.lang !== lang) return ' ';
      return visibleText(c, lang);
    })
    .join(' ');
}

/** Latin words left once URLs, file names, figure keys and code spans are taken out. */
function englishWords(text: string, allowed: ReadonlySet<string>): string[] {
  const bare = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\b[\w/.-]+\.(?:csv|json|md|txt)\b/g, ' ')
    .replace(/\bcontent\/data\/?/g, ' ')
    .replace(/\b(?:\d{4}|evidence)\.[\w.*-]*/g, ' ');
  return [...new Set((bare.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !allowed.has(w)))];
}
/**
 * Latin words the be and ru data pages and files may show, each with why:
 * the formats' names, the licence's own name, the site's code licence in the
 * shared footer, and the suffixes the data's translated fields carry.
 */
const ALLOWED = new Set([
  'CSV', 'JSON', 'README', // the formats and the file every dataset comes with, by their names
  'Creative', 'Commons', 'CC', 'BY', // the licence's own name
  'MIT', // the code licence, named in the footer
  'Be', 'Ru', // the suffixes of the data's Belarusian and Russian fields
]);

const ids = readText(dist, 'data/README.md').match(/^- CSV: \S+\/data\/([\w-]+)\.csv /gm)!.map((l) => /\/data\/([\w-]+)\.csv/.exec(l)![1]!);

describe.each(TRANSLATED_LOCALES)('/%s/data/', (locale) => {
  const page = `${locale}/data/index.html`;

  test('is built, in the language, titled as its route, with no English words', () => {
    expect(PAGE_EDITIONS.data).toContain(locale);
    expect(fileSet.has(page)).toBe(true);
    const d = doc(page);
    expect(htmlLang(d)).toBe(locale);
    expect(textContent(findAll(d, (e) => e.tag === 'title')[0]!)).toBe(`${routeIn(locale, 'data').title} · ${messages(locale).site.name}`);
    expect(textContent(findAll(d, (e) => e.tag === 'h1')[0]!)).toBe(routeIn(locale, 'data').title);
    const body = findAll(d, (e) => e.tag === 'body')[0]!;
    expect(englishWords(visibleText(body, locale), ALLOWED)).toEqual([]);
    expect(findAll(d, (e) => e.attrs['data-pagefind-body'] !== undefined)).toHaveLength(1);
  });

  test('links every download in its own edition, and each exists', () => {
    const hrefs = new Set(findAll(doc(page), (e) => e.tag === 'a').map((a) => a.attrs.href));
    expect(ids.length).toBe(15);
    for (const id of ids) {
      for (const f of [`${locale}/data/${id}.csv`, `${locale}/data/${id}.json`, `${locale}/data/schema/${id}.schema.json`]) {
        expect(fileSet.has(f), f).toBe(true);
        expect([...hrefs].some((h) => h?.endsWith(`/${f}`)), `a link to ${f}`).toBe(true);
      }
    }
    for (const f of ['README.md', 'LICENSE.txt']) expect(fileSet.has(`${locale}/data/${f}`), f).toBe(true);
  });

  test('heads each CSV in the language, with the English file’s rows and ids', () => {
    const letters = locale === 'be' ? /^[А-ЯЁІЎа-яёіў’0-9 :,()«»%.–-]+$/u : /^[А-ЯЁа-яё0-9 :,()«»%.–-]+$/u;
    for (const id of ids) {
      const text = readText(dist, `${locale}/data/${id}.csv`);
      const header = text.slice(0, text.indexOf('\r\n')).split(',');
      for (const h of header) expect(h, `${locale}/data/${id}.csv`).toMatch(letters);
      const english = csvRecords(readText(dist, `data/${id}.csv`));
      const rows = csvRecords(text);
      expect(rows.length, id).toBe(english.length);
      expect(header.length, id).toBe(Object.keys(english[0]!).length);
      // The first column is the key or id (or the stage, for the results), the same in every edition.
      expect(rows.map((r) => Object.values(r)[0]), id).toEqual(english.map((r) => Object.values(r)[0]));
    }
  });

  test('gives each JSON Schema its title and description in the language, at the edition’s address', () => {
    for (const id of ids) {
      const schema = JSON.parse(readText(dist, `${locale}/data/schema/${id}.schema.json`)) as { $id: string; title: string; description: string };
      expect(schema.$id).toMatch(new RegExp(`/${locale}/data/schema/${id}\\.schema\\.json$`));
      expect(englishWords(`${schema.title} ${schema.description}`, ALLOWED), id).toEqual([]);
      expect(JSON.parse(readText(dist, `${locale}/data/${id}.json`)), id).toBeTruthy();
    }
  });

  test('writes the README and the licence in the language', () => {
    const readme = readText(dist, `${locale}/data/README.md`);
    expect(englishWords(readme, ALLOWED)).toEqual([]);
    expect(readme).toContain(locale === 'be' ? '## Як цытаваць' : '## Как цитировать');
    expect(readme).toMatch(new RegExp(`/${locale}/data/figures\\.csv`));
    expect(englishWords(readText(dist, `${locale}/data/LICENSE.txt`), ALLOWED)).toEqual([]);
  });
});

describe('sitemap alternates', () => {
  const index = parseXml(readText(dist, 'sitemap-index.xml'));
  const entries = xmlChildren(index, 'sitemap').flatMap((s) => {
    const loc = new URL(xmlText(xmlChildren(s, 'loc')[0]));
    const map = parseXml(readText(dist, loc.pathname.replace(/^\//, '')));
    return xmlChildren(map, 'url').map((u: XmlElement) => ({
      loc: xmlText(xmlChildren(u, 'loc')[0]),
      alternates: xmlChildren(u, 'xhtml:link').map((l) => ({ hreflang: l.attrs.hreflang!, href: l.attrs.href! })),
    }));
  });
  const byLoc = new Map(entries.map((e) => [e.loc, e]));
  const fileOf = (url: string) => `${new URL(url).pathname.replace(/^\//, '')}index.html`;

  test('lists, for every page in more than one edition, the page’s own hreflang alternates', () => {
    const multi = entries.filter((e) => e.alternates.length > 0);
    // /data/ is in every edition, so there is at least one such page in each.
    for (const l of LOCALES) expect(multi.some((e) => e.alternates.some((a) => a.hreflang === l)), l).toBe(true);
    for (const e of multi) {
      const head = findAll(doc(fileOf(e.loc)), (x) => x.tag === 'link' && x.attrs.rel === 'alternate' && x.attrs.hreflang !== undefined && x.attrs.hreflang !== 'x-default')
        .map((x) => ({ hreflang: x.attrs.hreflang!, href: x.attrs.href! }));
      const sort = (xs: { hreflang: string; href: string }[]) => [...xs].sort((a, b) => a.hreflang.localeCompare(b.hreflang));
      expect(sort(e.alternates), e.loc).toEqual(sort(head));
      expect(e.alternates.some((a) => a.href === e.loc), `${e.loc} lists itself`).toBe(true);
      for (const a of e.alternates) expect(byLoc.get(a.href)?.alternates.length, `${a.href} is in the sitemap with its alternates`).toBe(e.alternates.length);
    }
  });

  test('lists no alternates for a page in one edition only', () => {
    for (const e of entries.filter((x) => x.alternates.length === 0)) {
      const head = findAll(doc(fileOf(e.loc)), (x) => x.tag === 'link' && x.attrs.rel === 'alternate' && x.attrs.hreflang !== undefined && x.attrs.hreflang !== 'x-default');
      expect(head.length <= 1, e.loc).toBe(true);
    }
  });
});

describe('Pagefind', () => {
  test('builds an index for each language that has searchable pages, with as many pages as the build marks for it', () => {
    const entry = JSON.parse(readText(dist, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string; page_count: number }> };
    const searchable = new Map<string, number>();
    for (const f of htmlFiles) {
      const d = doc(f);
      if (findAll(d, (e) => e.attrs['data-pagefind-body'] !== undefined).length === 0) continue;
      const lang = htmlLang(d)!;
      searchable.set(lang, (searchable.get(lang) ?? 0) + 1);
    }
    for (const l of LOCALES) expect(searchable.get(l), `searchable ${l} pages`).toBeGreaterThan(0);
    expect(Object.keys(entry.languages).sort()).toEqual([...searchable.keys()].sort());
    for (const [lang, count] of searchable) {
      expect(entry.languages[lang]!.page_count, lang).toBe(count);
      expect(fileSet.has(`pagefind/pagefind.${entry.languages[lang]!.hash}.pf_meta`), `${lang} index`).toBe(true);
    }
  });
});

// Keep the English edition of the page as it was: no alternates missing, its language its own.
test('/data/ in English is English, with every edition as an alternate', () => {
  const d = doc('data/index.html');
  expect(htmlLang(d)).toBe('en');
  const langs = findAll(d, (e) => e.tag === 'link' && e.attrs.rel === 'alternate' && e.attrs.hreflang !== undefined).map((e) => e.attrs.hreflang);
  expect(langs).toEqual([...(PAGE_EDITIONS.data as readonly Locale[]), 'x-default']);
});
