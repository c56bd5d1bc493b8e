/**
 * Checks content/articles/*.mdx without building the site: the frontmatter
 * against its schema, every <Figure of>, <Cite id> and <ChartFigure id>
 * against the data and the chart list, the imports, and the prose rules
 * (numbers come from <Figure>; a paragraph with a figure, a digit, a month or
 * a quotation carries a <Cite>; quotations are closed, short and attributed).
 * Problems read like the dataset's:
 *   content/articles/x.mdx: line 12, <Figure of>: expected …, found …
 */
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { PROSE_LANGUAGES, type ProseLanguage } from '../../articles/prose-language.ts';
import { ARTICLE_COMPONENTS, type ArticleComponentName } from '../../schemas/article.ts';
import { CHART_IDS, isChartId } from '../../schemas/chart-ids.ts';
import { exactValue, figureSources, type IndexedFigure } from '../figures/figure-index.ts';
import { displayFigure } from '../figures/resolve.ts';
import {
  proseText,
  type Block, type ComponentTag,
} from '../../articles/body.ts';
import { describeValue, type Problem } from '../problems.ts';
import type { Article } from '../../articles/read.ts';
import { didYouMean, nearest } from '../../lib/did-you-mean.ts';
import { escapeRegExp } from '../../lib/regexp.ts';

/** The longest quotation allowed, in words. */
const MAX_QUOTE_WORDS = 12;

export interface ArticleContext {
  index: Map<string, IndexedFigure>;
  sourceKeys: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------
// Components


/** Checks one component tag; returns problems in the house form. */
export function checkTag(file: string, tag: ComponentTag, ctx: ArticleContext): Problem[] {
  const out: Problem[] = [];
  const where = (attr?: string) => `line ${tag.line}, <${tag.name}${attr ? ` ${attr}` : ''}>`;
  const allowed = (ARTICLE_COMPONENTS as Record<string, readonly string[]>)[tag.name];
  if (!allowed) {
    out.push({ file, path: where(), expected: `one of the article components ${Object.keys(ARTICLE_COMPONENTS).map((n) => `<${n}>`).join(', ')}`, found: `<${tag.name}>` });
    return out;
  }
  for (const a of Object.keys(tag.attrs)) {
    if (!allowed.includes(a)) out.push({ file, path: where(), expected: `only the attributes ${allowed.join(', ')}${a === 'key' ? ' (write id="…", not key="…": JSX reserves key)' : ''}`, found: `${a}="${tag.attrs[a]}"` });
  }
  for (const a of tag.expressionAttrs) {
    if (!(tag.name === 'Figure' && a === 'long')) out.push({ file, path: where(a), expected: `a plain string, ${a}="…"`, found: `${a}={${tag.attrs[a]}}` });
  }
  const name = tag.name as ArticleComponentName;
  if (name === 'Figure') {
    const key = tag.attrs.of;
    if (!key) out.push({ file, path: where(), expected: 'an of="…" attribute naming a figure key such as "2025.final.lukashenka.share"', found: 'none' });
    else if (!ctx.index.has(key)) {
      const parent = key.split('.').slice(0, -1).join('.');
      const siblings = [...ctx.index.keys()].filter((k) => k.startsWith(`${parent}.`));
      const guesses = nearest(ctx.index.keys(), key);
      const hint = guesses.length ? guesses : siblings.slice(0, 4);
      out.push({ file, path: where('of'), expected: `the key of a figure in content/data${didYouMean(hint)}`, found: JSON.stringify(key) });
    }
    const show = tag.attrs.show;
    if (show !== undefined && show !== 'value' && show !== 'date') out.push({ file, path: where('show'), expected: 'show="value" or show="date"', found: JSON.stringify(show) });
    if (show === 'date' && key && ctx.index.has(key) && !ctx.index.get(key)!.date) out.push({ file, path: where('show'), expected: 'a figure that has a date', found: `${JSON.stringify(key)}, which has none` });
    const per = tag.attrs.per;
    if (per !== undefined) {
      for (const [attr, k] of [['of', key], ['per', per]] as const) {
        const e = k ? ctx.index.get(k) : undefined;
        if (attr === 'per' && !e) out.push({ file, path: where('per'), expected: `the key of a count in content/data${didYouMean(nearest(ctx.index.keys(), per))}`, found: JSON.stringify(per) });
        else if (e && (e.kind !== 'count' || exactValue(e.figure) === undefined)) out.push({ file, path: where(attr), expected: 'an exact count to compute a share from (with per)', found: `${JSON.stringify(k)} (${e.kind === 'count' ? e.figure.status : 'a percentage'})` });
      }
      if (show === 'date') out.push({ file, path: where('show'), expected: 'show="date" without per', found: 'both' });
    }
    const decimals = tag.attrs.decimals;
    if (decimals !== undefined && (!/^[0-4]$/.test(decimals) || per === undefined)) out.push({ file, path: where('decimals'), expected: 'decimals="0" to decimals="4", together with per', found: JSON.stringify(decimals) });
    const long = tag.attrs.long;
    if (long !== undefined && long !== 'true') out.push({ file, path: where('long'), expected: 'long written alone (no value)', found: `long=${JSON.stringify(long)}` });
  } else if (name === 'Cite') {
    const id = tag.attrs.id;
    if (!id) {
      // A key="…" is reported above, as the attribute to rename.
      if (tag.attrs.key === undefined) out.push({ file, path: where(), expected: 'an id="…" attribute naming a source key', found: 'none' });
    }
    else if (!ctx.sourceKeys.has(id)) out.push({ file, path: where('id'), expected: `a source key from content/data/sources.json${didYouMean(nearest(ctx.sourceKeys, id))}`, found: JSON.stringify(id) });
  } else if (name === 'Quote') {
    if (tag.attrs.lang !== 'en') out.push({ file, path: where('lang'), expected: 'lang="en", the language of the original words', found: JSON.stringify(tag.attrs.lang ?? 'none') });
    for (const a of ['original', 'text'] as const) if (!tag.attrs[a]?.trim()) out.push({ file, path: where(a), expected: a === 'original' ? 'the original words, as the English article quotes them' : 'our translation of them', found: 'none' });
  } else if (name === 'ChartFigure') {
    const id = tag.attrs.id;
    if (!id) out.push({ file, path: where(), expected: 'an id="…" attribute naming a chart', found: 'none' });
    else if (!isChartId(id)) out.push({ file, path: where('id'), expected: `a chart id from src/schemas/chart-ids.ts${didYouMean(nearest(CHART_IDS, id))}`, found: JSON.stringify(id) });
  }
  return out;
}

/** Names imported by the article's import lines, with the file each resolves to. */
export function importedNames(article: Article, root: string): { names: Map<string, string>; problems: Problem[] } {
  const names = new Map<string, string>();
  const problems: Problem[] = [];
  for (const imp of article.body.imports) {
    const m = /^import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(imp.text.trim());
    if (!m) {
      problems.push({ file: article.file, path: `line ${imp.line}`, expected: 'an import such as import { Figure, Cite } from \'../../src/components/mdx/index.ts\';', found: imp.text.trim().slice(0, 80) });
      continue;
    }
    const target = normalize(join(dirname(article.file), m[3]!));
    if (!existsSync(join(root, target))) {
      problems.push({ file: article.file, path: `line ${imp.line}`, expected: 'an import path that exists (relative to the article)', found: JSON.stringify(m[3]) });
    }
    if (m[1]) names.set(m[1], target);
    for (const part of (m[2] ?? '').split(',')) {
      const p = part.trim();
      if (!p) continue;
      const alias = /^(\w+)(?:\s+as\s+(\w+))?$/.exec(p);
      if (alias) names.set(alias[2] ?? alias[1]!, target);
    }
  }
  return { names, problems };
}

// ---------------------------------------------------------------------------
// Prose rules

/** Double quotation marks (curly, low or straight) and guillemets. */
const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;
const NUMBER = /\d+(?:[.,]\d+)*/g;

export function isYear(token: string): boolean {
  return /^\d{4}$/.test(token) && Number(token) >= 1990 && Number(token) <= 2030;
}

/** Does the block cite a source (a <Cite>, not just a <Figure>)? */
export function hasCite(block: Block): boolean {
  return block.parts.some((p) => typeof p !== 'string' && p.name === 'Cite');
}

function hasFigure(block: Block): boolean {
  return block.parts.some((p) => typeof p !== 'string' && p.name === 'Figure');
}

/** Runs of digits typed in the block's prose that are not allowed there. */
export function strayNumbersInBlock(block: Block, typed: readonly string[], lang: ProseLanguage = PROSE_LANGUAGES.en): string[] {
  return strayNumbersInText(proseText(block), typed, hasCite(block), lang);
}

/** Runs of digits in `prose` other than years, typed numbers and (if `daysAllowed`) days of dates. */
export function strayNumbersInText(prose: string, typed: readonly string[], daysAllowed: boolean, lang: ProseLanguage = PROSE_LANGUAGES.en): string[] {
  let text = prose;
  for (const t of [...typed].sort((a, b) => b.length - a.length)) text = text.split(t).join(' '.repeat(t.length));
  const days = new Set<number>();
  if (daysAllowed) {
    for (const m of text.matchAll(lang.dateExpr)) {
      // Record the positions of the day numbers in this date expression.
      const s = m.index!;
      for (const d of m[0].matchAll(/\d{1,2}/g)) {
        const n = Number(d[0]);
        if (n >= 1 && n <= 31) days.add(s + d.index!);
      }
    }
  }
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const tok = m[0];
    if (isYear(tok)) continue;
    if (days.has(m.index!)) continue;
    const after = text.slice(m.index! + tok.length, m.index! + tok.length + 1);
    out.push(after === '%' ? `${tok}%` : tok);
  }
  return out;
}

/** Why a block must carry a <Cite>, or undefined if it need not. */
export function citationTrigger(block: Block, lang: ProseLanguage = PROSE_LANGUAGES.en, names: readonly string[] = []): string | undefined {
  if (block.kind === 'heading' || block.kind === 'component') return undefined;
  if (hasFigure(block)) return 'a <Figure>';
  if (block.parts.some((p) => typeof p !== 'string' && p.name === 'Quote')) return 'a <Quote>';
  // A name in guillemets («Вясна», «супраць усіх») is a name, not a quotation.
  let text = proseText(block);
  for (const n of names) text = text.replace(new RegExp(`«${escapeRegExp(n)}»`, 'giu'), ' ');
  const digit = /(?:\S+\s+){0,2}\S*\d\S*(?:\s+\S+){0,2}/.exec(text);
  if (digit) return `a digit ("${digit[0].replace(/\s+/g, ' ')}")`;
  const month = lang.month.exec(text);
  if (month) return `a month name ("${month[0]}")`;
  if (QUOTE_MARK.test(text)) return 'a quotation mark';
  return undefined;
}

export interface Quotation {
  /** The quoted words as typed (between the marks). */
  text: string;
  /** The first <Cite> after the closing mark in the same block: the quotation's attribution. */
  citeId: string | undefined;
  line: number;
}

/**
 * Quotations in a block: text between “ and ” (or a pair of straight double
 * quotes), each with the first <Cite> that follows it in the block. Unclosed
 * marks come back as problems.
 */
export function quotationsInBlock(block: Block): { quotes: Quotation[]; problems: string[] } {
  const quotes: Quotation[] = [];
  const problems: string[] = [];
  let open: { text: string; close: string } | undefined;
  let pending: Quotation[] = [];
  for (const part of block.parts) {
    if (typeof part !== 'string') {
      if (open) open.text += ' ';
      else if (part.name === 'Cite') {
        for (const q of pending) q.citeId = part.attrs.id;
        pending = [];
      }
      continue;
    }
    for (const ch of part) {
      if (open) {
        if (ch === open.close || (open.close === '\u201D' && ch === '"')) {
          const q: Quotation = { text: open.text.trim(), citeId: undefined, line: block.line };
          quotes.push(q);
          pending.push(q);
          open = undefined;
        } else if (open.close !== '\u00BB' && (ch === '\u201C' || (ch === '"' && open.close === '"'))) {
          problems.push(`a closing mark before the next opening one, after “${open.text.trim().slice(0, 30)}`);
          open = { text: '', close: ch === '"' ? '"' : '\u201D' };
        } else open.text += ch;
      } else if (ch === '\u201C') open = { text: '', close: '\u201D' };
      else if (ch === '"') open = { text: '', close: '"' };
      else if (ch === '\u00AB') open = { text: '', close: '\u00BB' };
      else if (ch === '\u201E') open = { text: '', close: '\u201C' };
      else if (ch === '\u201D' || ch === '\u00BB') problems.push('an opening quotation mark before this closing one');
    }
  }
  if (open) problems.push(`a closing quotation mark after “${open.text.trim().slice(0, 30)}`);
  return { quotes, problems };
}

export function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Every numeric value a figure in the data takes (exact values, published strings, numbers in rounded reports). */
export function figureNumbers(index: Map<string, IndexedFigure>): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of index.values()) {
    const f = e.figure;
    const v = exactValue(f);
    if (v !== undefined) out.set(v, e.key);
    if (f.status === 'reported-rounded') for (const m of f.text.matchAll(NUMBER)) out.set(Number(m[0].replace(/,/g, '')), e.key);
  }
  return out;
}

/** Every way the data writes a figure: "86.82%", "86.82", "5,136,293", "5136293", "189 thousand". */
export function figureForms(index: Map<string, IndexedFigure>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of index.values()) {
    const f = e.figure;
    if (f.status === 'not-found') continue;
    out.set(displayFigure(e.kind, f), e.key);
    if (f.status === 'reported-rounded') continue;
    out.set(String(f.value), e.key);
    out.set(`${f.value}%`, e.key);
    out.set(`${f.value} percent`, e.key);
    out.set(String(Number(f.value)), e.key);
  }
  return out;
}

/** The house-form problems of one article (frontmatter already parsed). */
export function checkArticle(article: Article, ctx: ArticleContext, slugs: ReadonlySet<string>, root: string): Problem[] {
  const { file, body } = article;
  const out: Problem[] = [];
  const fm = article.frontmatter;

  // Components and imports.
  const { names, problems: importProblems } = importedNames(article, root);
  out.push(...importProblems);
  const missingImport = new Set<string>();
  for (const tag of body.tags) {
    if (tag.name === 'Quote') out.push({ file, path: `line ${tag.line}, <Quote>`, expected: 'a quotation in “…” (an English article quotes the original words; <Quote> gives a translation beside them)', found: '<Quote>' });
    out.push(...checkTag(file, tag, ctx));
    if (tag.name in ARTICLE_COMPONENTS && !names.has(tag.name) && !missingImport.has(tag.name)) {
      missingImport.add(tag.name);
      out.push({ file, path: `line ${tag.line}, <${tag.name}>`, expected: `an import of ${tag.name} at the top of the article (import { ${tag.name} } from '../../src/components/mdx/index.ts';)`, found: 'none' });
    }
  }

  // Sources: every <Cite> listed in the frontmatter, every listed source cited.
  const citeIds = body.tags.filter((t) => t.name === 'Cite' && t.attrs.id).map((t) => t.attrs.id!);
  const figureKeys = new Set(
    body.tags
      .filter((t) => t.name === 'Figure')
      .flatMap((t) => [t.attrs.of, t.attrs.per])
      .flatMap((k) => (k && ctx.index.has(k) ? figureSources(ctx.index.get(k)!.figure) : [])),
  );
  if (fm) {
    const listed = new Set(fm.sources);
    const reported = new Set<string>();
    for (const t of body.tags) {
      const id = t.name === 'Cite' ? t.attrs.id : undefined;
      if (id && !listed.has(id) && !reported.has(id) && ctx.sourceKeys.has(id)) {
        reported.add(id);
        out.push({ file, path: `line ${t.line}, <Cite id>`, expected: `"${id}" listed in the frontmatter sources`, found: 'a source cited but not listed' });
      }
    }
    fm.sources.forEach((k, i) => {
      if (!ctx.sourceKeys.has(k)) out.push({ file, path: `frontmatter.sources[${i}]`, expected: `a source key from content/data/sources.json${didYouMean(nearest(ctx.sourceKeys, k))}`, found: JSON.stringify(k) });
      else if (!citeIds.includes(k) && !figureKeys.has(k)) out.push({ file, path: `frontmatter.sources[${i}]`, expected: 'a source the article cites (with <Cite id> or through a <Figure>)', found: `${JSON.stringify(k)}, cited nowhere in the text` });
    });
    fm.related.forEach((s, i) => {
      if (s === article.slug) out.push({ file, path: `frontmatter.related[${i}]`, expected: 'another article', found: `the article itself ("${s}")` });
      else if (!slugs.has(s)) out.push({ file, path: `frontmatter.related[${i}]`, expected: `the slug of an article in content/articles${didYouMean(nearest(slugs, s))}`, found: JSON.stringify(s) });
    });
  }

  // Typed numbers: never a figure in disguise, and each one really used.
  const typed = fm?.typedNumbers.map((t) => t.value) ?? [];
  if (fm) {
    const forms = figureForms(ctx.index);
    const numbers = figureNumbers(ctx.index);
    const allProse = body.blocks.map(proseText).join('\n');
    fm.typedNumbers.forEach((t, i) => {
      const form = forms.get(t.value.trim());
      const token = [...t.value.matchAll(NUMBER)].map((m) => m[0]).find((n) => numbers.has(Number(n.replace(/,/g, ''))));
      if (form) out.push({ file, path: `frontmatter.typedNumbers[${i}].value`, expected: `a number that is not a figure in the data (write <Figure of="${form}" /> instead)`, found: JSON.stringify(t.value) });
      else if (token !== undefined) {
        const key = numbers.get(Number(token.replace(/,/g, '')))!;
        out.push({ file, path: `frontmatter.typedNumbers[${i}].value`, expected: `a number that is not a figure in the data (${token} is the value of ${key}; write <Figure of="${key}" /> if that is the figure meant)`, found: JSON.stringify(t.value) });
      }
      if (!allProse.includes(t.value)) out.push({ file, path: `frontmatter.typedNumbers[${i}].value`, expected: 'a number that appears in the prose as written', found: `${JSON.stringify(t.value)}, which does not` });
    });
  }

  // Title and description are shown without citations (lists, link previews): years and dates only.
  if (fm) {
    for (const field of ['title', 'description'] as const) {
      const stray = strayNumbersInText(fm[field], [], true);
      if (stray.length) out.push({ file, path: `frontmatter.${field}`, expected: 'no figures (years and dates only: figures change with the data, and these are shown without a citation)', found: stray.map((x) => JSON.stringify(x)).join(', ') });
    }
  }

  for (const block of body.blocks) {
    if (block.kind === 'component') continue;
    const stray = strayNumbersInBlock(block, typed);
    if (stray.length) {
      out.push({
        file, path: `line ${block.line}`,
        expected: 'every count, percentage, turnout and result date to come from <Figure of="…" /> (a year, the day of a date in a paragraph with a <Cite>, or a number listed in typedNumbers with a reason is allowed)',
        found: stray.map((s) => JSON.stringify(s)).join(', '),
      });
    }
    const trigger = citationTrigger(block);
    if (trigger && !hasCite(block)) out.push({ file, path: `line ${block.line}`, expected: `a <Cite id="…" /> in a ${block.kind === 'list-item' ? 'list item' : 'paragraph'} that contains ${trigger}`, found: 'none' });
    const { quotes, problems } = quotationsInBlock(block);
    for (const p of problems) out.push({ file, path: `line ${block.line}`, expected: p, found: 'an unbalanced quotation mark' });
    for (const q of quotes) {
      const n = wordsOf(q.text).length;
      if (n === 0) out.push({ file, path: `line ${q.line}`, expected: 'a quotation with words in it', found: describeValue(q.text) });
      if (n > MAX_QUOTE_WORDS) out.push({ file, path: `line ${q.line}`, expected: `a short quotation (at most ${MAX_QUOTE_WORDS} words)`, found: `${n} words (“${q.text.slice(0, 40)}…”)` });
      if (!q.citeId) out.push({ file, path: `line ${q.line}`, expected: 'a <Cite id="…" /> after the quotation, in the same paragraph, naming its source', found: `“${q.text.slice(0, 40)}” with none after it` });
    }
    if (/[\u2018]/.test(proseText(block))) out.push({ file, path: `line ${block.line}`, expected: 'double quotation marks “…” for quotations', found: 'a single opening quotation mark ‘' });
  }
  if (!body.blocks.some((b) => b.kind !== 'heading' && b.kind !== 'component')) {
    out.push({ file, path: 'body', expected: 'at least one paragraph of text', found: 'none' });
  }
  return out;
}
