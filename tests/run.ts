// `npm test`: every check of the project, in the order that keeps two cores
// busy, with the time of each step at the end.
//
//   1. at once:  npm run check (the type check, one core), then
//                npm run lint:imports (the import rules), npm run lint:unused (knip)
//                npm run test:unit, then npm run build (the other core)
//   2. then:     npm run test:dist
//   3. at once:  npm run test:browser
//                npm run test:build (its output held back, printed whole)
//
// The type check is one single-threaded process; the unit tests and the
// build leave a core mostly idle, so the two lines of step 1 overlap rather
// than queue (tests/e2e/README.md, "Times"). The output of the type check is
// held back and printed whole when it ends, so the two never interleave.
// Likewise the test builds (about one core: a build, then page loads that
// mostly wait) run beside the browser project, filling the cores its waits
// leave idle; their output is printed when they end.
// Stops at the first failing step; exits with its status. Each step also
// runs alone (`npm run check`, `npm run test:unit`, …).
import { spawn } from 'node:child_process';

interface Step {
  script: string;
  seconds?: number;
  status?: number;
}

const steps: Step[] = [];

function run(script: string, options: { buffer: boolean }): Promise<Step> {
  const step: Step = { script };
  steps.push(step);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { stdio: options.buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      step.seconds = (performance.now() - started) / 1000;
      step.status = code ?? (signal ? 1 : 0);
      if (options.buffer) process.stdout.write(`\n── npm run ${script} (${step.seconds.toFixed(1)} s) ──\n${Buffer.concat(chunks).toString('utf8')}\n`);
      resolve(step);
    });
  });
}

async function sequence(scripts: readonly string[]): Promise<boolean> {
  for (const s of scripts) if ((await run(s, { buffer: false })).status !== 0) return false;
  return true;
}

function summary(total: number): void {
  const rows = steps.map((s) => `  ${s.script.padEnd(14)} ${s.seconds === undefined ? '     -' : `${s.seconds.toFixed(1).padStart(6)} s`}  ${s.status === 0 ? 'ok' : s.status === undefined ? 'not run' : `FAILED (${s.status})`}`);
  process.stdout.write(`\nnpm test: ${total.toFixed(1)} s\n${rows.join('\n')}\n`);
}

const started = performance.now();
async function checks(): Promise<boolean> {
  for (const s of ['check', 'lint:imports', 'lint:unused']) if ((await run(s, { buffer: true })).status !== 0) return false;
  return true;
}
const [checked, rest] = await Promise.all([checks(), sequence(['test:unit', 'build'])]);
let ok = checked && rest;
if (ok) ok = await sequence(['test:dist']);
if (ok) {
  const [browser, builds] = await Promise.all([sequence(['test:browser']), run('test:build', { buffer: true })]);
  ok = browser && builds.status === 0;
}
summary((performance.now() - started) / 1000);
process.exit(ok ? 0 : (steps.find((s) => s.status !== 0)?.status ?? 1));
