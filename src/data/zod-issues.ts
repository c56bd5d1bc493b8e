import type { z } from 'zod';
import { describeValue, formatPath, type Problem } from './problems.ts';

const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number', number: 'a number', string: 'text', array: 'a list', object: 'an object',
  boolean: 'true or false', nan: 'a number',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[seg as string];
  }
  return node;
}

/** Turns zod issues into problems in the house form. */
export function problemsFromZod(file: string, root: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const iss of issues) {
    const input = 'input' in iss ? (iss as { input?: unknown }).input : valueAt(root, iss.path);
    let path = formatPath(iss.path, root);
    let expected: string;
    let found = describeValue(input);
    switch (iss.code) {
      case 'invalid_type': {
        const custom = iss.message && !iss.message.startsWith('Invalid input') ? iss.message : undefined;
        expected = custom ?? TYPE_WORDS[iss.expected] ?? String(iss.expected);
        break;
      }
      case 'invalid_format':
        expected = iss.message.replace(/^expected /, '');
        break;
      case 'custom':
        // A refinement on an object may point at one of its fields: describe that field.
        found = describeValue(iss.path.length ? valueAt(root, iss.path) : input);
        expected = iss.message.replace(/^expected /, '');
        break;
      case 'invalid_value':
        expected = `one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'unrecognized_keys':
        for (const k of iss.keys) {
          out.push({
            file,
            path: formatPath([...iss.path, k], root),
            expected: 'no such field (unknown fields are rejected; check the spelling or the schema)',
            found: `a field "${k}"`,
          });
        }
        continue;
      case 'invalid_union': {
        const disc = (iss as unknown as { discriminator?: string; options?: unknown[] }).discriminator;
        if (disc) {
          const opts = (iss as unknown as { options?: unknown[] }).options ?? [];
          expected = `"${disc}" to be one of ${opts.map((o) => JSON.stringify(o)).join(', ')}`;
          found = describeValue(valueAt(root, iss.path));
          if (!String(iss.path.at(-1) ?? '').includes(disc)) path = formatPath([...iss.path], root);
        } else {
          expected = 'a value of one of the allowed shapes';
        }
        break;
      }
      case 'too_small':
        // A schema's own message (e.g. "at least one record") wins over the generic one.
        expected = !/^Too small/.test(iss.message) ? iss.message.replace(/^expected /, '') : iss.origin === 'array' ? `at least ${iss.minimum} item${iss.minimum === 1 ? '' : 's'}` : iss.origin === 'string' ? (Number(iss.minimum) <= 1 ? 'non-empty text' : `text of at least ${iss.minimum} characters`) : iss.message.startsWith('Too') ? `a value of at least ${iss.minimum}` : iss.message;
        break;
      case 'too_big':
        expected = iss.origin === 'array' ? `at most ${iss.maximum} items` : `a value of at most ${iss.maximum}`;
        break;
      default:
        expected = iss.message;
    }
    out.push({ file, path, expected, found });
  }
  return out;
}
