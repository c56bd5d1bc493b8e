// A small static host for a built site, close enough to Netlify / Cloudflare
// Pages / GitHub Pages for the browser tests: loopback only, real content
// types, directory index.html, `/dir` -> `/dir/` redirect, gzip, the site's
// 404.html with status 404, an optional base path, and a hook for extra
// response headers (a `_headers` file, a CSP under test).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = '; charset=utf-8';

/** Content types by file extension (lowercase, without the dot). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html' + TEXT,
  htm: 'text/html' + TEXT,
  css: 'text/css' + TEXT,
  js: 'text/javascript' + TEXT,
  mjs: 'text/javascript' + TEXT,
  map: 'application/json' + TEXT,
  json: 'application/json' + TEXT,
  webmanifest: 'application/manifest+json' + TEXT,
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  xml: 'application/xml' + TEXT,
  xsl: 'application/xml' + TEXT,
  txt: 'text/plain' + TEXT,
  md: 'text/markdown' + TEXT,
  csv: 'text/csv' + TEXT,
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json|wasm)|image\/svg\+xml)/;

function contentTypeFor(filePath: string): string {
  const ext = path.extname(filePath).slice(1).toLowerCase();
  // Pagefind's index files (`*.pf_fragment`, `*.pf_index`, `*.pf_meta`,
  // `*.pf_filter`, `wasm.<lang>.pagefind`) are opaque binaries.
  if (ext.startsWith('pf_') || ext === 'pagefind') return 'application/octet-stream';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

interface HeaderHookRequest {
  method: string;
  /** Path as requested, with the base path (e.g. `/belarus-2025/results/2025/`). */
  url: string;
  /** Path relative to the site root, after stripping the base (always starts with `/`). */
  sitePath: string;
  /** The file served, or null for redirects. */
  filePath: string | null;
  status: number;
  contentType: string | null;
}

export type HeaderHook = (
  request: HeaderHookRequest,
) => Record<string, string | string[]> | undefined | void;

export interface ServerOptions {
  /** Folder to serve, usually `dist/` or a test build's `distDir`. Read per request. */
  root: string;
  /** Loopback address to listen on; default `127.0.0.1` (use `127.0.0.2` for a second origin). */
  host?: string;
  /** Port; default 0 = a free port. */
  port?: number;
  /** Base path the site was built with (`BASE_PATH`), e.g. `/belarus-2025/`; default `/`. */
  base?: string;
  /** Extra response headers per request, applied after the defaults. */
  headers?: HeaderHook;
  /** Compress text responses when the client accepts gzip; default true. */
  gzip?: boolean;
}

interface ServedRequest {
  method: string;
  url: string;
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no base path, no trailing slash). */
  origin: string;
  /** The normalised base path, `/` or `/belarus-2025/`. */
  base: string;
  /** Absolute URL of a site path: `url('/results/2025/')` -> origin + base + `results/2025/`. */
  url(sitePath?: string): string;
  /** Every request served so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A free TCP port on `host`, for a server that must know its origin before starting (SITE_URL). */
export async function getFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface Resolved {
  status: number;
  filePath: string | null;
  location?: string;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function resolveRequest(root: string, base: string, rawPath: string, search: string): Promise<Resolved & { sitePath: string }> {
  const notFound = async (sitePath: string) => {
    const page = path.join(root, '404.html');
    return { status: 404, filePath: (await isFile(page)) ? page : null, sitePath };
  };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ...(await notFound(rawPath)), status: 400 };
  }
  if (decoded.includes('\0')) return notFound(decoded);

  // `/belarus-2025` -> `/belarus-2025/`, as hosts do for directories.
  if (base !== '/' && decoded === base.slice(0, -1)) {
    return { status: 301, filePath: null, location: base + search, sitePath: '/' };
  }
  if (!decoded.startsWith(base)) return notFound(decoded);

  const sitePath = '/' + decoded.slice(base.length);
  const target = path.resolve(root, '.' + path.posix.normalize(sitePath));
  if (target !== root && !target.startsWith(root + path.sep)) return notFound(sitePath);

  if (sitePath.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return (await isFile(index)) ? { status: 200, filePath: index, sitePath } : notFound(sitePath);
  }
  if (await isFile(target)) return { status: 200, filePath: target, sitePath };
  if (await isDir(target) && (await isFile(path.join(target, 'index.html')))) {
    return { status: 301, filePath: null, location: rawPath + '/' + search, sitePath };
  }
  return notFound(sitePath);
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export async function startServer(options: ServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = normalizeBase(options.base);
  const host = options.host ?? '127.0.0.1';
  const useGzip = options.gzip ?? true;
  const requests: ServedRequest[] = [];
  const gzipCache = new Map<string, Buffer>();

  const server: Server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const record = (status: number) => requests.push({ method, url: rawUrl, status });
    try {
      if (method !== 'GET' && method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        record(405);
        return;
      }
      const parsed = new URL(rawUrl, 'http://localhost');
      const resolved = await resolveRequest(root, base, parsed.pathname, parsed.search);
      const headers: Record<string, string | string[]> = {};
      let body: Buffer = Buffer.alloc(0);
      let contentType: string | null = null;

      if (resolved.location) {
        headers.Location = resolved.location;
      } else if (resolved.filePath) {
        contentType = contentTypeFor(resolved.filePath);
        body = await readFile(resolved.filePath);
        headers['Content-Type'] = contentType;
        if (useGzip && COMPRESSIBLE.test(contentType)) {
          headers.Vary = 'Accept-Encoding';
          if (acceptsGzip(req)) {
            const cacheKey = resolved.filePath;
            let zipped = gzipCache.get(cacheKey);
            if (!zipped) {
              zipped = gzipSync(body);
              gzipCache.set(cacheKey, zipped);
            }
            body = zipped;
            headers['Content-Encoding'] = 'gzip';
          }
        }
      } else {
        contentType = 'text/plain' + TEXT;
        headers['Content-Type'] = contentType;
        body = Buffer.from(resolved.status === 404 ? 'Not found (no 404.html in the served folder)\n' : 'Bad request\n');
      }
      headers['Content-Length'] = String(body.length);
      headers['Cache-Control'] = 'no-cache';

      const extra = options.headers?.({
        method,
        url: rawUrl,
        sitePath: resolved.sitePath,
        filePath: resolved.filePath,
        status: resolved.status,
        contentType,
      });
      if (extra) Object.assign(headers, extra);

      res.writeHead(resolved.status, headers);
      res.end(method === 'HEAD' ? undefined : body);
      record(resolved.status);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' + TEXT });
      res.end(`Server error: ${(error as Error).message}\n`);
      record(500);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    base,
    requests,
    url(sitePath = '/') {
      return origin + base + sitePath.replace(/^\/+/, '');
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
