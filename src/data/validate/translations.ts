/**
 * Checks the translated articles, content/articles/<be|ru>/<slug>.mdx, against
 * their English originals and the rules of content/articles/README.md, each in
 * the translation's language:
 *
 * - the English file of the same slug exists, and `translatedFrom` is its
 *   hash (a mismatch is a warning: the English has changed since);
 * - the same blocks in the same order (headings, paragraphs, list items,
 *   charts), and in each block the same sequence of <Figure>, <Cite> and
 *   <ChartFigure> with the same attributes: a translation drops or adds no
 *   figure or citation;
 * - no typed numbers (Cyrillic month names and Unicode word boundaries), a
 *   <Cite> in every paragraph with a figure, digit, month, quotation or
 *   <Quote>, absolutes and comparisons with their evidence (the words of the
 *   language), cite-for and repeated marks as in English;
 * - quotations: a quotation from an English source is a <Quote lang="en">
 *   whose original is one the English article quotes; words typed in «…» or
 *   „…“ are a name the glossary quotes, or a quotation in its original
 *   language exactly as the reference has it;
 * - names in the edition's form (no Latin or other-language form of a person
 *   the data names in this language), and the glossary's terms (no form it
 *   lists to avoid);
 * - 600 to 1,500 words of running text, as rendered in the edition.
 *
 * The two English-only rules, the source article's n-grams and close
 * paraphrase, compare English words with English words and do not apply.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article, Translation, TranslationLocale } from '../../articles/read.ts';
import { proseText, type Block, type ComponentTag } from '../../articles/body.ts';
import { PROSE_LANGUAGES } from '../../articles/prose-language.ts';
import { renderedWordCount } from '../../articles/text.ts';
import { translationHash } from '../../articles/translation-hash.ts';
import { toResolved } from '../figures/resolve.ts';
import type { Person } from '../../schemas/index.ts';
import { caseFormsPattern } from '../../i18n/name-forms.ts';
import { escapeRegExp as escape, WORD_END as E, WORD_START as B } from '../../lib/regexp.ts';
import type { Problem } from '../problems.ts';
import {
  checkTag, citationTrigger, hasCite, importedNames, quotationsInBlock, strayNumbersInBlock, strayNumbersInText, wordsOf,
  type ArticleContext,
} from './articles.ts';
import { checkClaims, findInReference, normaliseForMatch, type ReferenceTexts } from './rules/claims.ts';
import { checkCiteFor } from './rules/cite-for.ts';
import { checkRepeatedMarks } from './rules/repeated-mark.ts';
import { articleSentences } from './rules/sentences.ts';

export const GLOSSARY_FILE = 'content/articles/glossary.json';
const MIN_WORDS = 600;
const MAX_WORDS = 1500;
const MAX_QUOTE_WORDS = 12;

const GlossaryTermSchema = z.strictObject({
  en: z.string().min(2),
  be: z.string().min(1),
  ru: z.string().min(1),
  beFull: z.string().optional(),
  ruFull: z.string().optional(),
  quoted: z.boolean().optional(),
  latin: z.boolean().optional(),
  note: z.string().optional(),
  avoid: z.strictObject({ be: z.array(z.string().min(2)), ru: z.array(z.string().min(2)) }),
});
const GlossarySchema = z.strictObject({ $comment: z.string().optional(), terms: z.array(GlossaryTermSchema).min(1) });
export type Glossary = z.output<typeof GlossarySchema>;

export function loadGlossary(root: string): { glossary: Glossary | undefined; problems: Problem[] } {
  const path = join(root, GLOSSARY_FILE);
  if (!existsSync(path)) return { glossary: undefined, problems: [{ file: GLOSSARY_FILE, path: '', expected: 'the glossary of the terms the translations use', found: 'no file' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { glossary: undefined, problems: [{ file: GLOSSARY_FILE, path: '', expected: 'valid JSON', found: 'a syntax error' }] };
  }
  const parsed = GlossarySchema.safeParse(raw);
  if (!parsed.success) {
    return { glossary: undefined, problems: parsed.error.issues.map((i) => ({ file: GLOSSARY_FILE, path: i.path.join('.'), expected: i.message, found: 'something else' })) };
  }
  return { glossary: parsed.data, problems: [] };
}

/** The names a translation may type in guillemets: the glossary's quoted terms, with their inner names («Вясна»). */
export function quotedNames(glossary: Glossary | undefined, locale: TranslationLocale): string[] {
  const out = new Set<string>();
  for (const t of glossary?.terms ?? []) {
    const term = t[locale];
    const inner = [...term.matchAll(/«([^»]+)»/g)].map((m) => m[1]!);
    if (inner.length) inner.forEach((n) => out.add(n));
    else if (t.quoted) out.add(term);
  }
  return [...out];
}


/** The glossary's forms to avoid in an edition, as patterns matching the start of a word. */
function avoidPatterns(glossary: Glossary | undefined, locale: TranslationLocale): { form: string; term: Glossary['terms'][number]; re: RegExp }[] {
  return (glossary?.terms ?? []).flatMap((term) => term.avoid[locale].map((form) => ({
    form, term,
    // A form with a capital is matched as written (acronyms, names); a lower-case one in any case.
    re: new RegExp(`${B}${escape(form)}`, /\p{Lu}/u.test(form) ? 'gu' : 'giu'),
  })));
}

/** Is a text in guillemets this name, in any case form («Весны» for «Весна», «Права выбару»)? */
export function isNameForm(quoted: string, name: string): boolean {
  const q = quoted.toLowerCase().split(/\s+/);
  const n = name.toLowerCase().split(/\s+/);
  return q.length === n.length && n.every((w, i) => new RegExp(`^${caseFormsPattern(w)}$`, 'u').test(q[i]!) || w === q[i]);
}

interface NameForm { form: string; person: Person; why: string; re: RegExp }

/**
 * Forms of people's names that are wrong in this edition: any Latin form of a
 * person the data names in the edition's language, and the other edition's
 * Cyrillic given name and surname where they differ (Анна in be, Ганна in ru).
 * A form that begins like this edition's own (Сыранков, an inflection of
 * Сыранкоў) is left alone.
 */
function wrongNameForms(people: readonly Person[], locale: TranslationLocale): NameForm[] {
  const other = locale === 'be' ? 'ru' : 'be';
  const out: NameForm[] = [];
  for (const p of people) {
    const own = p[locale]?.form;
    if (!own) continue;
    const ownWords = own.split(/\s+/);
    const stem = (w: string) => (w.length >= 6 ? w.slice(0, -2) : w);
    const latin = [p.name.form, p.ruLatin?.form, p.lacinka?.form, p.latin?.form, ...p.variants.map((v) => v.form)].filter((f): f is string => !!f);
    for (const f of latin) {
      for (const w of f.split(/\s+/).filter((x) => x.length > 2)) out.push({ form: w, person: p, why: 'a Latin form', re: new RegExp(`${B}${escape(w)}${E}`, 'gu') });
    }
    const otherForm = p[other]?.form;
    if (!otherForm) continue;
    const words = otherForm.split(/\s+/);
    // The given name and the surname (a patronymic is never written in running text).
    for (const w of [words[0]!, words.at(-1)!]) {
      const forms = new RegExp(`^${caseFormsPattern(w)}$`, 'u');
      if (ownWords.some((o) => o === w || forms.test(o) || w.startsWith(stem(o)) || o.startsWith(stem(w)))) continue;
      out.push({ form: w, person: p, why: `the ${other === 'ru' ? 'Russian' : 'Belarusian'} form`, re: new RegExp(`${B}${caseFormsPattern(w)}${E}`, 'gu') });
    }
  }
  return out;
}

export interface TranslationRuleContext extends ArticleContext {
  root: string;
  people: readonly Person[];
  reference: ReferenceTexts;
  glossary: Glossary | undefined;
}

/** The tags a translation must keep, in order: figures, citations and charts. */
function keptTags(block: Block): ComponentTag[] {
  return block.parts.filter((p): p is ComponentTag => typeof p !== 'string' && (p.name === 'Figure' || p.name === 'Cite' || p.name === 'ChartFigure'));
}

function tagText(t: ComponentTag): string {
  const attrs = Object.keys(t.attrs).sort().map((k) => (t.attrs[k] === 'true' && k === 'long' ? k : `${k}="${t.attrs[k]}"`));
  return `<${t.name}${attrs.length ? ` ${attrs.join(' ')}` : ''} />`;
}

const KIND_WORDS: Record<Block['kind'], string> = { heading: 'a heading', paragraph: 'a paragraph', 'list-item': 'a list item', blockquote: 'a block quotation', component: 'a lone component' };

/** Same blocks, same order, same figures, citations and charts in each. */
function checkStructure(t: { file: string }, english: { file: string; body: { blocks: Block[] } }, blocks: readonly Block[]): Problem[] {
  const out: Problem[] = [];
  const en = english.body.blocks;
  const n = Math.min(en.length, blocks.length);
  for (let i = 0; i < n; i++) {
    const a = en[i]!;
    const b = blocks[i]!;
    const kindA = a.kind === 'heading' ? `${KIND_WORDS.heading} (level ${a.depth})` : KIND_WORDS[a.kind];
    const kindB = b.kind === 'heading' ? `${KIND_WORDS.heading} (level ${b.depth})` : KIND_WORDS[b.kind];
    if (kindA !== kindB) {
      out.push({ file: t.file, path: `line ${b.line}, structure`, expected: `block ${i + 1} to be ${kindA}, as in ${english.file} (line ${a.line}); the translation keeps the English blocks in order`, found: kindB });
      return out; // Everything after is shifted; one message says where.
    }
    const ta = keptTags(a).map(tagText);
    const tb = keptTags(b).map(tagText);
    if (ta.join('\n') !== tb.join('\n')) {
      const at = ta.findIndex((x, j) => x !== tb[j]);
      const j = at < 0 ? ta.length : at;
      out.push({
        file: t.file, path: `line ${b.line}, structure`,
        expected: `the figures, citations and charts of ${english.file} line ${a.line}, in its order (${ta.length ? ta.join(' ') : 'none'})`,
        found: `${tb.length ? tb.join(' ') : 'none'}${j < Math.max(ta.length, tb.length) ? ` (first difference at tag ${j + 1}: ${tb[j] ?? 'nothing'} where the English has ${ta[j] ?? 'nothing'})` : ''}`,
      });
    }
  }
  if (en.length !== blocks.length) {
    out.push({ file: t.file, path: 'body, structure', expected: `${en.length} blocks (headings, paragraphs, list items, charts), as in ${english.file}`, found: `${blocks.length}` });
  }
  return out;
}

/** The English article's quotations, normalised: what a <Quote original> may be. */
function englishQuotations(english: Article): Set<string> {
  const out = new Set<string>();
  for (const b of english.body.blocks) for (const q of quotationsInBlock(b).quotes) out.add(normaliseForMatch(q.text));
  return out;
}

/** Everything `npm run validate` checks about one translation: problems, and warnings that do not stop the build. */
export function checkTranslation(t: Translation, english: Article | undefined, ctx: TranslationRuleContext): { problems: Problem[]; warnings: Problem[] } {
  const { file, body, locale } = t;
  const lang = PROSE_LANGUAGES[locale];
  const out: Problem[] = [];
  const warnings: Problem[] = [];
  const fm = t.frontmatter;
  if (!english) {
    out.push({ file, path: '', expected: `a translation of an English article: content/articles/${t.slug}.mdx`, found: 'no such file' });
    return { problems: out, warnings };
  }
  const hash = translationHash(english.text);
  const written = /^translatedFrom:\s*["']?([^"'\s]*)/m.exec(t.text)?.[1];
  if (!fm && written !== hash && !/^[0-9a-f]{12}$/.test(written ?? '')) {
    out.push({ file, path: 'frontmatter.translatedFrom', expected: `the hash of the English file it was made from: translatedFrom: ${hash} (until the frontmatter reads, its claims, typedNumbers and namesDiscussed are not applied, so other problems may be reported that are not there)`, found: JSON.stringify(written ?? 'none') });
  } else if (written !== hash) {
    warnings.push({ file, path: 'frontmatter.translatedFrom', expected: `${hash}, the hash of ${english.file}: the English has changed since this translation was made from ${written}. Bring the translation up to date (git diff the English file), then set translatedFrom: ${hash}`, found: JSON.stringify(written) });
  }

  // Components and imports, as in English; <Quote> is for translations.
  const { names, problems: importProblems } = importedNames(t as unknown as Article, ctx.root);
  out.push(...importProblems);
  const missingImport = new Set<string>();
  for (const tag of body.tags) {
    out.push(...checkTag(file, tag, ctx));
    if (!names.has(tag.name) && !missingImport.has(tag.name)) {
      missingImport.add(tag.name);
      out.push({ file, path: `line ${tag.line}, <${tag.name}>`, expected: `an import of ${tag.name} at the top of the article (import { ${tag.name} } from '../../../src/components/mdx/index.ts';)`, found: 'none' });
    }
  }

  out.push(...checkStructure(t, english, body.blocks));

  const typed = fm?.typedNumbers.map((x) => x.value) ?? [];
  if (fm) {
    const allProse = body.blocks.map(proseText).join('\n');
    const englishTyped = new Set(english.frontmatter?.typedNumbers.map((x) => x.value) ?? []);
    fm.typedNumbers.forEach((x, i) => {
      if (!englishTyped.has(x.value)) out.push({ file, path: `frontmatter.typedNumbers[${i}].value`, expected: `a number the English article types too (${[...englishTyped].join(', ') || 'none'})`, found: JSON.stringify(x.value) });
      if (!allProse.includes(x.value)) out.push({ file, path: `frontmatter.typedNumbers[${i}].value`, expected: 'a number that appears in the prose as written', found: `${JSON.stringify(x.value)}, which does not` });
    });
    for (const field of ['title', 'description'] as const) {
      const stray = strayNumbersInText(fm[field], [], true, lang);
      if (stray.length) out.push({ file, path: `frontmatter.${field}`, expected: 'no figures (years and dates only)', found: stray.map((x) => JSON.stringify(x)).join(', ') });
    }
  }

  const glossaryNames = quotedNames(ctx.glossary, locale);
  const englishQuotes = englishQuotations(english);
  for (const block of body.blocks) {
    if (block.kind === 'component') continue;
    const stray = strayNumbersInBlock(block, typed, lang);
    if (stray.length) {
      out.push({ file, path: `line ${block.line}`, expected: 'every count, percentage, turnout and result date to come from <Figure of="…" /> (a year, the day of a date in a paragraph with a <Cite>, or a number the English lists in typedNumbers is allowed)', found: stray.map((s) => JSON.stringify(s)).join(', ') });
    }
    const trigger = citationTrigger(block, lang, glossaryNames);
    if (trigger && !hasCite(block)) out.push({ file, path: `line ${block.line}`, expected: `a <Cite id="…" /> in a ${block.kind === 'list-item' ? 'list item' : 'paragraph'} that contains ${trigger}`, found: 'none' });

    const { quotes, problems } = quotationsInBlock(block);
    for (const p of problems) out.push({ file, path: `line ${block.line}`, expected: p, found: 'an unbalanced quotation mark' });
    for (const q of quotes) {
      if (glossaryNames.some((n) => isNameForm(q.text, n))) continue;
      const original = findInReference(q.text, ctx.reference).length > 0 && /\p{Script=Cyrillic}/u.test(q.text);
      if (!original) {
        out.push({ file, path: `line ${q.line}, quotation`, expected: `a quotation translated from English written as <Quote lang="en" original="…" text="${q.text.slice(0, 30)}" />; Belarusian or Russian words exactly as the reference has them; or the name of an organisation, publication or ballot line, listed in ${GLOSSARY_FILE} with "quoted": true (its forms in both languages and the forms to avoid)`, found: `«${q.text.slice(0, 40)}»` });
        continue;
      }
      if (wordsOf(q.text).length > MAX_QUOTE_WORDS) out.push({ file, path: `line ${q.line}`, expected: `a short quotation (at most ${MAX_QUOTE_WORDS} words)`, found: `«${q.text.slice(0, 40)}…»` });
      if (!q.citeId) out.push({ file, path: `line ${q.line}`, expected: 'a <Cite id="…" /> after the quotation, in the same paragraph, naming its source', found: `«${q.text.slice(0, 40)}» with none after it` });
    }
    // <Quote>: the original is a quotation of the English article (checked there against the reference), with a <Cite> after it.
    block.parts.forEach((p, i) => {
      if (typeof p === 'string' || p.name !== 'Quote') return;
      const original = p.attrs.original ?? '';
      if (!englishQuotes.has(normaliseForMatch(original))) out.push({ file, path: `line ${p.line}, <Quote original>`, expected: `words the English article quotes (${[...englishQuotes].map((x) => `“${x}”`).join(', ') || 'it quotes none'})`, found: `“${original.slice(0, 50)}”` });
      if (wordsOf(p.attrs.text ?? '').length > MAX_QUOTE_WORDS + 4) out.push({ file, path: `line ${p.line}, <Quote text>`, expected: 'a short quotation, as the original', found: `${wordsOf(p.attrs.text ?? '').length} words` });
      if (/[«»„“”"]/.test(p.attrs.text ?? '')) out.push({ file, path: `line ${p.line}, <Quote text>`, expected: 'the words without quotation marks (the page adds them)', found: JSON.stringify(p.attrs.text) });
      if (!block.parts.slice(i + 1).some((x) => typeof x !== 'string' && x.name === 'Cite')) out.push({ file, path: `line ${p.line}, <Quote>`, expected: 'a <Cite id="…" /> after the quotation, in the same paragraph, naming its source', found: 'none' });
    });
    if (/[\u201C\u201D"]/.test(proseText(block).replace(/„[^“]*“/g, ''))) out.push({ file, path: `line ${block.line}`, expected: 'quotation marks «…» (nested „…“)', found: 'English quotation marks “…” or "…"' });
  }

  // The sentence rules that do not compare English words.
  const sentences = articleSentences(body.blocks);
  out.push(...checkCiteFor(file, sentences, ctx));
  out.push(...checkRepeatedMarks(file, sentences, ctx));
  out.push(...checkClaims(file, sentences, fm?.claims ?? [], ctx.index, ctx.reference, ctx.sourceKeys, lang));

  // Names and terms in the edition's form.
  const discussed = (fm?.namesDiscussed ?? []).map(normaliseForMatch);
  const nameForms = wrongNameForms(ctx.people, locale);
  const avoid = avoidPatterns(ctx.glossary, locale);
  const texts: { path: string; text: string }[] = [
    ...(fm ? (['title', 'description'] as const).map((f) => ({ path: `frontmatter.${f}`, text: fm[f] })) : []),
    ...sentences.filter((s) => !discussed.some((d) => d && normaliseForMatch(s.text).includes(d))).map((s) => ({ path: `line ${s.line}`, text: s.text })),
    // Our translation of a quotation is our words too.
    ...body.tags.filter((x) => x.name === 'Quote' && x.attrs.text).map((x) => ({ path: `line ${x.line}, <Quote text>`, text: x.attrs.text! })),
  ];
  for (const { path, text } of texts) {
    for (const f of nameForms) {
      f.re.lastIndex = 0;
      const m = f.re.exec(text);
      if (m) out.push({ file, path: `${path}, name`, expected: `${JSON.stringify(ctx.people.find((p) => p === f.person)![locale]!.form)} (the ${locale === 'be' ? 'Belarusian' : 'Russian'} form in content/data/people.json, inflected as needed)`, found: `"${m[0]}" (${f.why})` });
    }
    for (const a of avoid) {
      a.re.lastIndex = 0;
      const m = a.re.exec(text);
      if (m) out.push({ file, path: `${path}, glossary`, expected: `«${a.term[locale]}» for ${a.term.en} (${GLOSSARY_FILE})`, found: `a word beginning “${m[0]}”, which the glossary lists to avoid` });
    }
  }

  const known = body.tags.every((x) => x.name !== 'Figure' || [x.attrs.of, x.attrs.per].every((k) => k === undefined || ctx.index.has(k)));
  const words = known ? renderedWordCount(body, (key) => toResolved(ctx.index.get(key)!), locale) : MIN_WORDS;
  if (words < MIN_WORDS || words > MAX_WORDS) out.push({ file, path: 'body', expected: `${MIN_WORDS} to ${MAX_WORDS} words of running text, as rendered`, found: `${words}` });
  if (fm && english.frontmatter && fm.published < english.frontmatter.published) out.push({ file, path: 'frontmatter.published', expected: `a date on or after the English article's (${english.frontmatter.published})`, found: fm.published });
  return { problems: out, warnings };
}
