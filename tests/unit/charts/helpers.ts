// The real dataset and every chart spec, loaded once per test file.
import { loadDataset } from '../../../src/data/dataset.ts';
import type { Dataset } from '../../../src/schemas/index.ts';
import type { IndexedFigure } from '../../../src/data/figures/figure-index.ts';
import { buildAllChartSpecs } from '../../../src/charts/registry.ts';
import type { ChartSpec } from '../../../src/charts/contract.ts';

export interface Loaded {
  ds: Dataset;
  index: Map<string, IndexedFigure>;
  specs: ChartSpec[];
  spec(id: string): ChartSpec;
  sources: Map<string, Dataset['sources'][number]>;
}

let loaded: Loaded | undefined;

export function load(): Loaded {
  if (loaded) return loaded;
  const r = loadDataset(process.cwd());
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}: ${p.path}: ${p.expected}`).join('\n'));
  const specs = buildAllChartSpecs({ ds: r.dataset, index: r.index });
  loaded = {
    ds: r.dataset,
    index: r.index,
    specs,
    spec: (id) => {
      const s = specs.find((x) => x.id === id);
      if (!s) throw new Error(`no spec ${id}`);
      return s;
    },
    sources: new Map(r.dataset.sources.map((s) => [s.key, s])),
  };
  return loaded;
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. Written for the tests, not shared with the writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n') throw new Error(`bare LF at ${i}`);
    else field += ch;
  }
  if (field !== '' || row.length) throw new Error('the last line has no CRLF');
  return rows;
}
