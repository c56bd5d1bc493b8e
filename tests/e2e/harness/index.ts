// The e2e harness in one import: `import { sweep, serveDist, … } from './harness/index.ts'`.
export * from './browser.ts';
export * from './colors.ts';
export * from './dist.ts';
export * from './server.ts';
export * from './sweep.ts';
export * from './test-build.ts';
