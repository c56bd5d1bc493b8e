/**
 * Editions in URLs: English unprefixed at `/`, Belarusian at `/be/`, Russian
 * at `/ru/`. Every page that exists in more than one edition lives under
 * `src/pages/[...lang]/` and lists its editions in `getStaticPaths` through
 * `editionPaths` or `perEdition`, so each edition's pages are generated
 * explicitly (Astro's i18n fallback does not generate pages in a static
 * build). A page reads its edition from `Astro.props` (`EditionProps`).
 */
import { LOCALE_INFO, LOCALES, type Locale } from './locales.ts';

/** The props every edition page receives: its edition, and every edition the page is generated in. */
export interface EditionProps {
  locale: Locale;
  editions: readonly Locale[];
}

/** The `lang` route parameter of an edition: undefined for English (no prefix). */
function langParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

/** getStaticPaths of a page with no other parameter, generated in each of `locales`. */
export function editionPaths(locales: readonly Locale[] = LOCALES) {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale, editions: locales } satisfies EditionProps }));
}

/**
 * getStaticPaths of a page with parameters of its own, generated in each of
 * `locales`: `paths(locale)` gives the page's own params and props for one edition.
 */
export function perEdition<P extends Record<string, string | undefined>, R extends object = object>(
  locales: readonly Locale[],
  paths: (locale: Locale) => readonly { params: P; props?: R }[],
) {
  return locales.flatMap((locale) =>
    paths(locale).map(({ params, props }) => ({
      params: { ...params, lang: langParam(locale) },
      props: { ...(props as R), locale, editions: locales },
    })),
  );
}

/** A route path in an edition: ('be', '/results/2025/') → '/be/results/2025/'. Base not included. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath: a route path starts with '/', got ${JSON.stringify(path)}`);
  return `${LOCALE_INFO[locale].prefix}${path}`;
}
