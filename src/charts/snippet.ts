// The embed snippet: what a chart page offers to copy, and what the README
// and the tests use. The iframe works alone (a host whose CMS strips scripts
// still gets the chart at a height computed at build time, embed-size.ts);
// the optional script after it resizes the frame to its content and passes
// the host page's theme.

export interface SnippetInput {
  /** Absolute URL of /embed/<id>/. */
  embedUrl: string;
  /** Absolute URL of /embed.js. */
  scriptUrl: string;
  /** The chart's title; the frame's title says it is a chart. */
  title: string;
  height: number;
  /** Before the title in the frame's title, in the page's language ("Chart: ", "Дыяграма: "). */
  titlePrefix?: string;
}

/** The embed options, in the order they are written into the frame's address. */
export const EMBED_OPTIONS = ['plain', 'transparent', 'static'] as const;
export type EmbedOption = (typeof EMBED_OPTIONS)[number];

/** /embed/<id>/ with options: `…/embed/x/?plain&static`. */
export function embedUrlWith(embedUrl: string, options: readonly EmbedOption[]): string {
  const on = EMBED_OPTIONS.filter((o) => options.includes(o));
  return on.length ? `${embedUrl}?${on.join('&')}` : embedUrl;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(s: SnippetInput): string {
  return (
    `<iframe src="${attr(s.embedUrl)}" title="${attr(`${s.titlePrefix ?? 'Chart: '}${s.title}`)}" loading="lazy" width="100%" height="${s.height}" style="border:0"></iframe>\n` +
    `<script src="${attr(s.scriptUrl)}" async></script>`
  );
}

/** The Content-Security-Policy a host page needs to show the embed (and run the resizing script). */
export function hostCsp(origin: string): { frame: string; script: string } {
  return { frame: `frame-src ${origin};`, script: `script-src ${origin};` };
}
