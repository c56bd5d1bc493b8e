/** Small counts in running text are words ("six oblasts"), larger ones figures ("114 sources"). */
import { formatCount } from './format.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : formatCount(n);
}

export function ordinalWord(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < ORDINALS.length) return ORDINALS[n]!;
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${formatCount(n)}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** "A, B and C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
