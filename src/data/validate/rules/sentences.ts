/**
 * Splits an article block into sentences, keeping the component tags in
 * place: the rules that read sentences (citations after figures, repeated
 * marks, absolutes, close paraphrase, names) all share this one reading.
 *
 * A sentence ends at . ! or ? (after any closing quotation marks or
 * brackets) followed by white space and a capital letter, a digit, an opening
 * quotation mark or a component. Tags written straight after the full stop
 * (`…vote.<Cite id="x" />`) belong to the sentence they follow. A full stop
 * after a single capital (an initial: "Christopher W. Smith"), or in a short
 * list of abbreviations ("U.S.", "e.g."), ends nothing.
 */
import { stripInlineMarkdown, type Block, type ComponentTag } from '../../../articles/body.ts';

export interface Sentence {
  /** 1-based number of the sentence in the article (headings excluded). */
  n: number;
  /** File line of the block the sentence is in. */
  line: number;
  block: Block;
  /** Text and tags, in order. */
  parts: (string | ComponentTag)[];
  /** The prose: tags as single spaces, markdown stripped, white space collapsed. */
  text: string;
}

const ABBREVIATIONS = new Set(['u.s', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'u.k', 'u.n']);
/** One private-use character stands for each tag while splitting. */
const TAG_BASE = 0xe100;

/** The prose of some parts: tags as spaces, markdown stripped, white space collapsed. */
function partsText(parts: readonly (string | ComponentTag)[]): string {
  return stripInlineMarkdown(parts.map((p) => (typeof p === 'string' ? p : ' ')).join('')).replace(/\s+/g, ' ').trim();
}

/** The sentences of one block (a heading or a lone component has none). */
export function blockSentences(block: Block): Omit<Sentence, 'n'>[] {
  if (block.kind === 'heading' || block.kind === 'component') return [];
  const tags: ComponentTag[] = [];
  const flat = block.parts.map((p) => (typeof p === 'string' ? p : String.fromCharCode(TAG_BASE + tags.push(p) - 1))).join('');
  const cuts: number[] = [];
  const END = /[.!?]["”’)\]]*((?:[\uE100-\uE1FF])*)(?=\s+["“‘(\p{Lu}\p{N}\uE100-\uE1FF*_]|\s*$)/gu;
  for (const m of flat.matchAll(END)) {
    const before = flat.slice(0, m.index!);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (/^\p{L}$/u.test(word) || ABBREVIATIONS.has(word))) continue;
    cuts.push(m.index! + m[0].length);
  }
  const out: Omit<Sentence, 'n'>[] = [];
  let start = 0;
  for (const end of [...cuts, flat.length]) {
    if (end <= start) continue;
    const piece = flat.slice(start, end);
    const pieceStart = start;
    start = end;
    const parts: (string | ComponentTag)[] = [];
    let buf = '';
    for (const ch of piece) {
      const c = ch.charCodeAt(0);
      if (c >= TAG_BASE && c < TAG_BASE + 0x100 && c - TAG_BASE < tags.length) {
        if (buf) parts.push(buf);
        buf = '';
        parts.push(tags[c - TAG_BASE]!);
      } else buf += ch;
    }
    if (buf) parts.push(buf);
    const text = partsText(parts);
    if (!text && !parts.some((p) => typeof p !== 'string')) continue;
    const firstTag = parts.find((p): p is ComponentTag => typeof p !== 'string');
    const lead = /^\s*/.exec(piece)![0].length;
    const line = block.line + (flat.slice(0, pieceStart + lead).match(/\n/g)?.length ?? 0);
    out.push({ line: firstTag && !text ? firstTag.line : line, block, parts, text });
  }
  // A run of tags with no words (tags after the last full stop) joins the sentence before it.
  const merged: Omit<Sentence, 'n'>[] = [];
  for (const s of out) {
    if (!/[\p{L}\p{N}]/u.test(s.text) && merged.length) merged.at(-1)!.parts.push(...s.parts);
    else merged.push(s);
  }
  return merged;
}

/** Every sentence of the article's blocks, numbered from 1. */
export function articleSentences(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) for (const s of blockSentences(b)) out.push({ ...s, n: out.length + 1 });
  return out;
}

/** The text parts between two tags of a sentence carry no words: only spaces and punctuation. */
export function onlyPunctuation(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(stripInlineMarkdown(s));
}
