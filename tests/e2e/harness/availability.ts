// Where Chromium is and whether it can run. No vitest import: the e2e global
// setup (main process) uses this too.
import { accessSync, constants } from 'node:fs';

export interface BrowserAvailability {
  available: boolean;
  executablePath: string;
  /** Why the browser cannot be used; set when `available` is false. */
  reason?: string;
}

export function isCI(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci === 'true' || ci === '1';
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function browserAvailability(): BrowserAvailability {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
    return { available: true, executablePath };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const source = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : 'the default path';
    return {
      available: false,
      executablePath,
      reason: `no executable Chromium at ${executablePath} (${source}; ${code}). Install Chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    };
  }
}

export function skippedMessage(a: BrowserAvailability): string {
  return `[e2e] Browser tests SKIPPED: ${a.reason} (With CI=true this fails the run.)`;
}

export function missingBrowserError(a: BrowserAvailability): Error {
  return new Error(`[e2e] Browser tests cannot run under CI=true: ${a.reason}`);
}
