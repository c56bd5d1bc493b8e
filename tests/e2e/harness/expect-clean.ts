// One assertion for "the page is clean": the checks every sweep result must
// pass, each failing with the formatted problems (rule, element, fix) rather
// than an object diff.
import { expect } from 'vitest';
import { formatProblems, problemCount, type ProblemKind, type SweepResult } from './sweep.ts';

export interface CleanOptions {
  /** The HTTP status expected; default 200. */
  status?: number;
  /** The `data-theme` the document must end with; undefined skips the check (embeds follow their host). */
  theme?: string | null;
  /** The kinds of problem that must be absent; default all (axe, console, requests, overflow, csp). */
  kinds?: readonly ProblemKind[];
}

/** Status, theme, and no axe violation, console error, failed request, sideways scroll or CSP violation. */
export function expectClean(result: SweepResult, options: CleanOptions = {}): void {
  const kinds = options.kinds ?? (['axe', 'console', 'requests', 'overflow', 'csp'] as const);
  expect(result.status, formatProblems(result, ['requests'])).toBe(options.status ?? 200);
  if (options.theme !== undefined) expect(result.documentTheme, 'data-theme after load').toBe(options.theme);
  expect(problemCount(result, kinds), formatProblems(result, kinds)).toBe(0);
}
