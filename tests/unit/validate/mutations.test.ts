/**
 * Every schema rule and every cross-file invariant has a fixture that must
 * fail (tests/fixtures/invalid/mutations.ts); each asserts the exact lines
 * `npm run validate` prints: the file, the record/field path, what was
 * expected and what was found.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/problems.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { ALL_MUTATIONS, BROKEN_FILES, INVARIANTS, SCHEMA_RULES, type Mutation } from '../../fixtures/invalid/mutations.ts';
import { BROKEN_FILES_DIR, makeTree, REPO_ROOT, type Tree } from '../../fixtures/invalid/work-tree.ts';

/** The house form of a problem line. */
const LINE = /^content\/data\/[a-z0-9-]+\.json: .+: expected .+, found .+$/;

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.cleanup()));

function problemLines(m: Mutation): string[] {
  const tree = makeTree(m);
  trees.push(tree);
  const result = loadDataset(tree.root);
  expect(result.ok, `${m.name} was accepted`).toBe(false);
  return result.problems.map(formatProblem);
}

describe('the real dataset', () => {
  it('is valid, so every failure below comes from its mutation', () => {
    const result = loadDataset(REPO_ROOT);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('is also valid after a copy through the fixture helper (the helper itself breaks nothing)', () => {
    const tree = makeTree();
    trees.push(tree);
    const result = loadDataset(tree.root);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

for (const [group, list] of [['whole broken files', BROKEN_FILES], ['schema rules', SCHEMA_RULES], ['cross-file invariants', INVARIANTS]] as const) {
  describe(group, () => {
    it.each(list.map((m) => [m.name, m] as const))('%s', (_name, m) => {
      const lines = problemLines(m);
      expect(lines).toEqual(m.expect);
      for (const line of lines) expect(line).toMatch(LINE);
    });
  });
}

describe('the fixture catalogue', () => {
  it('names each mutation once, says in one line why it must fail, and expects at least one problem', () => {
    const names = ALL_MUTATIONS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of ALL_MUTATIONS) {
      expect(m.why, m.name).toMatch(/^[^\n]{10,200}$/);
      expect(m.expect.length, m.name).toBeGreaterThan(0);
    }
  });

  it('uses every committed broken-file folder', () => {
    const used = new Set(ALL_MUTATIONS.map((m) => m.overlay).filter(Boolean));
    expect(readdirSync(BROKEN_FILES_DIR).sort()).toEqual([...used].sort());
  });

  it('covers each invariant the brief lists', () => {
    const names = ALL_MUTATIONS.map((m) => m.name).join('\n');
    for (const needle of [
      'duplicate candidate id', 'duplicate source key', 'unknown source key', 'unknown candidate in results', 'missing candidate in a stage',
      'unknown {{key}} in timeline text', 'unknown agreesWith key', 'stray digit in an event text', 'unused allow-list entry',
      'parts greater than the whole', 'share that does not round', 'precision exception with a wrong computed value',
      'unnecessary precision exception', 'rounded report that disagrees', 'cumulative turnout falls', 'timeline out of order',
      'same-day events without an order', 'end date before start date', 'unreal date', 'truncated JSON', 'empty file', 'missing file',
      'wrong top-level type', 'percentage as a JSON number', 'unknown field', 'bad id',
    ]) expect(names).toContain(needle);
  });
});
