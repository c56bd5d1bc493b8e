/**
 * Published corrections against the text they correct. A correction names an
 * article (by slug) or a page (by path); its new wording must be in that text
 * now and its old wording must be gone from it, so the list of corrections
 * cannot drift from what readers see. Figures are compared as keys: an
 * article's `<Figure of="k" />` reads as `{{k}}`; citation marks, list markers
 * and bold are left out, as in the corrections' own free text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Correction } from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';

const CORRECTIONS_FILE = 'content/data/corrections.json';

/** The source file of a page path: /results/2025/ → src/pages/[...lang]/results/2025/index.astro (every edition's). */
export function pageFile(path: string): string {
  return `src/pages/[...lang]${path}index.astro`;
}

/** Where a page's English words may be written besides its template: the English message tables. */
const ENGLISH_MESSAGES = 'src/i18n/messages/en';

function englishMessages(root: string): string {
  const dir = join(root, ENGLISH_MESSAGES);
  if (!existsSync(dir)) return '';
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

/** Article or page source as comparable text: figures as {{key}}, no citation marks, list markers or bold, one space. */
export function comparableText(source: string): string {
  return source
    .replace(/^\s*- /gm, '')
    .replace(/\*\*/g, '')
    .replace(/<Figure\s+of="([^"]+)"[^>]*\/>/g, '{{$1}}')
    .replace(/<Cite\s[^>]*\/>/g, '')
    .replace(/\s+/g, ' ');
}

function oneSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function checkCorrections(root: string, corrections: readonly Correction[], articles: readonly { slug: string; file: string; text: string }[]): Problem[] {
  const out: Problem[] = [];
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  for (const c of corrections) {
    const at = `[${c.id}]`;
    let where: string;
    let text: string;
    if (c.article !== undefined) {
      // Without a content/articles folder there is no article text to check against (as for the other article rules).
      if (articles.length === 0) continue;
      const a = bySlug.get(c.article);
      if (!a) {
        out.push({ file: CORRECTIONS_FILE, path: `${at}.article`, expected: 'the slug of an article in content/articles', found: JSON.stringify(c.article) });
        continue;
      }
      where = a.file;
      text = a.text;
    } else {
      const file = pageFile(c.page!);
      if (!existsSync(join(root, file))) {
        out.push({ file: CORRECTIONS_FILE, path: `${at}.page`, expected: `the path of a page of the site (a file ${file})`, found: JSON.stringify(c.page) });
        continue;
      }
      where = `${file} or ${ENGLISH_MESSAGES}/`;
      text = `${readFileSync(join(root, file), 'utf8')}\n${englishMessages(root)}`;
    }
    const body = comparableText(text);
    if (!body.includes(oneSpace(c.now))) {
      out.push({ file: CORRECTIONS_FILE, path: `${at}.now`, expected: `the corrected wording to stand in ${where}`, found: `${JSON.stringify(oneSpace(c.now).slice(0, 60))} missing from it` });
    }
    if (body.includes(oneSpace(c.was))) {
      out.push({ file: CORRECTIONS_FILE, path: `${at}.was`, expected: `the old wording to be gone from ${where}`, found: `${JSON.stringify(oneSpace(c.was).slice(0, 60))} still there` });
    }
  }
  return out;
}
