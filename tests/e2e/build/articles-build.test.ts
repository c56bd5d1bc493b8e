// An article with an unknown figure key or source id fails the build with a
// readable message, twice over: `npm run build` stops at the validator
// before Astro starts, and, should Astro be run on its own, the <Figure> and
// <Cite> components themselves stop the build naming the article. Each case
// builds a copy of the working tree in a temporary folder (test-build.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanupTestBuilds, formatBuildOutput, testBuild, withoutTranslations } from '../harness/index.ts';

afterAll(() => cleanupTestBuilds());

const ARTICLE = 'content/articles/result-at-a-glance.mdx';

/** Replaces one string in the copied article; fails if it is not there exactly once. */
function breakArticle(dir: string, from: string, to: string) {
  const file = path.join(dir, ARTICLE);
  const text = readFileSync(file, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`fixture out of date: "${from}" is not in ${ARTICLE} exactly once`);
  writeFileSync(file, text.replace(from, to));
}

/** Adds an npm script that runs Astro alone, without the validator in front of it. */
function addAstroOnlyScript(dir: string) {
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.scripts['build:astro-only'] = 'ASTRO_TELEMETRY_DISABLED=1 astro build';
  writeFileSync(file, JSON.stringify(pkg, null, 2));
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe('an unknown figure key', () => {
  test('npm run build: the validator refuses it before Astro runs, naming the file, line and key', async () => {
    const b = await testBuild({
      name: 'article-unknown-figure',
      mutate: (dir) => breakArticle(dir, '<Figure of="2025.final.lukashenka.votes" />', '<Figure of="2025.final.lukashenko.votes" />'),
    });
    const out = formatBuildOutput(b);
    expect(b.exitCode, out).not.toBe(0);
    expect(b.stderr, out).toMatch(
      /content\/articles\/result-at-a-glance\.mdx: line \d+, <Figure of>: expected the key of a figure in content\/data \(did you mean "2025\.final\.lukashenka\.votes".*\), found "2025\.final\.lukashenko\.votes"/,
    );
    expect(b.stderr, out).toContain('in content/articles; nothing was built.');
    expect(b.stderr, out).not.toMatch(STACK);
  });

  test('astro build alone: <Figure> stops the build, naming the article and the key', async () => {
    const b = await testBuild({
      name: 'article-unknown-figure-astro',
      script: 'build:astro-only',
      mutate: (dir) => {
        // About the English article's components: the translations would only add pages to render before it.
        withoutTranslations(dir);
        addAstroOnlyScript(dir);
        breakArticle(dir, '<Figure of="2025.final.lukashenka.votes" />', '<Figure of="2025.final.lukashenko.votes" />');
      },
    });
    const out = formatBuildOutput(b);
    expect(b.exitCode, out).not.toBe(0);
    expect(`${b.stdout}\n${b.stderr}`, out).toMatch(/content\/articles\/result-at-a-glance\.mdx: <Figure of>: expected the key of a figure in content\/data.*found "2025\.final\.lukashenko\.votes"/);
  });
});

describe('an unknown source id', () => {
  test('npm run build: the validator refuses it, naming the file, line and id', async () => {
    const b = await testBuild({
      name: 'article-unknown-cite',
      mutate: (dir) => breakArticle(dir, '<Cite id="sputnikby_0127" />', '<Cite id="sputnikby_0128" />'),
    });
    const out = formatBuildOutput(b);
    expect(b.exitCode, out).not.toBe(0);
    expect(b.stderr, out).toMatch(/content\/articles\/result-at-a-glance\.mdx: line \d+, <Cite id>: expected a source key from content\/data\/sources\.json \(did you mean "sputnikby_0127".*\), found "sputnikby_0128"/);
    expect(b.stderr, out).not.toMatch(STACK);
  });

  test('astro build alone: <Cite> stops the build, naming the article and the id', async () => {
    const b = await testBuild({
      name: 'article-unknown-cite-astro',
      script: 'build:astro-only',
      mutate: (dir) => {
        // About the English article's components: the translations would only add pages to render before it.
        withoutTranslations(dir);
        addAstroOnlyScript(dir);
        breakArticle(dir, '<Cite id="sputnikby_0127" />', '<Cite id="sputnikby_0128" />');
      },
    });
    const out = formatBuildOutput(b);
    expect(b.exitCode, out).not.toBe(0);
    expect(`${b.stdout}\n${b.stderr}`, out).toMatch(/content\/articles\/result-at-a-glance\.mdx: <Cite id>: expected a source key from content\/data\/sources\.json, found "sputnikby_0128"/);
  });
});
