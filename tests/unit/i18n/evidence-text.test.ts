/**
 * The Belarusian and Russian text of the evidence, the changelog and the
 * corrections: `npm run validate` requires every version, with the English
 * figure placeholders, and names the file, the record and the field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/problems.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { makeTree, pick, type Tree } from '../../fixtures/invalid/work-tree.ts';
import type { Mutation } from '../../fixtures/invalid/mutations.ts';

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.cleanup()));

const RULES: Mutation[] = [
  {
    name: 'evidence summary without its Belarusian version',
    why: 'the Belarusian evidence page would show English where the item says what it found',
    edit: (d) => { delete pick(d['evidence.json'], 'golos-protocols-2020').summaryBe; },
    expect: ['content/data/evidence.json: [golos-protocols-2020].summaryBe: expected the Belarusian version of the English beside it, found nothing (the field is missing)'],
  },
  {
    name: 'estimate without the Russian words for what it counts',
    why: 'an estimate is read with what it is a share of, in every edition',
    edit: (d) => { delete pick(d['evidence.json'], 'chatham-house-2020').estimates['lukashenka-share'].ofRu; },
    expect: ['content/data/evidence.json: [chatham-house-2020].estimates.lukashenka-share.ofRu: expected the Russian version of the English beside it, found nothing (the field is missing)'],
  },
  {
    name: 'evidence sample with a figure typed by hand in Russian',
    why: 'a figure comes from the data in every edition, never typed into one',
    edit: (d) => { const e = pick(d['evidence.json'], 'hrdfe-2020'); e.sampleRu = e.sampleRu.replace('{{evidence.hrdfe-2020.accredited}}', '1700'); },
    expect: ['content/data/evidence.json: [hrdfe-2020].sampleRu: expected the English text\'s figure placeholders ({{evidence.hrdfe-2020.accredited}}), found none'],
  },
  {
    name: 'changelog change without its Russian version',
    why: 'the Russian about page and feed list every change to the data in Russian',
    edit: (d) => { delete pick(d['changelog.json'], 'first-publication').changeRu; },
    expect: ['content/data/changelog.json: [first-publication].changeRu: expected the Russian version of the English beside it, found nothing (the field is missing)'],
  },
  {
    name: 'correction reason without its Belarusian version',
    why: 'the reason for a correction is read in the reader’s language (the corrected wording stays English)',
    edit: (d) => { delete pick(d['corrections.json'], 'result-observers').whyBe; },
    expect: ['content/data/corrections.json: [result-observers].whyBe: expected the Belarusian version of the English beside it, found nothing (the field is missing)'],
  },
  {
    name: 'English left in a Russian correction reason',
    why: 'a Latin word outside «…» and the allowed names is English left untranslated',
    edit: (d) => { pick(d['corrections.json'], 'result-observers').whyRu = 'There were observers, аккредитованные государством.'; },
    expect: ['content/data/corrections.json: [result-observers].whyRu: expected Russian words only: Latin only inside «…», in the name of a person with no Russian form in people.json, or in src/i18n/data-text.ts LATIN_ALLOWED, found "There", "were", "observers"'],
  },
];

describe('the evidence, changelog and corrections text per edition', () => {
  it.each(RULES.map((m) => [m.name, m] as const))('%s fails, naming file, record and field', (_name, m) => {
    const tree = makeTree(m);
    trees.push(tree);
    const result = loadDataset(tree.root);
    expect(result.ok, `${m.name} was accepted`).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(m.expect);
  });
});
