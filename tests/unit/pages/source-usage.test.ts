// Where each source is used: computed from the same page models the pages render.
import { describe, expect, it } from 'vitest';
import { realData, ARTICLES } from './fixtures.ts';
import { computeSourceUsage, sitePageCitations } from '../../../src/models/source-usage.ts';
import { resultsModel } from '../../../src/models/results.ts';

const { ds, index } = realData();

describe('computeSourceUsage', () => {
  const usage = computeSourceUsage({ ds, index }, ARTICLES, [{ path: '/charts/x/', title: 'Chart X', kind: 'chart', sources: ['wiki_2025'] }]);

  it('has an entry for every source, and nothing else', () => {
    expect([...usage.keys()].sort()).toEqual(ds.sources.map((s) => s.key).sort());
  });

  it('lists a page under a source exactly when the page’s model cites it', () => {
    for (const page of sitePageCitations({ ds, index }, ARTICLES)) {
      for (const s of ds.sources) {
        const listed = usage.get(s.key)!.some((u) => u.path === page.path);
        expect(listed, `${s.key} on ${page.path}`).toBe(page.sources.includes(s.key));
      }
    }
  });

  it('lists the results page under the sources of its figures, once', () => {
    const keys = resultsModel({ ds, index }).cites.keys;
    expect(keys).toContain('plenglish_0127');
    expect(usage.get('plenglish_0127')!.filter((u) => u.path === '/results/2025/')).toHaveLength(1);
  });

  it('lists articles and chart pages after the site pages', () => {
    const joint = usage.get('menafn_joint_0127')!;
    expect(joint.map((u) => u.path)).toEqual(expect.arrayContaining(['/', '/timeline/', '/articles/newer/']));
    expect(joint.findIndex((u) => u.kind === 'article')).toBeGreaterThan(joint.findIndex((u) => u.path === '/timeline/'));
    expect(usage.get('wiki_2025')!.at(-1)).toEqual({ path: '/charts/x/', title: 'Chart X', kind: 'chart' });
  });

  it('covers the region pages and the key that starts with a digit', () => {
    expect(usage.get('menafn_ians_1223')!.map((u) => u.path)).toContain('/results/2025/regions/brest/');
    expect(usage.has('24news_uk_sanctions')).toBe(true);
    expect(usage.get('24news_uk_sanctions')!.map((u) => u.path)).toContain('/timeline/');
  });

  it('refuses a citation of a key that is not a source', () => {
    expect(() => computeSourceUsage({ ds, index }, [{ ...ARTICLES[0]!, sources: ['no_such_source'] }])).toThrow('"no_such_source"');
  });
});
