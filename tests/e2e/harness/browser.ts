// Chromium for the e2e tests: one browser per test file, found at
// CHROMIUM_PATH or /usr/bin/chromium (Debian's package; playwright-core ships
// no browser). A missing browser fails the run under CI=true and is an
// explicit, reported skip everywhere else: the e2e global setup prints one
// notice, and every `describeWithBrowser` block is reported as skipped.
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';
import { browserAvailability, isCI, missingBrowserError, skippedMessage } from './availability.ts';

export { browserAvailability, chromiumPath, isCI } from './availability.ts';
export type { BrowserAvailability } from './availability.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

const availability = browserAvailability();
if (!availability.available && isCI()) {
  // Thrown while the test file is collected, so the file (and the run) fails
  // even when the global setup was bypassed.
  throw missingBrowserError(availability);
}

/** True when Chromium can be launched; the global setup has printed why if not. */
export const browserAvailable: boolean = availability.available;

/**
 * `describe` for tests that need Chromium. Without a browser (and outside CI)
 * the block is reported as skipped.
 */
export const describeWithBrowser = describe.skipIf(!browserAvailable);

export async function launchBrowser(): Promise<Browser> {
  const a = browserAvailability();
  if (!a.available) throw isCI() ? missingBrowserError(a) : new Error(skippedMessage(a));
  return chromium.launch({ executablePath: a.executablePath, args: [...CHROMIUM_ARGS] });
}
