// html-validate configuration (checked by tests/e2e/dist/quality.test.ts over every
// built page, and by `npx html-validate dist`). The recommended rules, with
// each rule that is turned off or narrowed given its reason here.

/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the page's own descriptive title followed by the site's
    // name ("What was the official result of Belarus's 2025 presidential
    // election? · Belarus 2025: the election explained"). WCAG 2.4.2 asks for
    // descriptive titles; a search engine that shortens the title cuts only the
    // site's name. The 70-character limit is a search-snippet heuristic.
    'long-title': 'off',

    // The header renders the main navigation twice from one list: a disclosure
    // (<details>) for narrow screens and a row for wide ones. CSS shows exactly
    // one (the other is display:none, so it is not in the accessibility tree),
    // so a reader meets one landmark named "Main". html-validate reads the
    // markup without the stylesheet and sees two. The browser sweep
    // (tests/e2e/harness/sweep-suite.ts) checks the landmarks readers get, on the
    // rendered page at 320 and 1280 pixels: two of one role need distinct names.
    'unique-landmark': 'off',

    // The search results are an <ol aria-label="Search results">: ARIA lets a
    // list take a name from its author, and a screen reader entering it hears
    // "Search results, list, N items". The rule's default flags names on any
    // element that is not interactive or a landmark; this keeps it an error
    // for elements that cannot be named at all (a plain <div> or <span>).
    'aria-label-misuse': ['error', { allowAnyNamable: true }],

    // A scrollable table is wrapped in <div role="region" tabindex="0"
    // aria-labelledby="caption-id"> so keyboard users can scroll it; that is the
    // documented pattern (a focusable, named region), and a <section> would
    // mean a section of the document outline, which it is not. Other
    // role-to-element substitutions stay errors.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};
