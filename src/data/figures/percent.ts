/**
 * Percentages computed from two counts in the data, exactly: the check that a
 * published share matches its counts, and a share an article computes itself.
 */

/** Rounds half away from zero at `decimals`, on a ratio given as two integers, exactly. */
export function roundedPercent(part: number, whole: number, decimals: number): string {
  // Work in integers to avoid binary floating-point surprises at the .5 boundary.
  const scale = 10 ** decimals;
  const num = BigInt(part) * 100n * BigInt(scale) * 2n + BigInt(whole);
  const q = num / (BigInt(whole) * 2n);
  const s = q.toString().padStart(decimals + 1, '0');
  return decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
}
