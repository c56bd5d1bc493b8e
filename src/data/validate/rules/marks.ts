/**
 * The citation marks a reader sees in a row. A <Figure> renders its value and
 * then one mark per source of its figure (and of its `per` figure); a <Cite>
 * renders one mark. Marks separated only by spaces and punctuation read as one
 * run: `92.9%[10].[10]` is the run [10][10]. Two rules read these runs:
 * cite-for.ts (a <Cite> straight after a figure must say what it supports)
 * and repeated-mark.ts (no number twice in one run).
 */
import type { ComponentTag } from '../../../articles/body.ts';
import type { IndexedFigure } from '../../figures/figure-index.ts';
import { figureSources } from '../../figures/figure-index.ts';
import { onlyPunctuation, type Sentence } from './sentences.ts';

export interface MarkRun {
  /** The <Figure> the run starts with, if any (its marks come first). */
  figure: ComponentTag | undefined;
  /** The figure's sources, in the order its marks render. */
  figureSources: string[];
  /** The <Cite>s that follow, in order. */
  cites: ComponentTag[];
}

/** Sources a <Figure> tag renders marks for (the figure's, then its `per` figure's). */
function tagSources(tag: ComponentTag, index: ReadonlyMap<string, IndexedFigure>): string[] {
  const out: string[] = [];
  for (const k of [tag.attrs.of, tag.attrs.per]) {
    const e = k ? index.get(k) : undefined;
    if (e) for (const s of figureSources(e.figure)) if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** The runs of marks in a sentence (only runs with at least one <Cite>, or a figure). */
export function markRuns(sentence: Sentence, index: ReadonlyMap<string, IndexedFigure>): MarkRun[] {
  const runs: MarkRun[] = [];
  let cur: MarkRun | undefined;
  for (const p of sentence.parts) {
    if (typeof p === 'string') {
      if (!onlyPunctuation(p)) cur = undefined;
      continue;
    }
    if (p.name === 'Figure') {
      cur = { figure: p, figureSources: tagSources(p, index), cites: [] };
      runs.push(cur);
    } else if (p.name === 'Cite') {
      if (!cur) {
        cur = { figure: undefined, figureSources: [], cites: [] };
        runs.push(cur);
      }
      cur.cites.push(p);
    } else cur = undefined;
  }
  return runs;
}
