/**
 * The message tables: every word the site's code writes, per edition. English
 * (`en/`) is the model; `be/` and `ru/` have the same keys (checked by
 * TypeScript and, with file and key named, by `npm run validate`). One file
 * per area of the site, the same file name in each language's folder.
 *
 *   const t = messages(locale);
 *   t.site.nav.results  // 'Results' · 'Вынікі' · 'Итоги'
 */
import type { Locale } from '../locales.ts';
import * as en from './en/index.ts';
import * as be from './be/index.ts';
import * as ru from './ru/index.ts';

export type Messages = typeof en;

const TABLES: Record<Locale, Messages> = { en, be, ru };

/** The message table of an edition. */
export function messages(locale: Locale): Messages {
  return TABLES[locale];
}

/** Where an edition's table of an area is written (for validation messages). */
export function messageFile(locale: Locale, area: string): string {
  return `src/i18n/messages/${locale}/${area}.ts`;
}

/** Every table, for `npm run validate`. */
export const MESSAGE_TABLES = TABLES;
