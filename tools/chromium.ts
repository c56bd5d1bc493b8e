// Chromium for the tests, scripts/measure-bytes.ts and the benchmark: where it
// is, whether it can run, the one list of flags, and the launch. No vitest
// import: the test global setup (main process), the scripts and the bench use
// it too. Found at CHROMIUM_PATH (or CHROME_PATH, Lighthouse's variable) or
// /usr/bin/chromium (Debian's package; playwright-core ships no browser).
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The flags every Chromium of the project starts with (Playwright and Lighthouse alike). */
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
  return process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function browserAvailability(): BrowserAvailability {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
    return { available: true, executablePath };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const source = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : process.env.CHROME_PATH ? 'CHROME_PATH' : 'the default path';
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

/** Launches Chromium with CHROMIUM_ARGS; throws the reason when it cannot. */
export async function launchBrowser(): Promise<Browser> {
  const a = browserAvailability();
  if (!a.available) throw isCI() ? missingBrowserError(a) : new Error(skippedMessage(a));
  return chromium.launch({ executablePath: a.executablePath, args: [...CHROMIUM_ARGS] });
}
