// A Vite plugin that gives each interactive chart kind its own copy of
// Chart.js. Chart.js ships as a few ES modules; a bundler splits code by
// module, so two dynamic imports that both take parts of it would share
// chunks holding the parts of both (the bar and the line controller
// together). Here `chart.js` imported from a kind's chunk module
// (interactive-<kind>.ts) resolves to the same file under a per-kind id
// (`…/chart.js?kind=bar`), and so does everything that copy imports (Chart.js's
// helpers, its colour library): to the bundler these are separate modules,
// each tree-shaken to what its kind registers, and each kind's Chart.js is one
// chunk. Only the project's own chart code (interactive.ts, the theme, the
// value labels) is shared by the kinds.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const KIND_MODULE = /[\\/]charts[\\/]client[\\/]interactive-(\w+)\.ts$/;
const KIND_QUERY = /\?kind=(\w+)$/;

export function chartKindChunks(): Plugin {
  return {
    name: 'belarus-2025:chart-kind-chunks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const fromCopy = KIND_QUERY.exec(importer);
      const kind = fromCopy ? fromCopy[1] : source === 'chart.js' ? KIND_MODULE.exec(importer.split('?')[0]!)?.[1] : undefined;
      if (!kind) return null;
      const resolved = await this.resolve(source, importer.replace(KIND_QUERY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return { ...resolved, id: `${resolved.id.replace(KIND_QUERY, '')}?kind=${kind}` };
    },
    async load(id) {
      if (!KIND_QUERY.test(id)) return null;
      return readFile(id.replace(KIND_QUERY, ''), 'utf8');
    },
  };
}
