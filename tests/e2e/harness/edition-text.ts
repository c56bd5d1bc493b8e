// The words a reader of a Belarusian or Russian page gets, read from the
// built HTML without a browser, and the two checks on them
// (tests/e2e/dist/editions.test.ts):
//
// - no English left: a Latin-script word in text of the page's language,
//   outside a URL and the allow-list (tests/e2e/edition-words.ts), fails;
// - spelling: every Cyrillic word goes through Debian's hunspell with the
//   language's dictionary (be_BY, ru_RU), one process per language fed every
//   distinct word of every page at once.
//
// What is read: every text node (the drawings' SVG text and titles included;
// not script, style, code, pre, kbd or samp) and the attributes a reader or
// a screen reader gets (alt, aria-label, aria-description, title,
// placeholder, and the content of the description metas). Each piece of text
// belongs to the language of its nearest `lang` (an English article title
// marked `lang="en"`, a source title marked `lang="uk"`, stays out of the
// page's checks; a Russian title on a Belarusian page is spell-checked as
// Russian).
import { spawnSync } from 'node:child_process';
import { isElement, parseHtml, type HtmlElement, type HtmlNode } from '../../../tools/dist-files.ts';

/** The editions whose text these checks read, with their hunspell dictionaries. */
export const EDITION_LANGUAGES = { be: 'be_BY', ru: 'ru_RU' } as const;
export type EditionLanguage = keyof typeof EDITION_LANGUAGES;

export interface TextPiece {
  /** be, ru, or `other` (a `lang` that is neither: not this check's business). */
  lang: EditionLanguage | 'other';
  text: string;
  /** Where: the element (and attribute) it came from. */
  where: string;
  /** Inside a quotation (`cite`, `q`, `blockquote`): a source's own words, spelt as it spells them. */
  quoted?: boolean;
}

/** Elements whose text is not prose in the page's language. */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp']);
/** Quotations: a source's own words (its title), whose spelling is the source's. */
const QUOTATION = new Set(['cite', 'q', 'blockquote']);
/** Attributes a reader or a screen reader gets. */
const READ_ATTRIBUTES = ['alt', 'aria-label', 'aria-description', 'title', 'placeholder'];
/** Metas whose content is the page's description (search results, shared links). */
const DESCRIPTION_META = /^(description|og:description|twitter:description|og:image:alt|twitter:image:alt)$/;

/** `be-BY` → be, `ru` → ru; `be-Latn` (Łacinka) and any other language → other. */
export function languageOf(tag: string | undefined): EditionLanguage | 'other' | undefined {
  if (tag === undefined) return undefined;
  const [lang, ...rest] = tag.toLowerCase().split('-');
  if (rest.some((s) => s === 'latn')) return 'other';
  return lang === 'be' || lang === 'ru' ? lang : 'other';
}

function label(el: HtmlElement): string {
  return `<${el.tag}${el.attrs.id ? `#${el.attrs.id}` : ''}${el.attrs.class ? `.${el.attrs.class.split(/\s+/)[0]}` : ''}>`;
}

/** Every piece of text a reader gets from the page, with its language. */
export function textPieces(html: string): TextPiece[] {
  const out: TextPiece[] = [];
  const visit = (node: HtmlNode, lang: EditionLanguage | 'other', quoted: boolean): void => {
    if (!isElement(node)) {
      const text = node.text;
      if (text.trim()) out.push({ lang, text, where: label(node.parent), quoted });
      return;
    }
    if (NOT_PROSE.has(node.tag)) return;
    const here = languageOf(node.attrs.lang) ?? lang;
    const inQuote = quoted || QUOTATION.has(node.tag);
    for (const a of READ_ATTRIBUTES) if (node.attrs[a]?.trim()) out.push({ lang: here, text: node.attrs[a], where: `${label(node)}[${a}]`, quoted: inQuote });
    if (node.tag === 'meta' && DESCRIPTION_META.test(node.attrs.name ?? node.attrs.property ?? '') && node.attrs.content) {
      out.push({ lang: here, text: node.attrs.content, where: `<meta ${node.attrs.name ? 'name' : 'property'}="${node.attrs.name ?? node.attrs.property}">` });
    }
    for (const c of node.children) visit(c, here, inQuote);
  };
  const root = parseHtml(html);
  const htmlEl = root.children.find((c): c is HtmlElement => isElement(c) && c.tag === 'html');
  visit(root, languageOf(htmlEl?.attrs.lang) ?? 'other', false);
  return out;
}

/** URLs, e-mail addresses and domain names: not words of any language. */
const ADDRESS = /\b(?:https?:\/\/|mailto:|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9-]+\.)+(?:by|ru|com|org|net|eu|int|gov|info|io|uk|de|fr|pl|ua|lt|app|dev|news)\b(?:\/\S*)?/gi;

export interface Found {
  word: string;
  where: string;
  /** The words around it. */
  context: string;
}

function contextOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** Latin-script words in the text of the page's languages (be, ru), outside addresses and «…». */
export function latinWords(pieces: readonly TextPiece[]): Found[] {
  const out: Found[] = [];
  for (const p of pieces) {
    if (p.lang === 'other') continue;
    // As in the data's be/ru text (src/i18n/data-text.ts): Latin inside «…» is a name or a title quoted in its own spelling.
    const bare = p.text.replace(ADDRESS, (m) => ' '.repeat(m.length)).replace(/«[^»]*»/g, (m) => ' '.repeat(m.length));
    for (const m of bare.matchAll(/\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu)) {
      out.push({ word: m[0], where: p.where, context: contextOf(p.text, m.index, m[0].length) });
    }
  }
  return out;
}

/** Cyrillic words of each language (parts of a hyphenated word apart, apostrophes inside kept: аб’ява). */
export function cyrillicWords(pieces: readonly TextPiece[]): { lang: EditionLanguage; found: Found & { quoted?: boolean } }[] {
  const out: { lang: EditionLanguage; found: Found & { quoted?: boolean } }[] = [];
  for (const p of pieces) {
    if (p.lang === 'other') continue;
    for (const m of p.text.matchAll(/\p{Script=Cyrillic}+(?:['’ʼ]\p{Script=Cyrillic}+)*/gu)) {
      // The ending of a number written in figures (1-й, 2-га, 90-х) is not a word of its own.
      if (/\d[-‑–]$/.test(p.text.slice(0, m.index))) continue;
      out.push({ lang: p.lang, found: { word: m[0], where: p.where, context: contextOf(p.text, m.index, m[0].length), quoted: p.quoted } });
    }
  }
  return out;
}

export type Hunspell = { ok: true; unknown: (lang: EditionLanguage, words: readonly string[]) => Set<string> } | { ok: false; why: string };

/**
 * Debian's hunspell with both dictionaries, or why not. `unknown` runs one
 * process for all the words of a language (one a line) and returns those the
 * dictionary does not know.
 */
export function hunspell(): Hunspell {
  for (const [lang, dict] of Object.entries(EDITION_LANGUAGES)) {
    const probe = spawnSync('hunspell', ['-d', dict, '-l'], { input: lang === 'be' ? 'выбары\n' : 'выборы\n', encoding: 'utf8' });
    if (probe.error) return { ok: false, why: `no hunspell executable (${probe.error.message}); install hunspell, hunspell-be and hunspell-ru` };
    if (probe.status !== 0 || probe.stdout.trim() || /Can't open/i.test(probe.stderr)) return { ok: false, why: `hunspell has no ${dict} dictionary (${probe.stderr.trim() || probe.stdout.trim()}); install hunspell-${lang}` };
  }
  return {
    ok: true,
    unknown(lang, words) {
      if (!words.length) return new Set();
      const r = spawnSync('hunspell', ['-d', EDITION_LANGUAGES[lang], '-l'], { input: words.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`hunspell -d ${EDITION_LANGUAGES[lang]} failed: ${r.stderr}`);
      return new Set(r.stdout.split('\n').filter(Boolean));
    },
  };
}

export interface PageProblem extends Found {
  file: string;
}

/** One line per problem: file, word, where in the page, and the words around it; the first few of each word. */
export function formatFound(problems: readonly PageProblem[], max = 60): string {
  const byWord = new Map<string, PageProblem[]>();
  for (const p of problems) byWord.set(p.word, [...(byWord.get(p.word) ?? []), p]);
  const lines: string[] = [];
  for (const [word, list] of byWord) {
    const first = list[0]!;
    lines.push(`  "${word}" in ${first.file} ${first.where}: "${first.context}"${list.length > 1 ? ` (and ${list.length - 1} more: ${[...new Set(list.slice(1).map((x) => x.file))].slice(0, 3).join(', ')})` : ''}`);
  }
  return (lines.length > max ? [...lines.slice(0, max), `  … and ${lines.length - max} more words`] : lines).join('\n');
}

/** An allow-list entry (tests/e2e/edition-words.ts). */
export interface AllowedWord {
  /** The word exactly as the page writes it: Latin (kept in the text) or Cyrillic (not in the dictionary). */
  word: string;
  /** Editions whose pages may use it. */
  langs: readonly EditionLanguage[];
  /** No other kind: a standard word form the Debian dictionary lacks is not listed; its sentence is rephrased with words the dictionary knows. */
  kind: 'name' | 'glossary' | 'acronym' | 'unit';
  reason: string;
}

export interface EditionPage {
  /** Path under dist/, for messages. */
  file: string;
  html: string;
}

export interface EditionReport {
  /** Latin words outside addresses and the allow-lists. */
  latin: PageProblem[];
  /** Words the dictionary does not know and no allow-list has; undefined when the spelling was not checked. */
  spelling?: PageProblem[];
  /** Allow-list entries (of `listed`) that no page of their editions uses, as "word (lang)". */
  unused: string[];
  /** Distinct words checked, per language (Latin and Cyrillic). */
  words: Record<EditionLanguage, number>;
}

export interface EditionCheckOptions {
  /** The allow-list of the pages: each entry must be used. */
  listed: readonly AllowedWord[];
  /** Words allowed by the data's own lists, names and the articles' glossary, with their case forms (not required to be used on a page). */
  implicit: Record<EditionLanguage, { has(word: string): boolean }>;
  /** Words allowed on article pages only: the other language's forms of names, which an article may discuss (npm run validate checks where). */
  onArticles?: Record<EditionLanguage, { has(word: string): boolean }>;
  /** The dictionaries, or undefined to leave the spelling out. */
  unknown?: (lang: EditionLanguage, words: readonly string[]) => Set<string>;
}

/** Both checks over every page at once: one spelling run per language for all the pages' distinct words. */
export function checkEditionText(pages: readonly EditionPage[], options: EditionCheckOptions): EditionReport {
  const langs = Object.keys(EDITION_LANGUAGES) as EditionLanguage[];
  const listed = Object.fromEntries(langs.map((l) => [l, new Set(options.listed.filter((a) => a.langs.includes(l)).map((a) => a.word))])) as Record<EditionLanguage, Set<string>>;
  const allowed = (lang: EditionLanguage, word: string) => listed[lang].has(word) || options.implicit[lang].has(word);
  const used = Object.fromEntries(langs.map((l) => [l, new Set<string>()])) as Record<EditionLanguage, Set<string>>;
  const latin: PageProblem[] = [];
  const cyrillic = Object.fromEntries(langs.map((l) => [l, new Map<string, (PageProblem & { quoted?: boolean })[]>()])) as Record<EditionLanguage, Map<string, (PageProblem & { quoted?: boolean })[]>>;
  const latinSeen = Object.fromEntries(langs.map((l) => [l, new Set<string>()])) as Record<EditionLanguage, Set<string>>;
  for (const page of pages) {
    const pieces = textPieces(page.html);
    for (const p of pieces) {
      if (p.lang === 'other') continue;
      for (const f of latinWords([p])) {
        latinSeen[p.lang].add(f.word);
        if (allowed(p.lang, f.word)) used[p.lang].add(f.word);
        else latin.push({ ...f, file: page.file });
      }
    }
    for (const { lang, found } of cyrillicWords(pieces)) {
      const list = cyrillic[lang].get(found.word);
      if (list) list.push({ ...found, file: page.file });
      else cyrillic[lang].set(found.word, [{ ...found, file: page.file }]);
    }
  }
  let spelling: PageProblem[] | undefined;
  if (options.unknown) {
    // Belarusian writes its apostrophe as ’ (U+2019); a typewriter ' or a modifier ʼ is a slip the
    // dictionary would let through (in our words: a quoted title keeps its source's spelling).
    spelling = [...cyrillic.be.entries()]
      .filter(([w]) => /['ʼ]/.test(w))
      .flatMap(([, list]) => list.filter((p) => !p.quoted).map(({ quoted: _q, ...p }) => ({ ...p, word: `${p.word} (apostrophe: write ’)` })));
    for (const lang of langs) {
      const words = [...cyrillic[lang].keys()];
      const unknown = options.unknown(lang, words);
      for (const w of words) {
        if (!unknown.has(w)) continue;
        if (allowed(lang, w)) used[lang].add(w);
        else spelling.push(...cyrillic[lang].get(w)!.filter((p) => !(options.onArticles?.[lang].has(w) && /(?:^|\/)articles\/[^/]+\//.test(p.file))));
      }
    }
  }
  const unused: string[] = [];
  for (const a of options.listed) {
    // A Cyrillic entry can only be found used when the spelling ran.
    const latinEntry = /\p{Script=Latin}/u.test(a.word);
    if (!latinEntry && !options.unknown) continue;
    for (const l of a.langs) if (!used[l].has(a.word)) unused.push(`${a.word} (${l})`);
  }
  const words = Object.fromEntries(langs.map((l) => [l, cyrillic[l].size + latinSeen[l].size])) as Record<EditionLanguage, number>;
  return { latin, spelling, unused, words };
}
