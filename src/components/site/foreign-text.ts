/**
 * Text from the data that is written in English inside a Belarusian or
 * Russian page (a publisher as the reference names it, "Euroradio",
 * "АиФ Беларусь (citing BelTA)"): each part with Latin letters and no
 * Cyrillic is marked lang="en", so it is read in an English voice and is not
 * taken for words of the page's language. A parenthesis is a part of its own.
 */
import type { Locale } from '../../i18n/locales.ts';

export interface TextPart {
  text: string;
  lang?: 'en' | undefined;
}

export function markLatin(locale: Locale, text: string): TextPart[] {
  if (locale === 'en') return [{ text }];
  return text
    .split(/(\([^()]*\))/)
    .filter((p) => p !== '')
    .map((p) => (/[A-Za-z]/.test(p) && !/[\u0400-\u04ff]/.test(p) ? { text: p, lang: 'en' as const } : { text: p }));
}

/**
 * A source title as a Belarusian or Russian page shows it: a Cyrillic title
 * with our English description in parentheses ("[…] (descriptive)") has
 * that description marked lang="en"; any other title is one part, in its own
 * language (its `cite` carries the title's lang).
 */
export function titleParts(locale: Locale, title: string, titleLang: string): TextPart[] {
  return ['be', 'ru', 'uk'].includes(titleLang) ? markLatin(locale, title) : [{ text: title }];
}
