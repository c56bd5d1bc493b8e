/**
 * Messages of the charts area (English, the model for be/ and ru/): every
 * word a chart writes, from its title to its generated summary. A sentence
 * with figures is a function of the already formatted parts (values through
 * src/i18n/format.ts and figureDisplay, names through src/i18n/names.ts), so
 * each language writes the whole sentence in its own order.
 */

/** What each series of a chart is, for "for any region", "every region". */
export type SeriesNoun = 'series' | 'region';

/** One labelled value in a list: "Brest 90.56%". */
export interface Item { label: string; value: string }

const items = (xs: readonly Item[]) => xs.map((x) => `${x.label} ${x.value}`).join(', ');

export const charts = {
  /** Labels of categories and series the data does not name. */
  labels: {
    belarus: 'Belarus',
    againstAll: 'Against all',
    /** "Against all" mid-sentence. */
    againstAllInSentence: 'against all',
    runnerUp: 'Strongest other candidate',
    minskCityMap: 'Minsk city',
    /** A presidential vote: "2020"; 1994 had two rounds. */
    vote: (year: number, round: number, rounds: number) => (rounds > 1 ? `${year} (round ${round})` : String(year)),
    shareOfTookPart: 'Share of voters who took part',
    turnoutAt: (time: string) => `Turnout at ${time}`,
    turnout: 'Turnout',
    winnerShare: 'Winner’s share (CEC basis)',
    lukashenkaShare: 'Lukashenka’s share',
  },
  /** Words every chart shares. */
  common: {
    /** "Brest and Gomel: no official figure found for any region in the sources consulted." */
    gapSentence: (where: string, gap: string, seriesNoun: SeriesNoun | undefined) => `${where}: ${gap}${seriesNoun ? ` for any ${seriesNoun}` : ''} in the sources consulted.`,
    /** A point note that applies to every series at a category. */
    everySeries: (label: string, seriesNoun: SeriesNoun) => `${label} (every ${seriesNoun})`,
    someSeries: (label: string, series: string) => `${label} (${series})`,
    description: (subtitle: string) => `${subtitle}. A chart with its data table, sources and downloads (CSV, JSON, PNG, SVG), ready to embed.`,
    mapDescription: (subtitle: string) => `${subtitle}. A map with its data table, sources and downloads (CSV, JSON, PNG, SVG), ready to embed.`,
    /** Credit lines under a download and a social card. */
    creditSources: (n: number) => `CEC figures as reported in ${n} source${n === 1 ? '' : 's'}, listed on the chart page`,
    creditData: (stageText: string) => `Data: ${stageText}`,
    /** A series on its own date in a stage text: "2020: CEC interim figure, 9 August 2020". */
    seriesStage: (series: string, stage: string) => `${series}: ${stage}`,
    estimateNote: (producer: string, value: string, of: string) => `Estimate, not official${producer ? ` (${producer})` : ''}: ${value} of ${of || 'an unstated group'}.`,
    /** A point's announcement: "Brest, Early voting, day 3: 30.66%". */
    point: (label: string, value: string) => `${label}: ${value}`,
    seriesPoint: (series: string, label: string, value: string) => `${series}, ${label}: ${value}`,
    cecBasis: 'Shares are of all voters who took part, invalid ballots included: the basis the Central Election Commission (CEC) uses. Shares of valid votes, which some sources give, are higher.',
    percentAxisShare: '% of voters who took part',
  },
  /** Checkpoints of the 2025 turnout (early voting, polling day). */
  checkpoints: {
    row: (label: string, date: string) => `${label}, ${date}`,
    /** For running text: "early-voting day 1 (21 January 2025)". */
    shortEarly: (shortLabel: string, date: string) => `early-voting ${shortLabel.replace(/^./, (x) => x.toLowerCase())} (${date})`,
    shortDay: (time: string, date: string) => `${time} on polling day (${date})`,
    /** "early voting (21–25 January 2025) day 1 7.81%, …". */
    earlyList: (range: string, xs: readonly Item[]) => `early voting (${range}) ${xs.map((x) => `${x.label.replace(/^./, (c) => c.toLowerCase())} ${x.value}`).join(', ')}`,
    dayList: (date: string, xs: readonly Item[]) => `polling day (${date}) ${items(xs)}`,
    axisEarly: (range: string) => `Early-voting day (${range})`,
    axisDay: (range: string) => `then time on polling day (${range})`,
    measureNote: (measure: string) => `Turnout here is the ${measure.toLowerCase()}; each figure includes the days before it.`,
  },
  'vote-share-2025': {
    title: 'Vote shares, 2025 presidential election',
    subtitle: (date: string) => `Share of voters who took part (CEC basis), final results of ${date}`,
    categoryHeading: 'Candidate',
    columnLabel: 'Share of voters who took part',
    summary: (stage: string, xs: readonly Item[]) => `Share of voters who took part (${stage}): ${items(xs)}.`,
    againstAllNote: '“Against all” was an option on the ballot, not a candidate; its bar stands in order of size.',
    preliminarySame: (date: string) => `The preliminary results of ${date} gave the same shares.`,
    preliminaryDifferent: (date: string) => `The preliminary results of ${date} gave different shares; the results page shows them beside the final ones.`,
  },
  'turnout-by-region-2025': {
    title: (year: string) => `Turnout by region at the close of polls, ${year}`,
    subtitle: (time: string | undefined, date: string) => `The CEC’s figures at ${time ?? 'the close of polls'} on ${date}, for the six oblasts, Minsk city and the country`,
    categoryHeading: 'Region',
    columnLabel: 'Turnout at the close of polls',
    /** "Belarus 85.69%; by region from 82.50% in Minsk city to 90.56% in Brest: …" */
    summary: (national: string | undefined, range: { min: Item; max: Item } | undefined, xs: readonly Item[]) =>
      `${national ? `Belarus ${national}` : ''}${range ? `; by region from ${range.min.value} in ${range.min.label} to ${range.max.value} in ${range.max.label}` : ''}: ${items(xs)}.`,
    measureNote: (measure: string) => `Turnout here is the ${measure.toLowerCase()}, as the CEC announced it on election night.`,
    finalNote: (date: string, value: string) => `The final results of ${date} give a national turnout of ${value}.`,
    notFoundNote: (what: string, gap: string) => `${what.replace(/\.$/, '')}: ${gap}.`,
    axis: 'Turnout at 20:00, %',
  },
  'early-voting-2025': {
    title: 'Turnout through early voting and polling day, 2025',
    subtitle: (days: number, range: string, times: string, date: string) =>
      `Cumulative national turnout after each of the ${['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][days] ?? String(days)} early-voting days (${range}) and at ${times} on ${date}`,
    categoryHeading: 'When',
    columnLabel: 'Turnout, Belarus (cumulative)',
    summary: (list: string) => `Cumulative national turnout: ${list}.`,
    axis: 'Cumulative turnout, %',
  },
  'early-voting-by-region-2025': {
    title: 'Turnout by region through early voting and polling day, 2025',
    subtitle: (range: string) => `Cumulative turnout in the six oblasts and Minsk city, ${range}; a day with no official figure is a gap, not a zero`,
    categoryHeading: 'When',
    /** "Brest 7.81% to 90.56%". */
    range: (region: string, from: string, to: string) => `${region} ${from} to ${to}`,
    summary: (from: string, to: string, ranges: readonly string[]) => `Cumulative turnout from ${from} to ${to}: ${ranges.join(', ')}.`,
    gapSentence: (when: string, gap: string) => ` For ${when}: ${gap} for any region.`,
    axis: 'Cumulative turnout, %',
  },
  'turnout-history': {
    title: (years: string) => `Turnout at each presidential vote, ${years}`,
    subtitle: (runOff: boolean) => `Official turnout, final results; ${runOff ? '1994 went to a second round' : 'one round each'}`,
    categoryHeading: 'Vote',
    columnLabel: 'Turnout',
    summary: (xs: readonly Item[], max: Item | undefined, min: Item | undefined) =>
      `Official turnout: ${items(xs)}.${max && min ? ` Highest ${max.value} in ${max.label}, lowest ${min.value} in ${min.label}.` : ''}`,
    note: 'Turnout is voters who took part as a share of registered voters, as the CEC published it for each vote.',
    axis: 'Turnout, %',
  },
  'winner-share-history': {
    title: (years: string) => `The winner’s share at each presidential vote, ${years}`,
    subtitle: 'The first-placed candidate’s share of voters who took part (CEC basis), final results',
    categoryHeading: 'Vote',
    rowLabel: (vote: string, winner: string) => `${vote}: ${winner}`,
    columnLabel: 'Share of voters who took part (CEC basis)',
    summary: (xs: readonly Item[]) => `The first-placed candidate’s share of voters who took part: ${items(xs)}.`,
    validBasis: (xs: readonly { vote: string; valid: string; cec: string }[]) =>
      `Where the sources give both bases: ${xs.map((x) => `${x.vote}: ${x.valid} of valid votes against ${x.cec} of voters who took part`).join('; ')}.`,
    runOffNote: (vote: string, winner: string) => `${vote}: no candidate won a majority; the bar shows the first-placed candidate, ${winner}.`,
    precisionNote: (vote: string, published: string, who: string, computed: string, votes: string, took: string, reason: string) =>
      `${vote}: the sources publish ${published} for ${who}, while the published counts give ${computed} (${votes} of ${took} voters who took part). ${reason} The chart shows the published figure.`,
    precisionNoteShort: (vote: string, published: string, who: string, computed: string, reason: string) => `${vote}: the sources publish ${published} for ${who}; the counts give ${computed}. ${reason}`,
    otherReported: (vote: string, value: string, basis: string, note: string) => `${vote}: ${value} is also widely reported (basis ${basis}). ${note}`,
    /** The basis of a widely reported share, as the note names it. */
    bases: { valid: 'valid', 'took-part': 'took-part', unclear: 'unclear' },
  },
  'against-all-vs-runner-up': {
    title: (years: string) => `“Against all” and the strongest other candidate, ${years}`,
    subtitle: 'Share of voters who took part (CEC basis), final results',
    categoryHeading: 'Vote',
    rowLabel: (vote: string, runnerUp: string | undefined) => (runnerUp ? `${vote} (runner-up: ${runnerUp})` : vote),
    vote: (vote: string, againstAll: string, runnerUp: string | undefined, runnerUpValue: string) => `${vote} against all ${againstAll}, ${runnerUp ?? 'strongest other candidate'} ${runnerUpValue}`,
    summary: (votes: readonly string[], ahead: readonly string[], aheadList: string) =>
      `${votes.join('; ')}.${ahead.length ? ` “Against all” was ahead of the strongest other candidate in ${aheadList}.` : ' “Against all” was never ahead of the strongest other candidate.'}`,
    secondNote: 'The strongest other candidate is the one placed second in each vote.',
    startNote: (first: string, missing: string, gap: string) => `The chart starts in ${first}: for ${missing}, the “against all” share on the CEC basis: ${gap}.`,
    axis: '% of voters who took part',
    valueAgainstAll: (value: string) => `${value} against all`,
    valueRunnerUp: (value: string, surname: string) => `${value} ${surname}`,
  },
  'turnout-2020-vs-2025-by-region': {
    title: 'Turnout by region at the close of polls, 2020 and 2025',
    subtitle: (dates: string) => `The CEC’s figures at 20:00 on polling day, ${dates}`,
    categoryHeading: 'Region',
    columnLabel: (year: string) => `Turnout, ${year}`,
    region: (region: string, a: string, yearA: string, b: string, yearB: string) => `${region} ${a} in ${yearA}, ${b} in ${yearB}`,
    summary: (parts: readonly string[], higher: string | undefined, yearB: string, lower: string | undefined) => {
      const verdict = [higher ? `higher in ${yearB} in ${higher}` : '', lower ? `lower in ${lower}` : ''].filter(Boolean).join(', ');
      return `${parts.join('; ')}.${verdict ? ` Turnout was ${verdict}.` : ''}`;
    },
    note2025: (year: string, measure: string) => `${year}: the ${measure.toLowerCase()}.`,
    note2020: (year: string, note: string) => `${year}: ${note}`,
    axis: 'Turnout at 20:00, %',
    valueLabel: (year: string, value: string) => `${year}: ${value}`,
  },
  'lukashenka-2020-official-vs-estimates': {
    title: 'Lukashenka’s 2020 share: the official result and three independent estimates',
    subtitle: 'Four different measures, each a share of something different: not one thing measured four times',
    categoryHeading: 'Measure',
    rowLabel: (name: string, kind: string, of: string) => `${name} (${kind}): ${of}`,
    columnLabel: 'Lukashenka’s share',
    part: (name: string, kind: string, value: string, of: string) => `${name}, ${kind}: ${value} ${of}`,
    summary: (parts: readonly string[]) => `Four different measures of Lukashenka’s support in 2020, not one thing measured four times. ${parts.join('; ')}.`,
    solidNote: (official: string) => `Solid bar: the official figure (${official}). Outlined bars: independent estimates, not official; each is labelled with who produced it.`,
    differentNote: 'These are different measures, not measurements of one thing: each bar is a share of a different group, so the gaps between them are not errors of one count.',
    limitsNote: (name: string, limits: string) => `${name}: ${limits}`,
    noneNote: 'No chart on this site sets 2025 official figures beside estimates: no independent count or exit poll of the 2025 vote was found.',
    axisNarrow: 'Share, % (of different groups)',
    axisWide: 'Lukashenka’s share, % (each of a different group)',
    kindOfficial: 'official',
    kindEstimate: 'estimate, not official',
    narrowEstimate: 'ESTIMATE, not official',
    narrowOfficial: 'OFFICIAL figure',
    wideEstimate: (producer: string) => `Estimate, not official · ${producer}`,
    wideOfficial: (producer: string) => `Official figure · ${producer}`,
    stageText: (stage: string, from: string | undefined) => `${stage} (CEC result)${from ? `; estimates from ${from}` : ''}`,
    creditLine: (n: number) => `The CEC’s official result beside independent estimates from ${n} sources, listed on the chart page`,
    stateProducer: 'state',
    bars: {
      cec: { name: 'CEC official result', short: 'CEC official result', of: 'of all voters who took part', ofShort: 'of all who took part' },
      protocols: {
        name: 'Protocols the platforms obtained', short: 'Platforms’ protocols',
        of: (stations: string) => `of voters at those ${stations} stations only`, ofShort: (stations: string) => `at ${stations} stations only`,
      },
      jointStudy: {
        name: 'Joint study of 2021 (a model)', short: 'Joint study (model)',
        of: (turnout: string) => `of votes at an assumed ${turnout} turnout`, ofShort: (turnout: string) => `at assumed ${turnout} turnout`,
      },
      chathamHouse: { name: 'Chatham House poll, September 2020', short: 'Chatham House poll', of: 'of urban respondents saying how they voted', ofShort: 'of urban respondents' },
    },
  },
  maps: {
    geoNote: (attribution: string) => `${attribution} (admin-1 boundaries, public domain), simplified. Minsk city, the smallest region, is shown again enlarged in the box at the top left.`,
    attribution: 'Map: Natural Earth',
    /** A region page's locator map. */
    locator: {
      title: (name: string, short: string) => `Where ${name} is: the seven regions of Belarus, ${short} highlighted`,
      thisPage: (short: string) => `${short} (this page)`,
      borders: 'Borders:',
    },
    scaleNote: (classes: number, step: number, stepText: string, from: string, to: string, shared: boolean) =>
      `Colours: ${classes} classes of ${stepText} ${step === 1 ? 'point' : 'points'} each, from ${from} to ${to}; a value on a boundary is in the class above it.${shared ? ' The 2020 and 2025 maps share this scale, so a colour means the same on both.' : ''}`,
    turnoutSummary: (when: string, xs: readonly Item[], max: Item | undefined, min: Item | undefined) =>
      `Turnout at the close of polls ${when}, by region: ${items(xs)}.${max && min ? ` Highest in ${max.label} (${max.value}), lowest in ${min.label} (${min.value}).` : ''}`,
    legendTurnout: 'Turnout at 20:00, %',
    'turnout-map-2025': {
      title: 'Map: turnout by region at the close of polls, 2025',
      subtitle: (date: string) => `The CEC’s election-night figures at 20:00 on polling day, ${date}; not the final result`,
      columnLabel: 'Turnout at 20:00, 2025',
      when: (date: string) => `on ${date} (CEC election-night figures)`,
      measureNote: (measure: string) => `Turnout here is the ${measure.toLowerCase()}, as the CEC reported it on election night.`,
    },
    'turnout-map-2020': {
      title: 'Map: turnout by region at the close of polls, 2020',
      subtitle: (date: string) => `The CEC’s interim figures at 20:00 on polling day, ${date}, for comparison with 2025`,
      columnLabel: 'Turnout at 20:00, 2020',
      when: (date: string) => `on ${date} (CEC interim figures)`,
      note2020: (note: string) => `2020: ${note}`,
    },
    'turnout-change-map': {
      title: 'Map: change in turnout by region at the close of polls, 2020 to 2025',
      subtitle: 'Turnout at 20:00 on polling day in 2025 minus the same in 2020, in percentage points, from the CEC’s figures on the night',
      columnLabel: 'Change, 2020 to 2025 (percentage points)',
      legend: 'Change, percentage points',
      named: (region: string, value: string) => `${region} (${value})`,
      summary: (up: string | undefined, down: string | undefined, same: string | undefined) =>
        `Turnout at the close of polls, 2025 against 2020: ${[up ? `higher in 2025 than in 2020 in ${up}` : '', down ? `lower in ${down}` : '', same ? `unchanged in ${same}` : ''].filter(Boolean).join('; ')}.`,
      computedNote: (formula: string | undefined, note2020: string) =>
        `Computed by us: ${formula ?? 'turnout at the close of polls in 2025 − the same in 2020'}. 2025: the CEC’s election-night figures; 2020: ${note2020.replace(/^./, (x) => x.toLowerCase())}`,
      measureNote: (measure: string) => `Turnout is the ${measure.toLowerCase()}.`,
      colourNote: ' Orange: lower in 2025; purple: higher.',
      stageText: (dates: string | undefined) => `computed by us from the CEC’s figures at the close of polls${dates ? `, ${dates}` : ''}`,
    },
  },
  /** The chart's own page and the gallery of charts. */
  page: {
    notes: 'Notes',
    data: 'Data',
    downloads: 'Downloads',
    dataFiles: 'Data',
    image: 'Image',
    embed: 'Embed this chart',
    licenceBefore: 'The data and the images are licensed ',
    licenceAfter: ': use them, with credit to this site.',
    csvBefore: ': one row per value, with its status, stage, date and sources; a figure no source gives is an empty cell with the status ',
    jsonBefore: ': the same values (',
    jsonAfter: ' where no source gives one), the notes and the full sources.',
    download: (dark: boolean, what: string, size: string) => `${dark ? 'Dark' : 'Light'} background: ${what}, ${size}`,
    png: (width: string, height: string) => `PNG, ${width} × ${height} pixels`,
    svg: 'SVG, vector',
    kb: (n: string) => `${n} KB`,
    galleryLede: (licence: string) =>
      `Each chart has its own page with its data table, notes and sources, the data as CSV and JSON, the image as PNG and SVG, and code to embed it in another site. The charts and data are licensed ${licence}.`,
    galleryData: 'Data: ',
  },
  /** The words in the chart's data files and the manifest. */
  downloads: {
    about: (title: string) => `Generated by the site build from content/data; do not edit. Data of the chart "${title}".`,
    manifestAbout: 'Generated by the site build: every chart image with the text it drew and the stage of its data. Paths are site paths, without the base path.',
  },
  /** The words around a chart on a page and in an embed. */
  figure: {
    dataTable: 'Data table',
    /** Before the stage and date of the data, after the sources. */
    data: 'Data: ',
    more: 'Data, downloads and embed code',
    moreFor: (title: string) => ` for “${title}”`,
    tableCaption: (title: string, stage: string) => `${title}: the data (${stage})`,
    /** {key}: the Escape key's name, as printed on the key. */
    hint: 'Interactive chart: use the arrow keys to read each value, {key} to hide it.',
    source: 'Source: ',
    sources: 'Sources: ',
    sourceLine: (sources: string, stage: string) => `${sources}. Data: ${stage}.`,
    creditRest: (licence: string) => ` · ${licence} · data, downloads and notes on the chart page`,
    credit: (site: string, rest: string) => `Chart: ${site}${rest}`,
  },
};
