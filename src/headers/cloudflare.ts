// Cloudflare's matching (workers-sdk, pages-shared/asset-server/rulesEngine):
// `*` matches anything (slashes included, or nothing), `:name` one or more
// characters other than `/`; the pattern is anchored at both ends and tested
// against the request's pathname. Cloudflare applies EVERY rule whose path
// matches and joins headers of the same name with ", ", so two rules that set
// the same header on one path are a conflict. The reference implementation
// the tests' static server uses too.

import { normaliseBase } from '../lib/url.ts';
import type { HeaderRule } from './file.ts';

const escapeRegex = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

export function patternToRegExp(pattern: string): RegExp {
  let re = pattern.split('*').map(escapeRegex).join('.*');
  re = re.replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${re}$`);
}

function matchingRules(rules: readonly HeaderRule[], pathname: string): HeaderRule[] {
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
