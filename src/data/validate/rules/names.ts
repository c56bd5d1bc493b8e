/**
 * Rule: one spelling per person, in the articles. A known other form of a
 * name (content/data/people.json: the Russian-based form, the Łacinka form,
 * the other spellings, and their surnames alone) in an article's prose, title
 * or description is an error naming the display form. Allowed where the other
 * form is not ours: inside quotation marks, and in a sentence the article
 * lists in its frontmatter under `namesDiscussed:` (a fragment of each sentence
 * that is about the names themselves, e.g. "Russian-based sources write
 * Lukashenko").
 *
 *   content/articles/x.mdx: line 12, name: expected "Lukashenka" (…), found "Lukashenko" (Russian-based form)
 */
import type { Person } from '../../../schemas/index.ts';
import { findOtherForms, otherForms } from '../../names/people.ts';
import { otherFormFound } from '../names.ts';
import type { Problem } from '../../problems.ts';
import { normaliseForMatch } from './claims.ts';
import type { Sentence } from './sentences.ts';

const QUOTED = /[\u201C"«][^\u201D"»]*[\u201D"»]/g;

export function checkNames(
  file: string,
  sentences: readonly Sentence[],
  frontmatter: { title: string; description: string; namesDiscussed: readonly string[] } | undefined,
  people: readonly Person[],
): Problem[] {
  const out: Problem[] = [];
  const forms = otherForms(people);
  const marked = (frontmatter?.namesDiscussed ?? []).map(normaliseForMatch);
  marked.forEach((m, i) => {
    if (!sentences.some((s) => normaliseForMatch(s.text).includes(m))) out.push({ file, path: `frontmatter.namesDiscussed[${i}]`, expected: 'words of one sentence of the article, as written', found: `${JSON.stringify(frontmatter!.namesDiscussed[i])}, which no sentence contains` });
  });
  if (frontmatter) {
    for (const field of ['title', 'description'] as const) {
      for (const f of findOtherForms(frontmatter[field].replace(QUOTED, ' '), forms)) out.push({ file, path: `frontmatter.${field}`, ...otherFormFound(f) });
    }
  }
  for (const s of sentences) {
    const text = normaliseForMatch(s.text);
    if (marked.some((m) => m && text.includes(m))) continue;
    for (const f of findOtherForms(s.text.replace(QUOTED, ' '), forms)) out.push({ file, path: `line ${s.line}, name`, ...otherFormFound(f) });
  }
  return out;
}
