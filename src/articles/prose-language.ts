/**
 * What the prose rules need to know about each language the articles are
 * written in: month names, how a date range is written, the words that state
 * an absolute or a comparison, and the phrases with those words that claim
 * nothing. English is the model (content/articles/README.md, rules 1, 2 and
 * 8); Belarusian and Russian say the same things in their own words and
 * inflect them, so their patterns match word beginnings.
 *
 * JavaScript's \b and \w see only ASCII letters: every pattern here bounds a
 * word with Unicode letter classes instead.
 */
import { MONTHS_LONG } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { WORD_END as E, WORD_START as B } from '../lib/regexp.ts';

export type ClaimKind = 'universal' | 'comparison';

export interface ProseLanguage {
  locale: Locale;
  /** A month name in any form the prose may use. */
  month: RegExp;
  /** A day written with its month ("26 January", "21–25 студзеня", "с 21 по 25 января"). */
  dateExpr: RegExp;
  /** Words that state an absolute or a comparison. */
  claimTriggers: readonly { re: RegExp; kind: ClaimKind }[];
  /** Phrases with a trigger word that claim nothing (a ballot option, an idiom, a bound a figure states). */
  notAClaim: RegExp;
  /** "all five", "усе пяць", "все <Figure/>": a universal over a set the sentence counts. */
  counted: RegExp;
}

/** Stands for a <Figure> in the text the claim triggers are read from. */
export const FIG = '\uE200';

const rx = (src: string, flags = 'giu') => new RegExp(src, flags);

const EN_MONTH = MONTHS_LONG.join('|');
const EN_NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d[\\d,.]*';

const ENGLISH: ProseLanguage = {
  locale: 'en',
  month: rx(`\\b(?:${EN_MONTH})\\b`, 'u'),
  dateExpr: rx(`\\b(\\d{1,2})(?:\\s*(?:–|-|to|and)\\s*(\\d{1,2}))?\\s+(?:${EN_MONTH})\\b|\\b(?:${EN_MONTH})\\s+(\\d{1,2})\\b`, 'gu'),
  claimTriggers: [
    { re: /\bnever\b/gi, kind: 'universal' },
    { re: /\balways\b/gi, kind: 'universal' },
    { re: /\bonly\b/gi, kind: 'universal' },
    { re: /\bnobody\b/gi, kind: 'universal' },
    { re: /\bno one\b/gi, kind: 'universal' },
    { re: /\bnothing\b/gi, kind: 'universal' },
    { re: /\bnone\b/gi, kind: 'universal' },
    { re: /\ball\b/gi, kind: 'universal' },
    { re: /\bevery(?:one|thing|body|where)?\b/gi, kind: 'universal' },
    { re: /\b(?:more|fewer|less)\b(?:\s+[\p{L}’'-]+){0,4}?\s+than\b/giu, kind: 'comparison' },
    { re: /\bmost\b/gi, kind: 'comparison' },
    { re: /\bhighest\b/gi, kind: 'comparison' },
    { re: /\blowest\b/gi, kind: 'comparison' },
    { re: /\bfor the first time\b|\bfirst[\s-]ever\b|\bthe first (?!round\b|day\b|time\b)[\p{L}-]+ (?:to|since|in)\b/giu, kind: 'comparison' },
    { re: /\b(?:a|new|all-time)\s+record\b|\brecord[\s-](?:high|low|turnout|share|number|level)\b/gi, kind: 'comparison' },
    { re: /\bthe exception\b/gi, kind: 'comparison' },
  ],
  notAClaim: /\bagainst[\s-]+all\b|\bat all\b|\bafter all\b|\b(?:more|fewer|less) than \uE200|\b(?:of|by) (?:everyone|everybody|all(?: the)? voters)(?= (?:who|registered|entitled|eligible|on the))/gi,
  counted: rx(`\\b(?:all|every(?: one of)?)(?: (?:the|of the|its|his|their))? (?:${EN_NUMBER_WORDS}|${FIG})(?=\\W|$)`, 'gi'),
};

// Belarusian: nominative, genitive and locative of each month (студзень, студзеня, у студзені).
const BE_MONTH = 'студзе(?:нь|ня|ні)|лют(?:ы|ага|ым)|сакаві(?:к|ка|ку)|красаві(?:к|ка|ку)|ма(?:й|я|і)|чэрве(?:нь|ня|ні)|ліпе(?:нь|ня|ні)|жні(?:вень|ўня|ўні)|верас(?:ень|ня|ні)|кастрычні(?:к|ка|ку)|лістапад(?:а|зе)?|снеж(?:ань|ня|ні)';
const BE_NUMBER_WORDS = 'два|дзве|тры|чатыры|пяць|шэсць|сем|восем|дзевяць|дзесяць|абодва|абедзве|двух|трох|чатырох|пяці|шасці|сямі|васьмі|дзевяці|дзесяці|двое|трое|пяцёра|дваіх|траіх|пяцярых|шасцярых|\\d[\\d\\s.,]*';
const BELARUSIAN: ProseLanguage = {
  locale: 'be',
  month: rx(`${B}(?:${BE_MONTH})${E}`, 'u'),
  dateExpr: rx(`${B}(\\d{1,2})(?:\\s*(?:–|-|па|і|да)\\s*(\\d{1,2}))?\\s+(?:${BE_MONTH})${E}`, 'gu'),
  claimTriggers: [
    { re: rx(`${B}ніколі${E}`), kind: 'universal' },
    { re: rx(`${B}заўсёды${E}`), kind: 'universal' },
    { re: rx(`${B}толькі${E}`), kind: 'universal' },
    { re: rx(`${B}ні(?:хто|кога|кому|кім)${E}`), kind: 'universal' },
    { re: rx(`${B}ніч(?:ога|ым|ому)${E}`), kind: 'universal' },
    { re: rx(`${B}ніводн\\p{L}*|${B}ніводзін${E}`), kind: 'universal' },
    { re: rx(`${B}[уў](?:се|сіх|сім|сімі|ся|сю|сё|весь)${E}`), kind: 'universal' },
    { re: rx(`${B}кожн\\p{L}*`), kind: 'universal' },
    { re: rx(`${B}(?:больш|менш)(?:[\\s,]+[\\p{L}’-]+){0,4}?,?\\s+(?:чым|за)${E}`), kind: 'comparison' },
    { re: rx(`${B}большасц\\p{L}*`), kind: 'comparison' },
    { re: rx(`${B}на(?:йбольш|йменш|йвышэйш|йніжэйш|йвялік|ймаладш|йстарэйш)\\p{L}*`), kind: 'comparison' },
    { re: rx(`${B}рэкорд\\p{L}*`), kind: 'comparison' },
    { re: rx(`${B}[уў]першыню${E}`), kind: 'comparison' },
    { re: rx(`${B}выключэнн\\p{L}*`), kind: 'comparison' },
  ],
  notAClaim: rx(`${B}супраць\\s+[уў]сіх${E}|${B}(?:больш|менш)(?:,?\\s+чым|\\s+за)\\s+${FIG}|${B}(?:ад|з)\\s+(?:колькасці\\s+)?[уў]сіх\\s+(?:зарэгістраваных|выбаршчыкаў)${E}`),
  counted: rx(`${B}(?:[уў]се|[уў]сіх|[уў]сім|кожн\\p{L}*)\\s+(?:з\\s+)?(?:${BE_NUMBER_WORDS}|${FIG})`),
};

const RU_MONTH = 'январ(?:ь|я|е)|феврал(?:ь|я|е)|март(?:а|е)?|апрел(?:ь|я|е)|ма(?:й|я|е)|июн(?:ь|я|е)|июл(?:ь|я|е)|август(?:а|е)?|сентябр(?:ь|я|е)|октябр(?:ь|я|е)|ноябр(?:ь|я|е)|декабр(?:ь|я|е)';
const RU_NUMBER_WORDS = 'два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|оба|обе|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|двое|трое|пятеро|двоих|троих|пятерых|шестерых|\\d[\\d\\s.,]*';
const RUSSIAN: ProseLanguage = {
  locale: 'ru',
  month: rx(`${B}(?:${RU_MONTH})${E}`, 'u'),
  dateExpr: rx(`${B}(\\d{1,2})(?:\\s*(?:–|-|по|и|до)\\s*(\\d{1,2}))?\\s+(?:${RU_MONTH})${E}`, 'gu'),
  claimTriggers: [
    { re: rx(`${B}никогда${E}`), kind: 'universal' },
    { re: rx(`${B}всегда${E}`), kind: 'universal' },
    { re: rx(`${B}(?:только|лишь)${E}`), kind: 'universal' },
    { re: rx(`${B}ник(?:то|ого|ому|ем)${E}`), kind: 'universal' },
    { re: rx(`${B}нич(?:то|его|ем|ему)${E}`), kind: 'universal' },
    { re: rx(`${B}ни\\s+одн\\p{L}*|${B}ни\\s+один${E}`), kind: 'universal' },
    { re: rx(`${B}(?:все|всех|всем|всеми|весь|вся|всю|всё)${E}(?!\\s+(?:ещё|еще|же|равно))`), kind: 'universal' },
    { re: rx(`${B}кажд\\p{L}*`), kind: 'universal' },
    { re: rx(`${B}(?:больше|меньше|более|менее)(?:[\\s,]+[\\p{L}-]+){0,4}?,?\\s+чем${E}`), kind: 'comparison' },
    { re: rx(`${B}большинств\\p{L}*`), kind: 'comparison' },
    { re: rx(`${B}наи(?:больш|меньш|высш|низш)\\p{L}*|${B}сам(?:ый|ая|ое|ые|ого|ой|ом|ых|ым|ую)\\s+(?:высок|низк|больш|мал|крупн)\\p{L}*`), kind: 'comparison' },
    { re: rx(`${B}рекорд\\p{L}*`), kind: 'comparison' },
    { re: rx(`${B}впервые${E}`), kind: 'comparison' },
    { re: rx(`${B}исключени\\p{L}*`), kind: 'comparison' },
  ],
  notAClaim: rx(`${B}против\\s+всех${E}|${B}(?:больше|меньше|более|менее)(?:,?\\s+чем)?\\s+${FIG}|${B}от\\s+(?:числа\\s+)?всех\\s+(?:зарегистрированных|избирателей)${E}`),
  counted: rx(`${B}(?:все|всех|всем|кажд\\p{L}*)\\s+(?:из\\s+)?(?:${RU_NUMBER_WORDS}|${FIG})`),
};

export const PROSE_LANGUAGES: Readonly<Record<Locale, ProseLanguage>> = { en: ENGLISH, be: BELARUSIAN, ru: RUSSIAN };
