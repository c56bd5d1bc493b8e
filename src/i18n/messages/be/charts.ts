import type { charts as en, Item, SeriesNoun } from '../en/charts.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

const items = (xs: readonly Item[]) => xs.map((x) => `${x.label} — ${x.value}`).join(', ');
const lower = (s: string) => s.replace(/^./, (x) => x.toLowerCase());
const sources = (n: number) => plural('be', n, { one: '{n} крыніцы', few: '{n} крыніц', many: '{n} крыніц', other: '{n} крыніцы' });
const ANY: Record<SeriesNoun, string> = { series: ' ні для адной серыі', region: ' ні для аднаго рэгіёну' };
const EVERY: Record<SeriesNoun, string> = { series: 'усе серыі', region: 'усе рэгіёны' };

export const charts: Translation<typeof en> = {
  labels: {
    belarus: 'Беларусь',
    againstAll: 'Супраць усіх',
    againstAllInSentence: 'супраць усіх',
    runnerUp: 'Другі па выніку кандыдат',
    minskCityMap: 'Мінск',
    vote: (year, round, rounds) => (rounds > 1 ? `${year} (${round}-${round === 2 || round === 3 ? 'і' : 'ы'} тур)` : String(year)),
    shareOfTookPart: 'Доля ад выбаршчыкаў, якія прынялі ўдзел у галасаванні',
    turnoutAt: (time) => `Яўка на ${time}`,
    turnout: 'Яўка',
    winnerShare: 'Доля пераможцы (база ЦВК)',
    lukashenkaShare: 'Доля Лукашэнкі',
  },
  common: {
    gapSentence: (where, gap, noun) => `${where}: ${gap}${noun ? ANY[noun] : ''} ў выкарыстаных крыніцах.`,
    everySeries: (label, noun) => `${label} (${EVERY[noun]})`,
    someSeries: (label, series) => `${label} (${series})`,
    description: (subtitle) => `${subtitle}. Дыяграма з табліцай даных, крыніцамі і файламі (CSV, JSON, PNG, SVG), гатовая для ўстаўкі на іншыя сайты.`,
    mapDescription: (subtitle) => `${subtitle}. Карта з табліцай даных, крыніцамі і файламі (CSV, JSON, PNG, SVG), гатовая для ўстаўкі на іншыя сайты.`,
    creditSources: (n) => `Лічбы ЦВК паводле ${sources(n)}; спіс — на старонцы дыяграмы`,
    creditData: (stageText) => `Даныя: ${stageText}`,
    seriesStage: (series, stage) => `${series}: ${stage}`,
    estimateNote: (producer, value, of) => `Ацэнка, не афіцыйная лічба${producer ? ` (${producer})` : ''}: ${value}${of ? `, ${of}` : ''}.`,
    point: (label, value) => `${label}: ${value}`,
    seriesPoint: (series, label, value) => `${series}, ${label}: ${value}`,
    cecBasis: 'Долі разлічаны ад усіх выбаршчыкаў, якія прынялі ўдзел у галасаванні, уключаючы несапраўдныя бюлетэні: такую базу выкарыстоўвае Цэнтральная выбарчая камісія (ЦВК). Долі ад сапраўдных галасоў, якія прыводзяць некаторыя крыніцы, вышэйшыя.',
    percentAxisShare: '% ад тых, хто прыняў удзел',
  },
  checkpoints: {
    row: (label, date) => `${label}, ${date}`,
    shortEarly: (shortLabel, date) => `${lower(shortLabel)} датэрміновага галасавання (${date})`,
    shortDay: (time, date) => `${time} у дзень выбараў (${date})`,
    earlyList: (range, xs) => `датэрміновае галасаванне (${range}): ${xs.map((x) => `${lower(x.label)} — ${x.value}`).join(', ')}`,
    dayList: (date, xs) => `дзень выбараў (${date}): ${items(xs)}`,
    axisEarly: (range) => `Дзень датэрміновага галасавання (${range})`,
    axisDay: (range) => `потым час у дзень выбараў (${range})`,
    measureNote: (measure) => `Яўка тут — ${lower(measure)}; кожная лічба ўключае папярэднія дні.`,
  },
  'vote-share-2025': {
    title: 'Долі галасоў, прэзідэнцкія выбары 2025 года',
    subtitle: (date) => `Доля ад выбаршчыкаў, якія прынялі ўдзел у галасаванні (база ЦВК), канчатковыя вынікі, абвешчаныя ${date}`,
    categoryHeading: 'Кандыдат',
    columnLabel: 'Доля ад выбаршчыкаў, якія прынялі ўдзел у галасаванні',
    summary: (stage, xs) => `Доля ад выбаршчыкаў, якія прынялі ўдзел у галасаванні (${stage}): ${items(xs)}.`,
    againstAllNote: '«Супраць усіх» — варыянт у бюлетэні, а не кандыдат; яго слупок стаіць на сваім месцы паводле велічыні.',
    preliminarySame: (date) => `Папярэднія вынікі, абвешчаныя ${date}, далі тыя ж долі.`,
    preliminaryDifferent: (date) => `Папярэднія вынікі, абвешчаныя ${date}, далі іншыя долі; старонка вынікаў паказвае іх побач з канчатковымі.`,
  },
  'turnout-by-region-2025': {
    title: (year) => `Яўка па рэгіёнах на момант закрыцця ўчасткаў, ${year}`,
    subtitle: (time, date) => `Лічбы ЦВК на ${time ?? 'момант закрыцця ўчасткаў'} ${date} па шасці абласцях, Мінску і краіне ў цэлым`,
    categoryHeading: 'Рэгіён',
    columnLabel: 'Яўка на момант закрыцця ўчасткаў',
    summary: (national, range, xs) =>
      `${national ? `Беларусь — ${national}` : ''}${range ? `; па рэгіёнах — ад ${range.min.value} (${range.min.label}) да ${range.max.value} (${range.max.label})` : ''}: ${items(xs)}.`,
    measureNote: (measure) => `Яўка тут — ${lower(measure)}, як яе абвясціла ЦВК у ноч выбараў.`,
    finalNote: (date, value) => `Канчатковыя вынікі, абвешчаныя ${date}, даюць яўку па краіне ${value}.`,
    notFoundNote: (what, gap) => `${what.replace(/\.$/, '')}: ${gap}.`,
    axis: 'Яўка на 20:00, %',
  },
  'early-voting-2025': {
    title: 'Яўка падчас датэрміновага галасавання і ў дзень выбараў, 2025',
    subtitle: (days, range, times, date) =>
      `Яўка па краіне нарастальным вынікам пасля кожнага з ${plural('be', days, { one: '{n} дня', few: '{n} дзён', many: '{n} дзён', other: '{n} дня' })} датэрміновага галасавання (${range}) і на ${times} ${date}`,
    categoryHeading: 'Калі',
    columnLabel: 'Яўка, Беларусь (нарастальным вынікам)',
    summary: (list) => `Яўка па краіне нарастальным вынікам: ${list}.`,
    axis: 'Яўка нарастальным вынікам, %',
  },
  'early-voting-by-region-2025': {
    title: 'Яўка па рэгіёнах падчас датэрміновага галасавання і ў дзень выбараў, 2025',
    subtitle: (range) => `Яўка нарастальным вынікам у шасці абласцях і Мінску, ${range}; дзень без афіцыйнай лічбы — прабел, а не нуль`,
    categoryHeading: 'Калі',
    range: (region, from, to) => `${region} — ${from} і ${to}`,
    summary: (from, to, ranges) => `Яўка нарастальным вынікам на ${from} і на ${to}: ${ranges.join(', ')}.`,
    gapSentence: (when, gap) => ` На ${when}: ${gap} ні для аднаго рэгіёну.`,
    axis: 'Яўка нарастальным вынікам, %',
  },
  'turnout-history': {
    title: (years) => `Яўка на кожных прэзідэнцкіх выбарах, ${years}`,
    subtitle: (runOff) => `Афіцыйная яўка, канчатковыя вынікі; ${runOff ? 'у 1994 годзе быў другі тур' : 'усе выбары ў адзін тур'}`,
    categoryHeading: 'Выбары',
    columnLabel: 'Яўка',
    summary: (xs, max, min) =>
      `Афіцыйная яўка: ${items(xs)}.${max && min ? ` Найбольшая — ${max.value} (${max.label}), найменшая — ${min.value} (${min.label}).` : ''}`,
    note: 'Яўка — доля выбаршчыкаў, якія прынялі ўдзел у галасаванні, ад колькасці выбаршчыкаў у спісах, як яе апублікавала ЦВК для кожных выбараў.',
    axis: 'Яўка, %',
  },
  'winner-share-history': {
    title: (years) => `Доля пераможцы на кожных прэзідэнцкіх выбарах, ${years}`,
    subtitle: 'Доля кандыдата, які заняў першае месца, ад выбаршчыкаў, якія прынялі ўдзел у галасаванні (база ЦВК), канчатковыя вынікі',
    categoryHeading: 'Выбары',
    rowLabel: (vote, winner) => `${vote}: ${winner}`,
    columnLabel: 'Доля ад тых, хто прыняў удзел (база ЦВК)',
    summary: (xs) => `Доля кандыдата, які заняў першае месца, ад выбаршчыкаў, якія прынялі ўдзел у галасаванні: ${items(xs)}.`,
    validBasis: (xs) =>
      `Там, дзе крыніцы даюць абедзве базы: ${xs.map((x) => `${x.vote}: ${x.valid} ад сапраўдных галасоў і ${x.cec} ад тых, хто прыняў удзел`).join('; ')}.`,
    runOffNote: (vote, winner) => `${vote}: ніводзін кандыдат не набраў большасці; слупок паказвае кандыдата, які заняў першае месца, — ${winner}.`,
    precisionNote: (vote, published, who, computed, votes, took, reason) =>
      `${vote}, ${who}: крыніцы публікуюць ${published}, тады як з апублікаваных лічбаў выходзіць ${computed} (${votes} з ${took} выбаршчыкаў, якія прынялі ўдзел). ${reason} Дыяграма паказвае апублікаваную лічбу.`,
    precisionNoteShort: (vote, published, who, computed, reason) => `${vote}, ${who}: крыніцы публікуюць ${published}; з лічбаў галасоў выходзіць ${computed}. ${reason}`,
    otherReported: (vote, value, basis, note) => `${vote}: шырока паўтараецца таксама ${value} (база: ${basis}). ${note}`,
    bases: { valid: 'сапраўдныя галасы', 'took-part': 'тыя, хто прыняў удзел', unclear: 'незразумелая' },
  },
  'against-all-vs-runner-up': {
    title: (years) => `«Супраць усіх» і другі па выніку кандыдат, ${years}`,
    subtitle: 'Доля ад выбаршчыкаў, якія прынялі ўдзел у галасаванні (база ЦВК), канчатковыя вынікі',
    categoryHeading: 'Выбары',
    rowLabel: (vote, runnerUp) => (runnerUp ? `${vote} (другі: ${runnerUp})` : vote),
    vote: (vote, againstAll, runnerUp, runnerUpValue) => `${vote}: супраць усіх — ${againstAll}, ${runnerUp ?? 'другі па выніку кандыдат'} — ${runnerUpValue}`,
    summary: (votes, ahead, aheadList) =>
      `${votes.join('; ')}.${ahead.length ? ` Варыянт «Супраць усіх» апярэдзіў другога па выніку кандыдата на выбарах ${aheadList}.` : ' Варыянт «Супраць усіх» ні разу не апярэдзіў другога па выніку кандыдата.'}`,
    secondNote: 'Другі па выніку кандыдат — той, хто заняў другое месца на кожных выбарах.',
    startNote: (first, missing, gap) => `Дыяграма пачынаецца з выбараў ${first}: для выбараў ${missing} доля «супраць усіх» паводле базы ЦВК — ${gap}.`,
    axis: '% ад тых, хто прыняў удзел',
    valueAgainstAll: (value) => `${value} супраць усіх`,
    valueRunnerUp: (value, surname) => `${value} ${surname}`,
  },
  'turnout-2020-vs-2025-by-region': {
    title: 'Яўка па рэгіёнах на момант закрыцця ўчасткаў, 2020 і 2025',
    subtitle: (dates) => `Лічбы ЦВК на 20:00 у дзень выбараў, ${dates}`,
    categoryHeading: 'Рэгіён',
    columnLabel: (year) => `Яўка, ${year}`,
    region: (region, a, yearA, b, yearB) => `${region}: ${yearA} — ${a}, ${yearB} — ${b}`,
    summary: (parts, higher, yearB, lower) => {
      const verdict = [higher ? `вышэйшая — ${higher}` : '', lower ? `ніжэйшая — ${lower}` : ''].filter(Boolean).join('; ');
      return `${parts.join('; ')}.${verdict ? ` Яўка ў ${yearB} годзе была ${verdict}.` : ''}`;
    },
    note2025: (year, measure) => `${year}: ${lower(measure)}.`,
    note2020: (year, note) => `${year}: ${note}`,
    axis: 'Яўка на 20:00, %',
    valueLabel: (year, value) => `${year}: ${value}`,
  },
  'lukashenka-2020-official-vs-estimates': {
    title: 'Доля Лукашэнкі ў 2020 годзе: афіцыйны вынік і тры незалежныя ацэнкі',
    subtitle: 'Чатыры розныя вымярэнні, кожнае — доля ад чагосьці свайго, а не адно і тое ж, вымеранае чатыры разы',
    categoryHeading: 'Вымярэнне',
    rowLabel: (name, kind, of) => `${name} (${kind}): ${of}`,
    columnLabel: 'Доля Лукашэнкі',
    part: (name, kind, value, of) => `${name}, ${kind}: ${value} ${of}`,
    summary: (parts) => `Чатыры розныя вымярэнні падтрымкі Лукашэнкі ў 2020 годзе, а не адно і тое ж, вымеранае чатыры разы. ${parts.join('; ')}.`,
    solidNote: (official) => `Суцэльны слупок: афіцыйная лічба (${official}). Контурныя слупкі: незалежныя ацэнкі, не афіцыйныя; на кожным пазначана, хто яе зрабіў.`,
    differentNote: 'Гэта розныя вымярэнні, а не вымярэнні аднаго і таго ж: кожны слупок — доля ад сваёй групы, таму розніца паміж імі — не памылка аднаго падліку.',
    limitsNote: (name, limits) => `${name}: ${limits}`,
    noneNote: 'Ніводная дыяграма на гэтым сайце не ставіць афіцыйныя лічбы 2025 года побач з ацэнкамі: незалежнага падліку або экзіт-пола выбараў 2025 года не знойдзена.',
    axisNarrow: 'Доля, % (ад розных груп)',
    axisWide: 'Доля Лукашэнкі, % (кожная — ад сваёй групы)',
    kindOfficial: 'афіцыйная лічба',
    kindEstimate: 'ацэнка, не афіцыйная',
    narrowEstimate: 'АЦЭНКА, не афіцыйная',
    narrowOfficial: 'АФІЦЫЙНАЯ лічба',
    wideEstimate: (producer) => `Ацэнка, не афіцыйная · ${producer}`,
    wideOfficial: (producer) => `Афіцыйная лічба · ${producer}`,
    stageText: (stage, from) => `${stage} (вынік ЦВК)${from ? `; ацэнкі з ${from}` : ''}`,
    creditLine: (n) => `Афіцыйны вынік ЦВК побач з незалежнымі ацэнкамі паводле ${sources(n)}; спіс — на старонцы дыяграмы`,
    stateProducer: 'дзяржава',
    bars: {
      cec: { name: 'Афіцыйны вынік ЦВК', short: 'Афіцыйны вынік ЦВК', of: 'ад усіх выбаршчыкаў, якія прынялі ўдзел', ofShort: 'ад усіх, хто прыняў удзел' },
      protocols: {
        name: 'Пратаколы, атрыманыя платформамі', short: 'Пратаколы платформаў',
        of: (stations) => `ад выбаршчыкаў толькі на гэтых ${stations} участках`, ofShort: (stations) => `толькі на ${stations} участках`,
      },
      jointStudy: {
        name: 'Сумеснае даследаванне 2021 года (мадэль)', short: 'Сумеснае даследаванне (мадэль)',
        of: (turnout) => `ад галасоў пры меркаванай яўцы ${turnout}`, ofShort: (turnout) => `пры меркаванай яўцы ${turnout}`,
      },
      chathamHouse: { name: 'Апытанне Chatham House, верасень 2020', short: 'Апытанне Chatham House', of: 'ад гарадскіх рэспандэнтаў, якія сказалі, як галасавалі', ofShort: 'ад гарадскіх рэспандэнтаў' },
    },
  },
  maps: {
    geoNote: (attribution) => `${attribution} (межы рэгіёнаў першага ўзроўню, грамадскі набытак), спрошчана. Мінск, найменшы рэгіён, паказаны яшчэ раз павялічаным у рамцы ўверсе злева.`,
    attribution: 'Карта: Natural Earth',
    scaleNote: (classes, _step, stepText, from, to, shared) =>
      `Колеры: ${plural('be', classes, { one: '{n} клас', few: '{n} класы', many: '{n} класаў', other: '{n} класа' })} па ${stepText}\u00a0п.\u00a0п. кожны, ад ${from} да ${to}; значэнне на мяжы адносіцца да вышэйшага класа.${shared ? ' Карты 2020 і 2025 гадоў маюць адну шкалу, таму колер азначае на іх адно і тое ж.' : ''}`,
    turnoutSummary: (when, xs, max, min) =>
      `Яўка на момант закрыцця ўчасткаў ${when}, па рэгіёнах: ${items(xs)}.${max && min ? ` Найбольшая — ${max.label} (${max.value}), найменшая — ${min.label} (${min.value}).` : ''}`,
    legendTurnout: 'Яўка на 20:00, %',
    'turnout-map-2025': {
      title: 'Карта: яўка па рэгіёнах на момант закрыцця ўчасткаў, 2025',
      subtitle: (date) => `Лічбы ЦВК у ноч выбараў на 20:00 у дзень галасавання, ${date}; не канчатковы вынік`,
      columnLabel: 'Яўка на 20:00, 2025',
      when: (date) => `${date} (лічбы ЦВК у ноч выбараў)`,
      measureNote: (measure) => `Яўка тут — ${lower(measure)}, як яе паведаміла ЦВК у ноч выбараў.`,
    },
    'turnout-map-2020': {
      title: 'Карта: яўка па рэгіёнах на момант закрыцця ўчасткаў, 2020',
      subtitle: (date) => `Прамежкавыя лічбы ЦВК на 20:00 у дзень галасавання, ${date}, для параўнання з 2025 годам`,
      columnLabel: 'Яўка на 20:00, 2020',
      when: (date) => `${date} (прамежкавыя лічбы ЦВК)`,
      note2020: (note) => `2020: ${note}`,
    },
    'turnout-change-map': {
      title: 'Карта: змяненне яўкі па рэгіёнах на момант закрыцця ўчасткаў, 2020–2025',
      subtitle: 'Яўка на 20:00 у дзень галасавання ў 2025 годзе мінус тое ж у 2020 годзе, у працэнтных пунктах, паводле лічбаў ЦВК у ноч выбараў',
      columnLabel: 'Змяненне, 2020–2025 (працэнтныя пункты)',
      legend: 'Змяненне, п.\u00a0п.',
      named: (region, value) => `${region} (${value})`,
      summary: (up, down, same) =>
        `Яўка на момант закрыцця ўчасткаў у 2025 годзе ў параўнанні з 2020: ${[up ? `вырасла — ${up}` : '', down ? `знізілася — ${down}` : '', same ? `не змянілася — ${same}` : ''].filter(Boolean).join('; ')}.`,
      // The formula is written here in words: the derived figure's formula is code's English.
      computedNote: (_formula, note2020) =>
        `Вылічана намі: яўка на момант закрыцця ўчасткаў у 2025 годзе − тое ж у 2020 годзе, у працэнтных пунктах. 2025: лічбы ЦВК у ноч выбараў; 2020: ${lower(note2020)}`,
      measureNote: (measure) => `Яўка — ${lower(measure)}.`,
      colourNote: ' Аранжавы: ніжэй у 2025 годзе; фіялетавы: вышэй.',
      stageText: (dates) => `вылічана намі з лічбаў ЦВК на момант закрыцця ўчасткаў${dates ? `, ${dates}` : ''}`,
    },
  },
  downloads: {
    about: (title) => `Створана зборкай сайта з content/data; не рэдагаваць. Даныя дыяграмы «${title}».`,
    manifestAbout: 'Створана зборкай сайта: кожная выява дыяграмы з тэкстам, які на ёй намаляваны, і стадыяй яе даных. Шляхі — шляхі сайта без базавага шляху.',
  },
  figure: {
    dataTable: 'Табліца даных',
    data: 'Даныя: ',
    more: 'Даныя, файлы і код для ўстаўкі',
    moreFor: (title) => ` да дыяграмы «${title}»`,
    tableCaption: (title, stage) => `${title}: даныя (${stage})`,
    hint: 'Інтэрактыўная дыяграма: стрэлкі на клавіятуры чытаюць кожнае значэнне, Escape хавае яго.',
    source: 'Крыніца: ',
    sources: 'Крыніцы: ',
    sourceLine: (list, stage) => `${list}. Даныя: ${stage}.`,
    creditRest: (licence) => ` · ${licence} · даныя, файлы і заўвагі — на старонцы дыяграмы`,
    credit: (site, rest) => `Дыяграма: ${site}${rest}`,
  },
};
