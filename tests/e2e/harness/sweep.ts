// One load of one URL in one theme at one width, and everything the browser
// tests check about it, collected in that single pass: axe (WCAG 2.x A/AA),
// console errors, failed requests, horizontal overflow, CSP violations, the
// theme at first paint, and any extra per-page probes a test passes in.
// Tests assert on the returned object; they do not load the page again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import { isDarkColor, parseColor } from './colors.ts';

export type Theme = 'light' | 'dark';
type ColorScheme = 'light' | 'dark' | 'no-preference';

/** The localStorage key the site keeps the reader's theme under. */
const THEME_STORAGE_KEY = 'theme';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

interface ProbeContext {
  url: string;
  options: Readonly<SweepOptions>;
}

/**
 * Extra per-page check, run once the page has loaded and the network is idle,
 * before axe runs, in the same page load as everything else. Whatever it
 * returns (JSON or any value) lands in `result.probes[name]`.
 */
type Probe<T = unknown> = (page: Page, context: ProbeContext) => Promise<T> | T;
/** Probe results by name; `Probes<R>` is the matching set of probes (R is inferred from them). */
export type ProbeResults = Record<string, unknown>;
export type Probes<R extends ProbeResults = ProbeResults> = { [K in keyof R]: Probe<R[K]> };

export interface SweepOptions<R extends ProbeResults = ProbeResults> {
  /** The reader's stored choice (localStorage `theme`) and, unless `systemScheme` says otherwise, the emulated `prefers-color-scheme`. */
  theme: Theme;
  /** Viewport width in CSS pixels. */
  width: number;
  /** Viewport height; default 900. */
  height?: number;
  /** Emulated `prefers-color-scheme`; default = `theme`. */
  systemScheme?: ColorScheme;
  /** What to preset in localStorage `theme` before the page's scripts run; default = `theme`; `null` leaves storage untouched. */
  storedTheme?: Theme | null;
  /** Emulated `prefers-reduced-motion`; default `no-preference`. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Run axe; default true. */
  axe?: boolean;
  /** Extra checks, run in the same page load. Their names are part of the cache key. */
  probes?: Probes<R>;
  /** Runs on the fresh page before navigation (routes, extra init scripts). A sweep with `setup` is never cached. */
  setup?: (page: Page) => Promise<void> | void;
  /** Reuse the result of an identical earlier sweep in this test file; default true. */
  cache?: boolean;
  /** Navigation timeout in ms; default 30 000. */
  timeout?: number;
}

interface ConsoleError {
  source: 'console' | 'pageerror';
  text: string;
  /** `url:line` where Chromium reports one. */
  location?: string;
}

interface FailedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** HTTP status for responses ≥ 400; absent when the request failed outright. */
  status?: number;
  /** Chromium's error text (`net::ERR_…`) for requests that failed outright. */
  failure?: string;
  /** True for the document navigation of a frame (the page itself or an iframe). */
  isNavigation: boolean;
}

interface Overflow {
  overflowing: boolean;
  scrollWidth: number;
  clientWidth: number;
  /** Up to five of the innermost elements whose right edge passes the viewport, as `tag#id.class` paths. */
  offenders: string[];
}

interface CspViolation {
  frameUrl: string;
  documentURI: string;
  blockedURI: string;
  violatedDirective: string;
  effectiveDirective: string;
  disposition: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

export interface ThemeSnapshot {
  /** `document.documentElement.dataset.theme` at that moment. */
  theme: string | null;
  rootBackground: string | null;
  bodyBackground: string | null;
  /** Computed `color-scheme` of the root element. */
  colorScheme: string | null;
  /** Stylesheet links whose sheet was not yet loaded. */
  pendingStylesheets: number;
  /** ms since navigation start. */
  time: number;
}

interface FirstPaint {
  /** When `<body>` was inserted: only a blocking script in `<head>` can have run by then. */
  bodyStart: { theme: string | null; time: number } | null;
  domContentLoaded: ThemeSnapshot | null;
  /** First `requestAnimationFrame`: the first frame, after render-blocking CSS. */
  firstFrame: ThemeSnapshot | null;
}

interface AxeNode {
  target: string;
  html: string;
  summary: string;
}

interface AxeViolation {
  id: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: AxeNode[];
}

interface AxeSummary {
  version: string;
  violations: AxeViolation[];
  /** Rules axe could not decide (needs a human); counted, not asserted. */
  incomplete: number;
  passes: number;
}

export interface SweepResult<R extends ProbeResults = ProbeResults> {
  url: string;
  finalUrl: string;
  /** HTTP status of the page itself (null if no response, e.g. a failed navigation). */
  status: number | null;
  options: Readonly<Omit<SweepOptions<R>, 'probes' | 'setup'>> & { systemScheme: ColorScheme; storedTheme: Theme | null };
  axe: AxeSummary | null;
  consoleErrors: ConsoleError[];
  failedRequests: FailedRequest[];
  overflow: Overflow;
  cspViolations: CspViolation[];
  firstPaint: FirstPaint;
  /** `dataset.theme` of the root element after load. */
  documentTheme: string | null;
  probes: R;
  timings: { loadMs: number; probesMs: number; axeMs: number; totalMs: number };
  /** True when this result came from the per-file cache. */
  cached: boolean;
}

export type SweepTarget = Browser | BrowserContext | Page;

// ---------------------------------------------------------------------------

const requireFromHere = createRequire(import.meta.url);
let axeSource: string | undefined;
function getAxeSource(): string {
  axeSource ??= readFileSync(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

const cache = new Map<string, Promise<SweepResult>>();

/** Forget every cached sweep (results are cached per test file otherwise). */
function clearSweepCache(): void {
  cache.clear();
}

function isPage(t: SweepTarget): t is Page {
  return typeof (t as Page).goto === 'function';
}
function isBrowser(t: SweepTarget): t is Browser {
  return typeof (t as Browser).newContext === 'function';
}

function resolvedOptions<R extends ProbeResults>(options: SweepOptions<R>): SweepResult<R>['options'] {
  const { probes: _p, setup: _s, ...rest } = options;
  return {
    ...rest,
    height: options.height ?? 900,
    systemScheme: options.systemScheme ?? options.theme,
    storedTheme: options.storedTheme === undefined ? options.theme : options.storedTheme,
  };
}

function cacheKey(target: SweepTarget, url: string, options: SweepOptions): string | null {
  if (options.cache === false || options.setup || isPage(target)) return null;
  const o = resolvedOptions(options);
  return JSON.stringify([
    url,
    o.theme,
    o.width,
    o.height,
    o.systemScheme,
    o.storedTheme,
    o.reducedMotion ?? 'no-preference',
    o.axe ?? true,
    Object.keys(options.probes ?? {}).sort(),
  ]);
}

/**
 * Loads `url` once and collects everything the browser tests check.
 *
 * - `target` a Browser: a fresh context (viewport, colour scheme, JS) is made and closed.
 * - `target` a BrowserContext: a fresh page is made in it and closed.
 * - `target` a Page: used as is (viewport and media emulation are changed) and left open; never cached.
 *
 * Identical sweeps (same URL, options and probe names) within one test file
 * share one result unless `cache: false` or a `setup` is given.
 */
export async function sweep<R extends ProbeResults = Record<never, never>>(
  target: SweepTarget,
  url: string,
  options: SweepOptions<R>,
): Promise<SweepResult<R>> {
  const key = cacheKey(target, url, options);
  if (key) {
    const hit = cache.get(key);
    if (hit) return { ...(await hit), cached: true } as SweepResult<R>;
  }
  const run = runSweep(target, url, options);
  if (key) {
    cache.set(key, run as Promise<SweepResult>);
    run.catch(() => cache.delete(key));
  }
  return run;
}

interface InitConfig {
  storageKey: string;
  storedTheme: Theme | null;
}

/** Runs in every frame at document creation, before any page script. */
function initScript(cfg: InitConfig): void {
  if (cfg.storedTheme) {
    try {
      localStorage.setItem(cfg.storageKey, cfg.storedTheme);
    } catch {
      // opaque origins (about:blank, sandboxed frames) have no storage
    }
  }
  const state = {
    csp: [] as Array<Record<string, unknown>>,
    paint: { bodyStart: null, domContentLoaded: null, firstFrame: null } as Record<string, unknown>,
  };
  (window as unknown as { __sweep: typeof state }).__sweep = state;

  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      state.csp.push({
        documentURI: e.documentURI,
        blockedURI: e.blockedURI,
        violatedDirective: e.violatedDirective,
        effectiveDirective: e.effectiveDirective,
        disposition: e.disposition,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
        sample: e.sample,
      });
    },
    true,
  );

  const snapshot = () => {
    const root = document.documentElement;
    const body = document.body;
    const rootStyle = root ? getComputedStyle(root) : null;
    const links = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]'));
    return {
      theme: root?.dataset.theme ?? null,
      rootBackground: rootStyle?.backgroundColor ?? null,
      bodyBackground: body ? getComputedStyle(body).backgroundColor : null,
      colorScheme: rootStyle?.colorScheme ?? null,
      pendingStylesheets: links.filter((l) => !l.sheet).length,
      time: performance.now(),
    };
  };

  const observer = new MutationObserver(() => {
    if (document.body) {
      state.paint.bodyStart = { theme: document.documentElement?.dataset.theme ?? null, time: performance.now() };
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => (state.paint.domContentLoaded = snapshot()), { once: true, capture: true });
  requestAnimationFrame(() => (state.paint.firstFrame = snapshot()));
}

/** How long no request may be in flight before a load counts as settled. */
const QUIET_MS = 150;

async function networkQuiet(network: { inflight: number; last: number }, timeoutMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const now = performance.now();
    if (network.inflight === 0 && now - network.last >= QUIET_MS) return;
    if (now - started > timeoutMs) throw new Error(`the network did not settle within ${timeoutMs} ms (${network.inflight} requests in flight)`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function runSweep<R extends ProbeResults>(target: SweepTarget, url: string, options: SweepOptions<R>): Promise<SweepResult<R>> {
  const started = performance.now();
  const o = resolvedOptions(options);
  const height = o.height ?? 900;
  const reducedMotion = o.reducedMotion ?? 'no-preference';

  let page: Page;
  let dispose: () => Promise<void>;
  if (isPage(target)) {
    page = target;
    dispose = async () => {};
    await page.setViewportSize({ width: o.width, height });
    await page.emulateMedia({ colorScheme: o.systemScheme, reducedMotion });
  } else if (isBrowser(target)) {
    const context = await target.newContext({
      viewport: { width: o.width, height },
      colorScheme: o.systemScheme,
      reducedMotion,
    });
    page = await context.newPage();
    dispose = () => context.close();
  } else {
    page = await target.newPage();
    dispose = () => page.close();
    await page.setViewportSize({ width: o.width, height });
    await page.emulateMedia({ colorScheme: o.systemScheme, reducedMotion });
  }

  const consoleErrors: ConsoleError[] = [];
  const failedRequests: FailedRequest[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    consoleErrors.push({ source: 'console', text: msg.text(), location: loc.url ? `${loc.url}:${loc.lineNumber + 1}` : undefined });
  };
  const onPageError = (error: Error) => {
    consoleErrors.push({ source: 'pageerror', text: error.stack || String(error) });
  };
  const onRequestFailed = (request: Request) => {
    failedRequests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      failure: request.failure()?.errorText ?? 'failed',
      isNavigation: request.isNavigationRequest(),
    });
  };
  const onResponse = (response: Response) => {
    if (response.status() < 400) return;
    const request = response.request();
    failedRequests.push({
      url: response.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      status: response.status(),
      isNavigation: request.isNavigationRequest(),
    });
  };
  // Network quiet: Chromium's own "networkidle" waits 500 ms after the last
  // request, which was a third of every sweep load; the sweep counts the
  // requests in flight itself and waits QUIET_MS after the last one settles.
  const network = { inflight: 0, last: performance.now() };
  const onRequest = () => {
    network.inflight++;
    network.last = performance.now();
  };
  const onSettled = () => {
    network.inflight = Math.max(0, network.inflight - 1);
    network.last = performance.now();
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  page.on('request', onRequest);
  page.on('requestfinished', onSettled);
  page.on('requestfailed', onSettled);
  let installedInit: { dispose(): Promise<void> } | undefined;

  try {
    installedInit = await page.addInitScript(initScript, { storageKey: THEME_STORAGE_KEY, storedTheme: o.storedTheme } satisfies InitConfig);
    await options.setup?.(page);

    const timeout = options.timeout ?? 30_000;
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    await networkQuiet(network, timeout);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const loaded = performance.now();

    const probes = {} as Record<string, unknown>;
    for (const [name, probe] of Object.entries<Probe>(options.probes ?? {})) {
      try {
        probes[name] = await probe(page, { url, options });
      } catch (error) {
        throw new Error(`sweep probe "${name}" failed on ${url} (${describeOptions(o)}): ${(error as Error).message}`, { cause: error });
      }
    }
    const probed = performance.now();

    const collected = await page.evaluate(() => {
      const root = document.documentElement;
      const cw = root.clientWidth;
      const overflowing = root.scrollWidth > cw;
      const offenders: string[] = [];
      if (overflowing) {
        const describe = (el: Element) => {
          const parts: string[] = [];
          for (let e: Element | null = el; e && e !== root && parts.length < 4; e = e.parentElement) {
            const id = e.id ? `#${e.id}` : '';
            const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
            parts.unshift(e.tagName.toLowerCase() + id + cls);
          }
          return parts.join(' > ');
        };
        const wide = (el: Element) => el.getBoundingClientRect().right > cw + 0.5;
        for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
          if (!wide(el) || Array.from(el.children).some(wide)) continue;
          offenders.push(`${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
          if (offenders.length >= 5) break;
        }
      }
      const state = (window as unknown as { __sweep?: { paint: unknown } }).__sweep;
      return {
        overflow: { overflowing, scrollWidth: root.scrollWidth, clientWidth: cw, offenders },
        paint: state?.paint ?? null,
        documentTheme: root.dataset.theme ?? null,
      };
    });

    const cspViolations: CspViolation[] = [];
    for (const frame of page.frames()) {
      try {
        const found = await frame.evaluate(() => (window as unknown as { __sweep?: { csp: unknown[] } }).__sweep?.csp ?? []);
        for (const v of found as Omit<CspViolation, 'frameUrl'>[]) cspViolations.push({ frameUrl: frame.url(), ...v });
      } catch {
        // a frame that navigated away or was detached mid-collection
      }
    }

    let axe: AxeSummary | null = null;
    if (o.axe ?? true) axe = await runAxe(page);
    const done = performance.now();

    return {
      url,
      finalUrl: page.url(),
      status: response?.status() ?? null,
      options: o,
      axe,
      consoleErrors,
      failedRequests,
      overflow: collected.overflow,
      cspViolations,
      firstPaint: (collected.paint as FirstPaint | null) ?? { bodyStart: null, domContentLoaded: null, firstFrame: null },
      documentTheme: collected.documentTheme,
      probes: probes as R,
      timings: {
        loadMs: Math.round(loaded - started),
        probesMs: Math.round(probed - loaded),
        axeMs: Math.round(done - probed),
        totalMs: Math.round(done - started),
      },
      cached: false,
    };
  } finally {
    // A caller's Page stays open: leave it as it was given.
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
    page.off('request', onRequest);
    page.off('requestfinished', onSettled);
    page.off('requestfailed', onSettled);
    await installedInit?.dispose().catch(() => {});
    await dispose();
  }
}

async function runAxe(page: Page): Promise<AxeSummary> {
  // Evaluated through the DevTools protocol rather than added as an inline
  // <script>: a strict CSP (script-src 'self') would block an inline script
  // and report the harness itself as a CSP violation. Every frame gets axe so
  // that it can descend into iframes (embeds) instead of waiting for them.
  const source = getAxeSource();
  for (const frame of page.frames()) {
    try {
      await frame.evaluate(`if (!window.axe) { ${source}\n}`);
    } catch {
      // detached frame
    }
  }
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
    frameWaitTime: 5_000,
  };
  const results = await page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<AxeResults> } }).axe;
    const r = await axe.run(document, opts);
    return {
      version: r.testEngine.version,
      incomplete: r.incomplete.length,
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        tags: v.tags,
        nodes: v.nodes.map((n) => ({
          target: n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | '),
          html: n.html.length > 240 ? n.html.slice(0, 240) + '…' : n.html,
          summary: n.failureSummary ?? '',
        })),
      })),
    };
  }, runOptions as unknown as Record<string, unknown>);
  return results;
}

// ---------------------------------------------------------------------------
// Readable messages for assertions

function describeOptions(o: SweepResult['options']): string {
  const parts = [`theme ${o.theme}`, `${o.width}px`];
  if (o.systemScheme !== o.theme) parts.push(`system ${o.systemScheme}`);
  if (o.storedTheme !== o.theme) parts.push(`stored ${o.storedTheme ?? 'none'}`);
  if (o.reducedMotion === 'reduce') parts.push('reduced motion');
  return parts.join(', ');
}

/** `"/results/2025/ (theme dark, 320px)"`: names a sweep in a test title or message. */
function sweepLabel(result: SweepResult): string {
  return `${result.url} (${describeOptions(result.options)})`;
}

function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      at ${n.target}\n        ${n.html}\n        ${n.summary.replace(/\n/g, '\n        ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

function formatConsoleErrors(errors: readonly ConsoleError[]): string {
  return errors.map((e) => `  [${e.source}] ${e.text}${e.location ? ` (${e.location})` : ''}`).join('\n');
}

function formatFailedRequests(requests: readonly FailedRequest[]): string {
  return requests
    .map((r) => `  ${r.method} ${r.url} [${r.resourceType}${r.isNavigation ? ', navigation' : ''}] -> ${r.status ?? r.failure}`)
    .join('\n');
}

function formatOverflow(overflow: Overflow): string {
  if (!overflow.overflowing) return '  none';
  return `  scrollWidth ${overflow.scrollWidth}px > clientWidth ${overflow.clientWidth}px\n${overflow.offenders.map((o) => `    ${o}`).join('\n')}`;
}

function formatCspViolations(violations: readonly CspViolation[]): string {
  return violations
    .map((v) => `  ${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'} in ${v.frameUrl}${v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : ''}${v.sample ? ` sample: ${v.sample}` : ''} [${v.disposition}]`)
    .join('\n');
}

export type ProblemKind = 'axe' | 'console' | 'requests' | 'overflow' | 'csp';

/** The problems of the given kinds, counted. */
export function problemCount(result: SweepResult, kinds: readonly ProblemKind[] = ['axe', 'console', 'requests', 'overflow', 'csp']): number {
  let n = 0;
  if (kinds.includes('axe')) n += result.axe?.violations.length ?? 0;
  if (kinds.includes('console')) n += result.consoleErrors.length;
  if (kinds.includes('requests')) n += result.failedRequests.length;
  if (kinds.includes('overflow')) n += result.overflow.overflowing ? 1 : 0;
  if (kinds.includes('csp')) n += result.cspViolations.length;
  return n;
}

/**
 * Every problem of the given kinds as one readable block, for an assertion
 * message: `expect(result.consoleErrors, formatProblems(result)).toEqual([])`.
 */
export function formatProblems(result: SweepResult, kinds: readonly ProblemKind[] = ['axe', 'console', 'requests', 'overflow', 'csp']): string {
  const sections: string[] = [];
  if (kinds.includes('axe') && result.axe?.violations.length) sections.push(`axe violations (WCAG 2.x A/AA):\n${formatAxeViolations(result.axe.violations)}`);
  if (kinds.includes('console') && result.consoleErrors.length) sections.push(`console errors:\n${formatConsoleErrors(result.consoleErrors)}`);
  if (kinds.includes('requests') && result.failedRequests.length) sections.push(`failed requests:\n${formatFailedRequests(result.failedRequests)}`);
  if (kinds.includes('overflow') && result.overflow.overflowing) sections.push(`horizontal overflow:\n${formatOverflow(result.overflow)}`);
  if (kinds.includes('csp') && result.cspViolations.length) sections.push(`CSP violations:\n${formatCspViolations(result.cspViolations)}`);
  return `${sweepLabel(result)}: ${sections.length ? '\n' + sections.join('\n') : 'no problems'}`;
}

// ---------------------------------------------------------------------------
// Theme helpers

/**
 * The colour a snapshot's page shows behind its content: body's background
 * if it has one, else the root's, else the canvas (dark only when the root's
 * `color-scheme` is dark).
 */
export function effectiveBackground(snapshot: ThemeSnapshot): string {
  for (const value of [snapshot.bodyBackground, snapshot.rootBackground]) {
    const c = parseColor(value);
    if (value && (c === null || c.a > 0)) return value;
  }
  return /\bdark\b/.test(snapshot.colorScheme ?? '') && !/\blight\b/.test(snapshot.colorScheme ?? '') ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)';
}

export function isDarkSnapshot(snapshot: ThemeSnapshot): boolean {
  return isDarkColor(effectiveBackground(snapshot));
}
