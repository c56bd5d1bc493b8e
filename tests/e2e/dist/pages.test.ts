// The site's pages and reading features, on the built site (dist/):
// - without a browser: the sitemap and RSS parse and list what they should,
//   every sitemapped page is reachable from / through links, no internal link
//   or anchor is broken, every page has its head and social card, /sources/
//   agrees with each page's reference list, the downloads parse;
// Every page in Chromium is in tests/e2e/harness/sweep-suite.ts; search by
// keyboard and without JavaScript in tests/e2e/browser/search.test.ts.
// Needs `npm run build` first (`npm test` does it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../../../tools/dist.ts';
import {
  csvRecords, fileForPath, findAll, listFiles, pageLinks, parseHtml, parseXml, pngSize, readText,
  textContent, xmlChildren, xmlText, type HtmlElement,
} from '../../../tools/dist-files.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { DATA_FILES } from '../../../src/schemas/index.ts';
import { sourceAnchor, sourceLabel } from '../../../src/lib/citations.ts';
import { ogCardPath } from '../../../src/og/spec.ts';

// ---------------------------------------------------------------------------
// The build, read once

const dist = requireDist();
const files = listFiles(dist);
const fileSet = new Set(files);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const parsed = new Map<string, HtmlElement>();
const doc = (file: string) => {
  let d = parsed.get(file);
  if (!d) parsed.set(file, (d = parseHtml(readText(dist, file))));
  return d;
};
const meta = (d: HtmlElement, attr: 'name' | 'property', key: string) =>
  findAll(d, (e) => e.tag === 'meta' && e.attrs[attr] === key)[0]?.attrs.content;
const canonicalOf = (d: HtmlElement) => findAll(d, (e) => e.tag === 'link' && e.attrs.rel === 'canonical')[0]?.attrs.href;

/** Site origin and base, as the build wrote them into the canonical link of the home page. */
const homeCanonical = new URL(canonicalOf(doc('index.html'))!);
const ORIGIN = homeCanonical.origin;
const BASE = homeCanonical.pathname;
/** Site-relative path ('/x/') of a URL or path on this site, or undefined when it is elsewhere. */
function sitePath(url: string, from: string): string | undefined {
  const u = new URL(url, `${ORIGIN}${BASE}${from.replace(/index\.html$/, '').replace(/^\//, '')}`);
  if (u.origin !== ORIGIN || !u.pathname.startsWith(BASE)) return undefined;
  return `/${u.pathname.slice(BASE.length)}`;
}
const routeOfFile = (file: string) => `/${file.replace(/index\.html$/, '')}`;
// Every edition's embeds: embed/, be/embed/, ru/embed/.
const isEmbed = (file: string) => /^(?:(?:be|ru)\/)?embed\//.test(file);

const { dataset: ds } = (() => {
  const r = loadDataset(path.resolve(dist, '..'));
  if (!r.ok) throw new Error('the dataset next to dist/ does not validate');
  return r;
})();
const articleSlugs = files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]!);

// ---------------------------------------------------------------------------

describe('sitemap', () => {
  const index = parseXml(readText(dist, 'sitemap-index.xml'));
  const sitemaps = xmlChildren(index, 'sitemap').map((s) => xmlText(xmlChildren(s, 'loc')[0]));
  const urls = sitemaps.flatMap((loc) => {
    const rel = sitePath(loc, '/')!.slice(1);
    return xmlChildren(parseXml(readText(dist, rel)), 'url').map((u) => xmlText(xmlChildren(u, 'loc')[0]));
  });

  test('parses as XML and lists every page except embeds and the 404 page, by absolute URL', () => {
    expect(index.name).toBe('sitemapindex');
    expect(sitemaps.length).toBeGreaterThan(0);
    const expected = htmlFiles.filter((f) => f !== '404.html' && !isEmbed(f)).map((f) => `${ORIGIN}${BASE}${routeOfFile(f).slice(1)}`).sort();
    expect([...urls].sort()).toEqual(expected);
  });

  test('every page in it is reachable from / by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const route = queue.shift()!;
      const file = fileForPath(fileSet, route);
      if (!file?.endsWith('.html')) continue;
      for (const l of pageLinks(doc(file)).links) {
        if (l.element.tag !== 'a') continue;
        const p = sitePath(l.value, route)?.replace(/[?#].*$/, '');
        if (p && !seen.has(p)) {
          seen.add(p);
          queue.push(p);
        }
      }
    }
    const unreachable = urls.map((u) => sitePath(u, '/')!).filter((p) => !seen.has(p));
    expect(unreachable).toEqual([]);
  });
});

describe('links and anchors', () => {
  test('no internal link, asset or anchor in dist/ is broken', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const route = routeOfFile(file);
      for (const l of pageLinks(doc(file)).links) {
        if (/^(mailto|tel|data|javascript):/i.test(l.value)) continue;
        const target = sitePath(l.value, route);
        if (target === undefined) continue;
        const [pathPart, hash] = [target.replace(/[?#].*$/, ''), new URL(l.value, 'http://x/').hash.slice(1)];
        const targetFile = fileForPath(fileSet, pathPart);
        if (!targetFile) {
          broken.push(`${file}: ${l.attr}="${l.value}" (no file for ${pathPart})`);
          continue;
        }
        if (hash && targetFile.endsWith('.html') && !pageLinks(doc(targetFile)).ids.has(decodeURIComponent(hash))) {
          broken.push(`${file}: ${l.attr}="${l.value}" (no id "${hash}" in ${targetFile})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('no id is used twice on a page', () => {
    const dupes: string[] = [];
    for (const file of htmlFiles) {
      const seen = new Set<string>();
      for (const e of findAll(doc(file), (x) => x.attrs.id !== undefined)) {
        if (seen.has(e.attrs.id!)) dupes.push(`${file}: #${e.attrs.id}`);
        seen.add(e.attrs.id!);
      }
    }
    expect(dupes).toEqual([]);
  });
});

describe('RSS', () => {
  const rss = parseXml(readText(dist, 'rss.xml'));
  const channel = xmlChildren(rss, 'channel')[0]!;
  const items = xmlChildren(channel, 'item').map((i) => ({
    title: xmlText(xmlChildren(i, 'title')[0]),
    link: xmlText(xmlChildren(i, 'link')[0]),
    pubDate: xmlText(xmlChildren(i, 'pubDate')[0]),
    description: xmlText(xmlChildren(i, 'description')[0]),
  }));

  test('parses as RSS 2.0 with the site as its channel', () => {
    expect(rss.name).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    expect(xmlText(xmlChildren(channel, 'link')[0])).toBe(`${ORIGIN}${BASE}`);
  });

  test('lists every article, every data change and every correction, each dated, linked and described', () => {
    for (const slug of articleSlugs) expect(items.map((i) => i.link)).toContain(`${ORIGIN}${BASE}articles/${slug}/`);
    for (const c of ds.changelog) {
      const item = items.find((i) => i.link === `${ORIGIN}${BASE}about/#change-${c.id}`);
      expect(item, c.id).toBeDefined();
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(c.date);
    }
    for (const c of ds.corrections) {
      const item = items.find((i) => i.link === `${ORIGIN}${BASE}about/#correction-${c.id}`);
      expect(item, c.id).toBeDefined();
      expect(item!.title, c.id).toMatch(/^Correction: /);
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(c.date);
    }
    expect(items).toHaveLength(articleSlugs.length + ds.changelog.length + ds.corrections.length);
    for (const i of items) {
      expect(Number.isNaN(new Date(i.pubDate).getTime()), i.title).toBe(false);
      expect(i.description.length, i.title).toBeGreaterThan(10);
    }
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

test('robots.txt allows crawling and names the sitemap by its absolute URL', () => {
  const robots = readText(dist, 'robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
  expect(fileSet.has('favicon.svg')).toBe(true);
});

describe('head and social cards', () => {
  const manifest = JSON.parse(readText(dist, 'og/manifest.json')) as { width: number; height: number; cards: { path: string; image: string; title: string; texts: string[]; figure?: { value: string } }[] };
  const pages = htmlFiles.filter((f) => !isEmbed(f));

  test('every page has a canonical URL, Open Graph and Twitter meta with absolute URLs', () => {
    for (const f of pages) {
      const d = doc(f);
      const canonical = canonicalOf(d);
      expect(canonical, f).toMatch(new RegExp(`^${ORIGIN}${BASE}`));
      if (f !== '404.html') expect(canonical, f).toBe(`${ORIGIN}${BASE}${routeOfFile(f).slice(1)}`);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt']) expect(meta(d, 'property', key), `${f} ${key}`).toBeTruthy();
      for (const key of ['twitter:card', 'twitter:image', 'twitter:image:alt']) expect(meta(d, 'name', key), `${f} ${key}`).toBeTruthy();
      expect(meta(d, 'property', 'og:image'), f).toMatch(new RegExp(`^${ORIGIN}${BASE}`));
    }
  });

  test('every page has its own 1200×630 card, and the manifest says what each card shows', () => {
    expect([manifest.width, manifest.height]).toEqual([1200, 630]);
    for (const f of pages) {
      const d = doc(f);
      const image = sitePath(meta(d, 'property', 'og:image')!, '/')!;
      const file = fileForPath(fileSet, image);
      expect(file, `${f}: ${image}`).toBeDefined();
      expect(pngSize(readFileSync(path.join(dist, file!))), f).toEqual({ width: 1200, height: 630 });
      // A page may bring its own image (a chart page shows its chart); every other page gets its card.
      if (/^(?:\/(?:be|ru))?\/charts\/[^/]+\/$/.test(routeOfFile(f))) continue;
      const route = f === '404.html' ? '/404.html' : routeOfFile(f);
      expect(image, f).toBe(ogCardPath(route));
      const card = manifest.cards.find((c) => c.path === route);
      expect(card, f).toBeDefined();
      const title = meta(d, 'property', 'og:title')!;
      expect(card!.title).toBe(title);
      // The title is drawn, perhaps over several lines; the key figure is drawn as the alt text says.
      expect(card!.texts.join(' ').replace(/\s+/g, ' ')).toContain(title.split(' ').slice(0, 2).join(' '));
      if (card!.figure) {
        expect(card!.texts).toContain(card!.figure.value);
        expect(meta(d, 'property', 'og:image:alt')).toContain(card!.figure.value);
      }
    }
  });

  test('the home card shows the winner’s final share', () => {
    const home = manifest.cards.find((c) => c.path === '/')!;
    const share = ds.results2025.final.candidates.find((c) => c.candidate === 'lukashenka')!.share;
    expect(home.texts).toContain(`${(share as { value: string }).value}%`);
  });
});

describe('/sources/', () => {
  const page = doc('sources/index.html');
  const entries = new Map(findAll(page, (e) => e.tag === 'li' && (e.attrs.id ?? '').startsWith('source-')).map((e) => [e.attrs.id!, e]));

  test('lists every source once under its key’s anchor, including the key that starts with a digit', () => {
    expect(entries.size).toBe(ds.sources.length);
    for (const s of ds.sources) expect(entries.has(sourceAnchor(s.key)), s.key).toBe(true);
    expect(entries.has('source-24news_uk_sanctions')).toBe(true);
  });

  test('gives each source’s URL exactly as the data has it, or none; labels mirrors, aggregators and reposts and links them nofollow', () => {
    for (const s of ds.sources) {
      const e = entries.get(sourceAnchor(s.key))!;
      const anchors = findAll(e, (x) => x.tag === 'a' && !sitePath(x.attrs.href ?? '', '/sources/'));
      const label = sourceLabel(s.title, s.publisher);
      if (s.url === 'no-url') {
        expect(anchors, s.key).toHaveLength(0);
        expect(textContent(e)).toContain('No address on record');
      } else {
        expect(anchors.length, s.key).toBeGreaterThan(0);
        for (const a of anchors) {
          expect(a.attrs.href, s.key).toBe(s.url);
          expect((a.attrs.rel ?? '').split(' ').sort(), s.key).toEqual(label ? ['nofollow', 'noopener'] : ['noopener']);
        }
        expect(textContent(e)).toContain(s.url);
      }
      if (label) expect(textContent(e), s.key).toContain(label);
      expect(textContent(e), s.key).toContain(s.publisher);
      expect(textContent(e), s.key).toContain(s.date === 'undated' ? 'undated' : s.date.slice(0, 4));
    }
  });

  test('names exactly the pages whose reference lists cite each source', () => {
    // What each page cites: the "All uses of this source" links of its reference list.
    const cites = new Map<string, Set<string>>();
    for (const f of htmlFiles.filter((x) => !isEmbed(x) && x !== 'sources/index.html')) {
      for (const l of pageLinks(doc(f)).links) {
        const t = sitePath(l.value, routeOfFile(f));
        const hash = decodeURIComponent(new URL(l.value, 'http://x/').hash.slice(1));
        if (l.element.tag !== 'a' || !t?.startsWith('/sources/') || !hash.startsWith('source-')) continue;
        if (!cites.has(hash)) cites.set(hash, new Set());
        cites.get(hash)!.add(routeOfFile(f));
      }
    }
    const problems: string[] = [];
    for (const [anchor, e] of entries) {
      const listed = new Set(
        findAll(e, (x) => x.tag === 'a' && (x.attrs.href ?? '').length > 0)
          .map((a) => sitePath(a.attrs.href!, '/sources/'))
          .filter((p): p is string => p !== undefined),
      );
      const citing = cites.get(anchor) ?? new Set();
      for (const p of citing) if (!listed.has(p)) problems.push(`${p} cites ${anchor} but /sources/ does not list it`);
      for (const p of listed) if (!citing.has(p) && fileForPath(fileSet, p)?.endsWith('.html') && !p.startsWith('/articles/') && !p.startsWith('/charts/')) problems.push(`/sources/ lists ${p} under ${anchor}, which does not cite it`);
    }
    expect(problems).toEqual([]);
  });
});

describe('/data/ downloads', () => {
  const ids = files.filter((f) => /^data\/[^/]+\.csv$/.test(f)).map((f) => f.slice(5, -4));

  test('every dataset has a CSV, a JSON and a JSON Schema, all linked from /data/', () => {
    expect(ids.length).toBeGreaterThanOrEqual(Object.keys(DATA_FILES).length);
    const hrefs = new Set(pageLinks(doc('data/index.html')).links.map((l) => sitePath(l.value, '/data/')));
    for (const id of ids) {
      for (const f of [`data/${id}.csv`, `data/${id}.json`, `data/schema/${id}.schema.json`]) {
        expect(fileSet.has(f), f).toBe(true);
        expect(hrefs.has(`/${f}`), f).toBe(true);
      }
    }
    for (const f of ['data/README.md', 'data/LICENSE.txt']) {
      expect(fileSet.has(f), f).toBe(true);
      expect(hrefs.has(`/${f}`), f).toBe(true);
    }
  });

  test('every CSV parses with a header and rows; every JSON parses; every schema is draft 2020-12', () => {
    for (const id of ids) {
      const rows = csvRecords(readText(dist, `data/${id}.csv`));
      expect(rows.length, id).toBeGreaterThan(0);
      expect(() => JSON.parse(readText(dist, `data/${id}.json`)), id).not.toThrow();
      const schema = JSON.parse(readText(dist, `data/schema/${id}.schema.json`)) as Record<string, unknown>;
      expect(schema.$schema, id).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, id).toBe(`${ORIGIN}${BASE}data/schema/${id}.schema.json`);
    }
  });

  test('the JSON of each data file is the validated file, which its schema accepts', () => {
    for (const [name, { file, schema }] of Object.entries(DATA_FILES)) {
      const id = file.replace(/\.json$/, '');
      const json = JSON.parse(readText(dist, `data/${id}.json`)) as unknown;
      expect(() => schema.parse(json), id).not.toThrow();
      expect(json, id).toEqual(ds[name as keyof typeof ds]);
    }
  });

  test('the README describes every download and how to cite', () => {
    const readme = readText(dist, 'data/README.md');
    for (const id of ids) expect(readme).toContain(`${ORIGIN}${BASE}data/${id}.csv`);
    expect(readme).toContain('## How to cite');
    expect(readText(dist, 'data/LICENSE.txt')).toContain('CC BY 4.0');
  });
});

describe('search index', () => {
  test('Pagefind indexed the pages and articles, not the embeds', () => {
    expect(fileSet.has('pagefind/pagefind.js')).toBe(true);
    for (const f of htmlFiles) {
      const main = findAll(doc(f), (e) => e.attrs['data-pagefind-body'] !== undefined);
      if (isEmbed(f) || f === '404.html' || /^(?:[a-z]{2}\/)?search\/index\.html$/.test(f)) expect(main, f).toHaveLength(0);
      else expect(main, f).toHaveLength(1);
    }
  });
});

