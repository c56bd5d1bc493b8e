/**
 * Sentences from the message tables with parts inside them: the text names
 * each part in braces ('received {share} in 2025'), so each language keeps its
 * own word order around figures and links.
 */

/**
 * A sentence of the message tables split where the page puts a component:
 * 'received {share} in 2025' → [text 'received ', slot 'share', text ' in 2025'].
 */
export function sentenceParts(text: string): ({ text: string } | { slot: string })[] {
  return text.split(/\{([a-zA-Z]+)\}/).map((part, i) => (i % 2 ? { slot: part } : { text: part })).filter((p) => !('text' in p) || p.text !== '');
}
