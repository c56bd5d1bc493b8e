/**
 * The site's identity in one place: its name, what it is about, the licences
 * of its content and code, and the default address it is built for. Pages,
 * social cards, feeds, data downloads and the build configuration read these;
 * nothing else spells them out.
 */

export const SITE_NAME = 'Belarus 2025: the election explained';

/** The home page's description, and the site's in feeds and link previews. */
export const SITE_DESCRIPTION =
  'What the official numbers of Belarus’s presidential election of 26 January 2025 say, how they compare with earlier votes, how the vote was run, and why the EU and several Western governments call it a sham.';

/** Text, charts, images and our compilation of the data. */
export const CONTENT_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The site's code. */
export const CODE_LICENCE = { short: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/**
 * The address a build is for when SITE_URL and BASE_PATH are not set
 * (astro.config.mjs and src/lib/url.ts both start from these).
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';
export const DEFAULT_BASE_PATH = '/';
