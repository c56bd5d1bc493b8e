// The one way in to content/data: readSiteData gives the dataset and its
// figure index, or one ContentProblems error whose message is the same report
// `npm run validate` prints (file, record and field; a count; no stack trace).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentProblems, problemReport, readSiteData } from '../../../src/data/dataset.ts';
import { validateCommand } from '../../../scripts/validate.ts';

describe('readSiteData', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'site-data-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the real dataset with its figure index', () => {
    const data = readSiteData(process.cwd());
    expect(data.ds.regions.length).toBeGreaterThan(0);
    expect(data.index.has('2025.final.lukashenka.share')).toBe(true);
  });

  it('refuses bad data with the validator’s own report, naming file, record and field, and no stack trace', () => {
    cpSync(path.join(process.cwd(), 'content/data'), path.join(root, 'content/data'), { recursive: true });
    const file = path.join(root, 'content/data/regions.json');
    const regions = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[];
    regions[0]!.id = 'Not An Id';
    writeFileSync(file, JSON.stringify(regions));
    let thrown: unknown;
    try {
      readSiteData(root);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ContentProblems);
    const err = thrown as ContentProblems;
    expect(err.message).toMatch(/^content\/data\/regions\.json: .*\bid\b.*expected .*found "Not An Id"/m);
    expect(err.message).toMatch(/\n\n\d+ problems? in content\/data; nothing was built\.$/);
    expect(err.stack).toBe(err.message);
    expect(`${err.message}\n`).toBe(problemReport(err.problems, 'content/data'));
    // The command prints exactly the same report.
    const cli = validateCommand(root);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(`${err.message}\n`);
  });
});
