// The inline-hash scan: the inline scripts and styles of a built HTML page
// (their sha256 goes into the CSP), and the `style` and `on…` attributes a
// hash cannot allow without 'unsafe-hashes' (the build refuses them).

import { createHash } from 'node:crypto';

export interface InlineContent {
  /** Bodies of inline executable scripts (no src, a JavaScript or module type). */
  scripts: string[];
  /** Bodies of <style> elements. */
  styles: string[];
  /** `style="…"` and `on…="…"` attributes, as `tag[attr]` (the CSP blocks them). */
  blockedAttributes: string[];
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Inline scripts, styles and CSP-blocked attributes of one HTML document (a small tokenizer, enough for Astro's output). */
export function inlineContent(html: string): InlineContent {
  const out: InlineContent = { scripts: [], styles: [], blockedAttributes: [] };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    for (const name of attrs.keys()) {
      if (name === 'style' || /^on[a-z]+$/.test(name)) out.blockedAttributes.push(`<${tag} ${name}>`);
    }
    i = TAG.lastIndex;
    if (RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, i);
      const end = close < 0 ? html.length : close;
      const body = html.slice(i, end);
      if (tag === 'style') out.styles.push(body);
      if (tag === 'script' && !attrs.has('src') && JS_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase())) out.scripts.push(body);
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      i = gt < 0 ? html.length : gt + 1;
    }
  }
  return out;
}

/** The CSP source expression of a script or style body: sha256, base64. */
export function cspHash(body: string): string {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}
