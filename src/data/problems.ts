/**
 * One shape for every data problem, so the CLI, the build and the tests print
 * the same line: `<file>: <record/field path>: expected …, found …`.
 */
export interface Problem {
  file: string;
  path: string;
  expected: string;
  found: string;
}

/** Control characters (a line break in an id) would split a problem over lines: escape them. */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

export function formatProblem(p: Problem): string {
  return oneLine(`${p.file}: ${p.path || '(whole file)'}: expected ${p.expected}, found ${p.found}`);
}

/** A short, readable description of any JSON value. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    const s = v.length > 60 ? `${v.slice(0, 57)}…` : v;
    return JSON.stringify(s);
  }
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as object);
    return keys.length ? `an object with fields ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}` : 'an empty object';
  }
  return typeof v;
}

const RECORD_ID_FIELDS = ['id', 'key', 'candidate', 'area', 'region'];

/** Turns a zod path into `[1994-r2].winner.share`, naming records by their id where they have one. */
export function formatPath(path: readonly PropertyKey[], root: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item = Array.isArray(node) ? node[seg] : undefined;
      let label = String(seg);
      if (item && typeof item === 'object') {
        for (const f of RECORD_ID_FIELDS) {
          const v = (item as Record<string, unknown>)[f];
          if (typeof v === 'string' && v) { label = v; break; }
        }
      }
      out += `[${label}]`;
      node = item;
    } else {
      const s = String(seg);
      out += out ? `.${s}` : s;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[s] : undefined;
    }
  }
  return out;
}
