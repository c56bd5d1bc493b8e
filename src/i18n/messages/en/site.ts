/** The site's frame on every page: name, navigation, footer, theme button, language switcher. */
import { SITE_DESCRIPTION, SITE_NAME } from '../../../site.ts';

export const site = {
  name: SITE_NAME as string,
  brand: { name: 'Belarus 2025', sub: 'the election explained' },
  description: SITE_DESCRIPTION as string,
  skipLink: 'Skip to content',
  menu: 'Menu',
  mainNav: 'Main',
  footerNav: 'Footer',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  nav: {
    results: 'Results',
    regions: 'Regions',
    history: 'History',
    candidates: 'Candidates',
    timeline: 'Timeline',
    charts: 'Charts',
    articles: 'Articles',
    data: 'Data',
    sources: 'Sources',
    about: 'About',
    search: 'Search',
  },
  footer: {
    caveat: 'Official figures are the Belarusian CEC’s as reported by the media; no independent observers verified the count.',
    dataAsOf: 'Data as of',
    codeLicence: 'Code',
    licence: 'licence',
    contentLicence: 'Text, charts and our compilation of the data',
    factsNote: 'The official figures themselves are facts from the sources cited.',
  },
  theme: {
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    /** Accessible name of the theme button: "Theme: dark", "Theme: system (light)". */
    label: 'Theme',
    systemIs: 'system',
    followsSystem: 'Theme follows the system',
  },
  languages: {
    label: 'Language',
    /** Marks a link to an English page from another edition. */
    inEnglish: 'in English',
  },
};
