import type { regions as en } from '../en/regions.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const NOMINATIVE = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'];
const GENITIVE = ['', 'одной', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'];
const word = (words: string[], n: number) => words[n] ?? String(n);

export const regions: Translation<typeof en> = {
  belarus: 'Беларусь',
  index: {
    lede: (oblasts: number, earlyRange: string) =>
      `В Беларуси ${word(NOMINATIVE, oblasts)} ${plural('ru', oblasts, { one: 'область', few: 'области', many: 'областей', other: 'области' })} и столица, Минск, которая считается отдельным регионом. ЦИК сообщала о явке в каждом из них после каждого дня досрочного голосования (${earlyRange}), в полдень в день выборов и при закрытии участков.`,
    interim: 'Это промежуточные цифры ЦИК, а не итоговый протокол.',
    measure: (measure: string, gap: string) => `Цифра в таблице — ${lowerFirst(measure)}. Доли кандидатов по регионам: ${gap}.`,
    tableHeading: 'Явка по дням',
    caption: (regionCount: number) =>
      `Явка нарастающим итогом в ${word(GENITIVE, regionCount)} ${plural('ru', regionCount, { one: 'регионе', few: 'регионах', many: 'регионах', other: 'регионах' })} и в целом по стране после каждого дня досрочного голосования и в день выборов; избирательные участки; цифра 2020 года на момент закрытия участков`,
    region: 'Регион',
    pollingStations: 'Избирательные участки',
    y2020: '2020, 20:00',
    nationalOnly: (checkpoints: string, gap: string) => `${checkpoints}: использованные источники дают только цифру по стране, а для каждого региона указано «${gap}». `,
    abroadStart: 'В 2025 году избирательных участков за рубежом не открывали (',
    abroadMiddle: '; в 2020 году: ',
    abroadEnd: '); граждане, находившиеся за рубежом, могли проголосовать на определённых для этого участках в Беларуси.',
    about2020: (note: string) => `Столбец 2020 года — ${lowerFirst(note)}`,
    charts: 'Графики',
    notFoundHeading: 'Чего не даёт ни один источник',
    eachShown: (gap: string) => `Каждая такая цифра обозначена как «${gap}» — никогда не как догадка или ноль.`,
  },
  region: {
    is: (isCity: boolean, oblasts: number) => ` — ${isCity ? 'столица, которая считается отдельным регионом' : `одна из ${word(GENITIVE, oblasts)} областей`}.`,
    beNamePrefix: 'по-белорусски ',
    closeStart: (date: string) => `При закрытии участков ${date} явка здесь, по данным ЦИК, составила `,
    nationalBefore: (cmp: 'above' | 'below' | 'equal') => `, ${cmp === 'above' ? 'что выше, чем' : cmp === 'below' ? 'что ниже, чем' : 'как и'} в целом по стране: `,
    nationalAfter: '',
    closeEnd: '.',
    y2020Before: (cmp: 'higher' | 'lower' | 'same') => `Это ${cmp === 'higher' ? 'выше, чем' : cmp === 'lower' ? 'ниже, чем' : 'столько же, сколько'} в 2020 году, когда в тот же час называлась цифра `,
    y2020After: '.',
    interim: 'Это промежуточные цифры ЦИК, сообщённые в тот же день.',
    turnoutHeading: 'Явка в ходе досрочного голосования и в день выборов',
    measure: (measure: string) => `${measure} — после каждого дня.`,
    caption: (name: string) => `Явка нарастающим итогом: ${name} и Беларусь в целом`,
    when: 'Когда',
    pollingHeading: 'Избирательные участки',
    pollingIn: (name: string) => `Избирательные участки в ${name}`,
    pollingNational: 'В Беларуси в целом',
    y2020Heading: '2020 год для сравнения',
    registered2020: 'Избирателей в списках (до выборов)',
    turnoutClose2020: 'Явка на момент закрытия участков',
    share2020: (surname: string) => `${surname}: доля голосов`,
    notFoundHeading: 'Чего не даёт ни один источник',
    notFoundItem: (text: string, gap: string) => `${text.replace(/\.$/, '')}: ${gap}.`,
    turnoutGap: (checkpoint: string, gap: string) => `Явка, ${lowerFirst(checkpoint)}: ${gap}.`,
    otherRegions: 'Другие регионы',
    allRegions: 'Все регионы',
  },
};
