// The charts in the Belarusian and Russian editions, in the built files (no
// browser): every embed and every chart file under /be/ and /ru/ exists for
// each edition its page entry lists (src/i18n/page-editions.ts), with
// <html lang> of the edition, the chart's title in the language, and no
// English word left in what a reader sees (a local check: Latin-script words
// outside an allow-list; source links keep their publishers' own names).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import { findAll, parseHtml, readText, type HtmlElement } from '../../../tools/dist-files.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { buildChartSpec } from '../../../src/charts/registry.ts';
import { MissingTextError } from '../../../src/charts/locale.ts';
import type { ChartSpec } from '../../../src/charts/contract.ts';
import { chartFileNames } from '../../../src/charts/files.ts';
import { CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

const dist = requireDist();
const loaded = loadDataset(process.cwd());
if (!loaded.ok) throw new Error('the dataset does not load');
const data = { ds: loaded.dataset, index: loaded.index };

const EDITIONS = ['be', 'ru'] as const;
/** Latin words a be/ru chart may show: file formats, the licence, a key's name and names that stay Latin. */
const LATIN_ALLOWED = new Set([
  'CSV', 'JSON', 'PNG', 'SVG', // file formats
  'CC', 'BY', // the licence
  'Escape', 'Ctrl', 'C', // keys
  'Content', 'Security', 'Policy', // a header's name, in the embed code's notes
  'Natural', 'Earth', 'Chatham', 'House', // names that stay Latin
]);

const isElement = (n: unknown): n is HtmlElement => typeof n === 'object' && n !== null && 'tag' in n;
const hasClass = (e: HtmlElement, cls: string) => (e.attrs.class ?? '').split(/\s+/).includes(cls);

/** What a reader sees or hears: text and accessible names, without scripts, styles, code and the source links. */
let locale0 = 'en';
function readerText(root: HtmlElement, locale: string = 'en'): string[] {
  locale0 = locale;
  const out: string[] = [];
  const walk = (e: HtmlElement) => {
    if (['script', 'style', 'code', 'pre', 'template'].includes(e.tag)) return;
    if (e.tag === 'a' && e.parent && hasClass(e.parent, 'chart-figure__source')) return;
    // Source titles keep their own language (and say so with lang); the reference list and the language switcher name other languages.
    if (e.attrs.lang && !e.attrs.lang.startsWith(locale0)) return;
    if (hasClass(e, 'references') || hasClass(e, 'reference-list') || e.attrs['data-references'] !== undefined) return;
    for (const a of ['aria-label', 'title', 'alt']) if (e.attrs[a]) out.push(e.attrs[a]);
    for (const c of e.children) {
      if (isElement(c)) walk(c);
      else out.push((c as { text: string }).text);
    }
  };
  walk(root);
  return out;
}

function englishWords(texts: string[]): string[] {
  const words = texts.join(' ').replace(/&[a-z]+;/g, ' ').match(/[A-Za-z]+/g) ?? [];
  return [...new Set(words.filter((w) => !LATIN_ALLOWED.has(w)))];
}

/** The chart in the edition, or undefined when content/data lacks the edition's text of a note it quotes (then it is not generated there). */
function specIn(id: string, locale: Locale): ChartSpec | undefined {
  try {
    return buildChartSpec(id, data, undefined, locale);
  } catch (e) {
    if (e instanceof MissingTextError) return undefined;
    throw e;
  }
}

const inEdition = (page: keyof typeof PAGE_EDITIONS, locale: Locale) => (PAGE_EDITIONS[page] as readonly Locale[]).includes(locale);

describe.each(EDITIONS)('the %s edition of the charts', (locale) => {
  const foreign = locale === 'be' ? /[иИщЩъЪ]/ : /[ўЎіІ]/;

  test.runIf(inEdition('chart', locale)).each([...CHART_IDS])(`/${locale}/charts/%s/: the chart's page in the edition's language`, (id) => {
    const spec = specIn(id, locale);
    if (!spec) {
      expect(existsSync(path.join(dist, locale, 'charts', id, 'index.html'))).toBe(false);
      return;
    }
    const file = `${locale}/charts/${id}/index.html`;
    const doc = parseHtml(readText(dist, file));
    expect(findAll(doc, (e) => e.tag === 'html')[0]!.attrs.lang).toBe(locale);
    expect(readerText(findAll(doc, (e) => e.tag === 'h1')[0]!).join('')).toBe(spec.title);
    const main = findAll(doc, (e) => e.tag === 'main')[0]!;
    const texts = readerText(main, locale);
    expect(englishWords(texts), file).toEqual([]);
    expect(texts.join(' '), file).not.toMatch(foreign);
    // The embed code gives this edition's embed, and the downloads are this edition's files.
    const code = findAll(doc, (e) => e.attrs['data-embed-snippet'] === id)[0]!;
    expect(code.attrs['data-embed-url']).toMatch(new RegExp(`/${locale}/embed/${id}/$`));
    const downloads = findAll(doc, (e) => e.tag === 'a' && e.attrs.download !== undefined).map((a) => a.attrs.href!);
    expect(downloads.length).toBeGreaterThan(2);
    for (const d of downloads) expect(d).toMatch(new RegExp(`/${locale}/charts/${id}/`));
  });

  test.runIf(inEdition('charts', locale))(`/${locale}/charts/: the gallery and the manifest in the edition`, () => {
    const doc = parseHtml(readText(dist, `${locale}/charts/index.html`));
    expect(findAll(doc, (e) => e.tag === 'html')[0]!.attrs.lang).toBe(locale);
    const texts = readerText(findAll(doc, (e) => e.tag === 'main')[0]!, locale);
    expect(englishWords(texts)).toEqual([]);
    const manifest = JSON.parse(readText(dist, `${locale}/charts/manifest.json`)) as { about: string; charts: { id: string; title: string; summary: string; page: string; images: { path: string; texts: string[] }[] }[] };
    expect(englishWords([manifest.about.replace('content/data', '')])).toEqual([]);
    for (const c of manifest.charts) {
      expect(c.page).toBe(`/${locale}/charts/${c.id}/`);
      expect(englishWords([c.title, c.summary, ...c.images.flatMap((i) => i.texts)]), c.id).toEqual([]);
      for (const i of c.images) expect(existsSync(path.join(dist, i.path)), i.path).toBe(true);
    }
  });

  test.runIf(inEdition('embed', locale))('every chart is there but those whose quoted data text lacks the edition’s version', () => {
    const missing = CHART_IDS.filter((id) => !specIn(id, locale));
    // Only the chart of estimates quotes evidence text (limitations, the group each estimate counts).
    expect(missing.filter((id) => id !== 'lukashenka-2020-official-vs-estimates')).toEqual([]);
    for (const id of CHART_IDS) {
      expect(existsSync(path.join(dist, locale, 'embed', id, 'index.html')), `${locale}/embed/${id}/`).toBe(!missing.includes(id));
      expect(existsSync(path.join(dist, locale, 'charts', id, `${id}.json`)), `${locale}/charts/${id}/${id}.json`).toBe(!missing.includes(id));
    }
  });

  test.runIf(inEdition('embed', locale)).each([...CHART_IDS])(`/${locale}/embed/%s/: the edition's language throughout`, (id) => {
    const spec = specIn(id, locale);
    if (!spec) return;
    const file = `${locale}/embed/${id}/index.html`;
    expect(existsSync(path.join(dist, file)), file).toBe(true);
    const doc = parseHtml(readText(dist, file));
    const html = findAll(doc, (e) => e.tag === 'html')[0]!;
    expect(html.attrs.lang).toBe(locale);
    const title = findAll(doc, (e) => e.tag === 'title')[0]!;
    expect(title.children.map((c) => (c as { text: string }).text).join('')).toContain(spec.title);
    const h1 = findAll(doc, (e) => e.tag === 'h1')[0]!;
    expect(readerText(h1).join('')).toBe(spec.title);
    const canonical = findAll(doc, (e) => e.tag === 'link' && e.attrs.rel === 'canonical')[0]!;
    expect(canonical.attrs.href).toMatch(inEdition('chart', locale) ? new RegExp(`/${locale}/charts/${id}/$`) : new RegExp(`/charts/${id}/$`));
    const body = findAll(doc, (e) => e.tag === 'body')[0]!;
    const texts = readerText(body, locale);
    expect(englishWords(texts), file).toEqual([]);
    expect(texts.join(' '), file).not.toMatch(foreign);
    // A bar or line chart loads its interactive data from its edition's files.
    for (const f of findAll(doc, (e) => e.attrs['data-chart-src'] !== undefined)) {
      expect(f.attrs['data-chart-src']).toMatch(new RegExp(`/${locale}/charts/${id}/interactive\\.json$`));
    }
  });

  test.runIf(inEdition('chartFiles', locale)).each([...CHART_IDS])(`/${locale}/charts/%s/…: every file, the data's words in the language`, (id) => {
    const spec = specIn(id, locale);
    if (!spec) return;
    for (const name of chartFileNames(spec)) expect(existsSync(path.join(dist, locale, 'charts', id, name)), `${locale}/charts/${id}/${name}`).toBe(true);
    const json = JSON.parse(readText(dist, `${locale}/charts/${id}/${id}.json`)) as {
      title: string; summary: string; notes: string[]; about: string; stageText: string;
      categories: { label: string }[]; series: { label: string }[]; values: { display: string; note: string | null }[];
    };
    expect(json.title).toBe(spec.title);
    const words = [json.title, json.summary, json.stageText, ...json.notes, ...json.categories.map((c) => c.label), ...json.series.map((s) => s.label), ...json.values.flatMap((v) => [v.display, v.note ?? ''])];
    expect(englishWords(words), `${id}.json`).toEqual([]);
    const csv = readText(dist, `${locale}/charts/${id}/${id}.csv`);
    // Keys and ids stay English in the header; each row's labels are the edition's.
    expect(csv.split('\r\n')[0]).toBe('chart,category_id,category,series_id,series,value,unit,status,stage,date,sources,note');
    expect(csv).toContain(spec.table.rows[0]!.label);
    if (spec.type !== 'map') {
      const interactive = JSON.parse(readText(dist, `${locale}/charts/${id}/interactive.json`)) as { points: string[][]; layouts: { wide: { config: { options: { locale?: string } } } } };
      expect(interactive.points).toEqual(spec.pointTexts);
      expect(interactive.layouts.wide.config.options.locale).toBe(locale === 'be' ? 'be-BY' : 'ru-RU');
    }
  });
});

test('the English embeds and files stay where they were, in English', () => {
  const doc = parseHtml(readText(dist, 'embed/vote-share-2025/index.html'));
  expect(findAll(doc, (e) => e.tag === 'html')[0]!.attrs.lang).toBe('en');
  expect(englishWords(readerText(findAll(doc, (e) => e.tag === 'body')[0]!)).length).toBeGreaterThan(20);
});
