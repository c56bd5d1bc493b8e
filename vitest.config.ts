import { defineConfig } from 'vitest/config';
import { SweepFirstSequencer } from './tests/e2e/harness/sequencer.ts';

// Four projects, each runnable alone (`npm run test:<name>`); `npm test`
// (tests/run.ts) runs unit and the build beside `npm run check`, then dist,
// then browser beside build:
//   unit     tests/unit/       pure code and small fixtures; no dist/, no browser
//   dist     tests/e2e/dist/   reads dist/ (sitemap, RSS, links, downloads, articles, _headers); no browser
//   browser  tests/e2e/browser/ dist/ in Chromium: the sweep matrix and behaviour, once per kind
//   build    tests/e2e/build/  test builds of a mutated copy (bad data refused, escaping, base path, reproducibility)
// tests/e2e/README.md says what runs where and why.
const browserSetup = ['tests/e2e/harness/global-setup.ts'];

export default defineConfig({
  test: {
    // The sweep shards start first (the longest files; tests/e2e/harness/sequencer.ts).
    sequence: { sequencer: SweepFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The files share their workers' module cache: each file would
          // otherwise load the dataset, the chart registry and the canvas
          // again (measured: 31 s CPU isolated, 16.5 s shared, 1,656 tests).
          // Nothing in tests/unit keeps state between files: env stubs are
          // undone (vi.unstubAllEnvs), data is copied to temporary trees,
          // and no module is mocked; stubbed env variables, globals and
          // mocks are undone after every test (the three options below). A
          // test that mocks a module must undo it in afterAll.
          isolate: false,
          unstubEnvs: true,
          unstubGlobals: true,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/e2e/dist/**/*.test.ts'],
          environment: 'node',
          // Reads files only: the files run in parallel. html-validate over
          // every page takes seconds, a minute on a machine under heavy load.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/browser/**/*.test.ts'],
          environment: 'node',
          // Each file owns one Chromium (the file-scoped fixture) and loads
          // several pages at once in separate contexts; two files at a time
          // keep both cores busy without starving the page loads.
          fileParallelism: true,
          maxWorkers: 2,
          // Within a file, tests run at once (up to maxConcurrency), each in
          // its own browser context: a behaviour test mostly waits (network
          // idle, a hover's lazy load, a resize message), so overlapping them
          // fills the waits instead of the clock (tests/e2e/README.md, "Times").
          sequence: { concurrent: true },
          maxConcurrency: 4,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: browserSetup,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/e2e/build/**/*.test.ts'],
          environment: 'node',
          // Two files at a time: a test build (validator + astro build) keeps
          // about one core busy, and a file's checks after it (page loads
          // without axe, link checks) mostly wait (measured: 194 s wall for
          // 108 s of CPU one file at a time, load ≈ 14; tests/e2e/README.md).
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: browserSetup,
        },
      },
    ],
  },
});
