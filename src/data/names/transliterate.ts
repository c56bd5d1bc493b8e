/**
 * The one rule by which the site derives a form of a person's name that the
 * reference does not give (content/data/README.md, "Names", states it in
 * words). Every derived form in content/data/people.json is marked
 * `transliterated`, and `npm run validate` recomputes it with these functions.
 *
 * - beLatin(be):   Belarusian Cyrillic → the site's Belarusian-based Latin
 *                  (the display form).
 * - beFromBeLatin(latin): the inverse, for people the reference names only in
 *                  Belarusian-based Latin.
 * - beFromLacinka(l): Belarusian Łacinka (Andrej Sannikaŭ) → Cyrillic.
 * - ruFromRuLatin(latin): Russian-based Latin (Kebich) → Russian Cyrillic.
 * - beFromRu(ru):  Russian Cyrillic → Belarusian Cyrillic: given names by the
 *                  table below, other words letter by letter.
 * - ruLatin(ru):   Russian Cyrillic → Russian-based Latin.
 *
 * What the letter rules cannot know, they do not guess: stress (so no akanne:
 * a Russian о stays о in a derived Belarusian form) and the soft sign of a
 * Latin form (Igor stays Игор). That is why such forms say `transliterated`.
 */

const VOWELS_BE = 'аеёіоуыэюя';
const VOWELS_LAT = 'aeiouy';

function keepCase(src: string, out: string): string {
  if (!src) return out;
  return src[0] === src[0]!.toUpperCase() && src[0] !== src[0]!.toLowerCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

function mapWords(s: string, f: (word: string) => string): string {
  return s.replace(/[\p{L}’']+/gu, (w) => keepCase(w, f(w.toLowerCase())));
}

/** Given names as the site writes them (one spelling per given name, PRODUCT "Names"); any orthography. */
const BE_GIVEN_LATIN: Record<string, string> = { 'аляксандр': 'alyaksandr', 'аляксандар': 'alyaksandr', 'вячаслаў': 'vyachaslau' };
/** Russian given names and their Belarusian forms, as the reference gives them for the candidates. */
const RU_GIVEN_TO_BE: Record<string, string> = {
  'александр': 'аляксандр', 'сергей': 'сяргей', 'олег': 'алег', 'анна': 'ганна', 'светлана': 'святлана', 'татьяна': 'тацяна',
  'вячеслав': 'вячаслаў', 'владимир': 'уладзімір', 'игорь': 'ігар', 'андрей': 'андрэй', 'ольга': 'вольга', 'иван': 'іван',
};

/** The same table keyed without soft signs, so that a name read back from Latin (Игор) finds its entry (игорь). */
const RU_GIVEN_TO_BE_PLAIN = new Map(Object.entries(RU_GIVEN_TO_BE).map(([k, v]) => [k.replace(/ь/g, ''), v]));

const BE_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', ж: 'zh', з: 'z', і: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', ь: '', э: 'e', '’': '', "'": '',
};
const BE_IOTATED: Record<string, [string, string]> = { е: ['ye', 'e'], ё: ['yo', 'io'], ю: ['yu', 'iu'], я: ['ya', 'ia'] };

/** Belarusian Cyrillic → Belarusian-based Latin: е, ё, ю, я are ye, yo, yu, ya at the start of a word or after a vowel, ў, ь or apostrophe, else e, io, iu, ia; й and і are i; ў is u; г is h; х is kh; ь and apostrophes are dropped. */
export function beLatin(be: string): string {
  return mapWords(be, (w) => {
    if (BE_GIVEN_LATIN[w]) return BE_GIVEN_LATIN[w]!;
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      const prev = i ? w[i - 1]! : '';
      if (BE_IOTATED[c]) out += !prev || VOWELS_BE.includes(prev) || 'ўь’\''.includes(prev) ? BE_IOTATED[c]![0] : BE_IOTATED[c]![1];
      else out += BE_LAT[c] ?? c;
    }
    return out;
  });
}

/** Belarusian-based Latin → Belarusian Cyrillic, the inverse of beLatin where it is unambiguous: ya/ia → я (iu, ie, io likewise); u after a vowel → ў; i after a vowel before a consonant or at the end → й; e after р, ж, ш, ч, ц → э, else е (э at the start of a word); h → г; y → ы. */
export function beFromBeLatin(latin: string): string {
  const multi: [string, string][] = [['dzh', 'дж'], ['shch', 'шч'], ['kh', 'х'], ['zh', 'ж'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['dz', 'дз'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е'], ['ia', 'я'], ['iu', 'ю'], ['io', 'ё'], ['ie', 'е']];
  const single: Record<string, string> = { a: 'а', b: 'б', v: 'в', h: 'г', g: 'ґ', d: 'д', z: 'з', i: 'і', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', y: 'ы', e: 'е', c: 'ц', x: 'кс', j: 'й', w: 'в', q: 'к' };
  return mapWords(latin, (w) => {
    let out = '';
    let i = 0;
    while (i < w.length) {
      const prevOut = out.at(-1) ?? '';
      const afterVowel = !!prevOut && VOWELS_BE.includes(prevOut);
      const m = multi.find(([l]) => w.startsWith(l, i) && !(l.startsWith('i') && (i === 0 || afterVowel)));
      if (m) { out += m[1]; i += m[0].length; continue; }
      const c = w[i]!;
      const next = w[i + 1] ?? '';
      if (c === 'u' && afterVowel) out += 'ў';
      else if (c === 'i' && afterVowel && !(next && VOWELS_LAT.includes(next))) out += 'й';
      else if (c === 'y' && afterVowel && !(next && VOWELS_LAT.includes(next))) out += 'й';
      else if (c === 'e') out += !prevOut || 'ржшчц'.includes(prevOut) ? 'э' : 'е';
      else out += single[c] ?? c;
      i++;
    }
    return out;
  });
}

/** Łacinka → Belarusian Cyrillic: č ч, š ш, ž ж, ŭ ў, ł л, l ль (л before i, ja, je, ju, jo, ia…), ć ць, ś сь, ź зь, ń нь, c ц, ch х, dz дз, dž дж, j й (ja я, je е, ju ю, jo ё), ia/ie/iu/io after a consonant я/е/ю/ё, e э, y ы, i і. */
export function beFromLacinka(l: string): string {
  const multi: [string, string][] = [['dž', 'дж'], ['dz', 'дз'], ['ch', 'х'], ['ja', 'я'], ['je', 'е'], ['ju', 'ю'], ['jo', 'ё'], ['ia', 'я'], ['ie', 'е'], ['iu', 'ю'], ['io', 'ё']];
  const single: Record<string, string> = { a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ць', d: 'д', e: 'э', f: 'ф', g: 'ґ', h: 'г', i: 'і', j: 'й', k: 'к', ł: 'л', l: 'ль', m: 'м', n: 'н', ń: 'нь', o: 'о', p: 'п', r: 'р', s: 'с', ś: 'сь', š: 'ш', t: 'т', u: 'у', ŭ: 'ў', v: 'в', y: 'ы', z: 'з', ź: 'зь', ž: 'ж' };
  return mapWords(l, (w) => {
    let out = '';
    let i = 0;
    while (i < w.length) {
      const m = multi.find(([x]) => w.startsWith(x, i) && !(x.startsWith('i') && (i === 0 || 'aeiouy'.includes(w[i - 1]!))));
      if (m) {
        // A soft l before an iotated vowel is written by the vowel alone.
        if (out.endsWith('ь') && !m[1].startsWith('д') && m[1] !== 'х') out = out.slice(0, -1);
        out += m[1];
        i += m[0].length;
        continue;
      }
      const c = w[i]!;
      if (c === 'l' && /^(?:i|a|e|u|o)/.test(w.slice(i + 1)) && w[i + 1] !== undefined) {
        // l before a vowel is soft: ля, ле, лю, лё, лі.
        const v = w[i + 1]!;
        out += { a: 'ля', e: 'ле', u: 'лю', o: 'лё', i: 'лі' }[v as 'a'] ?? 'л';
        i += 2;
        continue;
      }
      out += single[c] ?? c;
      i++;
    }
    return out;
  });
}

/** Given names read back from Latin, where the letters alone would lose a soft sign or a vowel. */
const RU_GIVEN_FROM_LATIN: Record<string, string> = {
  igor: 'игорь', olga: 'ольга', tatiana: 'татьяна', tatyana: 'татьяна', alexander: 'александр', aleksandr: 'александр',
  sergei: 'сергей', sergey: 'сергей', andrei: 'андрей', andrey: 'андрей', yevgeny: 'евгений', yevgeniy: 'евгений',
};

/** Russian-based Latin → Russian Cyrillic (BGN/PCGN read backwards): shch щ, kh х, zh ж, ts ц, ch ч, sh ш, ya я, yu ю, yo ё, ye е; y ы after a consonant, й after a vowel; i й after a vowel before a consonant or at the end, else и; e э at the start of a word, else е; x кс. No soft signs. */
export function ruFromRuLatin(latin: string): string {
  const multi: [string, string][] = [['shch', 'щ'], ['kh', 'х'], ['zh', 'ж'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е']];
  const single: Record<string, string> = { a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', z: 'з', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', x: 'кс', c: 'к', h: 'х', w: 'в', j: 'й', q: 'к' };
  return mapWords(latin, (w) => {
    if (RU_GIVEN_FROM_LATIN[w]) return RU_GIVEN_FROM_LATIN[w]!;
    let out = '';
    let i = 0;
    while (i < w.length) {
      const m = multi.find(([l]) => w.startsWith(l, i));
      if (m) { out += m[1]; i += m[0].length; continue; }
      const c = w[i]!;
      const next = w[i + 1] ?? '';
      const afterVowel = i > 0 && VOWELS_LAT.includes(w[i - 1]!);
      if (c === 'y') out += afterVowel ? 'й' : 'ы';
      else if (c === 'i') out += afterVowel && !(next && VOWELS_LAT.includes(next)) ? 'й' : 'и';
      else if (c === 'e') out += i === 0 ? 'э' : 'е';
      else out += single[c] ?? c;
      i++;
    }
    return out;
  });
}

/** Russian Cyrillic → Belarusian Cyrillic: given names by RU_GIVEN_TO_BE; else и → ы after ж ш ч ц р, і elsewhere; е → э and ё → о after those; щ → шч; ъ → apostrophe; т and д before е ё ю я і ь → ц and дз; в after a vowel before a consonant or at the end → ў; ь after р dropped. */
export function beFromRu(ru: string): string {
  return mapWords(ru, (w) => {
    const given = RU_GIVEN_TO_BE_PLAIN.get(w.replace(/ь/g, ''));
    if (given) return given;
    let s = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      const prev = s.at(-1) ?? '';
      const hard = !!prev && 'жшчцр'.includes(prev);
      if (c === 'и') s += hard ? 'ы' : 'і';
      else if (c === 'е' && hard) s += 'э';
      else if (c === 'ё' && hard) s += 'о';
      else if (c === 'щ') s += 'шч';
      else if (c === 'ъ') s += '’';
      else if (c === 'ь' && prev === 'р') s += '';
      else s += c;
    }
    s = s.replace(/т(?=[еёюяіь])/g, 'ц').replace(/д(?=[еёюяіь])/g, 'дз');
    s = s.replace(new RegExp(`(?<=[${VOWELS_BE}])в(?=[^${VOWELS_BE}]|$)`, 'g'), 'ў');
    return s;
  });
}

const RU_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
/** Russian Cyrillic → Russian-based Latin (BGN/PCGN, simplified): е is ye at the start of a word or after a vowel, ъ or ь, else e; ё likewise yo/e; й y; ъ and ь dropped. */
export function ruLatin(ru: string): string {
  return mapWords(ru, (w) => {
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      const prev = i ? w[i - 1]! : '';
      if (c === 'е' || c === 'ё') out += !prev || 'аеёиоуыэюяъь'.includes(prev) ? (c === 'е' ? 'ye' : 'yo') : 'e';
      else out += RU_LAT[c] ?? c;
    }
    return out;
  });
}

/** Belarusian given names and their Russian forms (the inverse of RU_GIVEN_TO_BE, plus яўгені). */
const BE_GIVEN_TO_RU: Record<string, string> = {
  ...Object.fromEntries(Object.entries(RU_GIVEN_TO_BE).map(([ru, be]) => [be, ru])),
  'яўгені': 'евгений', 'яўген': 'евгений', 'аляксандар': 'александр',
};

/** Belarusian Cyrillic → Russian Cyrillic: given names by BE_GIVEN_TO_RU; else і → и, ы → и after к г х, ў → в, э → е, ‘шч’ → щ, apostrophe → ъ, ‘дз’ and ‘ц’ before a soft vowel → д and т. */
export function ruFromBe(be: string): string {
  return mapWords(be, (w) => {
    if (BE_GIVEN_TO_RU[w]) return BE_GIVEN_TO_RU[w]!;
    return w
      .replace(/шч/g, 'щ')
      .replace(/дз(?=[еёюяіь])/g, 'д')
      .replace(/ц(?=[еёюяіь])/g, 'т')
      .replace(/(?<=[кгх])ы/g, 'и')
      .replace(/(?<=[чжшщ])ы/g, 'и')
      .replace(/і/g, 'и')
      .replace(/ў/g, 'в')
      .replace(/э/g, 'е')
      .replace(/[’']/g, 'ъ');
  });
}
