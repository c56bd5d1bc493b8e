/**
 * Numbered citations for one page: a figure cites its source keys and gets
 * numbers; the page ends with the numbered list. Numbers are assigned in the
 * order figures are added (do it in the page's frontmatter, top to bottom).
 */
export class Citations {
  private order: string[] = [];

  add(keys: readonly string[]): number[] {
    return keys.map((k) => {
      let i = this.order.indexOf(k);
      if (i < 0) { this.order.push(k); i = this.order.length - 1; }
      return i + 1;
    });
  }

  get keys(): readonly string[] {
    return this.order;
  }
}

/** The anchor of a source on /sources/ (keys may start with a digit, so prefix). */
export function sourceAnchor(key: string): string {
  return `source-${key}`;
}

/** A source counts as a mirror or aggregator when its own title or publisher says so. */
export function sourceLabel(title: string, publisher: string): 'mirror' | 'aggregator' | 'reposting' | undefined {
  const s = `${title} ${publisher}`.toLowerCase();
  if (/\baggregator\b/.test(s)) return 'aggregator';
  if (/\bmirror\b/.test(s)) return 'mirror';
  if (/\b(via|citing|reposting|republishing|reproducing)\b/.test(s)) return 'reposting';
  return undefined;
}
