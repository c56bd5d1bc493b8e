/**
 * The site's editions: English at `/`, Belarusian at `/be/`, Russian at
 * `/ru/`. `tag` is the BCP 47 tag given to `Intl` and to `<html lang>`.
 */
export const LOCALES = ['en', 'be', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The editions other than English, whose text the data carries beside the English. */
export const TRANSLATED_LOCALES = ['be', 'ru'] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export interface LocaleInfo {
  /** BCP 47 tag, for Intl and `lang` attributes. */
  tag: string;
  /** The language's own name for itself. */
  endonym: string;
  /** URL prefix of the edition ('' for the unprefixed English edition). */
  prefix: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { tag: 'en-GB', endonym: 'English', prefix: '' },
  be: { tag: 'be-BY', endonym: 'Беларуская', prefix: '/be' },
  ru: { tag: 'ru-RU', endonym: 'Русский', prefix: '/ru' },
};

export function localeTag(locale: Locale): string {
  return LOCALE_INFO[locale].tag;
}
