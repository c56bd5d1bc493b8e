// The test harness in one import: the shared tooling of tools/ (server, dist/,
// test builds, Chromium) plus what only tests use (sweep, colours, vitest glue).
export * from './browser.ts';
export * from './colors.ts';
export * from '../../../tools/dist.ts';
export * from '../../../tools/server.ts';
export * from './sweep.ts';
export * from '../../../tools/test-build.ts';
