// An editor corrects one figure; the rebuilt site must follow everywhere.
//
// A test build (harness/test-build.ts) of a copy of the tree in which
// Lukashenka's FINAL count and share change: votes move from him to the part
// of the vote no source counts exactly (against all and invalid ballots, both
// reported only in thousands or not at all), so every other published share
// still rounds, and a changelog entry records the correction, as the data
// README asks. The preliminary figures (27 January) stay as they were.
//
// Then every file in the new dist/ is scanned: formatted forms (5,136,293 and
// 86.82%) in HTML, XML, SVG, manifests and other text; raw forms (5136293,
// 86.82) in CSV and JSON. The old final figure may survive only in
// preliminary items: inside an element with data-stage="preliminary" (HTML),
// in a CSV row or JSON object whose stage is preliminary, or a manifest entry
// whose stage(s) are preliminary; and in the quoted titles of sources (a
// headline such as "... with 86.82% of votes - preliminary results" is the
// publisher's wording, not our figure). The new figure must appear in a
// table, the history page, a chart summary, a CSV, a JSON, an embed, a chart
// image's manifest, a social card's manifest, the timeline, the RSS feed and
// the result article.
//
// The same build also corrects Minsk city's 2025 turnout at the close (69.72
// to 78.40), a figure no Lukashenka count depends on: the maps follow (the
// value, the class and so the colour, the change from 2020, the CSV and the
// manifest). One build for both corrections: they touch different figures.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatBuildOutput, testBuild, type TestBuild } from '../harness/index.ts';
import {
  ancestors, csvRecords, describeElement, findAll, findOccurrences, listFiles, parseHtml, readText, textContent, type HtmlElement,
} from '../../../tools/dist-files.ts';
import { roundedPercent } from '../../../src/data/figures/percent.ts';
import { messages } from '../../../src/i18n/messages/index.ts';

const OLD = { votes: 5136293, share: '86.82' };
/** 12,837 votes fewer: 5,123,456 of 5,916,195 voters who took part is 86.6003%, published as 86.60. */
const NEW = { votes: 5123456, share: '86.60' };
const TOOK_PART = 5916195;

const forms = (f: { votes: number; share: string }) => ({
  formatted: [f.votes.toLocaleString('en-GB'), `${f.share}%`],
  raw: [String(f.votes), f.share],
});
const OLD_FORMS = forms(OLD);
const NEW_FORMS = forms(NEW);

interface Finding {
  file: string;
  form: string;
  where: string;
}

// ---------------------------------------------------------------------------
// The correction

type Json = Record<string, unknown>;

function correct(dir: string) {
  const resultsFile = path.join(dir, 'content/data/results-2025.json');
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { final: { tookPart: { value: number }; candidates: { candidate: string; votes: Json; share: Json }[] } };
  const luk = results.final.candidates.find((c) => c.candidate === 'lukashenka')!;
  // The premise: the data holds the old figure, and the new one is what the counts give.
  expect([luk.votes.value, luk.share.value, results.final.tookPart.value]).toEqual([OLD.votes, OLD.share, TOOK_PART]);
  expect(roundedPercent(NEW.votes, TOOK_PART, 2)).toBe(NEW.share);
  luk.votes.value = NEW.votes;
  luk.share.value = NEW.share;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  const changelogFile = path.join(dir, 'content/data/changelog.json');
  const changelog = JSON.parse(readFileSync(changelogFile, 'utf8')) as Json[];
  const last = String(changelog.at(-1)!.date);
  changelog.push({
    id: 'lukashenka-final-corrected',
    date: last,
    title: 'Lukashenka’s final count corrected',
    change: 'Lukashenka’s final count is now {{2025.final.lukashenka.votes}}, {{2025.final.lukashenka.share}} of the voters who took part; the preliminary figures are unchanged.',
    reason: 'A test of the rebuild: a figure corrected in one place must change on every page, chart, download and feed.',
    // The Belarusian and Russian editions carry the entry too, with the same figures (npm run validate requires them).
    titleBe: 'Выпраўлена канчатковая колькасць галасоў за Лукашэнку',
    titleRu: 'Исправлено окончательное число голосов за Лукашенко',
    changeBe: 'Канчатковая колькасць галасоў за Лукашэнку цяпер {{2025.final.lukashenka.votes}}, {{2025.final.lukashenka.share}} ад тых, хто прыняў удзел; папярэднія лічбы не змяніліся.',
    changeRu: 'Окончательное число голосов за Лукашенко теперь {{2025.final.lukashenka.votes}}, {{2025.final.lukashenka.share}} от принявших участие; предварительные цифры не изменились.',
    reasonBe: 'Праверка перабудовы: лічба, выпраўленая ў адным месцы, мусіць змяніцца на кожнай старонцы, дыяграме, у файлах і стужцы.',
    reasonRu: 'Проверка пересборки: цифра, исправленная в одном месте, должна измениться на каждой странице, в диаграмме, файлах и ленте.',
    sources: ['newsru_0203'],
  });
  writeFileSync(changelogFile, `${JSON.stringify(changelog, null, 2)}\n`);
}

/** Minsk city's turnout at the close, corrected: 78.40 is in the 75–80 class. */
const MINSK = { old: '69.72', now: '78.40' };

function correctMinsk(dir: string) {
  const file = path.join(dir, 'content/data/turnout-2025.json');
  const t = JSON.parse(readFileSync(file, 'utf8')) as { series: { area: string; values: Record<string, { value: string }> }[] };
  const city = t.series.find((s) => s.area === 'minsk-city')!;
  expect(city.values.close!.value).toBe(MINSK.old);
  city.values.close!.value = MINSK.now;
  writeFileSync(file, JSON.stringify(t, null, 2) + '\n');
}

// ---------------------------------------------------------------------------
// Scanning

/** The editor also reworded the English article's title: its translations are now behind it. */
const EDITED_ARTICLE = 'content/articles/result-at-a-glance.mdx';
function editEnglishArticle(dir: string) {
  const file = path.join(dir, EDITED_ARTICLE);
  const text = readFileSync(file, 'utf8');
  const from = 'title: What was the official result of';
  if (text.split(from).length !== 2) throw new Error(`fixture out of date: "${from}" is not in ${EDITED_ARTICLE} exactly once`);
  writeFileSync(file, text.replace(from, 'title: What was the officially declared result of'));
}

const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|wasm|pagefind|pf_[a-z]+)$/i;

const isPreliminaryElement = (e: HtmlElement) => e.attrs['data-stage'] === 'preliminary';
/** A source's title, quoted as its publisher wrote it. */
const isQuotedTitle = (e: HtmlElement) => e.tag === 'cite';

function scanHtml(file: string, html: string, needles: readonly string[]): { findings: Finding[]; exempt: number } {
  const root = parseHtml(html);
  const findings: Finding[] = [];
  let exempt = 0;
  for (const n of needles) {
    for (const o of findOccurrences(root, n)) {
      if (ancestors(o.element).some((e) => isPreliminaryElement(e) || isQuotedTitle(e))) {
        exempt++;
        continue;
      }
      findings.push({ file, form: n, where: `${describeElement(o.element)} [${o.where}]: …${o.context}…` });
    }
  }
  return { findings, exempt };
}

const preliminaryObject = (o: Json) =>
  o.stage === 'preliminary' || (Array.isArray(o.stages) && o.stages.length > 0 && o.stages.every((s) => s === 'preliminary'));
/** A source record (title + publisher): its title is the publisher's own words. */
const quotedTitle = (parent: Json, key: string) => key === 'title' && typeof parent.publisher === 'string';

function scanJson(file: string, value: unknown, needles: readonly string[], numbers: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const walk = (v: unknown, where: string, parent: Json | undefined, key: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`, parent, key));
    else if (v && typeof v === 'object') {
      const o = v as Json;
      if (preliminaryObject(o)) return;
      for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`, o, k);
    } else if (typeof v === 'number') {
      if (numbers.includes(v)) findings.push({ file, form: String(v), where });
    } else if (typeof v === 'string') {
      if (parent && quotedTitle(parent, key)) return;
      for (const n of needles) if (v.includes(n)) findings.push({ file, form: n, where: `${where}: ${v.slice(0, 160)}` });
    }
  };
  walk(value, '$', undefined, '');
  return findings;
}

function scanCsv(file: string, text: string, needles: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  csvRecords(text).forEach((row, i) => {
    // The stage is a code in every edition ('preliminary'), under a header in the edition's language.
    if (Object.values(row).includes('preliminary')) return;
    const sourceRow = 'publisher' in row || 'Выдавец' in row || 'Издатель' in row;
    for (const [col, v] of Object.entries(row)) {
      if (sourceRow && (col === 'title' || col === 'Назва' || col === 'Название')) continue;
      for (const n of needles) if (v.includes(n)) findings.push({ file, form: n, where: `row ${i + 2}, ${col}: ${v.slice(0, 160)}` });
    }
  });
  return findings;
}

function scanText(file: string, text: string, needles: readonly string[]): Finding[] {
  return needles.flatMap((n) => (text.includes(n) ? [{ file, form: n, where: `…${text.slice(Math.max(0, text.indexOf(n) - 60), text.indexOf(n) + 60)}…` }] : []));
}

/** Every place a figure's forms appear outside preliminary items (and how many preliminary ones were allowed). */
function scanDist(dist: string, f: { formatted: string[]; raw: string[] }, number: { votes: number; share: number }) {
  const findings: Finding[] = [];
  let exempt = 0;
  let scanned = 0;
  for (const file of listFiles(dist)) {
    if (BINARY.test(file)) continue;
    const text = readText(dist, file);
    scanned++;
    if (file.endsWith('.html')) {
      // A raw seven-digit count in markup is as stale as a formatted one.
      const r = scanHtml(file, text, [...f.formatted, f.raw[0]!]);
      findings.push(...r.findings);
      exempt += r.exempt;
    } else if (file.endsWith('.json')) {
      findings.push(...scanJson(file, JSON.parse(text) as unknown, [...f.formatted, ...f.raw], [number.votes, number.share]));
    } else if (file.endsWith('.csv')) {
      findings.push(...scanCsv(file, text, [...f.formatted, ...f.raw]));
    } else {
      // XML (RSS, sitemap), SVG, Markdown, text, scripts and styles: the formatted forms, and the raw count.
      findings.push(...scanText(file, text, [...f.formatted, f.raw[0]!]));
    }
  }
  return { findings, exempt, scanned };
}

const show = (fs: Finding[]) => fs.slice(0, 30).map((x) => `${x.file}: "${x.form}" at ${x.where}`).join('\n');

// ---------------------------------------------------------------------------

describe('rebuilding from corrected data', () => {
  let build: TestBuild;
  let dist: string;
  const html = (rel: string) => parseHtml(readText(dist, rel));

  beforeAll(async () => {
    build = await testBuild({
      name: 'data-update',
      mutate: (dir) => {
        correct(dir);
        correctMinsk(dir);
        editEnglishArticle(dir);
      },
      env: { SITE_URL: 'http://127.0.0.1:4399' },
    });
    dist = build.distDir;
  }, 300_000);
  afterAll(async () => {
    await build?.cleanup();
  });

  test('the corrected data validates and the site builds', () => {
    expect(build.exitCode, formatBuildOutput(build)).toBe(0);
    expect(build.stdout).toMatch(/content\/data is valid/);
  });

  test('a translation made from the English before its edit still builds: npm run validate warns, and the page tells its readers in their language', () => {
    for (const locale of ['be', 'ru'] as const) {
      expect(build.stderr).toMatch(new RegExp(`warning: content/articles/${locale}/result-at-a-glance\\.mdx: frontmatter\\.translatedFrom: expected [0-9a-f]{12}, the hash of content/articles/result-at-a-glance\\.mdx: the English has changed since`));
      const note = findAll(html(`${locale}/articles/result-at-a-glance/index.html`), (e) => (e.attrs.class ?? '').includes('article-translation'))[0]!;
      expect(note.attrs.class).toContain('article-translation--behind');
      expect(textContent(note)).toContain(messages(locale).articles.page.behind);
      // The other translations were made from the English as it is.
      const other = findAll(html(`${locale}/articles/candidates/index.html`), (e) => (e.attrs.class ?? '').includes('article-translation'))[0]!;
      expect(other.attrs.class).not.toContain('article-translation--behind');
    }
  });

  test('the old final figure survives only in preliminary items and quoted source titles', () => {
    const r = scanDist(dist, OLD_FORMS, { votes: OLD.votes, share: Number(OLD.share) });
    expect(r.scanned).toBeGreaterThan(100);
    expect(r.findings, show(r.findings)).toEqual([]);
    // The preliminary figures are still shown, as preliminary.
    expect(r.exempt).toBeGreaterThan(0);
    const results = html('results/2025/index.html');
    const prelim = findOccurrences(results, OLD_FORMS.formatted[0]!);
    expect(prelim.length).toBeGreaterThan(0);
    expect(prelim.every((o) => ancestors(o.element).some(isPreliminaryElement))).toBe(true);
  });

  describe('the new figure is everywhere the final figure is shown', () => {
    const has = (el: HtmlElement, form: string) => findOccurrences(el, form).length > 0;

    test('in the national results table and the key figures', () => {
      const results = html('results/2025/index.html');
      const cells = findAll(results, (e) => e.tag === 'td' && !isPreliminaryElement(e));
      expect(cells.some((td) => has(td, NEW_FORMS.formatted[0]!))).toBe(true);
      expect(cells.some((td) => has(td, NEW_FORMS.formatted[1]!))).toBe(true);
      // The change is computed, not typed.
      expect(textContent(results)).toContain(`−${(OLD.votes - NEW.votes).toLocaleString('en-GB')}`);
      const home = html('index.html');
      expect(findAll(home, (e) => (e.attrs.class ?? '').includes('key-figures__value')).some((e) => has(e, NEW_FORMS.formatted[1]!))).toBe(true);
    });

    test('on the history page, in the 2025 row', () => {
      const row = findAll(html('history/index.html'), (e) => e.tag === 'tr' && e.attrs.id === 'vote-2025')[0]!;
      expect(row).toBeDefined();
      for (const form of NEW_FORMS.formatted) expect(has(row, form), form).toBe(true);
    });

    test('in a chart summary, a chart image’s manifest and an embed', () => {
      const summaries = findAll(html('charts/vote-share-2025/index.html'), (e) => (e.attrs.class ?? '').includes('chart-figure__summary'));
      expect(summaries.some((s) => has(s, NEW_FORMS.formatted[1]!))).toBe(true);
      const manifest = JSON.parse(readText(dist, 'charts/manifest.json')) as { charts: { id: string; summary: string; images: { texts: string[] }[] }[] };
      const chart = manifest.charts.find((c) => c.id === 'vote-share-2025')!;
      expect(chart.summary).toContain(NEW_FORMS.formatted[1]);
      expect(chart.images.every((i) => i.texts.includes(NEW_FORMS.formatted[1]!))).toBe(true);
      expect(has(html('embed/vote-share-2025/index.html'), NEW_FORMS.formatted[1]!)).toBe(true);
      const history = manifest.charts.find((c) => c.id === 'winner-share-history')!;
      expect(history.summary + history.images.flatMap((i) => i.texts).join(' ')).toContain(NEW_FORMS.formatted[1]);
    });

    test('in a CSV and a JSON download, raw', () => {
      const results = csvRecords(readText(dist, 'data/results-2025.csv')).find((r) => r.stage === 'final' && r.id === 'lukashenka')!;
      expect([results.votes, results.share]).toEqual(NEW_FORMS.raw);
      const figures = JSON.parse(readText(dist, 'data/figures.json')) as { key: string; value: unknown }[];
      expect(figures.find((x) => x.key === '2025.final.lukashenka.votes')!.value).toBe(NEW.votes);
      expect(figures.find((x) => x.key === '2025.final.lukashenka.share')!.value).toBe(NEW.share);
      const history = JSON.parse(readText(dist, 'data/history.json')) as { id: string; winner_votes: number; winner_share: string }[];
      expect(history.find((x) => x.id === '2025')).toMatchObject({ winner_votes: NEW.votes, winner_share: NEW.share });
      const chartCsv = csvRecords(readText(dist, 'charts/vote-share-2025/vote-share-2025.csv')).find((r) => r.category_id === 'lukashenka')!;
      expect(chartCsv.value).toBe(NEW.share);
    });

    test('on the social cards, and in their manifest', () => {
      const manifest = JSON.parse(readText(dist, 'og/manifest.json')) as { cards: { path: string; texts: string[]; stage: string | null }[] };
      for (const p of ['/', '/results/2025/', '/history/']) {
        const card = manifest.cards.find((c) => c.path === p)!;
        expect(card.texts, p).toContain(NEW_FORMS.formatted[1]);
        expect(card.stage, p).toBe('final');
      }
    });

    test('on the timeline, in the final-results event', () => {
      const event = findAll(html('timeline/index.html'), (e) => e.attrs.id === 'event-final-results')[0]!;
      for (const form of NEW_FORMS.formatted) expect(has(event, form), form).toBe(true);
      // The preliminary event still states the preliminary share, as preliminary.
      const pre = findAll(html('timeline/index.html'), (e) => e.attrs.id === 'event-preliminary-results')[0]!;
      expect(findOccurrences(pre, OLD_FORMS.formatted[1]!).every((o) => ancestors(o.element).some(isPreliminaryElement))).toBe(true);
    });

    test('in the RSS feed and on /about/, as a dated correction', () => {
      const rss = readText(dist, 'rss.xml');
      expect(rss).toContain('about/#change-lukashenka-final-corrected');
      expect(rss).toContain(NEW_FORMS.formatted[0]);
      const change = findAll(html('about/index.html'), (e) => e.attrs.id === 'change-lukashenka-final-corrected')[0]!;
      expect(has(change, NEW_FORMS.formatted[0]!)).toBe(true);
    });

    test('in the result article', () => {
      const article = html('articles/result-at-a-glance/index.html');
      const main = findAll(article, (e) => e.tag === 'main')[0]!;
      expect(has(main, NEW_FORMS.formatted[1]!)).toBe(true);
    });
  });

  test('a corrected turnout moves on the maps: the value, its class, the change, the CSV and the manifest', () => {
    const map = readText(dist, 'charts/turnout-map-2025/index.html');
    expect(map).toContain(`aria-label="Minsk city ${MINSK.now}%"`);
    expect(map).not.toContain(`${MINSK.old}%`);
    // 78.40 is in the class 75–80: the inset's shape has that class's fill.
    const inset = /<a class="map__region"[^>]*data-region="minsk-city"[^>]*><rect class="map__hit"[^>]*\/><path class="map__shape m-(\w+)"/.exec(map);
    expect(inset?.[1]).toBe('s2');
    expect(readText(dist, 'charts/turnout-change-map/index.html')).toContain('aria-label="Minsk city +12.30 points"');
    const csv = readText(dist, 'charts/turnout-map-2025/turnout-map-2025.csv');
    expect(csv).toMatch(new RegExp(`,minsk-city,[^\\r]*,${MINSK.now.replace('.', '\\.')},percent,`));
    const manifest = JSON.parse(readText(dist, 'charts/manifest.json')) as { charts: { id: string; images: { texts: string[] }[] }[] };
    for (const image of manifest.charts.find((c) => c.id === 'turnout-map-2025')!.images) expect(image.texts).toContain(`${MINSK.now}%`);
  });
});
