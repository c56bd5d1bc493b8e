/**
 * Reads the body of an MDX article without building it: the frontmatter, the
 * blocks (headings, paragraphs, list items, block quotes, lone components) and
 * every self-closing component tag with its string attributes.
 *
 * The articles use a small subset of MDX on purpose (prose, headings, lists,
 * emphasis, and self-closing components with plain string attributes), so
 * this reader can be exact about it and report anything outside the subset
 * instead of guessing. The validator, the tests and the article pages all use
 * it, so they agree on what a paragraph is, which sources are cited in which
 * order, and what the rendered text says.
 */

export interface ComponentTag {
  name: string;
  /** Attribute values; an attribute written without a value is "true". */
  attrs: Record<string, string>;
  /** Attributes written as `{…}` expressions (the articles use plain strings only). */
  expressionAttrs: string[];
  raw: string;
  line: number;
}

type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'component';

export interface Block {
  kind: BlockKind;
  /** Line of the article file where the block starts (1-based, frontmatter included). */
  line: number;
  /** Heading level (2 for ##). */
  depth?: number;
  /** The block's source with its markdown markers (#, -, >) removed: text and tags in order. */
  parts: (string | ComponentTag)[];
}

interface BodyProblem {
  line: number;
  expected: string;
  found: string;
}

export interface ArticleBody {
  blocks: Block[];
  /** Every component tag, in document order. */
  tags: ComponentTag[];
  /** ESM lines (`import …`), with their line numbers. */
  imports: { line: number; text: string }[];
  problems: BodyProblem[];
}

export interface SplitArticle {
  /** The YAML between the --- fences, or undefined when there is none. */
  yaml: string | undefined;
  body: string;
  /** Line of the file on which `body` starts. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string): SplitArticle {
  const src = text.replace(/^\uFEFF/, '');
  const m = FENCE.exec(src);
  if (!m) return { yaml: undefined, body: src, bodyLine: 1 };
  const consumed = m[0];
  return { yaml: m[1], body: src.slice(consumed.length), bodyLine: consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1) };
}

const ATTR = /\s*([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/y;

/** Parses `<Name a="x" b />` (already matched) into a tag, or returns a problem text. */
function parseTag(raw: string, line: number): ComponentTag | string {
  const m = /^<([A-Z][A-Za-z0-9]*)([\s\S]*?)\/>$/.exec(raw);
  if (!m) return 'a self-closing component tag such as <Figure of="…" />';
  const [, name, inner = ''] = m;
  const attrs: Record<string, string> = {};
  const expressionAttrs: string[] = [];
  ATTR.lastIndex = 0;
  let pos = 0;
  while (pos < inner.length) {
    if (/^\s*$/.test(inner.slice(pos))) break;
    ATTR.lastIndex = pos;
    const a = ATTR.exec(inner);
    if (!a || a[0].length === 0) return `attributes written name="value" in <${name} … />`;
    const key = a[1]!;
    if (a[4] !== undefined) expressionAttrs.push(key);
    attrs[key] = a[2] ?? a[3] ?? a[4] ?? 'true';
    pos = ATTR.lastIndex;
  }
  return { name: name!, attrs, expressionAttrs, raw, line };
}

/** Splits a block's text into prose and component tags; reports tags it cannot read. */
function inlineParts(text: string, firstLine: number, problems: BodyProblem[], tags: ComponentTag[]): (string | ComponentTag)[] {
  const parts: (string | ComponentTag)[] = [];
  let last = 0;
  const lineAt = (i: number) => firstLine + text.slice(0, i).split('\n').length - 1;
  // A component tag, or any other tag-like or expression syntax MDX would treat as code.
  const re = /<([A-Z][A-Za-z0-9]*)\b[^<>]*?\/>|<\/?[A-Za-z][^>]*>?|\{[^}]*\}?/g;
  for (const m of text.matchAll(re)) {
    const i = m.index!;
    const raw = m[0];
    if (i > last) parts.push(text.slice(last, i));
    last = i + raw.length;
    if (m[1]) {
      const tag = parseTag(raw, lineAt(i));
      if (typeof tag === 'string') {
        problems.push({ line: lineAt(i), expected: tag, found: raw });
        continue;
      }
      parts.push(tag);
      tags.push(tag);
    } else if (raw.startsWith('{')) {
      problems.push({ line: lineAt(i), expected: 'prose without {…} expressions (write figures as <Figure of="…" />)', found: raw.length > 40 ? `${raw.slice(0, 37)}…` : raw });
    } else {
      problems.push({ line: lineAt(i), expected: 'a self-closing component tag such as <Figure of="…" /> (HTML and open/close tags are not used in articles)', found: raw.length > 40 ? `${raw.slice(0, 37)}…` : raw });
    }
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;

/** Reads the body (the part after the frontmatter). `firstLine` is its line in the file. */
export function parseBody(body: string, firstLine = 1): ArticleBody {
  const problems: BodyProblem[] = [];
  const tags: ComponentTag[] = [];
  const imports: { line: number; text: string }[] = [];
  const blocks: Block[] = [];
  // MDX comments vanish from the output; keep their lines so numbers stay right.
  const src = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ''));
  const lines = src.split(/\r?\n/);

  let chunk: { line: number; text: string[] } | undefined;
  const chunks: { line: number; text: string[] }[] = [];
  lines.forEach((l, i) => {
    if (l.trim() === '') {
      if (chunk) chunks.push(chunk);
      chunk = undefined;
    } else {
      chunk ??= { line: firstLine + i, text: [] };
      chunk.text.push(l);
    }
  });
  if (chunk) chunks.push(chunk);

  const push = (kind: BlockKind, line: number, text: string, depth?: number) => {
    const parts = inlineParts(text, line, problems, tags);
    const b: Block = { kind, line, parts };
    if (depth !== undefined) b.depth = depth;
    if (kind === 'paragraph' && parts.length === 1 && typeof parts[0] !== 'string') b.kind = 'component';
    blocks.push(b);
  };

  for (const c of chunks) {
    if (/^(import|export)\s/.test(c.text[0]!)) {
      c.text.forEach((t, i) => {
        if (/^(import|export)\s/.test(t)) imports.push({ line: c.line + i, text: t });
        else if (imports.length && !/;\s*$/.test(imports.at(-1)!.text)) imports.at(-1)!.text += ` ${t.trim()}`;
        else problems.push({ line: c.line + i, expected: 'only import lines in an import block', found: t.trim().slice(0, 40) });
      });
      continue;
    }
    let i = 0;
    while (i < c.text.length) {
      const t = c.text[i]!;
      const line = c.line + i;
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(t);
      if (h) {
        push('heading', line, h[2]!, h[1]!.length);
        i++;
        continue;
      }
      if (LIST_ITEM.test(t)) {
        const item = [t.replace(LIST_ITEM, '')];
        // "- 2001. Turnout…" is a list inside a list to Markdown, not the text "2001. Turnout…".
        if (LIST_ITEM.test(item[0]!)) problems.push({ line, expected: 'list item text that does not start like a list marker (Markdown reads "2001. " or "- " there as a list inside the list; write "2001: " or "2001 — ")', found: JSON.stringify(item[0]!.slice(0, 20)) });
        i++;
        while (i < c.text.length && !LIST_ITEM.test(c.text[i]!) && /^\s+/.test(c.text[i]!)) item.push(c.text[i++]!.trim());
        push('list-item', line, item.join('\n'));
        continue;
      }
      if (/^>\s?/.test(t)) {
        const quote: string[] = [];
        while (i < c.text.length && /^>\s?/.test(c.text[i]!)) quote.push(c.text[i++]!.replace(/^>\s?/, ''));
        push('blockquote', line, quote.join('\n'));
        continue;
      }
      const para: string[] = [];
      while (i < c.text.length && !/^#{1,6}\s/.test(c.text[i]!) && !LIST_ITEM.test(c.text[i]!) && !/^>\s?/.test(c.text[i]!)) para.push(c.text[i++]!);
      push('paragraph', line, para.join('\n'));
    }
  }
  return { blocks, tags, imports, problems };
}

/** Markdown inline syntax out, plain text left: links keep their text, emphasis markers and escapes go. */
export function stripInlineMarkdown(s: string): string {
  // Escaped characters are literal: hide them from the emphasis rules, restore them at the end.
  const escaped: string[] = [];
  return s
    .replace(/\\([\\`*_{}[\]()#+\-.!<>"])/g, (_, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/ {2,}\n/g, '\n')
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)]!);
}

/** The block's prose with components left out (each becomes one space), markdown stripped. */
export function proseText(block: Block): string {
  return stripInlineMarkdown(block.parts.map((p) => (typeof p === 'string' ? p : ' ')).join(''));
}

/** The block as a reader sees it: components replaced by what `render` returns for them. */
export function renderedText(block: Block, render: (tag: ComponentTag) => string): string {
  return stripInlineMarkdown(block.parts.map((p) => (typeof p === 'string' ? p : render(p))).join('')).replace(/\s+/g, ' ').trim();
}

/** Blocks of running text (everything but lone components such as a chart). */
export function isTextBlock(b: Block): boolean {
  return b.kind !== 'component';
}

/** Counts words the way a reader would: runs of characters holding a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Source keys in order of first use: each `<Figure>` brings its figure's
 * sources (then those of its `per` figure), each `<Cite>` its id, each
 * `<ChartFigure>` the sources of its chart. This is the numbering of the article's
 * reference list.
 */
export function citationOrder(
  tags: readonly ComponentTag[],
  figureSources: (key: string) => readonly string[],
  chartSources: (id: string) => readonly string[] = () => [],
): string[] {
  const order: string[] = [];
  const add = (k: string) => {
    if (!order.includes(k)) order.push(k);
  };
  for (const t of tags) {
    if (t.name === 'Figure' && t.attrs.of) {
      figureSources(t.attrs.of).forEach(add);
      if (t.attrs.per) figureSources(t.attrs.per).forEach(add);
    }
    else if (t.name === 'Cite' && t.attrs.id) add(t.attrs.id);
    else if (t.name === 'ChartFigure' && t.attrs.id) chartSources(t.attrs.id).forEach(add);
  }
  return order;
}
