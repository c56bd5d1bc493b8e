// Escaping: every free-text field of every data file gets
// `<script>alert(1)</script> " ' </p>` appended (and a marker of letters that
// names the field), the site is built for real (testBuild), and then:
//
// - the data stays valid: the payload's digit gets a text-allowlist entry per
//   field (free text allows no numbers), `{{figure.key}}`s stay intact;
// - no built page or XML file contains the payload unescaped, html-validate
//   still finds no error (a `"` that broke out of an attribute would show),
//   the JSON and CSV downloads still parse and carry the text verbatim;
// - in Chromium, served WITHOUT the CSP (so an injected script would run):
//   no dialog opens and nothing is logged on any page or embed whose HTML
//   holds a poisoned field (a marker), and wherever a field is used, the
//   literal text is in the page's text (with every <details> opened, visible)
//   and in attributes, whole, just before its marker. A page with no marker
//   in its HTML shows no poisoned field, so there is nothing to run there; its
//   clean load is the sweep's (harness/sweep-suite.ts). In the English
//   edition, pages are loaded until every field is seen on every type of
//   page that shows it (harness/matrix.ts, coverMarkers); in the others, one
//   page of each type. html-validate reads every page that holds a field.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { siteTest as test } from '../harness/fixture.ts';
import type { Browser, Dialog, Page } from 'playwright-core';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import htmlValidateConfig from '../../../.htmlvalidate.mjs';
import {
  describeWithBrowser,
  formatBuildOutput,
  formatProblems,
  getFreePort,
  startServer,
  sweep,
  testBuild,
  withoutTranslations,
  type StaticServer,
  type SweepResult,
  type TestBuild,
} from '../harness/index.ts';
import { csvRecords, describeElement, fileForPath, findAll, listFiles, parseHtml, parseXml, readText, textContent } from '../../../tools/dist-files.ts';
import { sitemapPaths } from '../../../tools/links.ts';
import { builtExtras, coverMarkers, editionOf, onePerType } from '../harness/matrix.ts';
import { LOAD_CONCURRENCY, limiter } from '../harness/concurrency.ts';
import { FREE_TEXT_FIELDS } from '../../../src/data/validate/invariants.ts';
import { loadDataset, formatProblems as formatDataProblems } from '../../../src/data/dataset.ts';

const PAYLOAD = `<script>alert(1)</script> " ' </p>`;
/** Free text the validator knows, plus the other prose a source or a derived figure carries. */
const FIELDS = new Set([...FREE_TEXT_FIELDS, 'publisher', 'author', 'formula', 'notFound']);
const DATA_DIR = 'content/data';
/** Marker letters: `qzx` and three more (a field's number in base 26); no digits, which free text may not have. */
const marker = (n: number) => `qzx${[2, 1, 0].map((p) => String.fromCharCode(97 + (Math.floor(n / 26 ** p) % 26))).join('')}`;

interface Field {
  marker: string;
  file: string;
  path: string;
}

/** Appends the payload and a marker to every free-text string; returns the fields changed. */
function poison(value: unknown, file: string, at: string, fields: Field[], key?: string, parent?: Record<string, unknown>): unknown {
  // A correction's old and new wording must match the article it corrects (the validator checks), so only its reason is poisoned.
  const mirrorsArticle = file === 'corrections.json' && (key === 'was' || key === 'now');
  // A rounded figure's `method` is a fixed word (truncated, rounded); evidence items' `method` is free text.
  const fixedWord = key === 'method' && file !== 'evidence.json';
  const free = key !== undefined && FIELDS.has(key) && !(key === 'text' && parent?.status === 'reported-rounded') && !mirrorsArticle && !fixedWord;
  if (typeof value === 'string') {
    if (!free) return value;
    const m = marker(fields.length);
    fields.push({ marker: m, file, path: at });
    return `${value} ${PAYLOAD} ${m}`;
  }
  if (Array.isArray(value)) return value.map((v, i) => poison(v, file, `${at}[${i}]`, fields, free ? key : undefined, parent));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, poison(v, file, at ? `${at}.${k}` : k, fields, k, obj)]));
  }
  return value;
}

async function mutate(dir: string, fields: Field[]): Promise<void> {
  const dataDir = path.join(dir, DATA_DIR);
  for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    const file = path.join(dataDir, name);
    writeFileSync(file, JSON.stringify(poison(JSON.parse(readFileSync(file, 'utf8')), name, '', fields), null, 2) + '\n');
  }
  // The payload's "1" is a number in free text: allow it, field by field, as
  // an editor would (the validator names each field's path).
  const first = loadDataset(dir);
  const allowFile = path.join(dataDir, 'text-allowlist.json');
  const allow = JSON.parse(readFileSync(allowFile, 'utf8')) as unknown[];
  for (const p of first.problems) {
    if (p.found === '"1"' && p.expected.startsWith('no typed number')) {
      allow.push({ file: p.file, path: p.path, token: '1', reason: 'The escaping test payload <script>alert(1)</script> carries a digit.' });
    }
  }
  writeFileSync(allowFile, JSON.stringify(allow, null, 2) + '\n');
  const second = loadDataset(dir);
  if (!second.ok) throw new Error(`the poisoned data does not validate:\n${formatDataProblems(second.problems)}`);
}

const fields: Field[] = [];
let build: TestBuild;
let port: number;

beforeAll(async () => {
  port = await getFreePort();
  // The data's fields reach the translated article pages only through the components the English ones use (figures, source titles).
  build = await testBuild({ name: 'escaping', env: { SITE_URL: `http://127.0.0.1:${port}` }, mutate: (dir) => { withoutTranslations(dir); return mutate(dir, fields); } });
});
afterAll(async () => {
  await build?.cleanup();
});

describe('a build with the payload in every free-text field', () => {
  test('the payload went into every data file and the build accepted it', () => {
    expect(build.exitCode, formatBuildOutput(build)).toBe(0);
    expect(new Set(fields.map((f) => f.file))).toEqual(
      new Set(['candidates.json', 'changelog.json', 'corrections.json', 'elections.json', 'evidence.json', 'people.json', 'regions-2020.json', 'results-2025.json', 'sources.json', 'text-allowlist.json', 'timeline.json', 'turnout-2025.json']),
    );
    expect(fields.length).toBeGreaterThan(200);
  });

  test('no page has the payload as markup (a script element), no feed or sitemap has it unescaped, and the XML parses', () => {
    const files = listFiles(build.distDir);
    const scripts = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => findAll(parseHtml(readText(build.distDir, f)), (e) => e.tag === 'script' && textContent(e).includes('alert(1)')).map((e) => `${f}: ${describeElement(e)}`));
    expect(scripts).toEqual([]);
    // In HTML an attribute value may hold a raw "<" (the browser check below sees it whole); XML may not.
    const xml = files.filter((f) => /\.(xml|svg)$/.test(f));
    expect(xml.filter((f) => readText(build.distDir, f).includes('<script>alert(1)</script>'))).toEqual([]);
    for (const f of xml) expect(() => parseXml(readText(build.distDir, f)), f).not.toThrow();
  });

  test('html-validate finds no error in any page that holds a poisoned field (no attribute broken by a quote)', async () => {
    // A page with no field's marker is what the real build has (html-validate runs on all of it in tests/e2e/dist/quality.test.ts).
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig as ConfigData));
    const errors: string[] = [];
    const poisoned = listFiles(build.distDir).filter((x) => x.endsWith('.html') && /qzx[a-z]{3}/.test(readText(build.distDir, x)));
    expect(poisoned.length).toBeGreaterThan(30);
    for (const f of poisoned) {
      const report = await validator.validateString(readText(build.distDir, f), f);
      for (const r of report.results) for (const m of r.messages) if (m.severity >= 2) errors.push(`  ${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors.length, errors.slice(0, 40).join('\n')).toBe(0);
  });

  test('the JSON and CSV downloads parse and carry the text verbatim', () => {
    const files = listFiles(build.distDir).filter((f) => /^data\/[^/]+\.(json|csv)$/.test(f));
    expect(files.length).toBeGreaterThan(4);
    let carried = 0;
    for (const f of files) {
      const text = readText(build.distDir, f);
      if (f.endsWith('.json')) expect(() => JSON.parse(text), f).not.toThrow();
      else expect(() => csvRecords(text), f).not.toThrow();
      const values = f.endsWith('.json') ? strings(JSON.parse(text)) : csvRecords(text).flatMap((r) => Object.values(r));
      if (values.some((v) => v.includes(PAYLOAD))) carried++;
    }
    expect(carried, 'downloads that carry the payload verbatim').toBeGreaterThan(2);
  });
});

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

interface PageText {
  /** Markers in text nodes, and whether the payload stands whole right before each. */
  text: { marker: string; whole: boolean; visible: boolean }[];
  /** Markers in attribute values, with the same check. */
  attrs: { marker: string; whole: boolean; attr: string }[];
  /** The payload's occurrences in the rendered text (innerText, every <details> open). */
  visiblePayloads: number;
}

const textProbe = (page: Page): Promise<PageText> =>
  page.evaluate((payload) => {
    for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
    const rendered = document.body.innerText;
    const re = /qzx[a-z]{3}/g;
    const text: PageText['text'] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, template, noscript')) continue;
      const value = n.nodeValue ?? '';
      for (const m of value.matchAll(re)) {
        // Whole in its own text node, or (a be/ru page marks the English parts of a text lang="en", one span
        // each, so the text spans several nodes) in the text of the element around them.
        const whole = value.slice(0, m.index).endsWith(`${payload} `) || (parent.parentElement?.textContent ?? '').includes(`${payload} ${m[0]}`);
        const visible = parent.checkVisibility() && rendered.includes(`${payload} ${m[0]}`);
        text.push({ marker: m[0], whole, visible });
      }
    }
    const attrs: PageText['attrs'] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        for (const m of a.value.matchAll(re)) attrs.push({ marker: m[0], whole: a.value.slice(0, m.index).endsWith(`${payload} `), attr: `${el.tagName.toLowerCase()}[${a.name}]` });
      }
    }
    return { text, attrs, visiblePayloads: rendered.split(payload).length - 1 };
  }, PAYLOAD);

/** The pages the literal-text tests below read: always loaded. */
const LITERAL_PAGES = ['/timeline/', '/candidates/', '/sources/', '/about/'];

describeWithBrowser('the poisoned build in Chromium, without the CSP', () => {
  let browser: Browser;
  let server: StaticServer;
  const results = new Map<string, Promise<{ dialogs: string[]; r: SweepResult<{ page: PageText }> }>>();
  let pages: string[] = [];
  /** Every page and embed of the build, loaded or not. */
  let all: string[] = [];

  test.beforeAll(async ({ browser: b }) => {
    browser = b;
    expect(build.exitCode, formatBuildOutput(build)).toBe(0);
    const address = { site: `http://127.0.0.1:${port}`, base: '/' };
    const files = listFiles(build.distDir);
    all = [...sitemapPaths(build.distDir, address), ...builtExtras(files)];
    // Only the pages whose HTML holds a field's marker can show (or run) a poisoned field. In the
    // full (English) edition, every field on every type of page that shows it: pages are chosen
    // until each (marker, page type) pair is on one of them (pages of a type share their template,
    // so a field renders on each as on the one loaded); in each further edition, one page of each
    // type. Every page of every edition is read for script elements and validated above.
    const fileSet = new Set(files);
    const markersOf = new Map(all.map((p) => [p, new Set(readText(build.distDir, fileForPath(fileSet, p)!).match(/qzx[a-z]{3}/g) ?? [])] as const));
    const marked = all.filter((p) => markersOf.get(p)!.size > 0);
    pages = [...coverMarkers(marked.filter((p) => editionOf(p).full), markersOf, LITERAL_PAGES), ...onePerType(marked.filter((p) => !editionOf(p).full))];
    // No headers hook: an injected script must be free to run for the test to see it.
    server = await startServer({ root: build.distDir, port });
    const limit = limiter(LOAD_CONCURRENCY);
    for (const p of pages) {
      const dialogs: string[] = [];
      const run = limit(() =>
        sweep(browser, server.url(p), {
          theme: 'light',
          width: 1280,
          axe: false,
          setup: (page) => {
            page.on('dialog', (d: Dialog) => {
              dialogs.push(`${d.type()}: ${d.message()}`);
              void d.dismiss();
            });
          },
          probes: { page: textProbe },
        }),
      ).then((r) => ({ dialogs, r }));
      run.catch(() => {});
      results.set(p, run);
    }
  });
  test.afterAll(async () => {
    await Promise.allSettled(results.values());
    await server?.close();
  });

  // Awaits every page's load: allowed the hook's time, not one test's (npm test runs the test
  // builds beside the browser project; at load 25-48 the loads took over 120 s).
  test('no dialog, console error or failed request on any page or embed; every use of a field shows the payload whole', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    const shown = new Set<string>();
    for (const p of pages) {
      const { dialogs, r } = await results.get(p)!;
      if (dialogs.length) problems.push(`${p}: dialog ${dialogs.join('; ')}`);
      if (r.consoleErrors.length || r.failedRequests.length) problems.push(formatProblems(r, ['console', 'requests']));
      for (const t of r.probes.page.text) {
        shown.add(t.marker);
        if (!t.whole) problems.push(`${p}: the text before ${t.marker} is not the payload, whole`);
        else if (!t.visible) problems.push(`${p}: ${t.marker} is in the page but not rendered`);
      }
      for (const a of r.probes.page.attrs) {
        shown.add(a.marker);
        if (!a.whole) problems.push(`${p}: ${a.attr} holding ${a.marker} lost the payload`);
      }
    }
    expect(all.length).toBeGreaterThan(30);
    expect(pages.length, `pages with a poisoned field, of ${all.length}`).toBeGreaterThan(10);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
    // Most fields are shown somewhere (the rest are in the downloads only, e.g. the allowlist's reasons).
    expect(shown.size).toBeGreaterThan(fields.length / 2);
  });

  test.each([
    ['/timeline/', 'timeline.json'],
    ['/candidates/', 'candidates.json'],
    ['/sources/', 'sources.json'],
    ['/about/', 'changelog.json'],
    ['/about/', 'corrections.json'],
  ])('%s shows the literal text of %s fields', async (p, file) => {
    const { r } = await results.get(p)!;
    expect(r.probes.page.visiblePayloads).toBeGreaterThan(0);
    const markers = new Set(fields.filter((f) => f.file === file).map((f) => f.marker));
    const here = r.probes.page.text.filter((t) => markers.has(t.marker) && t.whole && t.visible);
    expect(here.length, `visible ${file} fields on ${p}`).toBeGreaterThan(0);
  });
});
