import { defineConfig } from 'vitest/config';

// Two projects, run separately by the npm scripts:
//   npm run test:unit  -> vitest run --project unit
//   npm run test:e2e   -> vitest run --project e2e   (needs `npm run build` first)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One file at a time: each file owns one Chromium, and test builds
          // (astro build in a temp folder) are CPU-heavy.
          fileParallelism: false,
          // A page sweep (load, network idle, axe) takes a second or two; a
          // test build runs the validator and a full `astro build`.
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Checks the browser once per run: prints the single "skipped" notice,
          // or fails the run under CI=true when Chromium is missing.
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
        },
      },
    ],
  },
});
