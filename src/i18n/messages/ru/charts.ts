import type { charts as en, Item, SeriesNoun } from '../en/charts.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

const items = (xs: readonly Item[]) => xs.map((x) => `${x.label} — ${x.value}`).join(', ');
const lower = (s: string) => s.replace(/^./, (x) => x.toLowerCase());
const sources = (n: number) => plural('ru', n, { one: '{n} источника', few: '{n} источников', many: '{n} источников', other: '{n} источника' });
const ANY: Record<SeriesNoun, string> = { series: ' ни для одного ряда', region: ' ни для одного региона' };
const EVERY: Record<SeriesNoun, string> = { series: 'все ряды', region: 'все регионы' };

export const charts: Translation<typeof en> = {
  labels: {
    belarus: 'Беларусь',
    againstAll: 'Против всех',
    againstAllInSentence: 'против всех',
    runnerUp: 'Второй по результату кандидат',
    minskCityMap: 'Минск',
    vote: (year, round, rounds) => (rounds > 1 ? `${year} (${round}-й тур)` : String(year)),
    shareOfTookPart: 'Доля от избирателей, принявших участие в голосовании',
    turnoutAt: (time) => `Явка на ${time}`,
    turnout: 'Явка',
    winnerShare: 'Доля победителя (база ЦИК)',
    lukashenkaShare: 'Доля Лукашенко',
  },
  common: {
    gapSentence: (where, gap, noun) => `${where}: ${gap}${noun ? ANY[noun] : ''} в использованных источниках.`,
    everySeries: (label, noun) => `${label} (${EVERY[noun]})`,
    someSeries: (label, series) => `${label} (${series})`,
    description: (subtitle) => `${subtitle}. Диаграмма с таблицей данных, источниками и файлами (CSV, JSON, PNG, SVG), готовая для вставки на другие сайты.`,
    mapDescription: (subtitle) => `${subtitle}. Карта с таблицей данных, источниками и файлами (CSV, JSON, PNG, SVG), готовая для вставки на другие сайты.`,
    creditSources: (n) => `Цифры ЦИК по данным ${sources(n)}; список — на странице диаграммы`,
    creditData: (stageText) => `Данные: ${stageText}`,
    seriesStage: (series, stage) => `${series}: ${stage}`,
    estimateNote: (producer, value, of) => `Оценка, не официальная цифра${producer ? ` (${producer})` : ''}: ${value}${of ? `, ${of}` : ''}.`,
    point: (label, value) => `${label}: ${value}`,
    seriesPoint: (series, label, value) => `${series}, ${label}: ${value}`,
    cecBasis: 'Доли рассчитаны от всех избирателей, принявших участие в голосовании, включая недействительные бюллетени: такую базу использует Центральная избирательная комиссия (ЦИК). Доли от действительных голосов, которые приводят некоторые источники, выше.',
    percentAxisShare: '% от принявших участие',
  },
  checkpoints: {
    row: (label, date) => `${label}, ${date}`,
    shortEarly: (shortLabel, date) => `${lower(shortLabel)} досрочного голосования (${date})`,
    shortDay: (time, date) => `${time} в день выборов (${date})`,
    earlyList: (range, xs) => `досрочное голосование (${range}): ${xs.map((x) => `${lower(x.label)} — ${x.value}`).join(', ')}`,
    dayList: (date, xs) => `день выборов (${date}): ${items(xs)}`,
    axisEarly: (range) => `День досрочного голосования (${range})`,
    axisDay: (range) => `затем время в день выборов (${range})`,
    measureNote: (measure) => `Явка здесь — ${lower(measure)}; каждая цифра включает предыдущие дни.`,
  },
  'vote-share-2025': {
    title: 'Доли голосов, президентские выборы 2025 года',
    subtitle: (date) => `Доля от избирателей, принявших участие в голосовании (база ЦИК), окончательные итоги, объявленные ${date}`,
    categoryHeading: 'Кандидат',
    columnLabel: 'Доля от избирателей, принявших участие в голосовании',
    summary: (stage, xs) => `Доля от избирателей, принявших участие в голосовании (${stage}): ${items(xs)}.`,
    againstAllNote: '«Против всех» — вариант в бюллетене, а не кандидат; его столбец стоит на своём месте по величине.',
    preliminarySame: (date) => `Предварительные итоги, объявленные ${date}, дали те же доли.`,
    preliminaryDifferent: (date) => `Предварительные итоги, объявленные ${date}, дали другие доли; страница итогов показывает их рядом с окончательными.`,
  },
  'turnout-by-region-2025': {
    title: (year) => `Явка по регионам на момент закрытия участков, ${year}`,
    subtitle: (time, date) => `Цифры ЦИК на ${time ?? 'момент закрытия участков'} ${date} по шести областям, Минску и стране в целом`,
    categoryHeading: 'Регион',
    columnLabel: 'Явка на момент закрытия участков',
    summary: (national, range, xs) =>
      `${national ? `Беларусь — ${national}` : ''}${range ? `; по регионам — от ${range.min.value} (${range.min.label}) до ${range.max.value} (${range.max.label})` : ''}: ${items(xs)}.`,
    measureNote: (measure) => `Явка здесь — ${lower(measure)}, как её объявила ЦИК в ночь выборов.`,
    finalNote: (date, value) => `Окончательные итоги, объявленные ${date}, дают явку по стране ${value}.`,
    notFoundNote: (what, gap) => `${what.replace(/\.$/, '')}: ${gap}.`,
    axis: 'Явка на 20:00, %',
  },
  'early-voting-2025': {
    title: 'Явка в ходе досрочного голосования и в день выборов, 2025',
    subtitle: (days, range, times, date) =>
      `Явка по стране нарастающим итогом после каждого из ${plural('ru', days, { one: '{n} дня', few: '{n} дней', many: '{n} дней', other: '{n} дня' })} досрочного голосования (${range}) и на ${times} ${date}`,
    categoryHeading: 'Когда',
    columnLabel: 'Явка, Беларусь (нарастающим итогом)',
    summary: (list) => `Явка по стране нарастающим итогом: ${list}.`,
    axis: 'Явка нарастающим итогом, %',
  },
  'early-voting-by-region-2025': {
    title: 'Явка по регионам в ходе досрочного голосования и в день выборов, 2025',
    subtitle: (range) => `Явка нарастающим итогом в шести областях и Минске, ${range}; день без официальной цифры — пробел, а не ноль`,
    categoryHeading: 'Когда',
    range: (region, from, to) => `${region} — ${from} и ${to}`,
    summary: (from, to, ranges) => `Явка нарастающим итогом на ${from} и на ${to}: ${ranges.join(', ')}.`,
    gapSentence: (when, gap) => ` На ${when}: ${gap} ни для одного региона.`,
    axis: 'Явка нарастающим итогом, %',
  },
  'turnout-history': {
    title: (years) => `Явка на каждых президентских выборах, ${years}`,
    subtitle: (runOff) => `Официальная явка, окончательные итоги; ${runOff ? 'в 1994 году был второй тур' : 'все выборы в один тур'}`,
    categoryHeading: 'Выборы',
    columnLabel: 'Явка',
    summary: (xs, max, min) =>
      `Официальная явка: ${items(xs)}.${max && min ? ` Самая высокая — ${max.value} (${max.label}), самая низкая — ${min.value} (${min.label}).` : ''}`,
    note: 'Явка — доля избирателей, принявших участие в голосовании, от числа избирателей в списках, как её опубликовала ЦИК для каждых выборов.',
    axis: 'Явка, %',
  },
  'winner-share-history': {
    title: (years) => `Доля победителя на каждых президентских выборах, ${years}`,
    subtitle: 'Доля кандидата, занявшего первое место, от избирателей, принявших участие в голосовании (база ЦИК), окончательные итоги',
    categoryHeading: 'Выборы',
    rowLabel: (vote, winner) => `${vote}: ${winner}`,
    columnLabel: 'Доля от принявших участие (база ЦИК)',
    summary: (xs) => `Доля кандидата, занявшего первое место, от избирателей, принявших участие в голосовании: ${items(xs)}.`,
    validBasis: (xs) =>
      `Там, где источники дают обе базы: ${xs.map((x) => `${x.vote}: ${x.valid} от действительных голосов и ${x.cec} от принявших участие`).join('; ')}.`,
    runOffNote: (vote, winner) => `${vote}: ни один кандидат не набрал большинства; столбец показывает кандидата, занявшего первое место, — ${winner}.`,
    precisionNote: (vote, published, who, computed, votes, took, reason) =>
      `${vote}, ${who}: источники публикуют ${published}, тогда как из опубликованных чисел получается ${computed} (${votes} из ${took} избирателей, принявших участие). ${reason} Диаграмма показывает опубликованную цифру.`,
    precisionNoteShort: (vote, published, who, computed, reason) => `${vote}, ${who}: источники публикуют ${published}; из чисел голосов получается ${computed}. ${reason}`,
    otherReported: (vote, value, basis, note) => `${vote}: также широко повторяется ${value} (база: ${basis}). ${note}`,
    bases: { valid: 'действительные голоса', 'took-part': 'принявшие участие', unclear: 'неясна' },
  },
  'against-all-vs-runner-up': {
    title: (years) => `«Против всех» и второй по результату кандидат, ${years}`,
    subtitle: 'Доля от избирателей, принявших участие в голосовании (база ЦИК), окончательные итоги',
    categoryHeading: 'Выборы',
    rowLabel: (vote, runnerUp) => (runnerUp ? `${vote} (второй: ${runnerUp})` : vote),
    vote: (vote, againstAll, runnerUp, runnerUpValue) => `${vote}: против всех — ${againstAll}, ${runnerUp ?? 'второй по результату кандидат'} — ${runnerUpValue}`,
    summary: (votes, ahead, aheadList) =>
      `${votes.join('; ')}.${ahead.length ? ` Вариант «Против всех» опередил второго по результату кандидата на выборах ${aheadList}.` : ' Вариант «Против всех» ни разу не опередил второго по результату кандидата.'}`,
    secondNote: 'Второй по результату кандидат — тот, кто занял второе место на каждых выборах.',
    startNote: (first, missing, gap) => `Диаграмма начинается с выборов ${first}: для выборов ${missing} доля «против всех» по базе ЦИК — ${gap}.`,
    axis: '% от принявших участие',
    valueAgainstAll: (value) => `${value} против всех`,
    valueRunnerUp: (value, surname) => `${value} ${surname}`,
  },
  'turnout-2020-vs-2025-by-region': {
    title: 'Явка по регионам на момент закрытия участков, 2020 и 2025',
    subtitle: (dates) => `Цифры ЦИК на 20:00 в день выборов, ${dates}`,
    categoryHeading: 'Регион',
    columnLabel: (year) => `Явка, ${year}`,
    region: (region, a, yearA, b, yearB) => `${region}: ${yearA} — ${a}, ${yearB} — ${b}`,
    summary: (parts, higher, yearB, lower) => {
      const verdict = [higher ? `выше — ${higher}` : '', lower ? `ниже — ${lower}` : ''].filter(Boolean).join('; ');
      return `${parts.join('; ')}.${verdict ? ` Явка в ${yearB} году была ${verdict}.` : ''}`;
    },
    note2025: (year, measure) => `${year}: ${lower(measure)}.`,
    note2020: (year, note) => `${year}: ${note}`,
    axis: 'Явка на 20:00, %',
    valueLabel: (year, value) => `${year}: ${value}`,
  },
  'lukashenka-2020-official-vs-estimates': {
    title: 'Доля Лукашенко в 2020 году: официальный результат и три независимые оценки',
    subtitle: 'Четыре разных измерения, каждое — доля от чего-то своего, а не одно и то же, измеренное четыре раза',
    categoryHeading: 'Измерение',
    rowLabel: (name, kind, of) => `${name} (${kind}): ${of}`,
    columnLabel: 'Доля Лукашенко',
    part: (name, kind, value, of) => `${name}, ${kind}: ${value} ${of}`,
    summary: (parts) => `Четыре разных измерения поддержки Лукашенко в 2020 году, а не одно и то же, измеренное четыре раза. ${parts.join('; ')}.`,
    solidNote: (official) => `Сплошной столбец: официальная цифра (${official}). Контурные столбцы: независимые оценки, не официальные; на каждом указано, кто её сделал.`,
    differentNote: 'Это разные измерения, а не измерения одного и того же: каждый столбец — доля от своей группы, поэтому разница между ними — не ошибка одного подсчёта.',
    limitsNote: (name, limits) => `${name}: ${limits}`,
    noneNote: 'Ни одна диаграмма на этом сайте не ставит официальные цифры 2025 года рядом с оценками: независимого подсчёта или экзитпола выборов 2025 года не найдено.',
    axisNarrow: 'Доля, % (от разных групп)',
    axisWide: 'Доля Лукашенко, % (каждая — от своей группы)',
    kindOfficial: 'официальная цифра',
    kindEstimate: 'оценка, не официальная',
    narrowEstimate: 'ОЦЕНКА, не официальная',
    narrowOfficial: 'ОФИЦИАЛЬНАЯ цифра',
    wideEstimate: (producer) => `Оценка, не официальная · ${producer}`,
    wideOfficial: (producer) => `Официальная цифра · ${producer}`,
    stageText: (stage, from) => `${stage} (результат ЦИК)${from ? `; оценки с ${from}` : ''}`,
    creditLine: (n) => `Официальный результат ЦИК рядом с независимыми оценками по данным ${sources(n)}; список — на странице диаграммы`,
    stateProducer: 'государство',
    bars: {
      cec: { name: 'Официальный результат ЦИК', short: 'Официальный результат ЦИК', of: 'от всех избирателей, принявших участие', ofShort: 'от всех принявших участие' },
      protocols: {
        name: 'Протоколы, полученные платформами', short: 'Протоколы платформ',
        of: (stations) => `от избирателей только на этих ${stations} участках`, ofShort: (stations) => `только на ${stations} участках`,
      },
      jointStudy: {
        name: 'Совместное исследование 2021 года (модель)', short: 'Совместное исследование (модель)',
        of: (turnout) => `от голосов при предполагаемой явке ${turnout}`, ofShort: (turnout) => `при предполагаемой явке ${turnout}`,
      },
      chathamHouse: { name: 'Опрос Chatham House, сентябрь 2020', short: 'Опрос Chatham House', of: 'от городских респондентов, сказавших, как они голосовали', ofShort: 'от городских респондентов' },
    },
  },
  maps: {
    geoNote: (attribution) => `${attribution} (границы регионов первого уровня, общественное достояние), упрощено. Минск, самый маленький регион, показан ещё раз в увеличенном виде в рамке вверху слева.`,
    attribution: 'Карта: Natural Earth',
    scaleNote: (classes, _step, stepText, from, to, shared) =>
      `Цвета: ${plural('ru', classes, { one: '{n} класс', few: '{n} класса', many: '{n} классов', other: '{n} класса' })} по ${stepText}\u00a0п.\u00a0п. каждый, от ${from} до ${to}; значение на границе относится к классу выше.${shared ? ' Карты 2020 и 2025 годов используют одну шкалу, поэтому цвет на них означает одно и то же.' : ''}`,
    turnoutSummary: (when, xs, max, min) =>
      `Явка на момент закрытия участков ${when}, по регионам: ${items(xs)}.${max && min ? ` Самая высокая — ${max.label} (${max.value}), самая низкая — ${min.label} (${min.value}).` : ''}`,
    legendTurnout: 'Явка на 20:00, %',
    'turnout-map-2025': {
      title: 'Карта: явка по регионам на момент закрытия участков, 2025',
      subtitle: (date) => `Цифры ЦИК в ночь выборов на 20:00 в день голосования, ${date}; не окончательный результат`,
      columnLabel: 'Явка на 20:00, 2025',
      when: (date) => `${date} (цифры ЦИК в ночь выборов)`,
      measureNote: (measure) => `Явка здесь — ${lower(measure)}, как её сообщила ЦИК в ночь выборов.`,
    },
    'turnout-map-2020': {
      title: 'Карта: явка по регионам на момент закрытия участков, 2020',
      subtitle: (date) => `Промежуточные цифры ЦИК на 20:00 в день голосования, ${date}, для сравнения с 2025 годом`,
      columnLabel: 'Явка на 20:00, 2020',
      when: (date) => `${date} (промежуточные цифры ЦИК)`,
      note2020: (note) => `2020: ${note}`,
    },
    'turnout-change-map': {
      title: 'Карта: изменение явки по регионам на момент закрытия участков, 2020–2025',
      subtitle: 'Явка на 20:00 в день голосования в 2025 году минус то же в 2020 году, в процентных пунктах, по цифрам ЦИК в ночь выборов',
      columnLabel: 'Изменение, 2020–2025 (процентные пункты)',
      legend: 'Изменение, п.\u00a0п.',
      named: (region, value) => `${region} (${value})`,
      summary: (up, down, same) =>
        `Явка на момент закрытия участков в 2025 году по сравнению с 2020: ${[up ? `выросла — ${up}` : '', down ? `снизилась — ${down}` : '', same ? `не изменилась — ${same}` : ''].filter(Boolean).join('; ')}.`,
      // The formula is written here in words: the derived figure's formula is code's English.
      computedNote: (_formula, note2020) =>
        `Вычислено нами: явка на момент закрытия участков в 2025 году − то же в 2020 году, в процентных пунктах. 2025: цифры ЦИК в ночь выборов; 2020: ${lower(note2020)}`,
      measureNote: (measure) => `Явка — ${lower(measure)}.`,
      colourNote: ' Оранжевый: ниже в 2025 году; фиолетовый: выше.',
      stageText: (dates) => `вычислено нами по цифрам ЦИК на момент закрытия участков${dates ? `, ${dates}` : ''}`,
    },
  },
  downloads: {
    about: (title) => `Создано сборкой сайта из content/data; не редактировать. Данные диаграммы «${title}».`,
    manifestAbout: 'Создано сборкой сайта: каждое изображение диаграммы с нарисованным на нём текстом и стадией его данных. Пути — пути сайта без базового пути.',
  },
  figure: {
    dataTable: 'Таблица данных',
    data: 'Данные: ',
    more: 'Данные, файлы и код для вставки',
    moreFor: (title) => ` к диаграмме «${title}»`,
    tableCaption: (title, stage) => `${title}: данные (${stage})`,
    hint: 'Интерактивная диаграмма: стрелки на клавиатуре читают каждое значение, Escape скрывает его.',
    source: 'Источник: ',
    sources: 'Источники: ',
    sourceLine: (list, stage) => `${list}. Данные: ${stage}.`,
    creditRest: (licence) => ` · ${licence} · данные, файлы и примечания — на странице диаграммы`,
    credit: (site, rest) => `Диаграмма: ${site}${rest}`,
  },
};
