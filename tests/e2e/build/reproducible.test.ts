// Reproducible builds: two builds of the same working tree, in two different
// temporary folders, at the same time, with the same SITE_URL and BASE_PATH,
// give byte-identical dist/ folders: the same files, the same bytes. The two
// machines differ on purpose in what must not matter: the time zone (UTC and
// UTC+14, on different calendar days for most of the day) and the locale
// (English and German number and date formats), as a laptop and CI would.
// A difference names the file and the first differing bytes; none is
// accepted (a build date, a random id, an absolute path or a locale's
// formatting in the output would all be bugs: a corrected figure must show
// up as the only change between two builds).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatBuildOutput, testBuild, type TestBuild } from '../harness/index.ts';
import { listFiles } from '../../../tools/dist-files.ts';

const SITE = { SITE_URL: 'https://example.org', BASE_PATH: '/' };
const MACHINES = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
];
let builds: TestBuild[] = [];

beforeAll(async () => {
  // In parallel: on two cores two builds take little longer than one, and it
  // also shows that builds running side by side do not disturb each other.
  builds = await Promise.all(MACHINES.map((machine, i) => testBuild({ name: `reproducible-${'ab'[i]}`, env: { ...SITE, ...machine } })));
});
afterAll(async () => {
  await Promise.all(builds.map((b) => b.cleanup()));
});

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `at byte ${i} (${a.length} vs ${b.length} bytes):\n      a: ${show(a)}\n      b: ${show(b)}`;
}

test('two builds of the same inputs give byte-identical dist/ folders', () => {
  for (const b of builds) expect(b.exitCode, formatBuildOutput(b)).toBe(0);
  const [a, b] = builds.map((x) => x.distDir) as [string, string];
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  expect(filesA.length).toBeGreaterThan(100);
  expect(filesB, 'the same files').toEqual(filesA);
  const differences = filesA
    .filter((f) => digest(path.join(a, f)) !== digest(path.join(b, f)))
    .map((f) => `  ${f} ${firstDifference(readFileSync(path.join(a, f)), readFileSync(path.join(b, f)))}`);
  expect(differences, `files that differ between two builds of the same inputs:\n${differences.slice(0, 20).join('\n')}`).toEqual([]);
});
