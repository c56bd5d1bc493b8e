/**
 * `npm run validate` as an editor runs it. Broken data: exit code exactly 1,
 * the problem lines on stderr, never a stack trace. Real data: exit 0 and a
 * one-line summary. The command runs in-process (`validateCommand`, what
 * scripts/validate.ts prints and exits with) on a folder holding the data;
 * one real `npm run validate` in a child process proves the wiring (npm,
 * Node, the script's own output and exit code).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../../scripts/validate.ts';
import { BROKEN_FILES, INVARIANTS, SCHEMA_RULES, type Mutation } from '../../fixtures/invalid/mutations.ts';
import { makeTree, REPO_ROOT, type Tree, type TreeOptions } from '../../fixtures/invalid/work-tree.ts';

const STACK_TRACE = /\n\s+at /;
const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.cleanup()));

/** The real command in a child process: npm, Node 24, scripts/validate.ts. */
function spawnValidate(cwd: string, label: string) {
  const started = performance.now();
  const run = spawnSync('npm', ['run', '-s', 'validate'], { cwd, encoding: 'utf8', timeout: 60_000 });
  const ms = Math.round(performance.now() - started);
  // Printed, not asserted: the product asks for "in a second", and this is where to see it.
  console.log(`npm run validate (${label}): exit ${run.status} in ${ms} ms`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same command in-process. */
function validate(cwd: string, _label: string) {
  return validateCommand(cwd);
}

function byName(list: Mutation[], name: string): Mutation {
  const m = list.find((x) => x.name === name);
  if (!m) throw new Error(`no mutation named "${name}"`);
  return m;
}

function brokenTree(opts: TreeOptions): string {
  // The tree links src/ too: the corrections check looks up the pages a correction names.
  const tree = makeTree({ ...opts, cli: true });
  trees.push(tree);
  return tree.root;
}

// A real spawn of `npm run validate` (a second or two idle, far more on a loaded machine).
describe('npm run validate on the real data', { timeout: 60_000 }, () => {
  it('exits 0 and prints a one-line summary on stdout, nothing on stderr (a real npm run validate)', () => {
    const run = spawnValidate(REPO_ROOT, 'real data');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content\/data is valid \(\d+ ms\): 8 elections, 5 candidates, 7 regions, \d+ events, \d+ sources; \d+ figures \(.*\d+ published.*\)\. content\/articles is valid: \d+ articles \(.*\)\. Translations: 7 Belarusian, 7 Russian\.\n$/);
  });

  it('gives the same summary from a copy of the data (the copy used below is faithful)', () => {
    const run = validate(brokenTree({}), 'copy of the real data');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content\/data is valid/);
  });
});

describe('npm run validate on broken data', () => {
  const cases: [string, Mutation][] = [
    ['truncated JSON', byName(BROKEN_FILES, 'truncated JSON')],
    ['missing file', byName(BROKEN_FILES, 'missing file')],
    ['percentage as a JSON number', byName(BROKEN_FILES, 'percentage as a JSON number')],
    ['unknown status', byName(SCHEMA_RULES, 'unknown status')],
    ['stray digit in an event text', byName(INVARIANTS, 'stray digit in an event text')],
    ['unknown candidate in results', byName(INVARIANTS, 'unknown candidate in results')],
  ];
  it.each(cases)('%s: exit 1, the exact problem lines on stderr, no stack trace', (_name, m) => {
    const run = validate(brokenTree(m), m.name);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const n = m.expect.length;
    expect(run.stderr).toBe(`${m.expect.join('\n')}\n\n${n} problem${n === 1 ? '' : 's'} in content/data; nothing was built.\n`);
  });

  it('reports problems in several files at once, each file named', () => {
    const root = brokenTree({ overlay: 'empty-file', remove: ['changelog.json'], raw: { 'timeline.json': '{"not": "a list"}\n' } });
    const run = validate(root, 'three broken files');
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('content/data/'))).toEqual([
      'content/data/regions.json: (whole file): expected JSON data, found an empty file',
      'content/data/timeline.json: (whole file): expected a list, found an object with fields not',
      'content/data/changelog.json: (whole file): expected the file to exist and be readable, found no such file',
    ]);
  });

  it('copes with a data folder that is not there at all', () => {
    const root = brokenTree({});
    rmSync(join(root, 'content'), { recursive: true });
    const run = validate(root, 'no data files');
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(/^content\/data\/sources\.json: \(whole file\): expected the file to exist and be readable, found no such file\n/);
    expect(run.stderr).toMatch(/\n13 problems in content\/data; nothing was built\.\n$/);
  });
});
