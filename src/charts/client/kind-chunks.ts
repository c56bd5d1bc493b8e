// A Vite plugin for the interactive charts' chunks.
//
// 1. Each interactive chart kind gets its own copy of Chart.js. Chart.js ships
//    as a few ES modules; a bundler splits code by module, so two dynamic
//    imports that both take parts of it would share chunks holding the parts
//    of both (the bar and the line controller together). Here `chart.js`
//    imported from a kind's chunk module (interactive-<kind>.ts) resolves to
//    the same file under a per-kind id (`…/chart.js?kind=bar`), and so does
//    everything that copy imports (Chart.js's helpers, its colour library):
//    to the bundler these are separate modules, each tree-shaken to what its
//    kind registers, and each kind's Chart.js is one chunk. Only the
//    project's own chart code (interactive.ts: the mount, the theme, the value
//    labels) is shared by the kinds, as a chunk of its own.
// 2. An embed's one module script (src/layouts/Embed.astro) takes hydrate.ts
//    as `hydrate.ts?embed`, its own copy, so that script is one file rather
//    than two (the pages' script and it would otherwise share a hydrate chunk).
// 3. `virtual:chart-kind-chunks` gives hydrate.ts the URLs of those chunks
//    (emitted here), so it imports them side by side with a plain import():
//    no preload helper in the small script every page with a chart runs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const KIND_MODULE = /[\\/]charts[\\/]client[\\/]interactive-(\w+)\.ts$/;
const KIND_QUERY = /\?kind=(\w+)$/;
const COPY_QUERY = /[\\/]charts[\\/]client[\\/]hydrate\.ts\?embed$/;
const VIRTUAL = 'virtual:chart-kind-chunks';

/** The chart kinds with an interactive chunk (src/charts/client/interactive-<kind>.ts). */
const INTERACTIVE_KINDS = ['bar', 'line'] as const;

const moduleOf = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));

export function chartKindChunks(): Plugin {
  let command: 'build' | 'serve' = 'build';
  /** The emitted chunks' references, per build: both copies of the URLs name the same chunks. */
  const refs = new Map<string, string>();
  return {
    name: 'belarus-2025:chart-kind-chunks',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      refs.clear();
    },
    async resolveId(source, importer, options) {
      // The embed's copy of hydrate.ts gets its own copy of the URLs too: no chunk shared with the pages' script.
      if (source === VIRTUAL) return `\0${VIRTUAL}${importer?.endsWith('?embed') ? '?embed' : ''}`;
      if (!importer) return null;
      const fromCopy = KIND_QUERY.exec(importer);
      const kind = fromCopy ? fromCopy[1] : source === 'chart.js' ? KIND_MODULE.exec(importer.split('?')[0]!)?.[1] : undefined;
      if (!kind) return null;
      const resolved = await this.resolve(source, importer.replace(KIND_QUERY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return { ...resolved, id: `${resolved.id.replace(KIND_QUERY, '')}?kind=${kind}` };
    },
    async load(id) {
      if (id === `\0${VIRTUAL}` || id === `\0${VIRTUAL}?embed`) {
        const names = { common: 'interactive', ...Object.fromEntries(INTERACTIVE_KINDS.map((k) => [k, `interactive-${k}`])) };
        const client = command === 'build' && this.environment?.config.consumer === 'client';
        const entries = Object.entries(names).map(([key, name]) => {
          if (!client) return `${JSON.stringify(key)}: ${JSON.stringify(`/@fs${moduleOf(name)}`)}`;
          // The shared chunk without a facade module: the page imports it only to have it fetched
          // beside the kind's own, which imports what it needs from it.
          let ref = refs.get(name);
          if (!ref) refs.set(name, (ref = this.emitFile({ type: 'chunk', id: moduleOf(name), name, ...(key === 'common' ? { preserveSignature: false as const } : {}) })));
          return `${JSON.stringify(key)}: import.meta.ROLLUP_FILE_URL_${ref}`;
        });
        return `export default {${entries.join(', ')}};`;
      }
      if (COPY_QUERY.test(id)) return readFile(id.replace(/\?embed$/, ''), 'utf8');
      if (!KIND_QUERY.test(id)) return null;
      return readFile(id.replace(KIND_QUERY, ''), 'utf8');
    },
  };
}
