// Synthetic growth for the build benchmark: a temporary copy of the site
// with N× as many articles and N× as many charts as the real one, generated
// from the real records by a seeded generator, never committed.
//
// Articles: each synthetic article copies a real one (picked by the seed),
// with a varied title (a real region's name and a word), about half of its
// <Figure>s swapped for other real figures of the same kind (counts for
// counts, percentages for percentages), its charts re-picked and one to
// three more charts added, so it embeds several charts; the frontmatter
// (sources, charts) is rewritten to match, so the validator and the build
// treat it like any article.
//
// Charts: the registry has no data-driven way to add a chart (a chart is an
// id in src/schemas/chart-ids.ts plus a definition in src/charts/definitions/ and src/charts/registry.ts), so
// the copy's two files get a few appended lines: each synthetic chart takes a
// real chart's definition (picked by the seed, so bar and line charts both
// occur), a varied title, and a seeded subset of its categories and series,
// so its figures differ. It gets everything a real chart gets: chart page,
// embed, eight images, downloads, social card, and it can appear in articles.
// Any other `Record<ChartId, …>` map in src/ gets the base chart's entry.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SyntheticSummary {
  factor: number;
  seed: number;
  realArticles: number;
  syntheticArticles: number;
  realCharts: number;
  syntheticCharts: number;
  /** ChartFigures in the synthetic articles. */
  chartFigures: number;
  /** Figures swapped for another real figure. */
  figuresSwapped: number;
  /** Synthetic charts by type. */
  chartTypes: Record<string, number>;
  /** Files patched to register the synthetic charts. */
  patched: string[];
  /** Why synthetic charts were left out, when they were. */
  chartsSkipped?: string;
}

/** mulberry32: small, seeded, the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'harbour', 'iris', 'juniper', 'kestrel', 'linden', 'meadow', 'nettle', 'orchard', 'pine', 'quarry', 'river', 'sorrel', 'thistle', 'upland', 'valley', 'willow', 'yarrow'];

interface SyntheticChart {
  id: string;
  base: string;
  title: string;
  dropCategories: string[];
  dropSeries: string[];
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const yamlString = (s: string) => JSON.stringify(s);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The lines appended to the copy's registry, ids and other chart-id maps. */
function chartPatches(charts: SyntheticChart[]) {
  const json = JSON.stringify(charts);
  return {
    ids: `\n// bench/synthetic.ts (temporary copy only): synthetic chart ids.\n(CHART_IDS as unknown as string[]).push(...${JSON.stringify(charts.map((c) => c.id))});\n`,
    registry:
      `\n// bench/synthetic.ts (temporary copy only): synthetic charts, each a real definition with its own title and a subset of the data.\n` +
      `for (const s of ${json} as { id: string; base: string; title: string; dropCategories: string[]; dropSeries: string[] }[]) {\n` +
      `  const defs = DEFINITIONS as unknown as Record<string, Definition>;\n` +
      `  const base = defs[s.base]!;\n` +
      `  defs[s.id] = {\n` +
      `    ...base,\n` +
      `    title: () => s.title,\n` +
      `    derive: (data) => {\n` +
      `      const d = base.derive(data);\n` +
      `      const categories = d.categories.filter((c) => !s.dropCategories.includes(c.id));\n` +
      `      const series = d.series.filter((x) => !s.dropSeries.includes(x.id)).map((x) => ({ ...x, points: x.points.filter((p) => !s.dropCategories.includes(p.category)) }));\n` +
      `      return { ...d, categories, series };\n` +
      `    },\n` +
      `  };\n` +
      `}\n`,
    alias: (name: string) =>
      `\n// bench/synthetic.ts (temporary copy only): synthetic charts share their base chart's entry.\n` +
      `for (const s of ${JSON.stringify(charts.map((c) => ({ id: c.id, base: c.base })))}) (${name} as unknown as Record<string, unknown>)[s.id] = (${name} as unknown as Record<string, unknown>)[s.base];\n`,
  };
}

/**
 * Builds every chart spec of the patched copy in a child Node (the copy's own
 * modules, fresh); returns the ids that throw.
 */
async function precheckCharts(dir: string): Promise<string[]> {
  const script = `
    import { loadDataset } from './src/data/dataset.ts';
    import { CHART_IDS } from './src/schemas/chart-ids.ts';
    import { buildChartSpec } from './src/charts/registry.ts';
    const r = loadDataset(process.cwd());
    const bad = [];
    for (const id of CHART_IDS) { try { buildChartSpec(id, { ds: r.dataset, index: r.index }); } catch (e) { bad.push(id); } }
    process.stdout.write(JSON.stringify(bad));`;
  const { execFile } = await import('node:child_process');
  const out = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`chart precheck failed: ${stderr.trim().split('\n').slice(-5).join(' | ')}`)) : resolve(stdout),
    ),
  );
  return JSON.parse(out) as string[];
}

async function listTs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTs(p)));
    else if (/\.ts$/.test(entry.name)) out.push(p);
  }
  return out;
}

/**
 * Writes (factor − 1) × the real articles and (factor − 1) × the real charts
 * into `dir`, a temporary copy of the repository, so it has factor × each.
 */
export interface SyntheticOptions {
  /** Add synthetic chart ids (chart pages, embeds, images); default true. */
  charts?: boolean;
}

export async function generateSynthetic(dir: string, factor: number, seed: number, options: SyntheticOptions = {}): Promise<SyntheticSummary> {
  const r = rng(seed * 1000 + factor);
  // The copy's own code and data: what its build will see.
  const imp = <T>(rel: string) => import(pathToFileURL(path.join(dir, rel)).href) as Promise<T>;
  const { loadDataset } = await imp<typeof import('../src/data/dataset.ts')>('src/data/dataset.ts');
  const { readArticles } = await imp<typeof import('../src/articles/read.ts')>('src/articles/read.ts');
  const { CHART_IDS } = await imp<typeof import('../src/schemas/chart-ids.ts')>('src/schemas/chart-ids.ts');
  const { buildChartSpec } = await imp<typeof import('../src/charts/registry.ts')>('src/charts/registry.ts');
  const loaded = loadDataset(dir);
  if (!loaded.ok) throw new Error(`the copy's dataset has problems (${loaded.problems.length})`);
  const { dataset: ds, index } = loaded;
  const realCharts = [...CHART_IDS] as string[];
  const { articles } = readArticles(dir);
  const real = articles.filter((a) => a.frontmatter);
  if (!real.length) throw new Error('no valid articles to copy');

  // --- charts
  const nCharts = options.charts === false ? 0 : (factor - 1) * realCharts.length;
  const charts: SyntheticChart[] = [];
  const chartTypes: Record<string, number> = {};
  for (let i = 1; i <= nCharts; i++) {
    const base = pick(r, realCharts);
    const spec = buildChartSpec(base, { ds, index });
    const cats = spec.derivation.categories.map((c) => c.id);
    const series = spec.derivation.series.map((s) => s.id);
    const dropCategories = cats.length >= 4 ? cats.filter(() => r() < 0.25).slice(0, Math.floor(cats.length / 3)) : [];
    const dropSeries = series.length >= 3 ? series.filter(() => r() < 0.25).slice(0, series.length - 2) : [];
    const region = pick(r, ds.regions).name;
    charts.push({
      id: `bench-synthetic-${pad(i, 4)}`,
      base,
      title: `${spec.title} (benchmark copy: ${region}, ${pick(r, WORDS)})`,
      dropCategories,
      dropSeries,
    });
  }
  const patched: string[] = [];
  let chartsSkipped: string | undefined;
  if (charts.length) {
    const idsFile = path.join(dir, 'src/schemas/chart-ids.ts');
    const registryFile = path.join(dir, 'src/charts/registry.ts');
    const originals = new Map<string, string>();
    const read = async (f: string) => {
      if (!originals.has(f)) originals.set(f, await readFile(f, 'utf8'));
      return originals.get(f)!;
    };
    const ids = await read(idsFile);
    const registry = await read(registryFile);
    if (!/export const CHART_IDS\b/.test(ids) || !/const DEFINITIONS\b/.test(registry) || !/\bDefinition\b/.test(registry)) {
      chartsSkipped = 'src/schemas/chart-ids.ts or src/charts/registry.ts no longer has CHART_IDS / DEFINITIONS / Definition, which the patch needs';
      charts.length = 0;
    } else {
      const others: { file: string; name: string }[] = [];
      for (const file of await listTs(path.join(dir, 'src'))) {
        if (file === registryFile) continue;
        for (const m of (await readFile(file, 'utf8')).matchAll(/const (\w+)\s*:\s*Record<ChartId,/g)) others.push({ file, name: m[1]! });
      }
      const apply = async () => {
        const p = chartPatches(charts);
        await writeFile(idsFile, ids + p.ids);
        await writeFile(registryFile, registry + p.registry);
        for (const o of others) await writeFile(o.file, (await read(o.file)) + p.alias(o.name));
      };
      await apply();
      // Every synthetic spec must build; one whose subset a definition cannot take keeps all its data.
      let failing = await precheckCharts(dir);
      if (failing.length) {
        for (const c of charts) if (failing.includes(c.id)) (c.dropCategories = []), (c.dropSeries = []);
        await apply();
        failing = await precheckCharts(dir);
      }
      if (failing.length) {
        for (const [f, text] of originals) await writeFile(f, text);
        chartsSkipped = `the registry could not build ${failing.length} synthetic chart(s), e.g. ${failing[0]}`;
        charts.length = 0;
      } else {
        patched.push('src/schemas/chart-ids.ts', 'src/charts/registry.ts', ...others.map((o) => path.relative(dir, o.file)));
      }
    }
  }
  for (const k of Object.keys(chartTypes)) delete chartTypes[k];
  for (const c of charts) {
    const t = buildChartSpec(c.base, { ds, index }).type;
    chartTypes[t] = (chartTypes[t] ?? 0) + 1;
  }
  const allCharts = [...realCharts, ...charts.map((c) => c.id)];

  // --- articles
  const byKind = new Map<string, string[]>();
  for (const [key, e] of index) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), key]);
  const nArticles = (factor - 1) * real.length;
  let chartFigures = 0;
  let figuresSwapped = 0;
  for (let i = 1; i <= nArticles; i++) {
    const a = pick(r, real);
    const fm = a.frontmatter!;
    const text = a.text.replace(/\r\n/g, '\n');
    const end = text.indexOf('\n---', 3);
    let body = text.slice(text.indexOf('\n', end + 1) + 1);
    // Figures: about half swapped for another real figure of the same kind.
    body = body.replace(/<Figure of="([^"]+)"( long)? \/>/g, (whole, key: string, long: string | undefined) => {
      const kind = index.get(key)?.kind;
      if (!kind || r() < 0.5) return whole;
      figuresSwapped++;
      return `<Figure of="${pick(r, byKind.get(kind)!)}"${long ?? ''} />`;
    });
    // Charts: re-picked, plus one to three more between paragraphs.
    body = body.replace(/<ChartFigure id="[^"]+" \/>/g, () => `<ChartFigure id="${pick(r, allCharts)}" />`);
    const blocks = body.split('\n\n');
    const slots = blocks.map((_b, j) => j).filter((j) => {
      const b = blocks[j]!.trimStart();
      const next = blocks[j + 1]?.trimStart() ?? '';
      return j > 0 && b && !/^(#|-|>|\d+\.|import |<)/.test(b) && !/^(-|\d+\.)/.test(next);
    });
    const extra = 1 + Math.floor(r() * 3);
    for (let k = 0; k < extra && slots.length; k++) {
      const at = slots.splice(Math.floor(r() * slots.length), 1)[0]!;
      blocks[at] = `${blocks[at]}\n\n<ChartFigure id="${pick(r, allCharts)}" />`;
    }
    body = blocks.join('\n\n');
    if (!/import \{[^}]*ChartFigure/.test(body)) body = body.replace(/import \{ ([^}]*) \}/, 'import { $1, ChartFigure }');
    const chartIds = [...new Set([...body.matchAll(/<ChartFigure id="([^"]+)" \/>/g)].map((m) => m[1]!))];
    chartFigures += [...body.matchAll(/<ChartFigure /g)].length;
    const cites = [...new Set([...body.matchAll(/<Cite id="([^"]+)" \/>/g)].map((m) => m[1]!))];
    const region = pick(r, ds.regions).name;
    const title = `${fm.title.replace(/\?\s*$/, '')} (benchmark copy: ${region}, ${pick(r, WORDS)})?`;
    const yaml = [
      `title: ${yamlString(title)}`,
      `description: ${yamlString(fm.description)}`,
      `published: ${fm.published}`,
      `updated: ${fm.updated}`,
      `sources:`,
      ...(cites.length ? cites : fm.sources.slice(0, 1)).map((s) => `  - ${s}`),
      ...(chartIds.length ? ['charts:', ...chartIds.map((c) => `  - ${c}`)] : []),
      ...(fm.related.length ? ['related:', ...fm.related.map((s) => `  - ${s}`)] : []),
      ...(fm.typedNumbers.length
        ? ['typedNumbers:', ...fm.typedNumbers.flatMap((t) => [`  - value: ${yamlString(t.value)}`, `    reason: ${yamlString(t.reason)}`])]
        : []),
    ].join('\n');
    await writeFile(path.join(dir, 'content/articles', `bench-synthetic-${pad(i, 4)}.mdx`), `---\n${yaml}\n---\n${body}`);
  }
  return {
    factor,
    seed,
    realArticles: real.length,
    syntheticArticles: nArticles,
    realCharts: realCharts.length,
    syntheticCharts: charts.length,
    chartFigures,
    figuresSwapped,
    chartTypes,
    patched,
    ...(chartsSkipped ? { chartsSkipped } : {}),
  };
}
