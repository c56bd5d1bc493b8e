// The chart ids live in src/schemas/chart-ids.ts (schemas import nothing
// outside src/schemas). Kept for src/charts/map/spec.ts, src/pages/embed/ and
// scripts/measure-bytes.ts until they import from there.
export * from '../schemas/chart-ids.ts';
