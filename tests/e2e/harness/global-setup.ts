// Runs once per run of the browser or build project, before any test file, in the main
// process: the place for the single notice about a missing browser.
import { browserAvailability, isCI, missingBrowserError, skippedMessage } from '../../../tools/chromium.ts';

export default function setup(): void {
  const a = browserAvailability();
  if (a.available) return;
  if (isCI()) throw missingBrowserError(a);
  console.warn(`\n${skippedMessage(a)}\n`);
}
