// The stepped colour scale of a map: class breaks at a "nice" step, the
// colour of each class (from the one colour source, src/styles/colours.json:
// custom properties --map-* for pages and embeds, the same values here for
// downloads and social cards),
// and which class a value falls in. Pure TypeScript, no DOM.

import { colour } from '../../styles/colours.ts';
import type { ThemeName } from '../theme.ts';

interface MapClass {
  /** Lower edge (included). */
  lo: number;
  /** Upper edge (excluded, except for the last class). */
  hi: number;
  /** The fill key: `s0`…`s6` (sequential) or `n1`…`n5`, `p1`…`p5` (below, above zero). */
  fill: string;
}

export interface MapScale {
  kind: 'sequential' | 'diverging';
  step: number;
  classes: MapClass[];
}

const STEPS = [0.5, 1, 2, 2.5, 5, 10, 20, 25, 50];
const MAX_CLASSES = 6;

/**
 * Classes of equal width at the smallest nice step that covers every value
 * in at most MAX_CLASSES classes. Edges are multiples of the step, so zero is
 * an edge whenever the values straddle it (diverging scales).
 */
export function classBreaks(values: number[], kind: MapScale['kind']): MapScale {
  if (!values.length) throw new Error('classBreaks: no values to class');
  const min = Math.min(...values);
  const max = Math.max(...values);
  for (const step of STEPS) {
    const lo = Math.floor(min / step) * step;
    let hi = Math.ceil(max / step) * step;
    if (hi === lo) hi = lo + step;
    const n = Math.round((hi - lo) / step);
    if (n > MAX_CLASSES) continue;
    // A diverging scale has as many shades on each side of zero as its palette.
    if (kind === 'diverging' && (Math.round(-Math.min(lo, 0) / step) > DIVERGING.light.below.length || Math.round(Math.max(hi, 0) / step) > DIVERGING.light.above.length)) continue;
    const classes: MapClass[] = [];
    for (let i = 0; i < n; i++) classes.push({ lo: round(lo + i * step), hi: round(lo + (i + 1) * step), fill: '' });
    return { kind, step, classes: assignFills(classes, kind) };
  }
  throw new Error(`classBreaks: values from ${min} to ${max} need more than ${MAX_CLASSES} classes at every step`);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function assignFills(classes: MapClass[], kind: MapScale['kind']): MapClass[] {
  if (kind === 'sequential') {
    const n = classes.length;
    return classes.map((c, i) => ({ ...c, fill: `s${n === 1 ? 3 : Math.round((i * (SEQUENTIAL.light.length - 1)) / (n - 1))}` }));
  }
  const below = classes.filter((c) => c.hi <= 0);
  const above = classes.filter((c) => c.lo >= 0);
  if (below.length > DIVERGING.light.below.length || above.length > DIVERGING.light.above.length) {
    throw new Error(`classBreaks: a diverging scale has at most ${DIVERGING.light.below.length} classes below zero and ${DIVERGING.light.above.length} above`);
  }
  return classes.map((c) => {
    if (c.hi <= 0) return { ...c, fill: `n${below.length - below.indexOf(c)}` };
    return { ...c, fill: `p${above.indexOf(c) + 1}` };
  });
}

/** The class of a value: lower edge included, upper excluded, the top edge in the last class. */
export function classIndex(scale: MapScale, value: number): number {
  const last = scale.classes.length - 1;
  const i = scale.classes.findIndex((c, k) => value >= c.lo && (value < c.hi || (k === last && value <= c.hi)));
  if (i < 0) throw new Error(`classIndex: ${value} is outside the scale ${scale.classes[0]!.lo} to ${scale.classes[last]!.hi}`);
  return i;
}

/**
 * Sequential: ColorBrewer Blues without its palest shades, which vanish on
 * a white page (light: darker is higher; dark: lighter is higher). One hue,
 * so lightness alone orders it for every colour vision.
 */
const run = (theme: ThemeName, prefix: string, from: number, count: number): readonly string[] =>
  Array.from({ length: count }, (_v, i) => colour(theme, `map-${prefix}${from + i}`));

export const SEQUENTIAL: Record<ThemeName, readonly string[]> = {
  light: run('light', 's', 0, 7),
  dark: run('dark', 's', 0, 7),
};

/**
 * Diverging: ColorBrewer PuOr (orange below zero, purple above), safe for
 * the common colour-vision deficiencies; index 0 is nearest zero. Light:
 * darker is further from zero; dark: lighter is.
 */
export const DIVERGING: Record<ThemeName, { below: readonly string[]; above: readonly string[] }> = {
  light: { below: run('light', 'n', 1, 5), above: run('light', 'p', 1, 5) },
  dark: { below: run('dark', 'n', 1, 5), above: run('dark', 'p', 1, 5) },
};

function otherFills(theme: ThemeName) {
  const c = (key: string) => colour(theme, `map-${key}`);
  return { base: c('base'), hl: c('hl'), gap: c('gap'), gapStroke: c('gap-stroke'), stroke: c('stroke'), leader: c('leader') };
}

/** Fills that are not classes: gaps (no fill), the locator's regions and its highlighted one. */
export const OTHER_FILLS: Record<ThemeName, { base: string; hl: string; gap: string; gapStroke: string; stroke: string; leader: string }> = {
  light: otherFills('light'),
  dark: otherFills('dark'),
};

/** Every fill key and its colour in a theme (the CSS custom property is `--map-<key>`). */
export function fillColours(theme: ThemeName): Record<string, string> {
  const out: Record<string, string> = {};
  SEQUENTIAL[theme].forEach((c, i) => (out[`s${i}`] = c));
  DIVERGING[theme].below.forEach((c, i) => (out[`n${i + 1}`] = c));
  DIVERGING[theme].above.forEach((c, i) => (out[`p${i + 1}`] = c));
  const o = OTHER_FILLS[theme];
  Object.assign(out, { base: o.base, hl: o.hl, gap: o.gap });
  return out;
}
