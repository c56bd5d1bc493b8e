// The rules for a built site. Cloudflare applies EVERY rule whose path matches
// a request and joins headers of the same name with ", " (two
// Content-Security-Policy values are two policies, both enforced). So the CSP
// is set per route group, never on `/*`, and no two rules that can match the
// same path set the same header (checked here before writing, and by
// tests/unit/quality/headers.test.ts).
//
// | rule                       | headers                                                        |
// |----------------------------|----------------------------------------------------------------|
// | `<base>*`                  | X-Content-Type-Options, Referrer-Policy, Permissions-Policy     |
// | `<base>`, `<base>:name`    | site CSP (home page; root files, 404s of one segment)           |
// | `<base><dir>/*`            | site CSP, one rule per top-level folder of dist/ but embed/     |
// |                            | and the editions' folders (be/, ru/)                            |
// | `<base>be/`, `<base>be/:name` | site CSP (an edition's home page and its root files)         |
// | `<base>be/<dir>/*`         | site CSP, one rule per folder of the edition but embed/         |
// | `<base>embed/*`, `<base>be/embed/*` | embed CSP: no frame-ancestors, so any page may frame an embed |
//
// An edition's folder gets no `be/*` rule: it would match `be/embed/…` too,
// and set the site's frame-ancestors and X-Frame-Options on its embeds.
// | `<base>_astro/*`           | also Cache-Control: immutable (file names carry a content hash) |

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_INFO, LOCALES } from '../i18n/locales.ts';
import { listFiles } from '../lib/files.ts';
import { normaliseBase } from '../lib/url.ts';
import { findConflicts, samplePaths } from './cloudflare.ts';
import { checkLimits, formatHeaders, type HeaderRule } from './file.ts';
import { cspHash, inlineContent } from './inline.ts';
import { embedCsp, PERMISSIONS_POLICY, REFERRER_POLICY, siteCsp, type InlineHashes } from './policy.ts';


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
/** The editions' folders in dist/ ('be', 'ru'): English is unprefixed. */
const EDITION_DIRS: readonly string[] = LOCALES.map((l) => LOCALE_INFO[l].prefix.replace(/^\//, '')).filter(Boolean);

/** Whether a built file (path relative to dist/) is an embed of any edition: embed/…, be/embed/…, ru/embed/…. */
function isEmbedFile(file: string): boolean {
  const first = file.slice(0, file.indexOf('/') + 1);
  const rest = EDITION_DIRS.includes(first.slice(0, -1)) ? file.slice(first.length) : file;
  return rest.startsWith(`${EMBED_DIR}/`);
}

/** The folders directly inside `prefix` ('' for dist/ itself), sorted. */
function foldersIn(files: readonly string[], prefix: string): string[] {
  const inside = files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  return [...new Set(inside.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))))].sort();
}

/** The rules for a built site (throws if a page has a style attribute or an inline handler). */
export function buildRules({ distDir, base: rawBase }: BuildOptions): BuiltHeaders {
  const base = normaliseBase(rawBase);
  const files = listFiles(distDir);
  const site = { scripts: new Set<string>(), styles: new Set<string>() };
  const embed = { scripts: new Set<string>(), styles: new Set<string>() };
  const blocked: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const found = inlineContent(readFileSync(path.join(distDir, file), 'utf8'));
    const group = isEmbedFile(file) ? embed : site;
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
  const dirs = foldersIn(files, '');
  const embedRule = (prefix: string): HeaderRule => ({
    path: `${base}${prefix}${EMBED_DIR}/*`,
    comment: 'Embeds: no frame-ancestors and no X-Frame-Options, so any page may frame them.',
    headers: [['Content-Security-Policy', embedCsp(hashes.embed)]],
  });

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
      rules.push(embedRule(''));
    } else if (dir === '_astro') {
      rules.push({
        path: `${base}${dir}/*`,
        comment: 'Bundled assets: names carry a content hash.',
        headers: [...siteHeaders, ['Cache-Control', 'public, max-age=31536000, immutable']],
      });
    } else if (EDITION_DIRS.includes(dir)) {
      // An edition: its pages by folder, so that its embeds get the embed rule alone.
      rules.push({ path: `${base}${dir}/`, comment: `The ${dir} edition: its pages by folder, its embeds framable.`, headers: siteHeaders });
      rules.push({ path: `${base}${dir}/:name`, headers: siteHeaders });
      for (const sub of foldersIn(files, `${dir}/`)) {
        rules.push(sub === EMBED_DIR ? embedRule(`${dir}/`) : { path: `${base}${dir}/${sub}/*`, headers: siteHeaders });
      }
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
