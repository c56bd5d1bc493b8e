// The security policies the site sends: the Content-Security-Policy of site
// pages and of embeds (each with the hashes of the inline scripts and styles
// found in the build), Referrer-Policy and Permissions-Policy.
//
// Site CSP: `script-src 'self' 'wasm-unsafe-eval'` (Pagefind compiles its
// WebAssembly) and `style-src 'self'`, each with the sha256 of every inline
// script or style found in the built HTML of that group, and
// `frame-ancestors 'none'` (with X-Frame-Options: DENY for older browsers).
// Embeds have no frame-ancestors, so any page may frame them.

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
