/**
 * After the build (`npm run build` runs it last): writes `dist/_headers`, the
 * security headers file that Netlify and Cloudflare Pages read. The rules and
 * policies are in src/headers/ (README there).
 *
 * Usage: `node scripts/headers.ts [distDir]` (default `dist`); `BASE_PATH`
 * as for the build.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatHeaders } from '../src/headers/file.ts';
import { buildRules } from '../src/headers/rules.ts';

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

main();
