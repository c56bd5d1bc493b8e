/**
 * What articles may import, in one place:
 *
 *   import { Figure, Cite, ChartFigure } from '../../src/components/mdx/index.ts';
 */
export { default as Figure } from './Figure.astro';
export { default as Cite } from './Cite.astro';
export { default as ChartFigure } from './ChartFigure.astro';
