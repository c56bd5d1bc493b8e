import type { timeline as en } from '../en/timeline.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

export const timeline: Translation<typeof en> = {
  lede: (count) =>
    `${plural('be', count, { one: '{n} падзея', few: '{n} падзеі', many: '{n} падзей', other: '{n} падзеі' })} ад прызначэння выбараў да інаўгурацыі ў храналагічным парадку. Для кожнай названы крыніцы; дзе крыніц мала, пазначана ступень упэўненасці, а сцвярджэнне, якое робіць толькі адзін бок, пададзена як сцвярджэнне гэтага боку.`,
  kinds: 'Віды падзей:',
  categories: {
    process: 'Галасаванне',
    candidates: 'Кандыдаты',
    prisoners: 'Палітычныя вязні',
    international: 'Міжнародная рэакцыя',
    results: 'Вынікі',
  },
  confidence: {
    medium: 'сярэдняя ступень упэўненасці',
    low: 'нізкая ступень упэўненасці',
    'single-source': 'адна крыніца',
  },
  about: (date) => `каля ${date}`,
};
