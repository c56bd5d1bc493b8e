// js-yaml ships no types; Astro parses article frontmatter with it, and so does
// the article reader (src/articles/read.ts), so both read the same YAML.
declare module 'js-yaml' {
  export function load(text: string, options?: Record<string, unknown>): unknown;
}
