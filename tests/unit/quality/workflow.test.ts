// The GitHub Actions workflows (.github/workflows/*.yml), read as YAML: each
// `run:` step calls npm scripts that exist (or is the Chromium install the
// browser tests need), the tests run with CI=true and Chromium from
// CHROMIUM_PATH, and the Pages build gets its address from configure-pages.
// The workflow itself cannot run here; this catches a renamed script or a
// broken file before a push does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  id?: string;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  container?: { image: string } | string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const workflows = files.map((f) => ({ file: f, wf: parse(readFileSync(path.join(WORKFLOWS, f), 'utf8')) as Workflow }));

/** npm commands in a shell snippet: `npm run x`, `npm test`, `npm start`, `npm ci`… as [verb, script?]. */
function npmCommands(run: string): { verb: string; script?: string }[] {
  const out: { verb: string; script?: string }[] = [];
  for (const m of run.matchAll(/(?:^|[;&|\s(])npm\s+((?:-[\w-]+\s+)*)([\w:-]+)(?:\s+((?:-[\w-]+\s+)*)([\w:.@/-]+))?/g)) {
    const verb = m[2]!;
    if (verb === 'run' || verb === 'run-script') out.push({ verb: 'run', script: m[4] });
    else if (verb === 'test' || verb === 't' || verb === 'start' || verb === 'stop' || verb === 'restart') out.push({ verb, script: verb === 't' ? 'test' : verb });
    else out.push({ verb });
  }
  return out;
}

/** Setup commands a run step may consist of instead of npm: installing the browser and its fonts. */
const SETUP = /^(sudo\s+)?apt-get\s+(update|install)\b/;

describe('npmCommands', () => {
  it('reads npm script calls out of shell lines', () => {
    expect(npmCommands('npm ci && npm run -s build && npm test')).toEqual([{ verb: 'ci' }, { verb: 'run', script: 'build' }, { verb: 'test', script: 'test' }]);
    expect(npmCommands('echo npmx; npm run test:e2e -- --reporter dot')).toEqual([{ verb: 'run', script: 'test:e2e' }]);
  });
});

describe.each(workflows)('$file', ({ wf }) => {
  const steps = Object.entries(wf.jobs).flatMap(([job, j]) => j.steps.map((s) => ({ job, step: s })));

  it('has jobs with steps, and a name that says what each job does', () => {
    // Shown in the Actions tab and on every status check: it must name every job (e.g. "Build, test and deploy").
    expect(typeof wf.name).toBe('string');
    for (const job of Object.keys(wf.jobs)) expect(wf.name.toLowerCase(), `the name "${wf.name}" does not mention the job ${job}`).toContain(job);
    expect(Object.keys(wf.jobs).length).toBeGreaterThan(0);
    for (const j of Object.values(wf.jobs)) expect(j.steps.length).toBeGreaterThan(0);
  });

  it('calls only npm scripts that exist in package.json, and runs nothing else but the browser install', () => {
    const problems: string[] = [];
    for (const { job, step } of steps.filter((s) => s.step.run !== undefined)) {
      const run = step.run!;
      const label = `${job}: ${step.name ?? run}`;
      const npm = npmCommands(run);
      for (const c of npm) {
        if (c.script !== undefined && !(c.script in scripts)) problems.push(`${label}: npm ${c.verb} ${c.script} (no such script)`);
        if (c.verb === 'install' || c.verb === 'i') problems.push(`${label}: npm install (use npm ci: the lockfile, exactly)`);
      }
      const commands = run.split(/&&|\n|;/).map((c) => c.trim()).filter(Boolean);
      for (const c of commands) if (!/^npm\s/.test(c) && !SETUP.test(c)) problems.push(`${label}: "${c}" is neither an npm command nor the browser install`);
    }
    expect(problems).toEqual([]);
  });
});

describe('deploy.yml', () => {
  const deploy = workflows.find((w) => w.file === 'deploy.yml')?.wf;

  it('exists', () => {
    expect(deploy).toBeDefined();
  });

  it('tests with npm test under CI=true, with Chromium from CHROMIUM_PATH installed by apt', () => {
    const test = deploy!.jobs.test!;
    expect(test.env?.CI).toBe('true');
    expect(test.env?.CHROMIUM_PATH).toBe('/usr/bin/chromium');
    const runs = test.steps.map((s) => s.run ?? '');
    expect(runs.some((r) => /apt-get install[^\n]*\bchromium\b/.test(r))).toBe(true);
    expect(runs.some((r) => npmCommands(r).some((c) => c.script === 'test'))).toBe(true);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
  });

  it('builds with the Pages address from configure-pages, after the tests, and deploys that build to GitHub Pages', () => {
    const build = deploy!.jobs.build!;
    expect(build.needs).toBe('test');
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const buildStep = build.steps.find((s) => npmCommands(s.run ?? '').some((c) => c.script === 'build'));
    expect(buildStep?.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(buildStep?.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');

    const job = deploy!.jobs.deploy!;
    expect(job.needs).toBe('build');
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(job.environment?.name).toBe('github-pages');
    expect(job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(build.if).toContain("github.ref == 'refs/heads/main'");
  });

  it('grants the workflow read access only, and writes to Pages only in the deploy job', () => {
    expect(deploy!.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(deploy!.jobs)) if (name !== 'deploy') expect(job.permissions, name).toBeUndefined();
  });
});
