/**
 * After the build (`npm run build` runs it last): writes `dist/_headers`, the
 * security headers file that Netlify and Cloudflare Pages read.
 *
 * Cloudflare applies EVERY rule whose path matches a request and joins
 * headers of the same name with ", " (two Content-Security-Policy values are
 * two policies, both enforced). So the CSP is set per route group, never on
 * `/*`, and no two rules that can match the same path set the same header
 * (checked here before writing, and by tests/unit/quality/headers.test.ts).
 *
 * | rule                       | headers                                                        |
 * |----------------------------|----------------------------------------------------------------|
 * | `<base>*`                  | X-Content-Type-Options, Referrer-Policy, Permissions-Policy     |
 * | `<base>`, `<base>:name`    | site CSP (home page; root files, 404s of one segment)           |
 * | `<base><dir>/*`            | site CSP, one rule per top-level folder of dist/ but embed/     |
 * | `<base>embed/*`            | embed CSP: no frame-ancestors, so any page may frame an embed   |
 * | `<base>_astro/*`           | also Cache-Control: immutable (file names carry a content hash) |
 *
 * Site CSP: `script-src 'self' 'wasm-unsafe-eval'` (Pagefind compiles its
 * WebAssembly) and `style-src 'self'`, each with the sha256 of every inline
 * script or style found in the built HTML of that group, and
 * `frame-ancestors 'none'` (with X-Frame-Options: DENY for older browsers).
 * `style` attributes and inline event handlers cannot be allowed by a hash
 * without 'unsafe-hashes', so the script refuses a build that has any.
 *
 * Usage: `node scripts/headers.ts [distDir]` (default `dist`); `BASE_PATH`
 * as for the build. The exported functions are also the reference
 * implementation of Cloudflare's matching used by the tests' static server.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../src/lib/url.ts';

/** Cloudflare Pages' limits for `_headers`. */
export const LIMITS = { rules: 100, lineLength: 2000 } as const;

export interface HeaderRule {
  /** URL pattern: `/x/*` (splat), `/:name` (one path segment), or a literal path. */
  path: string;
  /** Header name and value, in order. */
  headers: [string, string][];
  /** Header names removed by this rule (`! Name` lines). */
  detach?: string[];
  /** Comment lines written above the rule. */
  comment?: string;
}

// ---------------------------------------------------------------------------
// The policies

export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const sources = (base: string[], hashes: string[]) => [...base, ...hashes.map((h) => `'${h}'`)].join(' ');

/** The CSP of every site page (everything but /embed/). */
export function siteCsp(h: InlineHashes): string {
  return [
    "default-src 'self'",
    `script-src ${sources(["'self'", "'wasm-unsafe-eval'"], h.scripts)}`,
    `style-src ${sources(["'self'"], h.styles)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP of the embeds: the same resources, no search, and no frame-ancestors (any page may frame them). */
export function embedCsp(h: InlineHashes): string {
  return [
    "default-src 'self'",
    `script-src ${sources(["'self'"], h.scripts)}`,
    `style-src ${sources(["'self'"], h.styles)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

// ---------------------------------------------------------------------------
// Reading the built HTML

export interface InlineContent {
  /** Bodies of inline executable scripts (no src, a JavaScript or module type). */
  scripts: string[];
  /** Bodies of <style> elements. */
  styles: string[];
  /** `style="…"` and `on…="…"` attributes, as `tag[attr]` (the CSP blocks them). */
  blockedAttributes: string[];
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Inline scripts, styles and CSP-blocked attributes of one HTML document (a small tokenizer, enough for Astro's output). */
export function inlineContent(html: string): InlineContent {
  const out: InlineContent = { scripts: [], styles: [], blockedAttributes: [] };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    for (const name of attrs.keys()) {
      if (name === 'style' || /^on[a-z]+$/.test(name)) out.blockedAttributes.push(`<${tag} ${name}>`);
    }
    i = TAG.lastIndex;
    if (RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, i);
      const end = close < 0 ? html.length : close;
      const body = html.slice(i, end);
      if (tag === 'style') out.styles.push(body);
      if (tag === 'script' && !attrs.has('src') && JS_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase())) out.scripts.push(body);
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      i = gt < 0 ? html.length : gt + 1;
    }
  }
  return out;
}

/** The CSP source expression of a script or style body: sha256, base64. */
export function cspHash(body: string): string {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

// ---------------------------------------------------------------------------
// The rules

export interface BuildOptions {
  /** The build output. */
  distDir: string;
  /** `BASE_PATH` the site was built with; rule paths start with it. */
  base?: string;
}

export interface BuiltHeaders {
  rules: HeaderRule[];
  hashes: { site: InlineHashes; embed: InlineHashes };
}

const EMBED_DIR = 'embed';

/** The rules for a built site (throws if a page has a style attribute or an inline handler). */
export function buildRules({ distDir, base: rawBase }: BuildOptions): BuiltHeaders {
  const base = normaliseBase(rawBase);
  const files = listFiles(distDir);
  const site = { scripts: new Set<string>(), styles: new Set<string>() };
  const embed = { scripts: new Set<string>(), styles: new Set<string>() };
  const blocked: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const found = inlineContent(readFileSync(path.join(distDir, file), 'utf8'));
    const group = file.startsWith(`${EMBED_DIR}/`) ? embed : site;
    for (const s of found.scripts) group.scripts.add(cspHash(s));
    for (const s of found.styles) group.styles.add(cspHash(s));
    for (const a of found.blockedAttributes) blocked.push(`${file}: ${a}`);
  }
  if (blocked.length) {
    throw new Error(
      `headers: the CSP (style-src/script-src without 'unsafe-hashes') would block ${blocked.length} attribute${blocked.length === 1 ? '' : 's'}; ` +
        `use a class and a stylesheet, or a script file, instead:\n  ${blocked.slice(0, 20).join('\n  ')}${blocked.length > 20 ? `\n  … and ${blocked.length - 20} more` : ''}`,
    );
  }
  const sorted = (s: Set<string>) => [...s].sort();
  const hashes = {
    site: { scripts: sorted(site.scripts), styles: sorted(site.styles) },
    embed: { scripts: sorted(embed.scripts), styles: sorted(embed.styles) },
  };

  const siteHeaders: [string, string][] = [
    ['Content-Security-Policy', siteCsp(hashes.site)],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  const dirs = [...new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))))].sort();

  const rules: HeaderRule[] = [
    {
      path: `${base}*`,
      comment: 'Every response. No CSP here: Cloudflare would join it with the CSP of each route group below.',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', REFERRER_POLICY],
        ['Permissions-Policy', PERMISSIONS_POLICY],
      ],
    },
    { path: base, comment: 'Site pages, one rule per route group: not framable.', headers: siteHeaders },
    { path: `${base}:name`, headers: siteHeaders },
  ];
  for (const dir of dirs) {
    if (dir === EMBED_DIR) {
      rules.push({
        path: `${base}${dir}/*`,
        comment: 'Embeds: no frame-ancestors and no X-Frame-Options, so any page may frame them.',
        headers: [['Content-Security-Policy', embedCsp(hashes.embed)]],
      });
    } else if (dir === '_astro') {
      rules.push({
        path: `${base}${dir}/*`,
        comment: 'Bundled assets: names carry a content hash.',
        headers: [...siteHeaders, ['Cache-Control', 'public, max-age=31536000, immutable']],
      });
    } else {
      rules.push({ path: `${base}${dir}/*`, headers: siteHeaders });
    }
  }
  if (!dirs.includes(EMBED_DIR)) throw new Error(`headers: no ${EMBED_DIR}/ folder in ${distDir}; is this a build of the site?`);

  const problems = [
    ...findConflicts(rules, samplePaths(rules, files, base)),
    ...checkLimits(formatHeaders(rules)),
  ];
  if (problems.length) throw new Error(`headers: ${problems.join('; ')}`);
  return { rules, hashes };
}

// ---------------------------------------------------------------------------
// The file format

export function formatHeaders(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((r) => {
    const lines: string[] = [];
    if (r.comment) lines.push(...r.comment.split('\n').map((c) => `# ${c}`));
    lines.push(r.path);
    for (const name of r.detach ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of r.headers) lines.push(`  ${name}: ${value}`);
    return lines.join('\n');
  });
  return `# Generated by scripts/headers.ts after the build; do not edit.\n\n${blocks.join('\n\n')}\n`;
}

/** Parses `_headers` as Cloudflare Pages and Netlify read it: a path line, then indented `Name: value` or `! Name` lines; `#` comments. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      current = { path: line, headers: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers line ${n + 1}: a header before any path: ${line}`);
    if (line.startsWith('!')) {
      (current.detach ??= []).push(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${n + 1}: expected "Name: value", found ${line}`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Lines over Cloudflare's limits, and too many rules. */
export function checkLimits(text: string): string[] {
  const problems: string[] = [];
  const rules = parseHeaders(text).length;
  if (rules > LIMITS.rules) problems.push(`${rules} rules (at most ${LIMITS.rules})`);
  text.split('\n').forEach((line, i) => {
    if (line.length > LIMITS.lineLength) problems.push(`line ${i + 1} has ${line.length} characters (at most ${LIMITS.lineLength})`);
  });
  return problems;
}

// ---------------------------------------------------------------------------
// Cloudflare's matching (workers-sdk, pages-shared/asset-server/rulesEngine):
// `*` matches anything (slashes included, or nothing), `:name` one or more
// characters other than `/`; the pattern is anchored at both ends and tested
// against the request's pathname.

const escapeRegex = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

export function patternToRegExp(pattern: string): RegExp {
  let re = pattern.split('*').map(escapeRegex).join('.*');
  re = re.replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${re}$`);
}

export function matchingRules(rules: readonly HeaderRule[], pathname: string): HeaderRule[] {
  return rules.filter((r) => patternToRegExp(r.path).test(pathname));
}

/**
 * The headers Cloudflare Pages sends for `pathname`: every matching rule in
 * order; a name set by an earlier rule gets the next value appended with ", ";
 * `! Name` removes it. Names are lowercased.
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(rules, pathname)) {
    for (const name of rule.detach ?? []) delete out[name.toLowerCase()];
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/**
 * Paths that can tell whether two rules overlap: every file of the build (as
 * its URL, and its folder's), each rule's pattern filled in, and paths no
 * file answers (404s) at one and two levels.
 */
export function samplePaths(rules: readonly HeaderRule[], files: readonly string[], rawBase = '/'): string[] {
  const base = normaliseBase(rawBase);
  const out = new Set<string>([base, `${base}missing`, `${base}missing/`, `${base}missing/deeper/`, `${base}a.b`]);
  for (const f of files) {
    out.add(base + f);
    if (f.endsWith('index.html')) out.add(base + f.slice(0, -'index.html'.length));
    const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
    if (dir) {
      out.add(`${base}${dir}`);
      out.add(`${base}${dir}/missing/`);
    }
  }
  for (const r of rules) {
    for (const fill of ['', 'x', 'x/y/', 'x.y']) out.add(r.path.replace(/\*/g, fill).replace(/:[A-Za-z]\w*/g, 'seg'));
  }
  return [...out].sort();
}

/** Every path where two rules set the same header (Cloudflare would join the values). */
export function findConflicts(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const setBy = new Map<string, string>();
    for (const rule of matchingRules(rules, p)) {
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        const earlier = setBy.get(key);
        if (earlier !== undefined) {
          const id = `${key}|${earlier}|${rule.path}`;
          if (!seen.has(id)) problems.push(`${name} is set by both "${earlier}" and "${rule.path}" (e.g. for ${p})`);
          seen.add(id);
        } else setBy.set(key, rule.path);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------

function main(): void {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  const base = process.env.BASE_PATH;
  try {
    const { rules, hashes } = buildRules({ distDir, base });
    const text = formatHeaders(rules);
    writeFileSync(path.join(distDir, '_headers'), text);
    const inline = hashes.site.scripts.length + hashes.site.styles.length + hashes.embed.scripts.length + hashes.embed.styles.length;
    process.stdout.write(`headers: wrote ${path.relative(process.cwd(), path.join(distDir, '_headers'))} (${rules.length} rules, ${inline} inline script/style hash${inline === 1 ? '' : 'es'})\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
