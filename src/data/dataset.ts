/**
 * The one way in to content/data: reads every file, validates it against its
 * schema and then the cross-file invariants, and builds the figure index.
 * `npm run validate`, the pages (src/data/load.ts) and the tests all read the
 * dataset through `loadDataset` (problems as values) or `readSiteData`
 * (problems as one ContentProblems error), and report problems through
 * `problemReport`: one line per problem naming file, record and field, then a
 * count. Never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type DataFileName, type Dataset } from '../schemas/index.ts';
import { buildFigureIndex, DATA_DIR, type IndexedFigure } from './figures/figure-index.ts';
import { checkInvariants } from './validate/invariants.ts';
import { checkDataNames, checkPeople } from './validate/names.ts';
import { checkTranslations } from '../i18n/data-text.ts';
import { formatProblem, type Problem } from './problems.ts';
import type { SiteData } from './site-data.ts';
import { problemsFromZod } from './zod-issues.ts';

export type LoadResult =
  | { ok: true; dataset: Dataset; index: Map<string, IndexedFigure>; problems: [] }
  | { ok: false; problems: Problem[] };

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}

function readJsonFile(root: string, rel: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const path = join(root, rel);
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, problem: { file: rel, path: '', expected: 'the file to exist and be readable', found: 'no such file' } };
  }
  if (text.trim() === '') return { ok: false, problem: { file: rel, path: '', expected: 'JSON data', found: 'an empty file' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(msg);
    const where = m ? ` at ${lineCol(text, Number(m[1]))}` : '';
    const what = /Unexpected end/.test(msg) ? 'the file to end with complete JSON' : 'valid JSON';
    return { ok: false, problem: { file: rel, path: '', expected: what, found: `a syntax error${where} (${msg.replace(/^.*?: /, '').slice(0, 80)})` } };
  }
}

export function loadDataset(root: string = process.cwd()): LoadResult {
  const problems: Problem[] = [];
  const out: Partial<Record<DataFileName, unknown>> = {};
  for (const [name, { file, schema }] of Object.entries(DATA_FILES) as [DataFileName, (typeof DATA_FILES)[DataFileName]][]) {
    const rel = `${DATA_DIR}/${file}`;
    const read = readJsonFile(root, rel);
    if (!read.ok) { problems.push(read.problem); continue; }
    const parsed = schema.safeParse(read.value, { reportInput: true });
    if (!parsed.success) { problems.push(...problemsFromZod(rel, read.value, parsed.error.issues)); continue; }
    out[name] = parsed.data;
  }
  if (problems.length) return { ok: false, problems };
  const dataset = out as Dataset;
  let index: Map<string, IndexedFigure>;
  try {
    index = buildFigureIndex(dataset);
    const inv = checkInvariants(dataset, index);
    const files = Object.fromEntries(Object.entries(DATA_FILES).map(([k, v]) => [k, v.file]));
    // Names are checked on data that is otherwise sound (a broken id would repeat itself here).
    if (!inv.length) inv.push(...checkPeople(dataset), ...checkDataNames(dataset, files), ...checkTranslations(dataset));
    if (inv.length) return { ok: false, problems: inv };
  } catch (err) {
    // A schema-valid dataset should never crash the checks; if it does, say so plainly.
    return { ok: false, problems: [{ file: DATA_DIR, path: '', expected: 'data the cross-file checks can read', found: `an internal error (${err instanceof Error ? err.message : String(err)})` }] };
  }
  return { ok: true, dataset, index, problems: [] };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

export type { Problem };

/** What `npm run validate` and the build print for problems in one part of the content (`content/data`, `content/articles`, `the charts`). */
export function problemReport(problems: readonly Problem[], where: string): string {
  const n = problems.length;
  return `${problems.map(formatProblem).join('\n')}\n\n${n} problem${n === 1 ? '' : 's'} in ${where}; nothing was built.\n`;
}

/** Problems that stop the build: the message is the report, and there is no stack trace to print. */
export class ContentProblems extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], where: string) {
    super(problemReport(problems, where).trimEnd());
    this.name = 'ContentProblems';
    this.problems = problems;
    this.stack = this.message;
  }
}

/** The validated dataset and its figure index, or a ContentProblems error naming every problem. */
export function readSiteData(root: string = process.cwd()): SiteData {
  const r = loadDataset(root);
  if (!r.ok) throw new ContentProblems(r.problems, DATA_DIR);
  return { ds: r.dataset, index: r.index };
}
