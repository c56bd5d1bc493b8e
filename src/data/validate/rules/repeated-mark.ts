/**
 * Rule: no repeated mark. A sentence never shows the same citation number
 * twice in a row, as in `92.9%[10].[10]`: a <Figure> already renders a mark
 * for each of its sources, so a <Cite> of one of them straight after it (or a
 * <Cite> repeated) prints the same number again.
 *
 *   content/articles/x.mdx: line 57, repeated mark: expected …, found …
 */
import type { ArticleContext } from '../articles.ts';
import type { Problem } from '../../problems.ts';
import { markRuns } from './marks.ts';
import type { Sentence } from './sentences.ts';

export function checkRepeatedMarks(file: string, sentences: readonly Sentence[], ctx: Pick<ArticleContext, 'index'>): Problem[] {
  const out: Problem[] = [];
  for (const s of sentences) {
    for (const run of markRuns(s, ctx.index)) {
      const seen = new Set(run.figureSources);
      for (const c of run.cites) {
        const id = c.attrs.id;
        if (!id) continue;
        if (seen.has(id)) {
          const by = run.figureSources.includes(id) && run.figure ? `<Figure of="${run.figure.attrs.of}" />, which already cites it` : `another <Cite id="${id}" />`;
          out.push({
            file,
            path: `line ${c.line}, repeated mark`,
            expected: `each citation number once in a row in sentence ${s.n} (drop this <Cite>: the mark is already there)`,
            found: `<Cite id="${id}" /> straight after ${by}`,
          });
        }
        seen.add(id);
      }
    }
  }
  return out;
}
