/**
 * `npm run validate` as an editor runs it, on a copy of the project with its
 * articles: exit 0 and one summary line naming the articles; a broken article
 * gives exit 1 and the problem lines on stderr, never a stack trace, and
 * nothing is built.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, REPO_ROOT, type Tree } from '../../fixtures/invalid/work-tree.ts';
import { FIXTURES } from './helpers.ts';

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.cleanup()));

/** A copy of the data with the real articles, plus the given fixtures from tests/fixtures/articles/. */
function treeWith(fixtures: string[]): string {
  const tree = makeTree({ cli: true });
  trees.push(tree);
  const dir = join(tree.root, 'content/articles');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(join(REPO_ROOT, 'content/articles')).filter((x) => x.endsWith('.mdx'))) cpSync(join(REPO_ROOT, 'content/articles', f), join(dir, f));
  for (const f of fixtures) cpSync(join(FIXTURES, f), join(dir, f.split('/').pop()!));
  return tree.root;
}

function validate(cwd: string) {
  const run = spawnSync('npm', ['run', '-s', 'validate'], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test spawns `npm run validate` (a second or two idle, far more on a loaded machine).
describe('npm run validate with articles', { timeout: 60_000 }, () => {
  it('on the real articles: exit 0 and one line saying how many articles, figures, citations and charts it checked', () => {
    const run = validate(treeWith([]));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content\/data is valid \(\d+ ms\): .*\. content\/articles is valid: 7 articles \(\d+ figures, \d+ citations, \d+ charts\)\.\n$/);
  });

  it('on a broken article: exit 1, the problem lines on stderr in the house form, no stack trace', () => {
    const run = validate(treeWith(['invalid/unknown-figure.mdx', 'invalid/typed-percentage.mdx']));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'content/articles/unknown-figure.mdx: line 11, <Figure of>: expected the key of a figure in content/data (did you mean "2025.final.lukashenka.share", "2025.final.lukashenka.votes"?), found "2025.final.lukashenko.share"\n',
    );
    expect(run.stderr).toContain('content/articles/typed-percentage.mdx: line 11: expected every count, percentage, turnout and result date to come from <Figure of="…" />');
    expect(run.stderr).toMatch(/\n\n2 problems in content\/articles; nothing was built\.\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
