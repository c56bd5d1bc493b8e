/**
 * Rule: absolutes and comparisons carry their evidence.
 *
 * A sentence that states a universal (never, always, only, nobody, no one,
 * nothing, none, all, every…) or a comparison (more than, fewer than, less
 * than, most, highest, lowest, first, record, the exception) is the kind of
 * sentence a careful reader checks first, and the kind a writer most often
 * asserts from memory. Such a sentence passes only when
 *
 * - it is a comparison and carries at least two exact <Figure>s (status
 *   published or derived: the quantities it compares, shown; a rounded report
 *   such as "almost 2.9 million" cannot settle which of two numbers is larger,
 *   which is how "more people voted early than on election day" went wrong), or
 * - the article's frontmatter lists it under `claims:` with a distinctive
 *   fragment of the sentence, the source id, and the supporting words quoted
 *   from the reference; the quoted words must occur in the committed copies of
 *   FACTS.md, INDEPENDENT.md or dataset.json (tests/fixtures/reference/), or
 *   in the source article (by its committed n-gram hashes, for the source
 *   preiherman_edm). Where the quoted line of FACTS.md or INDEPENDENT.md names
 *   its sources in [brackets], the claim's source must be one of them.
 *
 * A <Cite> alone does not satisfy it: a citation says where a sentence comes
 * from, not that the source says "never".
 *
 * Decisions on false positives (strict but workable):
 * - Words inside quotation marks are the speaker's, checked as quotations;
 *   they are left out.
 * - "against all" is the name of a ballot option, "at all" and "after all"
 *   are idioms: none is a claim. "more than <Figure/>" is a bound a source
 *   reported ("more than 1,250"), evidenced by the figure itself.
 * - "of everyone registered", "by all voters who took part": a universal
 *   that defines the whole a share is taken of, not a claim about it.
 * - "record" is a claim as a maximum ("not a record", "a new record",
 *   "record turnout"), not as the verb ("the sources record no statement")
 *   or the noun for what is documented ("the record bears this out").
 * - "first" is a claim only as a record ("for the first time", "first ever",
 *   "the first woman to…"); as an ordinal ("the first round", "the first day",
 *   "the first is mundane") it only numbers what the article lays out.
 * - A comparison between more/fewer/less and than may have up to four words
 *   in between ("more people voted early than…").
 * - "all five candidates", "every one of the <Figure/> …": a universal over a
 *   set the sentence counts is still a universal, but its evidence is the count
 *   itself (a number word, digits or a <Figure> straight after all/every), so it
 *   passes. "All candidates" without a count does not.
 * - Everything else is flagged, "only" included: "only days before the vote"
 *   is an evaluation that needs its number or its source.
 *
 *   content/articles/x.mdx: line 12, absolute or comparison: expected …, found …
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFrontmatter } from '../../../schemas/article.ts';
import type { IndexedFigure } from '../../figures/figure-index.ts';
import type { Problem } from '../../problems.ts';
import type { Sentence } from './sentences.ts';
import { ngramHash, normaliseWords } from './seed-words.ts';
import { FIG, PROSE_LANGUAGES, type ClaimKind, type ProseLanguage } from '../../../articles/prose-language.ts';

export const REFERENCE_DIR = 'tests/fixtures/reference';
const REFERENCE_FILES = ['FACTS.md', 'INDEPENDENT.md', 'dataset.json'] as const;
const SEED_NGRAMS_FILE = 'tests/fixtures/seed-ngrams/ngrams.sha256';
/** The source whose words are checked against the source article's hashes. */
const SOURCE_ARTICLE_KEY = 'preiherman_edm';
/** The largest n-gram hashed in ngrams.sha256. */
const MAX_NGRAM = 12;

type Kind = ClaimKind;
export interface Trigger { word: string; kind: Kind }

/** The sentence as the trigger search reads it: quotations out, each <Figure> as one mark. */
function triggerText(s: Sentence): string {
  return s.parts
    .map((p) => (typeof p === 'string' ? p : p.name === 'Figure' ? ` ${FIG} ` : ' '))
    .join('')
    .replace(/[\u201C"«„][^\u201D"»\u201C]*[\u201D"»\u201C]/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The absolutes and comparisons a sentence states, in order. */
export function triggersIn(s: Sentence, lang: ProseLanguage = PROSE_LANGUAGES.en): Trigger[] {
  const text = triggerText(s).replace(lang.notAClaim, (m) => ' '.repeat(m.length));
  const blank = text.replace(lang.counted, (m) => ' '.repeat(m.length));
  const found: { at: number; t: Trigger }[] = [];
  for (const { re, kind } of lang.claimTriggers) {
    for (const m of blank.matchAll(re)) found.push({ at: m.index!, t: { word: m[0].replace(/\s+/g, ' '), kind } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.t);
}

export interface ReferenceTexts {
  /** Each committed reference file, normalised for matching, split into its lines. */
  files: { name: string; lines: string[] }[];
  seedHashes: Set<string>;
  problems: Problem[];
}

/** NFKC, straight quotes and dashes, no markdown emphasis, one space, lower case. */
export function normaliseForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\*\*|`|(?<=\s|^)\*|\*(?=\s|[.,;:]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The source article's word normalisation (seed-words.ts), under the name the claims rule uses. */
export { normaliseWords as seedWords };

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

export function loadReferenceTexts(root: string): ReferenceTexts {
  const files: ReferenceTexts['files'] = [];
  const problems: Problem[] = [];
  for (const name of REFERENCE_FILES) {
    const path = join(root, REFERENCE_DIR, name);
    if (!existsSync(path)) {
      problems.push({ file: `${REFERENCE_DIR}/${name}`, path: '', expected: 'the committed copy of the reference the claims are checked against', found: 'no file' });
      continue;
    }
    const raw = readFileSync(path, 'utf8');
    let lines = raw.split('\n');
    if (name.endsWith('.json')) {
      try {
        lines = strings(JSON.parse(raw), []);
      } catch {
        problems.push({ file: `${REFERENCE_DIR}/${name}`, path: '', expected: 'valid JSON', found: 'a syntax error' });
      }
    }
    files.push({ name, lines: lines.map(normaliseForMatch) });
  }
  const seedHashes = new Set<string>();
  const seedPath = join(root, SEED_NGRAMS_FILE);
  if (existsSync(seedPath)) {
    for (const l of readFileSync(seedPath, 'utf8').split('\n')) if (/^[0-9a-f]{64}$/.test(l)) seedHashes.add(l);
  } else problems.push({ file: SEED_NGRAMS_FILE, path: '', expected: 'the n-gram hashes of the source article', found: 'no file' });
  return { files, seedHashes, problems };
}

const hash = ngramHash;

/**
 * Do these words occur in the source article? Only its n-grams of up to 12
 * words are hashed, and the repository keeps no longer run of its text: a
 * longer quotation is not accepted (quote the 12 words that matter).
 */
export function inSourceArticle(quote: string, seedHashes: ReadonlySet<string>): boolean {
  const w = normaliseWords(quote);
  return w.length > 0 && w.length <= MAX_NGRAM && seedHashes.has(hash(w));
}

/** Where the quote occurs in the reference: the file and the [keys] its line names, or undefined. */
export function findInReference(quote: string, ref: ReferenceTexts): { file: string; keys: string[] }[] {
  const q = normaliseForMatch(quote);
  const out: { file: string; keys: string[] }[] = [];
  if (!q) return out;
  for (const f of ref.files) {
    for (const line of f.lines) {
      if (!line.includes(q)) continue;
      out.push({ file: f.name, keys: f.name.endsWith('.md') ? [...line.matchAll(/\[([a-z0-9_]+)\]/g)].map((m) => m[1]!) : [] });
    }
  }
  return out;
}

export type Claim = NonNullable<ArticleFrontmatter['claims']>[number];

/** Checks the `claims:` entries themselves: each matches a sentence, and its quote is in the reference under its source. */
export function checkClaimEntries(file: string, claims: readonly Claim[], sentences: readonly Sentence[], ref: ReferenceTexts, sourceKeys: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  claims.forEach((c, i) => {
    const at = `frontmatter.claims[${i}]`;
    const frag = normaliseForMatch(c.sentence);
    const hits = sentences.filter((s) => normaliseForMatch(s.text).includes(frag));
    if (!hits.length) out.push({ file, path: `${at}.sentence`, expected: 'words of one sentence of the article, as written (figures and citations left out)', found: `${JSON.stringify(c.sentence)}, which no sentence contains` });
    else if (hits.length > 1) out.push({ file, path: `${at}.sentence`, expected: 'a fragment distinctive enough to name one sentence', found: `${JSON.stringify(c.sentence)}, in sentences ${hits.map((s) => s.n).join(', ')}` });
    if (!sourceKeys.has(c.source)) out.push({ file, path: `${at}.source`, expected: 'a source key from content/data/sources.json', found: JSON.stringify(c.source) });
    const where = findInReference(c.quote, ref);
    const inSeed = c.source === SOURCE_ARTICLE_KEY && inSourceArticle(c.quote, ref.seedHashes);
    if (!where.length && !inSeed) {
      out.push({ file, path: `${at}.quote`, expected: `words that occur exactly in ${REFERENCE_FILES.join(', ')} (${REFERENCE_DIR}/)${c.source === SOURCE_ARTICLE_KEY ? ` or, at most ${MAX_NGRAM} of them, in the source article` : ''}`, found: `${JSON.stringify(c.quote.length > 60 ? `${c.quote.slice(0, 57)}…` : c.quote)}, which does not` });
    } else if (!inSeed && where.every((w) => w.keys.length > 0 && !w.keys.includes(c.source))) {
      const keys = [...new Set(where.flatMap((w) => w.keys))];
      out.push({ file, path: `${at}.source`, expected: `a source the quoted line of the reference names (${keys.map((k) => `"${k}"`).join(', ')})`, found: JSON.stringify(c.source) });
    }
  });
  return out;
}

/** An exact figure: a number the data holds as published or derived, not a rounded report or a gap. */
function isExact(key: string | undefined, index: ReadonlyMap<string, IndexedFigure>): boolean {
  const f = key ? index.get(key)?.figure : undefined;
  return !!f && (f.status === 'published' || f.status === 'derived');
}

export function checkClaims(
  file: string,
  sentences: readonly Sentence[],
  claims: readonly Claim[],
  index: ReadonlyMap<string, IndexedFigure>,
  ref: ReferenceTexts,
  sourceKeys: ReadonlySet<string>,
  lang: ProseLanguage = PROSE_LANGUAGES.en,
): Problem[] {
  const out = checkClaimEntries(file, claims, sentences, ref, sourceKeys);
  const frags = claims.map((c) => normaliseForMatch(c.sentence));
  for (const s of sentences) {
    const triggers = triggersIn(s, lang);
    if (!triggers.length) continue;
    const text = normaliseForMatch(s.text);
    if (frags.some((f) => f && text.includes(f))) continue;
    const figures = s.parts.filter((p) => typeof p !== 'string' && p.name === 'Figure') as { attrs: Record<string, string> }[];
    const exact = figures.filter((f) => isExact(f.attrs.of, index) && (f.attrs.per === undefined || isExact(f.attrs.per, index)));
    const universals = triggers.filter((t) => t.kind === 'universal');
    if (!universals.length && exact.length >= 2) continue;
    const words = [...new Set(triggers.map((t) => `“${t.word}”`))].join(', ');
    const rounded = figures.length - exact.length;
    const why = universals.length
      ? 'an entry under claims: in the frontmatter (sentence: a fragment of it, source: its source id, quote: the supporting words from the reference)'
      : `two exact <Figure>s for the quantities it compares${rounded ? ` (${rounded} of its figures ${rounded === 1 ? 'is' : 'are'} rounded or not found)` : ''}, or an entry under claims: in the frontmatter (sentence, source, quote from the reference)`;
    out.push({
      file,
      path: `line ${s.line}, absolute or comparison`,
      expected: why,
      found: `sentence ${s.n} (“${s.text.length > 60 ? `${s.text.slice(0, 57)}…` : s.text}”) with ${words}${figures.length ? `, ${exact.length} exact figure${exact.length === 1 ? '' : 's'}` : ''} and no claim`,
    });
  }
  return out;
}
