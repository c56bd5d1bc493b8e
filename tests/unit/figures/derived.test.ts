// The figures added for the corrected text: the observers as data, and the
// derived split of turnout between early voting and election day.
import { describe, expect, it } from 'vitest';
import { resolveFigure } from '../../../src/data/figures/resolve.ts';
import { realData } from '../pages/fixtures.ts';

const { index } = realData();

describe('observers', () => {
  it('keeps the Foreign Ministry’s count as a published figure, with its source', () => {
    const f = resolveFigure(index, '2025.observers.foreign');
    expect(f).toMatchObject({ status: 'published', value: 456, display: '456', sources: ['spring96_odihr'] });
    expect(resolveFigure(index, '2025.observers.foreign-countries')).toMatchObject({ status: 'published', value: 49 });
  });

  it('keeps Mehr News’s figures as it wrote them, single-source and never as counts', () => {
    expect(resolveFigure(index, '2025.observers.foreign-mehr')).toMatchObject({ status: 'reported-rounded', value: null, display: 'nearly 500', sources: ['mehr_0126'], confidence: 'single-source' });
    expect(resolveFigure(index, '2025.observers.domestic-mehr')).toMatchObject({ status: 'reported-rounded', value: null, display: 'more than 44,000', sources: ['mehr_0126'], confidence: 'single-source' });
  });
});

describe('the early share of those who took part', () => {
  it('is the end-of-early-voting turnout over the close-of-polls turnout, derived with its formula', () => {
    const early = resolveFigure(index, '2025.turnout.belarus.early-5').value!;
    const close = resolveFigure(index, '2025.turnout.belarus.close').value!;
    const f = resolveFigure(index, '2025.turnout.belarus.early-share-of-took-part');
    expect(f.status).toBe('derived');
    expect(f.published).toBe((early / close * 100).toFixed(1));
    expect(f.display).toBe('48.8%');
    expect(f.formula).toMatch(/÷/);
    expect(f.value!).toBeLessThan(50);
  });

  it('leaves the rest of the turnout to election day', () => {
    const f = resolveFigure(index, '2025.turnout.belarus.election-day.increment');
    expect(f).toMatchObject({ status: 'derived', published: '43.88' });
    expect(f.sources).toEqual(expect.arrayContaining(['belta_de_d5', 'sputnikby_be_0126']));
  });
});
