/**
 * The hash a translation records as `translatedFrom`: the first 12 hex digits
 * of the SHA-256 of the English file, line endings normalised. When the
 * English file changes, the hash no longer matches: `npm run validate` warns
 * and the translated page tells its reader the English has changed since.
 */
import { createHash } from 'node:crypto';

export function translationHash(englishText: string): string {
  return createHash('sha256').update(englishText.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}
