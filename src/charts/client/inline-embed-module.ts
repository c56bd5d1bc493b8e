// An Astro integration that puts the embeds' one module script into their
// HTML. Astro emits it as <script type="module" src="/_astro/Embed….js">, a
// second request that the browser starts before the first paint; inline, the
// HTML is the only request before an embed's chart is visible. The script is
// self-contained (its chunks are fetched by absolute URL on first
// interaction), so inlining changes nothing else; its SHA-256 goes into the
// embeds' CSP like the other inline scripts (src/headers/inline.ts scans the
// built HTML after this runs). Only pages under embed/ (and each edition's
// be/embed/, ru/embed/) are rewritten: site pages keep their cached script files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALE_INFO, LOCALES } from '../../i18n/locales.ts';

const EMBED_SCRIPT = /<script type="module" src="([^"]*\/_astro\/Embed\.astro_astro_type_script_[^"]+\.js)"><\/script>/g;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function inlineEmbedModule(): AstroIntegration {
  let base = '/';
  return {
    name: 'inline-embed-module',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Every edition's embeds: embed/, be/embed/, ru/embed/ (an edition with no embeds yet has no folder).
        const folders = LOCALES.map((l) => path.join(out, LOCALE_INFO[l].prefix.replace(/^\//, ''), 'embed')).filter((d, i) => i === 0 || existsSync(d));
        let count = 0;
        for (const file of folders.flatMap(htmlFiles)) {
          const html = readFileSync(file, 'utf8');
          const inlined = html.replace(EMBED_SCRIPT, (_tag, src: string) => {
            const rel = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, '');
            const body = readFileSync(path.join(out, rel), 'utf8').trim();
            if (body.includes('</script')) throw new Error(`${rel}: cannot be inlined, it contains "</script"`);
            return `<script type="module">${body}</script>`;
          });
          if (inlined === html) throw new Error(`${path.relative(out, file)}: no embed module script to inline (src/layouts/Embed.astro changed?)`);
          writeFileSync(file, inlined);
          count++;
        }
        logger.info(`inlined the embed module script into ${count} embeds`);
      },
    },
  };
}
