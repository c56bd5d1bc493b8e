/**
 * The rules for the prose of the articles, each over the six real articles
 * and over fixtures that must fail:
 *
 * 1. Numbers in prose come from <Figure> (years, days of cited dates and
 *    typedNumbers with a reason excepted); no typedNumbers entry is a figure.
 * 2. A paragraph with a <Figure>, a digit, a month or a quotation mark carries a <Cite>.
 * 3. Quotations are short, exact (source article: by the hashes of its
 *    n-grams; anything else: in the committed reference copy) and attributed.
 * 4. Our own words: no eight consecutive words match the source article,
 *    except allow-listed proper names.
 * 5. 600 to 1,500 words of rendered running text.
 */
import { describe, expect, it } from 'vitest';
import {
  citationTrigger, figureForms, figureNumbers, hasCite, isYear, strayNumbersInBlock, strayNumbersInText,
} from '../../../src/data/validate/articles.ts';
import { parseBody, splitFrontmatter } from '../../../src/articles/body.ts';
import { renderedWordCount } from '../../../src/articles/text.ts';
import { normaliseWords, MAX_NGRAM, OVERLAP_N } from '../../fixtures/seed-ngrams/normalise.ts';
import {
  allowList, copiedRuns, fixture, index, inReference, isSeedNgram, MAX_WORDS, MIN_WORDS, quoteProblems,
  realArticles, resolveKey, seedHashes, validatorLines,
} from './helpers.ts';

const block = (md: string) => parseBody(md).blocks[0]!;

describe('rule 1: numbers in prose come from <Figure>', () => {
  it('allows years 1990–2030, the days of dates in a cited paragraph, and nothing else', () => {
    expect(strayNumbersInText('between 1994 and 2025', [], false)).toEqual([]);
    expect(strayNumbersInText('in 1989 and 2031', [], false)).toEqual(['1989', '2031']);
    expect(strayNumbersInText('on 26 January 2025', [], true)).toEqual([]);
    expect(strayNumbersInText('on 26 January 2025', [], false)).toEqual(['26']);
    expect(strayNumbersInText('from 21 to 25 January, or 21–25 January, or January 26', [], true)).toEqual([]);
    expect(strayNumbersInText('on 32 January', [], true)).toEqual(['32']);
    expect(strayNumbersInText('86.82% of 5,136,293 voters at 12:00', [], true)).toEqual(['86.82%', '5,136,293', '12', '00']);
    expect(strayNumbersInText('after 26 days', [], true)).toEqual(['26']);
    expect(strayNumbersInText('Resolution 2587 (2025)', ['2587'], false)).toEqual([]);
  });

  it('reads components, link targets and MDX comments as not prose', () => {
    const b = parseBody('A <Figure of="2025.final.turnout" /> turnout, [a link](https://example.org/2024/12/x) {/* 86.82 */}<Cite id="shine_0203" />').blocks[0]!;
    expect(strayNumbersInBlock(b, [])).toEqual([]);
  });

  it('finds no stray number in the seven articles', () => {
    for (const a of realArticles) {
      const typed = a.frontmatter!.typedNumbers.map((t) => t.value);
      for (const b of a.body.blocks) {
        if (b.kind === 'component') continue;
        expect(strayNumbersInBlock(b, typed), `${a.file}: line ${b.line}`).toEqual([]);
      }
    }
  });

  it('has a reason for every typed number, and no typed number is a figure in any of its forms', () => {
    const forms = figureForms(index);
    const numbers = figureNumbers(index);
    for (const a of realArticles) {
      for (const t of a.frontmatter!.typedNumbers) {
        expect(t.reason.length, `${a.file}: ${t.value}`).toBeGreaterThanOrEqual(10);
        expect(forms.has(t.value), `${a.file}: ${t.value} is written like a figure`).toBe(false);
        for (const m of t.value.matchAll(/\d+(?:[.,]\d+)*/g)) {
          expect(numbers.has(Number(m[0].replace(/,/g, ''))), `${a.file}: ${t.value} holds the value of ${numbers.get(Number(m[0].replace(/,/g, '')))}`).toBe(false);
        }
      }
    }
  });

  it('knows every formatted form of a figure (so a typed "86.82" or "5136293" is caught)', () => {
    const forms = figureForms(index);
    for (const f of ['86.82%', '86.82', '86.82 percent', '5,136,293', '5136293', '189 thousand', '80.10%', '80.1']) expect(forms.has(f), f).toBe(true);
  });

  it('fails the fixtures that type a figure', () => {
    expect(validatorLines(fixture('invalid/typed-percentage.mdx')).join('\n')).toContain('found "86.82%", "5,136,293"');
    expect(validatorLines(fixture('invalid/typed-number-is-a-figure.mdx')).join('\n')).toContain('frontmatter.typedNumbers[0].value: expected a number that is not a figure in the data');
    expect(validatorLines(fixture('invalid/day-without-cite.mdx')).join('\n')).toContain('found "3"');
  });

  it('isYear is exactly 1990–2030', () => {
    expect([1989, 1990, 2030, 2031].map((y) => isYear(String(y)))).toEqual([false, true, true, false]);
  });

  it('draws the result article’s winner figures from the data (the data-update test looks for them)', () => {
    const result = realArticles.find((a) => a.slug === 'result-at-a-glance')!;
    const keys = result.body.tags.filter((t) => t.name === 'Figure').map((t) => t.attrs.of);
    expect(keys).toContain('2025.final.lukashenka.share');
    expect(keys).toContain('2025.final.lukashenka.votes');
    expect(keys).toContain('2025.final.turnout');
  });
});

describe('rule 2: a paragraph with a figure, a digit, a month or a quotation carries a <Cite>', () => {
  it('names what triggers the rule', () => {
    expect(citationTrigger(block('It rose to <Figure of="2025.final.turnout" />.'))).toBe('a <Figure>');
    expect(citationTrigger(block('In 2020 it was different.'))).toBe('a digit ("In 2020 it was")');
    expect(citationTrigger(block('It happened in January.'))).toBe('a month name ("January")');
    expect(citationTrigger(block('It was called a “sham”.'))).toBe('a quotation mark');
    expect(citationTrigger(block('A sentence in plain words.'))).toBeUndefined();
    expect(citationTrigger(block('## A heading in 2025'))).toBeUndefined();
  });

  it('holds in every paragraph and list item of the seven articles', () => {
    for (const a of realArticles) {
      for (const b of a.body.blocks) {
        const trigger = citationTrigger(b);
        if (trigger) expect(hasCite(b), `${a.file}: line ${b.line} contains ${trigger} but no <Cite>`).toBe(true);
      }
    }
  });

  it('fails the fixtures without one', () => {
    for (const [name, what] of [['figure-without-cite', 'a <Figure>'], ['quote-without-cite', 'a quotation mark'], ['day-without-cite', 'a digit']]) {
      expect(validatorLines(fixture(`invalid/${name}.mdx`)).join('\n')).toContain(`in a paragraph that contains ${what}`);
    }
  });
});

describe('rule 3: quotations are short, exact and attributed', () => {
  it('the committed hashes are the source article’s n-grams (checked with words that are in it and words that are not)', () => {
    expect(seedHashes.size).toBeGreaterThan(5000);
    expect(isSeedNgram(normaliseWords('Yauheni Preiherman'))).toBe(true);
    expect(isSeedNgram(normaliseWords('calmest election in Belarus’s history'))).toBe(true);
    expect(isSeedNgram(normaliseWords('calmest election in Belarus’s recent history'))).toBe(false);
    expect(isSeedNgram([])).toBe(false);
  });

  it('normalises both sides the same way: NFKC, lower case, straight quotes, no punctuation', () => {
    expect(normaliseWords('“Calmest”  ELECTION in Belarus’s  history!')).toEqual(['calmest', 'election', 'in', 'belaruss', 'history']);
    expect(normaliseWords('reality-checking')).toEqual(normaliseWords('reality‐checking'));
    expect(normaliseWords('ﬁve')).toEqual(['five']);
  });

  it('finds reference quotations in the committed copy, word for word', () => {
    expect(inReference(normaliseWords('cannot be free or fair'))).toBe(true);
    expect(inReference(normaliseWords('legislative innovation'))).toBe(true);
    expect(inReference(normaliseWords('cannot be fair or free'))).toBe(false);
  });

  it('holds for every quotation in the seven articles', () => {
    for (const a of realArticles) expect(quoteProblems(a), a.file).toEqual([]);
  });

  it('the articles quote the source article only in short, exact phrases', () => {
    const fromSeed = realArticles.flatMap((a) => a.body.blocks.flatMap((b) => {
      const text = b.parts.filter((p) => typeof p === 'string').join(' ');
      return [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
    }));
    expect(fromSeed.length).toBeGreaterThan(0);
    for (const q of fromSeed) expect(normaliseWords(q).length, q).toBeLessThanOrEqual(MAX_NGRAM);
  });

  it('fails a misquotation of the source article, a misquotation of the reference, an unattributed and an over-long quotation', () => {
    expect(quoteProblems(fixture('invalid/misquote-source-article.mdx'))).toEqual([
      'content/articles/misquote-source-article.mdx: line 11: “most peaceful election Belarus has ever seen”: expected the exact words of the source article (attributed to preiherman_edm), found words it does not contain',
    ]);
    expect(quoteProblems(fixture('invalid/misquote-reference.mdx'))).toEqual([
      'content/articles/misquote-reference.mdx: line 11: “could never possibly be free or fair”: expected words found in the reference (attributed to rferl_blinken), found words the committed reference copy does not contain',
    ]);
    expect(quoteProblems(fixture('invalid/quote-before-its-only-cite.mdx'))).toEqual([
      'content/articles/quote-before-its-only-cite.mdx: line 11: “sham”: expected a <Cite> after it, found none',
    ]);
    expect(quoteProblems(fixture('invalid/long-quote.mdx'))).toEqual([
      'content/articles/long-quote.mdx: line 11: “one two three four five six seven eight nine ten eleven twelve thirteen”: expected 1 to 12 words, found 13',
    ]);
    expect(quoteProblems(fixture('invalid/unclosed-quote.mdx'))).toEqual([
      'content/articles/unclosed-quote.mdx: line 11: expected a closing quotation mark after “sham.',
    ]);
  });

  it('passes the valid fixture’s quotations (one from the reference, one from the source article)', () => {
    expect(quoteProblems(fixture('valid/minimal.mdx'))).toEqual([]);
  });
});

describe(`rule 4: no ${OVERLAP_N} consecutive words of ours match the source article`, () => {
  it('holds for the seven articles', () => {
    for (const a of realArticles) expect(copiedRuns(a), a.file).toEqual([]);
  });

  it('catches eight copied words (an allow-listed name, checked without its allow-list entry)', () => {
    const a = fixture('invalid/copied-name.mdx');
    expect(copiedRuns(a, [])).toEqual(['the office for democratic institutions and human rights']);
    expect(copiedRuns(a)).toEqual([]);
  });

  it('keeps the allow-list short, and each entry a name of at least eight words from the source article, with a reason', () => {
    expect(allowList.length).toBeLessThanOrEqual(5);
    for (const { phrase, reason } of allowList) {
      const words = normaliseWords(phrase);
      expect(words.length, phrase).toBeGreaterThanOrEqual(OVERLAP_N);
      expect(words.length, phrase).toBeLessThanOrEqual(MAX_NGRAM);
      expect(isSeedNgram(words), `${phrase} is not in the source article, so it need not be allowed`).toBe(true);
      expect(reason.length, phrase).toBeGreaterThan(20);
    }
  });
});

describe(`rule 5: ${MIN_WORDS} to ${MAX_WORDS} words of rendered running text`, () => {
  it('holds for the seven articles', () => {
    for (const a of realArticles) {
      const n = renderedWordCount(a.body, resolveKey);
      expect(n, a.file).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(n, a.file).toBeLessThanOrEqual(MAX_WORDS);
    }
  });

  it('counts figures as they print, and leaves out citation marks, charts and imports', () => {
    const body = parseBody([
      "import { Figure, Cite } from '../../src/components/mdx/index.ts';",
      '',
      'He had <Figure of="2025.final.lukashenka.share" /> and <Figure of="2025.final.invalid.votes" long />.<Cite id="shine_0203" />',
      '',
      '<ChartFigure id="vote-share-2025" />',
    ].join('\n'));
    // "He had 86.82% and no official figure found in the sources consulted."
    expect(renderedWordCount(body, resolveKey)).toBe(12);
  });

  it('fails a fixture that is too short, and an article made too long', () => {
    expect(renderedWordCount(fixture('invalid/too-short.mdx').body, resolveKey)).toBeLessThan(MIN_WORDS);
    const tripled = parseBody(`${splitFrontmatter(realArticles[0]!.text).body}\n\n`.repeat(3));
    expect(renderedWordCount(tripled, resolveKey)).toBeGreaterThan(MAX_WORDS);
  });
});
