// The host script (src/charts/client/embed-host.js) finds the site's chart
// frames of every edition on a host page: /embed/<id>/, /be/embed/<id>/,
// /ru/embed/<id>/, under the site's base path, and nothing else of the site.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../../src/charts/client/embed-host.js', import.meta.url), 'utf8');

/** Runs the script on a host page with frames of these addresses; returns the addresses it sent the theme to. */
function framesTold(srcs: string[]): string[] {
  const told: string[] = [];
  const frames = srcs.map((src) => ({
    src,
    getAttribute: () => null,
    parentElement: null,
    contentWindow: { postMessage: () => told.push(src) },
  }));
  const attrs = () => null;
  const document = {
    currentScript: { src: 'https://charts.example.org/belarus-2025/embed.js', getAttribute: attrs },
    getElementsByTagName: () => frames,
    documentElement: { getAttribute: attrs, className: '' },
    body: { className: '' },
  };
  runInNewContext(source, { document, window: { addEventListener: () => {} }, URL, getComputedStyle: () => ({ backgroundColor: 'rgba(0, 0, 0, 0)' }) });
  return told;
}

describe('the host script finds the frames of every edition', () => {
  it('sizes /embed/<id>/, /be/embed/<id>/ and /ru/embed/<id>/ frames, with or without options', () => {
    const site = 'https://charts.example.org/belarus-2025/';
    const ours = [`${site}embed/vote-share-2025/`, `${site}be/embed/vote-share-2025/`, `${site}ru/embed/turnout-map-2025/?plain&static`, `${site}be/embed/turnout-history/#x`];
    const others = [
      `${site}charts/vote-share-2025/`,
      `${site}be/charts/vote-share-2025/`,
      `${site}de/embed/vote-share-2025/`,
      `${site}be/embed/vote-share-2025/extra/`,
      `${site}be/ru/embed/vote-share-2025/`,
      'https://other.example.org/belarus-2025/be/embed/vote-share-2025/',
      'https://charts.example.org/be/embed/vote-share-2025/',
    ];
    expect(framesTold([...ours, ...others])).toEqual(ours);
  });
});
