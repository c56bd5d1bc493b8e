// Every visual constant of the charts lives here, for the build-time renderer
// (src/charts/render/) and the browser alike. Plain TypeScript with erasable
// syntax only, so Node runs it without a bundler. Its colours are read from
// the one colour source, src/styles/colours.json (src/styles/colours.ts), which
// also gives the pages' and embeds' CSS: they cannot drift apart.
import { colour, type ColourTheme } from '../styles/colours.ts';

/**
 * The family the renderer registers DejaVu Sans (regular and bold) under.
 * A project-owned alias rather than "DejaVu Sans": a machine with DejaVu
 * installed would otherwise hide a missing registration, and the build
 * output must not depend on the fonts of the machine that builds it.
 */
export const FONT_FAMILY = 'Chart Sans';

/** For the browser, where the alias exists only if a page declares it. */
export const FONT_STACK = `"${FONT_FAMILY}", "DejaVu Sans", Verdana, sans-serif`;

/** Sizes in CSS pixels (the renderer multiplies by the device pixel ratio). */
export const FONT_SIZE = 13;
export const TITLE_FONT_SIZE = 16;

export type ThemeName = 'light' | 'dark';

/**
 * Background, text and grid colours are the site's own (colours.json:
 * color-bg, color-text, color-text-muted, color-divider), so an image sits on
 * the page without a seam; the series are chart-0 … chart-7.
 */
export interface ChartTheme {
  readonly name: ThemeName;
  readonly background: string;
  /** Titles, legend, axis titles: at least 4.5:1 on the background. */
  readonly text: string;
  /** Tick labels and secondary text: at least 4.5:1 on the background too. */
  readonly mutedText: string;
  /** Grid lines and axis lines: decoration, so no contrast requirement. */
  readonly grid: string;
  /**
   * Categorical series colours, in the order series take them. Each is at
   * least 3:1 on the background (WCAG 1.4.11, graphical objects), and the
   * set stays apart under simulated protan, deutan and tritan vision
   * (tests/unit/charts/theme.test.ts checks both).
   */
  readonly series: readonly string[];
}

const SERIES_COUNT = 8;

function themeFrom(name: ColourTheme): ChartTheme {
  return {
    name,
    background: colour(name, 'color-bg'),
    text: colour(name, 'color-text'),
    mutedText: colour(name, 'color-text-muted'),
    grid: colour(name, 'color-divider'),
    series: Array.from({ length: SERIES_COUNT }, (_v, i) => colour(name, `chart-${i}`)),
  };
}

/**
 * Okabe & Ito's colour-blind-safe palette (colours.json, chart-0 … chart-7),
 * moved only as far as the 3:1 rule on white needs: four of the originals
 * (orange, sky blue, reddish purple, yellow) are too light for a white page,
 * and each replacement was picked near its original to keep the set as far
 * apart as possible under the three simulated colour-vision deficiencies
 * (blue unchanged; orange darkened to ochre; bluish green a touch darker;
 * vermillion darker; sky blue darkened and turned towards violet to stay
 * apart from blue; reddish purple a touch darker; yellow darkened to olive;
 * black). Index for index it is the same colour family as the dark theme.
 */
export const light: ChartTheme = themeFrom('light');

/** Okabe & Ito's palette as published, with black turned light grey. */
export const dark: ChartTheme = themeFrom('dark');

export const themes: Readonly<Record<ThemeName, ChartTheme>> = { light, dark };

/** `#rgb` or `#rrggbb` to sRGB channels in 0..1. */
function parseHex(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (!m?.[1]) throw new Error(`expected a #rgb or #rrggbb colour, got "${colour}"`);
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG 2.x relative luminance of a hex colour. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two hex colours, from 1 to 21, order-free. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
