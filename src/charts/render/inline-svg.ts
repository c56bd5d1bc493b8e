// One drawing for both themes, to put straight into a page's HTML.
//
// The build draws each display layout twice (light and dark, render/static.ts
// with text as <text>). The two SVGs are the same drawing in different paint,
// so this walks them side by side and writes one SVG whose paint is a class
// (`f-t`: the theme's text colour as fill, `s2`: the third series colour as
// stroke, …) that the stylesheet maps to a custom property per theme
// (src/components/charts/chart-svg.css; the values: src/styles/colours.json). It also makes the drawing small:
// the background rectangle and the clip paths go (the page is the background;
// nothing is drawn outside the plot), runs of paths with the same paint merge
// into one path, rounded corners are one curve each, text keeps one position
// (its first glyph, in whole pixels) and takes its font
// from classes, never from attributes, and nothing carries a `style`
// attribute (the content security policy forbids them).
//
// Pure string work, no canvas: unit tests feed it drawings directly.

import { dark, light, type ChartTheme } from '../theme.ts';

/** A paint role and the class letter(s) it is written as. */
const ROLES: ReadonlyArray<[string, (t: ChartTheme) => string]> = [
  ['t', (t) => t.text],
  ['m', (t) => t.mutedText],
  ['g', (t) => t.grid],
  ['b', (t) => t.background],
  ...light.series.map((_c, i): [string, (t: ChartTheme) => string] => [String(i), (t) => t.series[i]!]),
  // Labels inside bars: black or white, whichever reads better on the bar, per theme.
  ['wk', () => ''],
  ['kw', () => ''],
];

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };

/** `#ABC`, `#aabbcc`, `white` → `#aabbcc`; anything else as given, lower-cased. */
function normaliseColour(colour: string): string {
  const c = colour.trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

/** "light colour|dark colour" → role letter. */
function rolePairs(): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const [role, pick] of ROLES) {
    if (role === 'wk') pairs.set('#ffffff|#000000', role);
    else if (role === 'kw') pairs.set('#000000|#ffffff', role);
    else pairs.set(`${normaliseColour(pick(light))}|${normaliseColour(pick(dark))}`, role);
  }
  return pairs;
}
const PAIRS = rolePairs();

/** Every class a drawing may carry, with the property it sets: for the stylesheet and its test. */
export const PAINT_ROLES: readonly string[] = ROLES.map(([role]) => role);

/**
 * The custom property (src/styles/colours.json, without `--`) a paint role is
 * drawn in: text, muted text, grid and background are the page's own tokens,
 * the rest `chart-<role>`.
 */
export function paintVariable(role: string): string {
  return ({ t: 'color-text', m: 'color-text-muted', g: 'color-divider', b: 'color-bg' } as Record<string, string>)[role] ?? `chart-${role}`;
}

interface Item {
  tag: 'path' | 'rect' | 'text';
  attrs: Record<string, string>;
  /** Text content, for <text>. */
  content: string;
}

const ATTR = /([a-zA-Z:-]+)="([^"]*)"/g;

function attrsOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) out[m[1]!] = m[2]!;
  return out;
}

/** The drawing's marks in painting order; clip paths and groups are dropped. */
function parseSkiaSvg(svg: string): { width: number; height: number; items: Item[] } {
  const open = /<svg\b([^>]*)>/.exec(svg);
  if (!open) throw new Error('inline SVG: no <svg> element');
  const root = attrsOf(open[1]!);
  const width = Number(root.width);
  const height = Number(root.height);
  const body = svg
    .slice(open.index + open[0].length)
    .replace(/<clipPath\b[^>]*>.*?<\/clipPath>/gs, '')
    .replace(/<title>.*?<\/title>/gs, '');
  const items: Item[] = [];
  const token = /<(path|rect)\b([^>]*?)\/>|<text\b([^>]*)>(.*?)<\/text>|<\/?g\b[^>]*>|<\/svg>|\s+/gs;
  let at = 0;
  for (const m of body.matchAll(token)) {
    if (m.index !== at) throw new Error(`inline SVG: unexpected markup at "${body.slice(at, at + 60)}"`);
    at = m.index + m[0].length;
    if (m[1]) items.push({ tag: m[1] as 'path' | 'rect', attrs: attrsOf(m[2]!), content: '' });
    else if (m[3] !== undefined) items.push({ tag: 'text', attrs: attrsOf(m[3]), content: m[4]! });
  }
  if (at !== body.length) throw new Error(`inline SVG: unexpected markup at "${body.slice(at, at + 60)}"`);
  return { width, height, items: joinRuns(items) };
}

const sameFont = (a: Item, b: Item) =>
  ['fill', 'transform', 'font-size', 'font-weight', 'font-style'].every((k) => a.attrs[k] === b.attrs[k]);

/**
 * Skia writes a string with a space as runs around an empty <text> (the
 * space): one string drawn is one <text> again, positioned at its first glyph.
 */
function joinRuns(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const prev = out.at(-1);
    const next = items[i + 1];
    if (item.tag === 'text' && !item.attrs.x && prev?.tag === 'text' && next?.tag === 'text' && sameFont(prev, item) && sameFont(item, next) && next.attrs.x) {
      out[out.length - 1] = { ...prev, content: `${prev.content.replace(/[\t\n]+$/, '')} ${next.content.replace(/^[\t\n]+/, '')}` };
      i++;
      continue;
    }
    out.push(item);
  }
  return out;
}

const num = (v: number) => String(Number(v.toFixed(1)));

function paintClass(kind: 'f' | 's', a: string | undefined, b: string | undefined, where: string): { cls?: string; attr?: string } {
  if (a === undefined && b === undefined) return {};
  if (a === undefined || b === undefined) throw new Error(`inline SVG: ${where}: ${kind === 'f' ? 'fill' : 'stroke'} is set in one theme only`);
  const la = normaliseColour(a);
  const lb = normaliseColour(b);
  if (la === 'none' && lb === 'none') return kind === 'f' ? { attr: 'none' } : {};
  const role = PAIRS.get(`${la}|${lb}`);
  if (role) return { cls: `${kind}${role}` };
  if (la === lb) return { attr: la };
  throw new Error(`inline SVG: ${where}: the colour ${a} (light) / ${b} (dark) is no theme colour; give it a palette: or theme: token`);
}

/** Keeps the glyphs' first position and the text; Skia wraps the text in tabs and newlines. */
function textPosition(attrs: Record<string, string>, raw: string): { x: number; y: number; transform?: string; text: string } | undefined {
  const content = raw.replace(/^[\t\n]+|[\t\n]+$/g, '');
  const xs = (attrs.x ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  const ys = (attrs.y ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  const lead = /^ */.exec(content)![0].length;
  const text = content.trim();
  if (text === '' || xs.length === 0) return undefined;
  let x = xs[Math.min(lead, xs.length - 1)]!;
  let y = ys[Math.min(lead, ys.length - 1)] ?? ys[0] ?? 0;
  const t = attrs.transform;
  if (!t) return { x, y, text };
  const translate = /^translate\(\s*(-?[\d.e-]+)[ ,]+(-?[\d.e-]+)\s*\)$/.exec(t);
  if (translate) {
    x += Number(translate[1]);
    y += Number(translate[2]);
    return { x, y, text };
  }
  const matrix = /^matrix\(([^)]*)\)$/.exec(t);
  if (!matrix) throw new Error(`inline SVG: text transform "${t}" not understood`);
  const m = matrix[1]!.split(/[ ,]+/).map(Number);
  return { x, y, transform: `matrix(${m.map(num).join(' ')})`, text };
}

/** Text classes: font size (13 px is the default) and weight. */
function fontClasses(attrs: Record<string, string>): string[] {
  const out: string[] = [];
  const size = attrs['font-size'];
  if (size && size !== '13') {
    if (!/^\d+$/.test(size)) throw new Error(`inline SVG: font size "${size}" not understood`);
    out.push(`z${size}`);
  }
  const weight = attrs['font-weight'];
  if (weight && weight !== 'normal' && weight !== '400') out.push('w');
  if (attrs['font-style'] === 'italic') out.push('i');
  return out;
}

/** Font sizes the stylesheet provides (`z11`, `z12`, …): a drawing with another fails the build. */
export const FONT_SIZE_CLASSES: readonly number[] = [10, 11, 12, 14, 16];

/** A path's d with its first move made absolute, so it can follow another path's data. */
function absoluteStart(d: string): string {
  return d.replace(/^\s*m/, 'M');
}

/** A run of quadratic segments this short (every coordinate within it, px) is one rounded corner. */
const CORNER_STEP = 0.6;

/**
 * Skia writes a rounded corner (a line chart's rounded-square markers) as a
 * string of tiny relative quadratic segments (`q0 -0.1 0 -0.2q0 -0.1 0 -0.2…`).
 * Each such run becomes one quadratic from the run's start to its end with its
 * control point where the first and last tangents meet: the same corner to
 * the eye at these sizes, a tenth of the text. Other commands pass through.
 */
export function simplifyCorners(d: string): string {
  // Exponents would read as commands here; Skia writes none, but such a path passes through whole.
  if (/\de/i.test(d)) return d;
  const tokens = [...d.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g)].map((m) => ({ raw: m[0], cmd: m[1]!, args: (m[2]!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number) }));
  const out: string[] = [];
  const small = (a: number[]) => a.length === 4 && a.every((v) => Math.abs(v) <= CORNER_STEP);
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.cmd !== 'q' || !small(t.args)) {
      out.push(t.raw);
      i++;
      continue;
    }
    let j = i;
    let ex = 0;
    let ey = 0;
    let lastIn = [0, 0];
    while (j < tokens.length && tokens[j]!.cmd === 'q' && small(tokens[j]!.args)) {
      const [cx, cy, x, y] = tokens[j]!.args as [number, number, number, number];
      lastIn = [x - cx, y - cy];
      ex += x;
      ey += y;
      j++;
    }
    if (j - i === 1) {
      out.push(t.raw);
      i = j;
      continue;
    }
    // Start tangent a from (0, 0), end tangent b into (ex, ey): 0 + s·a = E − u·b.
    const [ax, ay] = t.args as [number, number];
    const [bx, by] = lastIn as [number, number];
    const det = ax * -by - ay * -bx;
    let cx = ex / 2;
    let cy = ey / 2;
    if (Math.abs(det) > 1e-9) {
      const sParam = (ex * -by - ey * -bx) / det;
      if (sParam > 0 && Number.isFinite(sParam)) {
        cx = sParam * ax;
        cy = sParam * ay;
      }
    }
    out.push(`q${num(cx)} ${num(cy)} ${num(ex)} ${num(ey)}`);
    i = j;
  }
  return out.join('');
}

const PATH_KEEP = ['stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'fill-rule', 'fill-opacity', 'stroke-opacity'];

/**
 * One SVG body for both themes from the light and dark drawings of one layout.
 * Returns the inner markup (no <svg> element) and the viewBox size.
 */
export function mergeThemes(lightSvg: string, darkSvg: string, where: string): { width: number; height: number; body: string } {
  const a = parseSkiaSvg(lightSvg);
  const b = parseSkiaSvg(darkSvg);
  if (a.width !== b.width || a.height !== b.height || a.items.length !== b.items.length) {
    throw new Error(`inline SVG: ${where}: the light and dark drawings differ in shape (${a.items.length} and ${b.items.length} marks)`);
  }
  const out: string[] = [];
  // A run of paths with no text between them is written grouped by paint, in
  // the order each paint first appears: a line's markers are drawn as a fill
  // and a stroke each, alternately, and become two paths. Only paths of one
  // run change order, and those of one paint keep theirs.
  let run = new Map<string, string>();
  const flush = () => {
    for (const [open, d] of run) out.push(`${open} d="${d}"/>`);
    run = new Map();
  };
  a.items.forEach((item, i) => {
    const other = b.items[i]!;
    const at = `${where}, mark ${i + 1} (${item.tag})`;
    if (other.tag !== item.tag) throw new Error(`inline SVG: ${at}: the dark drawing has a ${other.tag} here`);
    // Skia leaves out a black fill (SVG's default) and an absent stroke.
    const fill = paintClass('f', item.attrs.fill ?? '#000000', other.attrs.fill ?? '#000000', at);
    const stroke = paintClass('s', item.attrs.stroke ?? 'none', other.attrs.stroke ?? 'none', at);
    if (item.tag === 'rect') {
      // The background (and Skia's transparent first rectangle): the page paints it.
      const full = Number(item.attrs.width) >= a.width && Number(item.attrs.height) >= a.height && !item.attrs.x && !item.attrs.y;
      if (full || item.attrs['fill-opacity'] === '0') return;
      const x = Number(item.attrs.x ?? 0);
      const y = Number(item.attrs.y ?? 0);
      const w = Number(item.attrs.width);
      const h = Number(item.attrs.height);
      // As a path, so it can merge with its neighbours.
      item = { tag: 'path', attrs: { ...item.attrs, d: `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z` }, content: '' };
    }
    if (item.tag === 'path') {
      const classes = [fill.cls, stroke.cls].filter(Boolean);
      let open = '<path';
      if (classes.length) open += ` class="${classes.join(' ')}"`;
      // Without a fill class or attribute a path is filled black: say so when it is.
      if (fill.attr) open += ` fill="${fill.attr}"`;
      if (stroke.attr && stroke.attr !== 'none') open += ` stroke="${stroke.attr}"`;
      for (const name of PATH_KEEP) {
        const v = item.attrs[name];
        if (v === undefined) continue;
        if (name === 'stroke-width' && v === '1') continue;
        open += ` ${name}="${v}"`;
      }
      run.set(open, (run.get(open) ?? '') + simplifyCorners(absoluteStart(item.attrs.d ?? '')));
      return;
    }
    flush();
    const pos = textPosition(item.attrs, item.content);
    if (!pos) return;
    const classes = [fill.cls, ...fontClasses(item.attrs)].filter(Boolean);
    // Whole pixels: half a pixel of a text's position is invisible, its digits are not free.
    let tag = `<text x="${Math.round(pos.x)}" y="${Math.round(pos.y)}"`;
    if (classes.length) tag += ` class="${classes.join(' ')}"`;
    if (fill.attr) tag += ` fill="${fill.attr}"`;
    if (pos.transform) tag += ` transform="${pos.transform}"`;
    // Skia's text is escaped XML already.
    out.push(`${tag}>${pos.text}</text>`);
  });
  flush();
  for (const m of out.join('').matchAll(/class="[^"]*\bz(\d+)/g)) {
    if (!FONT_SIZE_CLASSES.includes(Number(m[1]))) throw new Error(`inline SVG: ${where}: font size ${m[1]} px has no class in chart-svg.css`);
  }
  return { width: a.width, height: a.height, body: out.join('') };
}
