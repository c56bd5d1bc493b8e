// `describeWithBrowser`: the vitest side of tools/chromium.ts. A missing
// browser fails the run under CI=true and is an explicit, reported skip
// everywhere else: the global setup prints one notice, and every
// `describeWithBrowser` block is reported as skipped.
import { describe } from 'vitest';
import { browserAvailability, isCI, missingBrowserError } from '../../../tools/chromium.ts';


const availability = browserAvailability();
if (!availability.available && isCI()) {
  // Thrown while the test file is collected, so the file (and the run) fails
  // even when the global setup was bypassed.
  throw missingBrowserError(availability);
}

/** True when Chromium can be launched; the global setup has printed why if not. */
const browserAvailable: boolean = availability.available;

/**
 * `describe` for tests that need Chromium. Without a browser (and outside CI)
 * the block is reported as skipped.
 */
export const describeWithBrowser = describe.skipIf(!browserAvailable);
