// Reading a built site without a browser: every file in dist/, a small HTML
// parser (enough for the markup Astro writes: elements, attributes, text,
// comments, raw-text script/style, void elements), a strict XML
// well-formedness parser for RSS and the sitemap, and the internal links and
// anchors of a page. Used by the e2e tests that scan dist/; unit-tested in
// tests/unit/site/.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export { listFiles } from '../src/lib/files.ts';

export function readText(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

// ---------------------------------------------------------------------------
// Entities

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e] ?? m;
  });
}

// ---------------------------------------------------------------------------
// HTML

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
interface HtmlText {
  text: string;
  parent: HtmlElement;
}
export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);
/** Elements whose end tag may be left out; closed when a parent closes. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'option']);

export function isElement(n: HtmlNode): n is HtmlElement {
  return (n as HtmlElement).tag !== undefined;
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Parses an HTML document into a tree under a synthetic '#document' element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#document', attrs: {}, children: [], parent: null };
  let cur = root;
  let i = 0;
  const pushText = (t: string) => {
    if (t) cur.children.push({ text: decodeEntities(t), parent: cur });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    pushText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const close = /^<\/([a-zA-Z][\w:-]*)\s*>/.exec(html.slice(lt, lt + 200));
    if (close) {
      const tag = close[1]!.toLowerCase();
      // Close up to the matching open element; ignore a stray end tag.
      for (let e: HtmlElement | null = cur; e && e !== root; e = e.parent) {
        if (e.tag === tag) {
          cur = e.parent!;
          break;
        }
      }
      i = lt + close[0].length;
      continue;
    }
    const open = /^<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/.exec(html.slice(lt));
    if (!open) {
      pushText('<');
      i = lt + 1;
      continue;
    }
    const tag = open[1]!.toLowerCase();
    if (OPTIONAL_END.has(tag) && cur.tag === tag && (tag === 'p' || tag === 'li' || tag === 'tr' || tag === 'option')) cur = cur.parent!;
    const el: HtmlElement = { tag, attrs: parseAttrs(open[2] ?? ''), children: [], parent: cur };
    cur.children.push(el);
    i = lt + open[0].length;
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, i);
      const body = html.slice(i, end < 0 ? html.length : end);
      if (body) el.children.push({ text: body, parent: el });
      const gt = end < 0 ? html.length : html.indexOf('>', end);
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (!VOID.has(tag) && open[3] !== '/') cur = el;
  }
  return root;
}

function* walkElements(el: HtmlElement): Generator<HtmlElement> {
  for (const c of el.children) {
    if (isElement(c)) {
      yield c;
      yield* walkElements(c);
    }
  }
}

export function findAll(root: HtmlElement, pred: (e: HtmlElement) => boolean): HtmlElement[] {
  return [...walkElements(root)].filter(pred);
}

export function textContent(el: HtmlElement): string {
  return el.children.map((c) => (isElement(c) ? (RAW.has(c.tag) ? '' : textContent(c)) : c.text)).join('');
}

export function ancestors(el: HtmlElement | null): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (let e = el; e && e.tag !== '#document'; e = e.parent) out.push(e);
  return out;
}

export interface Occurrence {
  /** The element holding the text or the attribute. */
  element: HtmlElement;
  /** 'text' or the attribute's name. */
  where: string;
  /** Some text around the match. */
  context: string;
}

/**
 * Every occurrence of `needle` in the document's text and attribute values,
 * with the element it sits in. Text is matched per element (its own text
 * nodes joined), so a value split by markup is not found.
 */
export function findOccurrences(root: HtmlElement, needle: string): Occurrence[] {
  const out: Occurrence[] = [];
  const visit = (el: HtmlElement) => {
    for (const [name, value] of Object.entries(el.attrs)) {
      let at = value.indexOf(needle);
      while (at >= 0) {
        out.push({ element: el, where: name, context: value.slice(Math.max(0, at - 40), at + needle.length + 40) });
        at = value.indexOf(needle, at + 1);
      }
    }
    for (const c of el.children) {
      if (isElement(c)) visit(c);
      else {
        let at = c.text.indexOf(needle);
        while (at >= 0) {
          out.push({ element: el, where: 'text', context: c.text.slice(Math.max(0, at - 40), at + needle.length + 40).replace(/\s+/g, ' ') });
          at = c.text.indexOf(needle, at + 1);
        }
      }
    }
  };
  visit(root);
  return out;
}

/** The element or one of its ancestors matches. */
export function within(el: HtmlElement, pred: (e: HtmlElement) => boolean): boolean {
  return ancestors(el).some(pred);
}

export function describeElement(el: HtmlElement): string {
  return ancestors(el)
    .reverse()
    .map((e) => `${e.tag}${e.attrs.id ? `#${e.attrs.id}` : ''}${e.attrs.class ? `.${e.attrs.class.split(/\s+/).join('.')}` : ''}`)
    .join(' > ');
}

// ---------------------------------------------------------------------------
// Links and anchors of a built page

export interface PageLinks {
  /** Every href and src on the page (a, link, script, img, source, iframe, form action excluded). */
  links: { attr: string; value: string; element: HtmlElement }[];
  /** Every id in the page, and a[name]. */
  ids: Set<string>;
}

export function pageLinks(root: HtmlElement): PageLinks {
  const links: PageLinks['links'] = [];
  const ids = new Set<string>();
  for (const el of walkElements(root)) {
    if (el.attrs.id) ids.add(el.attrs.id);
    if (el.tag === 'a' && el.attrs.name) ids.add(el.attrs.name);
    for (const attr of ['href', 'src']) {
      const v = el.attrs[attr];
      if (v !== undefined && ['a', 'link', 'script', 'img', 'source', 'iframe', 'area'].includes(el.tag)) links.push({ attr, value: v, element: el });
    }
    if (el.attrs.srcset) for (const part of el.attrs.srcset.split(',')) links.push({ attr: 'srcset', value: part.trim().split(/\s+/)[0]!, element: el });
  }
  return { links, ids };
}

/**
 * The dist file a site-relative URL path is served from, or undefined:
 * '/x/' → 'x/index.html', '/x' → 'x' or 'x/index.html', '/' → 'index.html'.
 */
export function fileForPath(files: ReadonlySet<string>, urlPath: string): string | undefined {
  const p = decodeURIComponent(urlPath).replace(/^\/+/, '');
  if (p === '' ) return files.has('index.html') ? 'index.html' : undefined;
  if (p.endsWith('/')) return files.has(`${p}index.html`) ? `${p}index.html` : undefined;
  if (files.has(p)) return p;
  if (files.has(`${p}/index.html`)) return `${p}/index.html`;
  return undefined;
}

// ---------------------------------------------------------------------------
// XML

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Parses well-formed XML strictly; throws with the offset on anything malformed. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`XML: ${what} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const checkText = (t: string) => {
    if (/[<]/.test(t)) fail('a "<" in text');
    for (const m of t.matchAll(/&/g)) {
      if (!/^&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/.test(t.slice(m.index))) fail('an unescaped "&"');
    }
  };
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0];
      i += ws.length;
      if (xml.startsWith('<?', i)) {
        const end = xml.indexOf('?>', i);
        if (end < 0) fail('an unterminated processing instruction');
        i = end + 2;
      } else if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end < 0) fail('an unterminated comment');
        i = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', i)) {
        const end = xml.indexOf('>', i);
        i = end + 1;
      } else return;
    }
  };
  const NAME = /^[A-Za-z_][\w.:-]*/;
  const element = (): XmlElement => {
    if (xml[i] !== '<') fail('expected an element');
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail('expected an element name');
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0];
      i += ws.length;
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (!ws) fail('expected whitespace before an attribute');
      const an = NAME.exec(xml.slice(i))?.[0] ?? fail('expected an attribute name');
      i += an.length;
      const eq = /^\s*=\s*(["'])/.exec(xml.slice(i)) ?? fail(`expected ="…" after ${an}`);
      i += eq[0].length;
      const end = xml.indexOf(eq[1]!, i);
      if (end < 0) fail('an unterminated attribute value');
      const raw = xml.slice(i, end);
      checkText(raw);
      if (an in attrs) fail(`a duplicate attribute ${an}`);
      attrs[an] = decodeEntities(raw);
      i = end + 1;
    }
    const children: XmlElement['children'] = [];
    for (;;) {
      if (i >= xml.length) fail(`an unclosed <${name}>`);
      if (xml.startsWith('</', i)) {
        i += 2;
        const close = NAME.exec(xml.slice(i))?.[0];
        if (close !== name) fail(`</${close}> closing <${name}>`);
        i += close!.length;
        const gt = /^\s*>/.exec(xml.slice(i)) ?? fail('expected ">"');
        i += gt[0].length;
        return { name, attrs, children };
      }
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i);
        if (end < 0) fail('an unterminated CDATA section');
        children.push(xml.slice(i + 9, end));
        i = end + 3;
      } else if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end < 0) fail('an unterminated comment');
        i = end + 3;
      } else if (xml.startsWith('<?', i)) {
        const end = xml.indexOf('?>', i);
        if (end < 0) fail('an unterminated processing instruction');
        i = end + 2;
      } else if (xml[i] === '<') {
        children.push(element());
      } else {
        const end = xml.indexOf('<', i);
        const raw = xml.slice(i, end < 0 ? xml.length : end);
        checkText(raw);
        children.push(decodeEntities(raw));
        i += raw.length;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

export function xmlChildren(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function xmlText(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : xmlText(c))).join('');
}

// ---------------------------------------------------------------------------
// CSV

/** RFC 4180 CSV into rows of fields; throws on an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: an unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV: a row of ${r.length} fields under a header of ${header.length}: ${r.join(',')}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.length < 24 || buf.toString('latin1', 1, 4) !== 'PNG' || buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
