/**
 * `npm run dist:diff <before> <after>`: compares two built `dist/` folders as a
 * reader would see them. Content hashes in asset names are normalised (in file
 * names and in references inside files), so two builds of the same site with
 * different bundle hashes compare equal.
 *
 * - HTML: page text and structure, whitespace collapsed, hashed names normalised.
 * - CSV, JSON and other text (CSS, JS, SVG, XML, Markdown, _headers): equal after
 *   hashed names are normalised.
 * - PNG: decoded pixels (and size), not bytes.
 * - Pagefind's compressed files: decompressed, then compared like text.
 * - Anything else: bytes.
 *
 * Lists every differing file with a short reason; exit 1 when anything differs,
 * 0 when nothing does, 2 when it could not run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Vite/Astro asset names: `name.AbC123_-.ext` (eight URL-safe characters). */
const ASSET_HASH = /([A-Za-z0-9_@$~-][\w.@$~-]*?)\.([A-Za-z0-9_-]{8})\.(js|mjs|css|woff2?|ttf|png|jpe?g|svg|webp|avif|wasm|json)\b/g;
/** Pagefind's files: `en_1a2b3c4`, `pagefind.en_645324cfab.pf_meta`. */
const PAGEFIND_HASH = /\ben_[0-9a-f]{6,}\b/g;

const TEXT_EXT = new Set(['html', 'htm', 'csv', 'json', 'css', 'js', 'mjs', 'svg', 'xml', 'txt', 'md', 'webmanifest']);

/** A file name or reference with every content hash replaced by `[hash]`. */
export function normaliseName(name: string): string {
  return name
    .replace(ASSET_HASH, (_m, base: string, _hash: string, ext: string) => `${base}.[hash].${ext}`)
    .replace(PAGEFIND_HASH, 'en_[hash]');
}

/**
 * Text with hashed names normalised. `renames` maps an original hashed base
 * name (e.g. `index.B7i3VHjg.css`) to the name it compares under; names not
 * in it get the plain `[hash]` form.
 */
export function normaliseText(text: string, renames: ReadonlyMap<string, string> = new Map()): string {
  return text
    .replace(ASSET_HASH, (m: string, base: string, _hash: string, ext: string) => renames.get(m) ?? `${base}.[hash].${ext}`)
    .replace(PAGEFIND_HASH, 'en_[hash]');
}

/** HTML as text and structure: hashed names normalised, runs of whitespace as one space, none between tags. */
export function normaliseHtml(html: string, renames: ReadonlyMap<string, string> = new Map()): string {
  return normaliseText(html, renames)
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .trim();
}

/** Where two strings first differ, with a little context from each. */
export function firstDifference(a: string, b: string, context = 60): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  const show = (s: string) => JSON.stringify(s.slice(from, i + context));
  return `at character ${i}: before ${show(a)}, after ${show(b)}`;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path, relPath);
      else out.push(relPath);
    }
  };
  walk(root, '');
  return out.sort();
}

function ext(path: string): string {
  const base = posix.basename(path);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function isPagefindData(path: string): boolean {
  return /\.pf_(fragment|index|meta)$/.test(path);
}

/** A file's contents as text to compare, or null when it is compared as bytes or pixels. */
function readComparable(root: string, path: string): string | null {
  const buf = readFileSync(join(root, path));
  if (isPagefindData(path)) return gunzipSync(buf).toString('latin1');
  if (TEXT_EXT.has(ext(path)) || posix.basename(path).startsWith('_')) return buf.toString('utf8');
  return null;
}

interface Side {
  root: string;
  /** Compared name → original relative path. */
  files: Map<string, string>;
  /** Original hashed base name → compared base name (only where names collide). */
  renames: Map<string, string>;
}

/**
 * Names to compare under. Where several files normalise to one name (six
 * `_astro/index.[hash].css`), each gets a short digest of its normalised
 * contents, so references to it in pages still say which file they load.
 */
function side(root: string): Side {
  const groups = new Map<string, string[]>();
  for (const path of listFiles(root)) {
    const name = normaliseName(path);
    groups.set(name, [...(groups.get(name) ?? []), path]);
  }
  const files = new Map<string, string>();
  const renames = new Map<string, string>();
  for (const [name, paths] of groups) {
    if (paths.length === 1) {
      files.set(name, paths[0]!);
      continue;
    }
    for (const path of paths) {
      const text = readComparable(root, path);
      const body = text === null ? readFileSync(join(root, path)) : normaliseText(text);
      const digest = createHash('sha256').update(body).digest('hex').slice(0, 8);
      let unique = `${name}{${digest}}`;
      for (let n = 2; files.has(unique); n++) unique = `${name}{${digest}-${n}}`;
      files.set(unique, path);
      renames.set(posix.basename(path), posix.basename(unique));
    }
  }
  return { root, files, renames };
}

async function pixels(buf: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(buf);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** Why two versions of one file differ, or null when they compare equal. */
async function compareFile(before: Side, beforePath: string, after: Side, afterPath: string): Promise<string | null> {
  const a = readFileSync(join(before.root, beforePath));
  const b = readFileSync(join(after.root, afterPath));
  const kind = ext(afterPath);
  if (kind === 'png') {
    if (a.equals(b)) return null;
    const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
    if (pa.width !== pb.width || pa.height !== pb.height) return `PNG size ${pa.width}×${pa.height} → ${pb.width}×${pb.height}`;
    let differing = 0;
    for (let i = 0; i < pa.data.length; i += 4) {
      if (pa.data[i] !== pb.data[i] || pa.data[i + 1] !== pb.data[i + 1] || pa.data[i + 2] !== pb.data[i + 2] || pa.data[i + 3] !== pb.data[i + 3]) differing++;
    }
    return differing ? `PNG pixels: ${differing} of ${pa.width * pa.height} differ` : null;
  }
  const ta = readComparable(before.root, beforePath);
  const tb = readComparable(after.root, afterPath);
  if (ta === null || tb === null) return a.equals(b) ? null : `bytes differ (${a.length} → ${b.length} bytes)`;
  const html = kind === 'html' || kind === 'htm';
  const na = html ? normaliseHtml(ta, before.renames) : normaliseText(ta, before.renames);
  const nb = html ? normaliseHtml(tb, after.renames) : normaliseText(tb, after.renames);
  if (na === nb) return null;
  const what = html ? 'page text or structure' : isPagefindData(afterPath) ? 'search index data' : `${kind || 'file'} contents`;
  return `${what} differ ${firstDifference(na, nb)}`;
}

export interface Difference {
  file: string;
  reason: string;
}

export async function distDiff(beforeRoot: string, afterRoot: string): Promise<Difference[]> {
  const before = side(beforeRoot);
  const after = side(afterRoot);
  const names = [...new Set([...before.files.keys(), ...after.files.keys()])].sort();
  const out: Difference[] = [];
  for (const name of names) {
    const bp = before.files.get(name);
    const ap = after.files.get(name);
    if (bp === undefined) out.push({ file: ap!, reason: 'only in after' });
    else if (ap === undefined) out.push({ file: bp, reason: 'only in before' });
    else {
      const reason = await compareFile(before, bp, after, ap);
      if (reason) out.push({ file: ap, reason });
    }
  }
  return out;
}

// Run as a command, not when imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [beforeRoot, afterRoot] = process.argv.slice(2);
  if (!beforeRoot || !afterRoot || !statSync(beforeRoot, { throwIfNoEntry: false })?.isDirectory() || !statSync(afterRoot, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write('usage: npm run dist:diff <before-dist-folder> <after-dist-folder>\n');
    process.exitCode = 2;
  } else {
    try {
      const diffs = await distDiff(beforeRoot, afterRoot);
      for (const d of diffs) process.stdout.write(`${d.file}: ${d.reason}\n`);
      process.stdout.write(diffs.length ? `\n${diffs.length} file${diffs.length === 1 ? ' differs' : 's differ'}.\n` : 'No differences.\n');
      process.exitCode = diffs.length ? 1 : 0;
    } catch (err) {
      process.stderr.write(`dist:diff: could not compare (${err instanceof Error ? err.message : String(err)})\n`);
      process.exitCode = 2;
    }
  }
}
