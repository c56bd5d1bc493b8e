// The one colour source of the site, its charts and its embeds:
// src/styles/colours.json, every colour by custom-property name (without
// `--`), once for the light theme and once for the dark one. From it:
//   - the chart palettes of the build-time images and the live charts
//     (src/charts/theme.ts, src/charts/map/scale.ts read it);
//   - src/styles/colours.css, the pages' colour tokens, written by
//     `npm run colours` (write-colours.ts) (the build fails while it is stale:
//     assertColoursCssCurrent, called once by astro.config.mjs, and a unit
//     test compares it too);
//   - the embeds' inline stylesheet, built from it at build time (only the
//     tokens an embed uses: colourDeclarations).
// Each token is one `light-dark()` value: the page's `color-scheme` (set by
// data-theme, or the reader's system without JavaScript) picks the side, so
// no palette is written twice. Plain TypeScript, so Node runs it as is.
import colours from './colours.json' with { type: 'json' };

export type ColourTheme = 'light' | 'dark';

/** Every colour token, per theme, by custom-property name without `--`. */
export const COLOURS: Readonly<Record<ColourTheme, Readonly<Record<string, string>>>> = colours;

/** One token's colour in a theme; an unknown name is an error, never a silent default. */
export function colour(theme: ColourTheme, name: string): string {
  const value = COLOURS[theme][name];
  if (value === undefined) throw new Error(`src/styles/colours.json: no colour "${name}" in the ${theme} theme`);
  return value;
}

/** `--name:light-dark(light,dark)` (or the one colour both share) for each token, in the file's order. */
export function colourDeclarations(names?: Iterable<string>, separator = ';'): string {
  const wanted = names ? new Set(names) : undefined;
  const out: string[] = [];
  for (const [name, lightValue] of Object.entries(COLOURS.light)) {
    if (wanted && !wanted.has(name)) continue;
    const darkValue = colour('dark', name);
    out.push(`--${name}:${lightValue === darkValue ? lightValue : `light-dark(${lightValue},${darkValue})`}`);
  }
  return out.join(separator);
}

/**
 * How a page picks its theme: both schemes allowed (the system decides, also
 * without JavaScript), unless data-theme names one; paper is light.
 */
export const COLOUR_SCHEME_CSS =
  ':root{color-scheme:light dark}:root[data-theme=light]{color-scheme:light}:root[data-theme=dark]{color-scheme:dark}@media print{:root[data-theme],:root{color-scheme:light}}';

/** The custom properties a stylesheet reads (`var(--name`), without `--`. */
export function tokensUsedBy(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(--([\w-]+)/g)].map((m) => m[1]!));
}

/** The text of src/styles/colours.css. */
export function coloursCss(): string {
  return [
    '/* Generated from src/styles/colours.json by `npm run colours`: edit the JSON, never this file. */',
    COLOUR_SCHEME_CSS,
    `:root {\n  ${colourDeclarations(undefined, ';\n  ')};\n}`,
    '',
  ].join('\n');
}

/** Throws, naming the file, when src/styles/colours.css is not what colours.json gives. */
export function assertColoursCssCurrent(current: string): void {
  if (current !== coloursCss()) {
    throw new Error('src/styles/colours.css is stale: src/styles/colours.json changed; run `npm run colours` and commit both');
  }
}
