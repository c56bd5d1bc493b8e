// Import rules: which layer may import which. `npm run lint:imports` checks
// them (part of `npm test`); tests/unit/quality/import-rules.test.ts checks
// that a tree breaking each rule fails.
//
// Layers: src/schemas (the data's shape) → src/data (loading, figures,
// validation) → src/charts, src/models, src/articles → src/components,
// src/layouts, src/pages. scripts/, bench/ and tools/ use src/; tests/ use
// everything and nothing uses tests/.
//
// Only .ts/.mjs/.js files are read: the frontmatter of .astro files is not
// parsed by dependency-cruiser, so imports from .astro files are not checked.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'schemas-import-only-schemas',
      comment: 'src/schemas describes the data and imports nothing of ours outside src/schemas (zod only).',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^(src|scripts|bench|tools|tests|content)/', pathNot: '^src/schemas/' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'tests/ may use everything; src/, scripts/, bench/ and tools/ never import tests/ (shared tooling lives in tools/).',
      severity: 'error',
      from: { path: '^(src|scripts|bench|tools)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'data-not-upward',
      comment: 'src/data (loading, figures, validation) is below charts, page models, components and pages, and imports none of them.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(charts|models|components|pages)/' },
    },
    {
      name: 'components-not-validator',
      comment: 'Rendering never imports the validator (src/data/validate): what pages and validation share lives in src/articles or src/data.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/data/validate/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles (type-only imports are erased at run time and do not count).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro|bench/out|tests/fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
