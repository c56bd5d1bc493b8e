/**
 * Rule: citations support what they end.
 *
 * A <Figure> brings its own sources. A <Cite> written straight after it (only
 * spaces or punctuation between) reads as a second source for that number;
 * when it is not one of the figure's sources it usually cites something else
 * in the sentence (who said it, what the list is), and a reader cannot tell
 * which. Such a <Cite> needs `for="…"`: a reason, for the editor, saying what
 * it supports. The site never renders it; the validator checks it is there and
 * says something (at least MIN_REASON characters).
 *
 *   content/articles/x.mdx: line 57, <Cite for>: expected …, found none
 */
import type { ArticleContext } from '../articles.ts';
import type { Problem } from '../../problems.ts';
import { markRuns } from './marks.ts';
import type { Sentence } from './sentences.ts';

export const MIN_REASON = 10;

export function checkCiteFor(file: string, sentences: readonly Sentence[], ctx: Pick<ArticleContext, 'index'>): Problem[] {
  const out: Problem[] = [];
  for (const s of sentences) {
    for (const run of markRuns(s, ctx.index)) {
      // A figure with an unknown key is reported as such; what its citations support is moot until it is fixed.
      if (!run.figure || !ctx.index.has(run.figure.attrs.of ?? '')) continue;
      for (const c of run.cites) {
        const id = c.attrs.id;
        if (!id || run.figureSources.includes(id)) continue;
        const reason = (c.attrs.for ?? '').trim();
        if (reason.length >= MIN_REASON) continue;
        const sources = run.figureSources.length ? run.figureSources.map((k) => `"${k}"`).join(', ') : 'no source (not found)';
        out.push({
          file,
          path: `line ${c.line}, <Cite for>`,
          expected: `a for="…" reason of at least ${MIN_REASON} characters saying what <Cite id="${id}" /> supports in sentence ${s.n}: it follows <Figure of="${run.figure.attrs.of}" />, whose sources are ${sources}`,
          found: c.attrs.for === undefined ? 'none' : JSON.stringify(c.attrs.for),
        });
      }
    }
  }
  return out;
}
