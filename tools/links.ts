// The link check of a built site, without a browser: every href, src and
// srcset in every HTML file, the `data-*-src` URLs scripts fetch, social
// image and canonical URLs, CSS url()s, and the URLs in the sitemap, the RSS
// feed and robots.txt. An internal URL must name a file of the build (under
// the base path) and, with a #fragment, an id on that page; an external one
// must be an absolute http(s) URL. Used by quality.test.ts (dist/) and
// base-path.test.ts (a build under /belarus-2025/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  describeElement, fileForPath, findAll, listFiles, pageLinks, parseHtml, parseXml, xmlChildren, xmlText, type HtmlElement, type XmlElement,
} from './dist-files.ts';
import { normalizeBase } from './server.ts';

export interface LinkCheckOptions {
  distDir: string;
  /** The origin the site was built for (`SITE_URL`), e.g. `http://localhost:4321`. */
  site: string;
  /** `BASE_PATH` of the build; default `/`. */
  base?: string;
}

export interface LinkProblem {
  /** The dist file holding the link. */
  file: string;
  /** Where in the file: an element path, `url()`, `<loc>`… */
  where: string;
  url: string;
  problem: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  /** External URLs (as written) and the files that link to them. */
  external: Map<string, Set<string>>;
  /** Internal URLs checked, fragments included. */
  internalChecked: number;
  filesScanned: number;
}

/** The URL a dist file is served at, under the base: `a/index.html` → `/base/a/`. */
export function urlPathOf(file: string, base = '/'): string {
  const b = normalizeBase(base);
  if (file === 'index.html') return b;
  if (file.endsWith('/index.html')) return b + file.slice(0, -'index.html'.length);
  return b + file;
}

/** The site origin and base a build was made for, from its home page's canonical link. */
export function builtAddress(distDir: string): { site: string; base: string } {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const canonical = findAll(parseHtml(html), (e) => e.tag === 'link' && e.attrs.rel === 'canonical')[0]?.attrs.href;
  if (!canonical) throw new Error(`no <link rel="canonical"> in ${distDir}/index.html`);
  const u = new URL(canonical);
  return { site: u.origin, base: normalizeBase(u.pathname) };
}

const SKIP_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

export function checkDistLinks(options: LinkCheckOptions): LinkReport {
  const { distDir } = options;
  const site = new URL(options.site).origin;
  const base = normalizeBase(options.base);
  const files = listFiles(distDir);
  const fileSet = new Set(files);
  const problems: LinkProblem[] = [];
  const external = new Map<string, Set<string>>();
  const idCache = new Map<string, Set<string>>();
  let internalChecked = 0;

  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = pageLinks(parseHtml(readFileSync(path.join(distDir, file), 'utf8'))).ids;
      idCache.set(file, ids);
    }
    return ids;
  };

  /** Checks one URL as written in `file`, resolved against `pageUrl` (an absolute URL). */
  const check = (file: string, where: string, raw: string, pageUrl: string, opts: { fragment?: boolean } = {}) => {
    const value = raw.trim();
    const report = (problem: string) => problems.push({ file, where, url: raw, problem });
    if (value === '') return report('an empty URL');
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
    if (scheme && SKIP_SCHEMES.has(scheme)) return;
    if (scheme === 'javascript:') return report('a javascript: URL (the CSP blocks it; use a button and a script file)');
    let url: URL;
    try {
      url = new URL(value, pageUrl);
    } catch {
      return report('not a valid URL');
    }
    if (url.origin !== site) {
      if (!/^https?:\/\/[^/]/i.test(value)) return report('an external URL that is not absolute http(s)');
      let set = external.get(value);
      if (!set) external.set(value, (set = new Set()));
      set.add(file);
      return;
    }
    internalChecked++;
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return report(`outside the base path ${base}`);
    const target = fileForPath(fileSet, '/' + pathname.slice(base.length));
    if (!target) return report('no file in the build answers it');
    if (url.hash && url.hash !== '#' && opts.fragment !== false) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!target.endsWith('.html')) return report(`a #fragment on ${target}, which is not a page`);
      if (!idsOf(target).has(id)) return report(`no element with id "${id}" on ${target}`);
    }
  };

  for (const file of files) {
    const abs = path.join(distDir, file);
    const pageUrl = site + urlPathOf(file, base);
    if (file.endsWith('.html')) {
      const root = parseHtml(readFileSync(abs, 'utf8'));
      for (const link of pageLinks(root).links) check(file, `${describeElement(link.element)}[${link.attr}]`, link.value, pageUrl);
      for (const el of findAll(root, () => true)) {
        for (const [name, value] of Object.entries(el.attrs)) {
          if (/^data-.*(src|href|url)$/.test(name) && value) check(file, `${describeElement(el)}[${name}]`, value, pageUrl);
        }
        if (el.tag === 'meta' && /^(og:image|og:url|twitter:image)$/.test(el.attrs.property ?? el.attrs.name ?? '') && el.attrs.content) {
          check(file, `meta[${el.attrs.property ?? el.attrs.name}]`, el.attrs.content, pageUrl);
        }
      }
    } else if (file.endsWith('.css')) {
      const css = readFileSync(abs, 'utf8');
      for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        const value = m[1] ?? m[2] ?? m[3] ?? '';
        if (!value.startsWith('#')) check(file, 'url()', value, pageUrl);
      }
    } else if (file.endsWith('.xml')) {
      let xml: XmlElement;
      try {
        xml = parseXml(readFileSync(abs, 'utf8'));
      } catch (error) {
        problems.push({ file, where: 'document', url: '', problem: `not well-formed XML: ${(error as Error).message}` });
        continue;
      }
      for (const { where, value } of xmlUrls(xml)) check(file, where, value, pageUrl, { fragment: false });
    } else if (file === 'robots.txt') {
      for (const m of readFileSync(abs, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) check(file, 'Sitemap:', m[1]!, pageUrl);
    }
  }
  return { problems, external, internalChecked, filesScanned: files.length };
}

/** URLs in a sitemap, sitemap index or RSS feed. */
function xmlUrls(root: XmlElement): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  const visit = (el: XmlElement) => {
    const local = el.name.replace(/^.*:/, '');
    if (local === 'loc' || (local === 'link' && !el.name.includes(':'))) out.push({ where: `<${el.name}>`, value: xmlText(el).trim() });
    if (local === 'guid' && el.attrs.isPermaLink !== 'false') out.push({ where: '<guid>', value: xmlText(el).trim() });
    if (el.attrs.href && el.name.includes(':')) out.push({ where: `<${el.name} href>`, value: el.attrs.href });
    if (local === 'enclosure' && el.attrs.url) out.push({ where: '<enclosure url>', value: el.attrs.url });
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  return out;
}

/** Site paths (under the base, e.g. `/results/2025/`) of every URL in the sitemap, in its order. */
export function sitemapPaths(distDir: string, options: { site: string; base?: string }): string[] {
  const base = normalizeBase(options.base);
  const origin = new URL(options.site).origin;
  const indexFile = path.join(distDir, 'sitemap-index.xml');
  const index = parseXml(readFileSync(indexFile, 'utf8'));
  const out: string[] = [];
  for (const sm of xmlChildren(index, 'sitemap')) {
    const loc = new URL(xmlText(xmlChildren(sm, 'loc')[0]).trim());
    if (loc.origin !== origin || !loc.pathname.startsWith(base)) throw new Error(`sitemap ${loc.href} is not under ${origin}${base}`);
    const file = path.join(distDir, loc.pathname.slice(base.length));
    for (const url of xmlChildren(parseXml(readFileSync(file, 'utf8')), 'url')) {
      const u = new URL(xmlText(xmlChildren(url, 'loc')[0]).trim());
      if (u.origin !== origin || !u.pathname.startsWith(base)) throw new Error(`sitemap URL ${u.href} is not under ${origin}${base}`);
      out.push('/' + u.pathname.slice(base.length));
    }
  }
  return out;
}

/** Site paths of every embed (`/embed/<id>/`), from the build's files. */
export function embedPaths(distDir: string): string[] {
  return listFiles(distDir)
    .filter((f) => /^embed\/[^/]+\/index\.html$/.test(f))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

export function formatLinkProblems(problems: readonly LinkProblem[], max = 40): string {
  const lines = problems.slice(0, max).map((p) => `  ${p.file}: ${p.where}: ${JSON.stringify(p.url)}: ${p.problem}`);
  if (problems.length > max) lines.push(`  … and ${problems.length - max} more`);
  return lines.join('\n');
}

