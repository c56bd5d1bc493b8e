// The import rules (.dependency-cruiser.cjs) fail on a tree that breaks them:
// dependency-cruiser runs with the project's config on
// tests/fixtures/import-rules/, which breaks each rule on one edge and keeps
// edges the rules allow (charts reading schemas, a type-only cycle).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/import-rules');
const CLI = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

function cruise(format: 'json' | 'err'): { status: number; stdout: string } {
  try {
    const stdout = execFileSync(process.execPath, [CLI, 'src', 'scripts', 'tests', '--config', CONFIG, '--output-type', format], { cwd: FIXTURE, encoding: 'utf8' });
    return { status: 0, stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

describe('the import rules on a tree that breaks them', () => {
  const json = cruise('json');
  const violations = (JSON.parse(json.stdout) as { summary: { violations: Violation[] } }).summary.violations;
  const edges = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it('fail, each rule on exactly the edge that breaks it', () => {
    expect(edges).toEqual(
      [
        'components-not-validator: src/components/figure.ts → src/data/validate/rules.ts',
        'data-not-upward: src/data/load.ts → src/charts/title.ts',
        'no-circular: src/charts/a.ts → src/charts/b.ts',
        'nothing-imports-tests: scripts/build.ts → tests/helper.ts',
        'schemas-import-only-schemas: src/schemas/election.ts → src/charts/title.ts',
      ],
    );
    expect(violations.every((v) => v.rule.severity === 'error')).toBe(true);
  });

  it('allow charts reading schemas and a cycle of type-only imports', () => {
    expect(violations.filter((v) => v.from === 'src/charts/title.ts' || /types-(a|b)\.ts$/.test(v.from))).toEqual([]);
  });

  it('name the broken rule and the edge in the command-line output', () => {
    const err = cruise('err');
    expect(err.status).toBe(5);
    expect(err.stdout).toContain('error schemas-import-only-schemas: src/schemas/election.ts → src/charts/title.ts');
    expect(err.stdout).toContain('error no-circular: src/charts/a.ts');
    expect(err.stdout).toMatch(/5 dependency violations \(5 errors, 0 warnings\)/);
  });
});
