/**
 * Which articles exist in which edition: English always; Belarusian and
 * Russian where content/articles/<be|ru>/<slug>.mdx exists. Read from the
 * file tree (synchronously, once), so links and the language switcher can ask
 * without the content collection.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../i18n/locales.ts';

let cache: Map<Locale, Set<string>> | undefined;

function slugsIn(locale: Locale): Set<string> {
  if (!cache) {
    cache = new Map();
    for (const l of LOCALES) {
      if (l === 'en') continue;
      const dir = join(process.cwd(), 'content/articles', l);
      cache.set(l, new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)) : []));
    }
  }
  return cache.get(locale) ?? new Set();
}

/** Is the article at `slug` written in `locale` (English: every article)? */
export function articleIn(locale: Locale, slug: string): boolean {
  return locale === 'en' || slugsIn(locale).has(slug);
}

/** The editions an article exists in, in the order of LOCALES. */
export function articleEditions(slug: string): Locale[] {
  return LOCALES.filter((l) => articleIn(l, slug));
}
