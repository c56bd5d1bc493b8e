/**
 * Suggestions for a mistyped key, id or slug in an error message:
 * `expected a source key …, found "cec-2025-finl" (did you mean "cec-2025-final"?)`.
 */

/** Up to three candidates within a few edits of `wanted` (case ignored), nearest first. */
export function nearest(candidates: Iterable<string>, wanted: string): string[] {
  const w = wanted.toLowerCase();
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = editDistance(c.toLowerCase(), w);
    if (d <= Math.max(2, Math.floor(w.length / 4))) scored.push([d, c]);
  }
  return scored.sort((a, b) => a[0] - b[0]).slice(0, 3).map(([, c]) => c);
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** ` (did you mean "a", "b"?)`, or nothing when there is no suggestion. */
export function didYouMean(suggestions: readonly string[], separator = ', '): string {
  return suggestions.length ? ` (did you mean ${suggestions.map((k) => `"${k}"`).join(separator)}?)` : '';
}
