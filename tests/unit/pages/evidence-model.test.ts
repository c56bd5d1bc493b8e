// /evidence/: 2020 and 2025 side by side, topic by topic, each item labelled with who produced it.
import { describe, expect, it } from 'vitest';
import { realData } from './fixtures.ts';
import { evidenceModel, methodAndLimits, PRODUCER_MEANINGS } from '../../../src/models/evidence.ts';
import { EVIDENCE_TOPICS, PRODUCER_IDS } from '../../../src/schemas/index.ts';
import { resolveTextPlain } from '../../../src/data/figures/resolve.ts';
import { sitePageCitations } from '../../../src/models/source-usage.ts';
import { ROUTES } from '../../../src/models/routes.ts';

const { ds, index } = realData();
const m = evidenceModel({ ds, index });
const cards = m.topics.flatMap((t) => t.years.flatMap((y) => y.cards));

describe('evidence', () => {
  it('sets every topic out with 2020 and 2025 side by side, and every item of evidence.json once', () => {
    expect(m.topics.map((t) => t.id)).toEqual(Object.keys(EVIDENCE_TOPICS));
    for (const t of m.topics) expect(t.years.map((y) => y.year)).toEqual([2020, 2025]);
    expect(cards.map((c) => c.item.id).sort()).toEqual(ds.evidence.map((e) => e.id).sort());
    for (const t of m.topics) for (const y of t.years) for (const c of y.cards) expect([c.item.topic, c.item.year]).toEqual([t.id, y.year]);
  });

  it('states the 2025 items not found, first, with their sources cited first', () => {
    expect(m.notFound.map((c) => c.item.id)).toEqual(['independent-count-2025', 'independent-exit-poll-2025', 'candidate-poll-2025', 'in-station-observation-2025']);
    expect(m.notFound.every((c) => !c.item.found && c.producer === undefined && c.estimates.length === 0)).toBe(true);
    expect(m.notFound[0]!.nums[0]).toBe(1);
    expect(m.counts).toEqual({ found2020: 10, found2025: 8, notFound2025: 4 });
  });

  it('labels every item found with a producer from the fixed list, in words', () => {
    for (const c of cards.filter((x) => x.item.found)) {
      expect(PRODUCER_IDS).toContain(c.producer!.id);
      expect(c.producer!.label).toMatch(/^[A-Z][a-z-]+( [a-z-]+)*$/);
    }
    expect(m.producers.map((p) => [p.id, p.label])).toEqual([
      ['independent-civil-society', 'Independent civil society'], ['opposition-aligned', 'Opposition-aligned'], ['independent-research', 'Independent research'],
      ['state', 'State'], ['state-invited-international', 'State-invited international'], ['international-body', 'International body'],
    ]);
    expect(m.producers.every((p) => p.meaning === PRODUCER_MEANINGS[p.id] && p.count > 0)).toBe(true);
  });

  it('gives method and limits in one sentence, confidence in words, and cites every card', () => {
    const golos = cards.find((c) => c.item.id === 'golos-protocols-2020')!;
    expect(resolveTextPlain(index, golos.methodAndLimits!)).toBe(
      'Official polling-station results compared with the photos of marked ballots that voters sent to the Golos platform; limits: not a national estimate and not a random sample: Tsikhanouskaya’s vote was on average 13 times higher at stations with protocols than at stations without; many commissions published no results, and some published them unsigned.',
    );
    expect(methodAndLimits({ ...golos.item, method: undefined, limitations: undefined })).toBeUndefined();
    expect(golos.confidence).toBe('High confidence: the producer’s own text, or two independent sources, say this');
    expect(golos.estimates.map((e) => [e.figure.key, e.figure.display, e.figure.status])).toEqual([['evidence.golos-protocols-2020.lukashenka-share', 'about 61.7%', 'estimate']]);
    for (const c of cards) expect(c.nums.length, c.item.id).toBeGreaterThan(0);
  });

  it('shows the one chart of estimates, and never a 2025 official figure', () => {
    expect(m.chart).toBe('lukashenka-2020-official-vs-estimates');
    for (const c of cards) for (const f of [...c.estimates, ...c.facts]) expect(f.figure.key.startsWith('evidence.')).toBe(true);
  });

  it('is listed with its citations on /sources/', () => {
    const page = sitePageCitations({ ds, index }, []).find((p) => p.path === ROUTES.evidence.path)!;
    expect(page.title).toBe('Can the official numbers be checked?');
    expect(page.sources).toEqual(m.cites.keys);
  });
});
