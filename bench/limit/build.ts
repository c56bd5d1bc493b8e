// The limit pages: for each bar and line chart, a bare page holding the same
// inline drawing and data table as its embed and nothing else (no script, no
// stylesheet file, no title, caption or credit), with only the rules the
// drawing needs to be painted (its colour tokens from src/styles/colours.ts
// and src/components/charts/chart-svg.css), built by the same Vite as the
// baseline pages. No page can show the chart sooner than the first paint of
// this one: it is what "chart visible" is measured against.

import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { colourDeclarations, COLOUR_SCHEME_CSS, tokensUsedBy } from '../../src/styles/colours.ts';
import { OUT_DIR, REPO_ROOT } from '../env.ts';

/** Where the limit pages are served, inside the built site. */
export const LIMIT_PATH = '/bench-limit/';

export interface LimitBuild {
  id: string;
  outDir: string;
  files: { file: string; bytes: number }[];
  durationMs: number;
}

/** The drawing (both layouts) and the data table of a built embed, as its HTML holds them. */
function drawingAndTable(embedHtml: string, id: string): { drawings: string[]; table: string } {
  const drawings = embedHtml.match(/<svg class="chart-svg[\s\S]*?<\/svg>/g) ?? [];
  const table = /<details class="chart-figure__data">[\s\S]*?<\/details>/.exec(embedHtml)?.[0] ?? '';
  if (!drawings.length || !table) throw new Error(`bench limit page: the embed of ${id} has no inline drawing or no data table`);
  return { drawings, table };
}

async function stylesheet(): Promise<string> {
  const rules = await readFile(path.join(REPO_ROOT, 'src/components/charts/chart-svg.css'), 'utf8');
  const css = `${COLOUR_SCHEME_CSS}:root{${colourDeclarations(tokensUsedBy(rules))}}body{margin:0;padding:12px;background:var(--color-bg);color:var(--color-text);font:13px/18px 'DejaVu Sans',Verdana,sans-serif}${rules}`;
  // Minified as the embed's inline stylesheet is (the same rules, so a fair comparison).
  const { transform } = await import('esbuild');
  return (await transform(css, { loader: 'css', minify: true })).code.trim();
}

/** Builds the limit page of chart `id` from the built site in `distDir` into bench/out/limit/<id>/. */
export async function buildLimit(id: string, distDir: string): Promise<LimitBuild> {
  const started = performance.now();
  const embed = await readFile(path.join(distDir, 'embed', id, 'index.html'), 'utf8');
  const { drawings, table } = drawingAndTable(embed, id);
  const src = path.join(OUT_DIR, 'limit-src', id);
  const outDir = path.join(OUT_DIR, 'limit', id);
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  const title = /<title>([^<]*)<\/title>/.exec(embed)?.[1] ?? id;
  await writeFile(
    path.join(src, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"><style>${await stylesheet()}</style></head>` +
      `<body><figure data-chart-figure>${drawings.join('')}${table}</figure></body></html>\n`,
  );
  const result = await build({
    configFile: false,
    root: src,
    base: `${LIMIT_PATH}${id}/`,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    cacheDir: path.join(OUT_DIR, '.vite'),
    // The stylesheet is minified already, as the embed's is; Vite would lower light-dark() for older browsers.
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, reportCompressedSize: false, cssMinify: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const files = await Promise.all(outputs.map(async (o) => ({ file: o.fileName, bytes: (await readFile(path.join(outDir, o.fileName))).length })));
  return { id, outDir, files, durationMs: Math.round(performance.now() - started) };
}

/** Copies the limit pages into the built site's dist/, so the same server serves them. */
export async function installLimits(builds: LimitBuild[], distDir: string): Promise<void> {
  for (const b of builds) {
    const target = path.join(distDir, LIMIT_PATH.replace(/^\/|\/$/g, ''), b.id);
    await mkdir(path.dirname(target), { recursive: true });
    await cp(b.outDir, target, { recursive: true });
  }
}

