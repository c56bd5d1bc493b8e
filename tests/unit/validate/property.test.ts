/**
 * Property: whatever happens to the data files, the validator answers with
 * readable problems or accepts the data; it never throws, and every problem
 * is one line in the house form `content/data/<file>.json: <path>: expected …, found …`.
 *
 * Random mutations of the real data: delete a field, give a field a value of
 * another JSON type, change a number or a percentage string, truncate a
 * string, duplicate or shuffle list items, insert an unknown key, replace a
 * whole file with random JSON or random text. One temp copy of the data per
 * test; each run rewrites only the files it breaks, then restores them.
 *
 * A failure prints fast-check's seed and path; rerun it with FC_SEED=<seed>
 * (and FC_PATH=<path>) to reproduce. FC_RUNS raises the number of runs.
 *
 * Generated keys and text are printable ASCII (fast-check's default). An id or
 * an unknown key holding a line break is valid JSON and currently makes a
 * problem span two lines (the path prints ids raw); that is a known gap in
 * problems.ts, not covered here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/problems.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { DATA_DIR, dataFileNames, makeTree, readRealData, type Json } from '../../fixtures/invalid/work-tree.ts';

const LINE = /^content\/data\/[a-z0-9-]+\.json: .*: expected .+, found .+$/;
const RUNS = Number(process.env.FC_RUNS ?? 200);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PATH = process.env.FC_PATH;

const FILES = dataFileNames();
const REAL = readRealData();
const tree = makeTree();
const originals = new Map(FILES.map((f) => [f, readFileSync(join(tree.root, DATA_DIR, f), 'utf8')]));
afterAll(() => tree.cleanup());

type Path = (string | number)[];
interface Node { path: Path; value: Json }

function nodes(value: Json, path: Path = [], out: Node[] = []): Node[] {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (!path.length) return value;
  let node = root;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path.at(-1)!] = value;
  return root;
}

const jsonType = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const isObject = (v: Json) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One random change to one file. */
const opArb = fc.oneof(
  fc.record({ kind: fc.constant('delete-field' as const), seed: fc.nat(), which: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), seed: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    kind: fc.constant('number' as const),
    seed: fc.nat(),
    value: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 0.5, 100.01, 1e21, Number.MAX_SAFE_INTEGER + 2)),
  }),
  fc.record({ kind: fc.constant('percent-text' as const), seed: fc.nat(), value: fc.stringMatching(/^-?\d{0,4}([.,]\d{0,4})?%?$/) }),
  fc.record({ kind: fc.constant('truncate' as const), seed: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-item' as const), seed: fc.nat(), which: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat(), keys: fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 200 }) }),
  fc.record({ kind: fc.constant('unknown-key' as const), seed: fc.nat(), key: fc.string({ minLength: 1, maxLength: 12 }), value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ kind: fc.constant('replace-file' as const), text: fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 40 })) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

const planArb = fc.array(fc.record({ file: fc.constantFrom(...FILES), op: opArb }), { minLength: 1, maxLength: 3 });

/** Applies the op to a parsed file; returns the new value, or text to write as is. */
function apply(data: Json, op: Op): { json: Json } | { text: string } {
  if (op.kind === 'replace-file') return { text: op.text };
  const all = nodes(data);
  const choose = (keep: (n: Node) => boolean) => {
    const c = all.filter(keep);
    return c.length ? c[op.seed % c.length]! : undefined;
  };
  switch (op.kind) {
    case 'delete-field': {
      const n = choose((x) => isObject(x.value) && Object.keys(x.value).length > 0);
      if (n) { const keys = Object.keys(n.value); delete n.value[keys[op.which % keys.length]!]; }
      return { json: data };
    }
    case 'retype': {
      const n = all[op.seed % all.length]!;
      // Another type than the one there: wrap the value when the types happen to agree.
      const v = jsonType(op.value) !== jsonType(n.value) ? op.value : Array.isArray(n.value) ? { value: op.value } : [op.value];
      return { json: setAt(data, n.path, v) };
    }
    case 'number': {
      const n = choose((x) => typeof x.value === 'number');
      return { json: n ? setAt(data, n.path, op.value) : data };
    }
    case 'percent-text': {
      const n = choose((x) => typeof x.value === 'string' && /^\d{1,3}\.\d+$/.test(x.value));
      return { json: n ? setAt(data, n.path, op.value) : data };
    }
    case 'truncate': {
      const n = choose((x) => typeof x.value === 'string' && x.value.length > 0);
      return { json: n ? setAt(data, n.path, (n.value as string).slice(0, op.keep % (n.value as string).length)) : data };
    }
    case 'duplicate-item': {
      const n = choose((x) => Array.isArray(x.value) && x.value.length > 0);
      if (n) { const list = n.value as Json[]; list.splice(op.at % (list.length + 1), 0, structuredClone(list[op.which % list.length])); }
      return { json: data };
    }
    case 'shuffle': {
      const n = choose((x) => Array.isArray(x.value) && x.value.length > 1);
      if (n) {
        const list = n.value as Json[];
        const order = list.map((item, i) => ({ item, k: op.keys[i % op.keys.length]! + i / 1e6 })).sort((a, b) => a.k - b.k);
        list.splice(0, list.length, ...order.map((o) => o.item));
      }
      return { json: data };
    }
    case 'unknown-key': {
      const n = choose((x) => isObject(x.value));
      if (n) Object.defineProperty(n.value, op.key, { value: op.value, enumerable: true, writable: true, configurable: true });
      return { json: data };
    }
  }
}

describe('the validator under random mutations of the real data', () => {
  it(`never throws and reports every problem as one house-form line (${RUNS} runs)`, () => {
    const started = performance.now();
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(planArb, (plan) => {
        const touched = new Map<string, { json: Json } | { text: string }>();
        for (const { file, op } of plan) {
          const current = touched.get(file);
          if (current && 'text' in current) continue; // a file replaced by random text stays that way
          touched.set(file, apply(current ? current.json : structuredClone(REAL[file]), op));
        }
        try {
          for (const [file, v] of touched) writeFileSync(join(tree.root, DATA_DIR, file), 'text' in v ? v.text : `${JSON.stringify(v.json, null, 2)}\n`);
          let result: ReturnType<typeof loadDataset>;
          expect(() => { result = loadDataset(tree.root); }).not.toThrow();
          if (result!.ok) { accepted++; return; }
          rejected++;
          expect(result!.problems.length).toBeGreaterThan(0);
          for (const p of result!.problems) expect(formatProblem(p)).toMatch(LINE);
        } finally {
          for (const file of touched.keys()) writeFileSync(join(tree.root, DATA_DIR, file), originals.get(file)!);
        }
      }),
      { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: true },
    );
    console.log(`property test: ${RUNS} runs (${rejected} rejected, ${accepted} still valid) in ${Math.round(performance.now() - started)} ms`);
  }, Math.max(60_000, RUNS * 20));

  // The small values random generation rarely hits on a given file, tried on every file.
  const SMALL: [string, string][] = [
    ['null', 'null'], ['an empty list', '[]'], ['an empty object', '{}'], ['a list holding null', '[null]'],
    ['a list holding an empty object', '[{}]'], ['zero', '0'], ['an empty string', '""'], ['true', 'true'], ['only whitespace', ' \n\t\n'],
    ['a byte-order mark', '\uFEFF[]'], ['two JSON values', '[] []'],
  ];
  it.each(FILES.flatMap((f) => SMALL.map(([what, text]) => [f, what, text] as const)))('%s replaced by %s: no throw, house-form problems or valid', (file, _what, text) => {
    try {
      writeFileSync(join(tree.root, DATA_DIR, file), text);
      const result = loadDataset(tree.root);
      for (const p of result.problems) expect(formatProblem(p)).toMatch(LINE);
      // An empty list is legitimate for some files (no changelog yet); anything else must be refused.
      if (result.ok) expect(text).toBe('[]');
    } finally {
      writeFileSync(join(tree.root, DATA_DIR, file), originals.get(file)!);
    }
  });
});

