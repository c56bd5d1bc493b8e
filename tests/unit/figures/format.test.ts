import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateRange, formatPercent, formatStage, GAP_TEXT } from '../../../src/lib/format.ts';

describe('house formats', () => {
  it('writes counts with thousands separators', () => {
    expect(formatCount(5136293)).toBe('5,136,293');
    expect(formatCount(639)).toBe('639');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(100000)).toBe('100,000');
  });
  it('keeps the published decimals of a percentage', () => {
    expect(formatPercent('86.82')).toBe('86.82%');
    expect(formatPercent('80.10')).toBe('80.10%');
    expect(formatPercent('83.0')).toBe('83.0%');
    expect(formatPercent(9.86, 2)).toBe('9.86%');
  });
  it('writes dates as 26 January 2025, partial dates and ranges', () => {
    expect(formatDate('2025-01-26')).toBe('26 January 2025');
    expect(formatDate('2025-02-03')).toBe('3 February 2025');
    expect(formatDate('2025-01')).toBe('January 2025');
    expect(formatDate('undated')).toBe('undated');
    expect(formatDateRange('2025-01-21', '2025-01-25')).toBe('21–25 January 2025');
    expect(formatDateRange('2024-11-07', '2024-12-06')).toBe('7 November – 6 December 2024');
    expect(formatDate('2025-01-24/2025-01-25')).toBe('24–25 January 2025');
  });
  it('names stages with their dates', () => {
    expect(formatStage('final', '2025-02-03')).toBe('final, 3 February 2025');
    expect(formatStage('intermediate', '2025-01-26', { electionNight: true })).toBe('CEC election-night figure, 26 January 2025');
    expect(formatStage('preliminary', '2025-01-27')).toBe('preliminary, 27 January 2025');
  });
  it('has the exact gap text', () => {
    expect(GAP_TEXT).toBe('no official figure found');
  });
});
