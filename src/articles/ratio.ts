/**
 * A share computed from two counts in the data, for the rare sentence that
 * needs one the data does not store (e.g. that 1994's published 80.34% is
 * 80.348% by its own counts). It comes back as a resolved figure with status
 * `derived` and its formula, so it prints as "computed" like any other.
 */
import type { ResolvedFigure } from '../data/figures/resolve.ts';
import { roundedPercent } from '../data/figures/percent.ts';
import { formatPercent } from '../lib/format.ts';

export class RatioError extends Error {}

export function ratioFigure(part: ResolvedFigure, whole: ResolvedFigure, decimals = 2): ResolvedFigure {
  for (const f of [part, whole]) {
    if (f.kind !== 'count') throw new RatioError(`expected a count to divide, found "${f.key}", a percentage`);
    if (f.value === null || !Number.isInteger(f.value)) throw new RatioError(`expected an exact count, found "${f.key}" (${f.display})`);
  }
  if (whole.value === 0) throw new RatioError(`expected a count above zero to divide by, found "${whole.key}" = 0`);
  const value = roundedPercent(part.value!, whole.value!, decimals);
  return {
    key: `${part.key}/${whole.key}`,
    kind: 'percent',
    status: 'derived',
    value: Number(value),
    display: formatPercent(value),
    published: value,
    sources: [...new Set([...part.sources, ...whole.sources])],
    stage: part.stage,
    date: part.date,
    formula: `${part.key} ÷ ${whole.key}, as a percentage to ${decimals} decimal${decimals === 1 ? '' : 's'}`,
  };
}
