/**
 * Words of the data's Belarusian and Russian text that Debian's hunspell-be
 * and hunspell-ru dictionaries do not know, each with why it is right. Only
 * names in the data, acronyms, glossary terms and standard words missing
 * from the dictionary belong here; tests/unit/i18n/data-spelling.test.ts
 * fails on a flagged word not listed and on an entry no text uses any more.
 * Latin words are not spell-checked: src/i18n/data-text.ts allows them only
 * inside «…» and in the names it lists.
 */
export interface AllowedWord { word: string; reason: string }

const NAME = 'a name form from content/data/people.json (or its case form)';
const ACRONYM = 'an acronym in its usual form';

export const SPELLING_ALLOWED: Record<'be' | 'ru', readonly AllowedWord[]> = {
  be: [
    { word: 'Алену', reason: `${NAME}: accusative of Алена (Маўшук)` },
    { word: 'Блінкен', reason: NAME },
    { word: 'Блінкена', reason: `${NAME}: genitive of Блінкен` },
    { word: 'Бобрыкова', reason: `${NAME}: genitive of Бобрыкоў` },
    { word: 'Гайдукевіча', reason: `${NAME}: genitive of Гайдукевіч` },
    { word: 'Калас', reason: NAME },
    { word: 'Кая', reason: NAME },
    { word: 'Кебіч', reason: NAME },
    { word: 'Кузнечыка', reason: `${NAME}: genitive of Кузнечык` },
    { word: 'Марта', reason: NAME },
    { word: 'Маўшук', reason: NAME },
    { word: 'Рубіо', reason: NAME },
    { word: 'Сыранкова', reason: `${NAME}: genitive of Сыранкоў` },
    { word: 'Трампа', reason: `${NAME}: genitive of Трамп` },
    { word: 'Трампу', reason: `${NAME}: dative of Трамп` },
    { word: 'Хіжняка', reason: `${NAME}: genitive of Хіжняк` },
    { word: 'Чэмодановай', reason: `${NAME}: genitive of Чэмоданова (the form the stated rule derives)` },
    { word: 'Энтані', reason: NAME },
    { word: 'Хойнікі', reason: 'the town’s official Belarusian name (a candidate’s place of birth)' },
    { word: 'Вікіпедыя', reason: 'the encyclopaedia’s Belarusian name' },
    { word: 'Вікіпедыі', reason: 'genitive of Вікіпедыя' },
    { word: 'БДІПЧ', reason: `${ACRONYM}: OSCE/ODIHR in Belarusian` },
    { word: 'ЕС', reason: `${ACRONYM}: the European Union` },
    { word: 'ЛДПБ', reason: `${ACRONYM}: the Liberal Democratic Party of Belarus` },
    { word: 'МЗС', reason: `${ACRONYM}: the Ministry of Foreign Affairs` },
    { word: 'РППС', reason: `${ACRONYM}: the Republican Party of Labour and Justice in Belarusian` },
    { word: 'ТАСС', reason: `${ACRONYM}: the news agency’s name` },
    { word: 'ЦВК', reason: `${ACRONYM}: the Central Election Commission (glossary term)` },
    { word: 'ЦК', reason: `${ACRONYM}: Central Committee` },
    { word: 'сту', reason: 'the abbreviation of студзеня that ICU gives for chart axes (src/i18n/format.ts formatShortDate)' },
    { word: 'Перадвыбарчы', reason: 'standard compound (перад + выбарчы) of the election law’s vocabulary; not in the dictionary' },
    { word: 'перадвыбарчага', reason: 'genitive of перадвыбарчы' },
    { word: 'рускамоўнай', reason: 'a form of рускамоўны' },
    { word: 'Праваабарончая', reason: 'the adjective of праваабаронца (which the dictionary has): “human-rights group”' },
    { word: 'паўнавартаснай', reason: 'standard word (паўнавартасны, “full, meaningful”); not in the dictionary' },
    { word: 'нарастальным', reason: 'standard term “нарастальным вынікам” (cumulatively); not in the dictionary' },
    { word: 'легітымным', reason: 'standard word (легітымны, “legitimate”); not in the dictionary' },
    { word: 'заблакіравала', reason: 'perfective of блакіраваць, which the dictionary has' },
  ],
  ru: [
    { word: 'Блинкен', reason: NAME },
    { word: 'Блинкена', reason: `${NAME}: genitive of Блинкен` },
    { word: 'Бобрикова', reason: `${NAME}: genitive of Бобриков` },
    { word: 'Гайдукевича', reason: `${NAME}: genitive of Гайдукевич` },
    { word: 'Каллас', reason: NAME },
    { word: 'Канопацкой', reason: `${NAME}: genitive of Канопацкая` },
    { word: 'Канопацкую', reason: `${NAME}: accusative of Канопацкая` },
    { word: 'Карпенко', reason: NAME },
    { word: 'Кая', reason: NAME },
    { word: 'Кебич', reason: NAME },
    { word: 'Лукашенко', reason: NAME },
    { word: 'Мавшук', reason: NAME },
    { word: 'Рубио', reason: NAME },
    { word: 'Сыранкова', reason: `${NAME}: genitive of Сыранков` },
    { word: 'Трампа', reason: `${NAME}: genitive of Трамп` },
    { word: 'Трампу', reason: `${NAME}: dative of Трамп` },
    { word: 'Хижняка', reason: `${NAME}: genitive of Хижняк` },
    { word: 'Чемодановой', reason: `${NAME}: genitive of Чемоданова` },
    { word: 'Энтони', reason: NAME },
    { word: 'Копысь', reason: 'the official name of the town (a candidate’s place of birth)' },
    { word: 'Краснополье', reason: 'the official Russian name of the town (a candidate’s place of birth)' },
    { word: 'Хойники', reason: 'the official Russian name of the town (a candidate’s place of birth)' },
    { word: 'Беларуси', reason: 'the country’s official name, Беларусь (the dictionary prefers Белоруссия), as Belarusian and independent outlets write it' },
    { word: 'Википедия', reason: 'the encyclopaedia’s name' },
    { word: 'Википедии', reason: 'genitive of Википедия' },
    { word: 'БелТА', reason: `${ACRONYM}: the Belarusian state news agency` },
    { word: 'БДИПЧ', reason: `${ACRONYM}: OSCE/ODIHR in Russian (glossary term)` },
    { word: 'ЕС', reason: `${ACRONYM}: the European Union` },
    { word: 'ЛДПБ', reason: `${ACRONYM}: the Liberal Democratic Party of Belarus` },
    { word: 'ОБСЕ', reason: `${ACRONYM}: the OSCE` },
    { word: 'РПТС', reason: `${ACRONYM}: the Republican Party of Labour and Justice` },
    { word: 'г', reason: 'the abbreviation г. (город) in “г. Минск”, the region’s official name' },
    { word: 'янв', reason: 'the abbreviation янв. that ICU gives for chart axes (src/i18n/format.ts formatShortDate)' },
  ],
};
