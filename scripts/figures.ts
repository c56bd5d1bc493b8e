/**
 * `npm run figures -- <en|be|ru> [text]`: how each figure reads in an
 * edition, for whoever writes or translates an article (a Russian or
 * Belarusian noun after a number agrees with its last digits: "5 136 293
 * голоса"). With a text, prints only the keys that contain it, e.g.
 * `npm run figures -- ru 2025.final`.
 */
import { readSiteData } from '../src/data/dataset.ts';
import { toResolved } from '../src/data/figures/resolve.ts';
import { figureDisplay } from '../src/i18n/figures.ts';
import { formatDate } from '../src/i18n/format.ts';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';

const [locale = 'en', filter = ''] = process.argv.slice(2);
if (!(LOCALES as readonly string[]).includes(locale)) {
  console.error(`expected a locale (${LOCALES.join(', ')}), found ${JSON.stringify(locale)}`);
  process.exit(1);
}
const { index } = readSiteData(process.cwd());
for (const entry of index.values()) {
  if (filter && !entry.key.includes(filter)) continue;
  const f = toResolved(entry);
  const date = f.date ? `   date: ${formatDate(locale as Locale, f.date)}` : '';
  console.log(`${f.key}: ${figureDisplay(locale as Locale, f)} [${f.status}]${date}`);
}
