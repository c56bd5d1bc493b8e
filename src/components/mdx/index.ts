/**
 * What articles may import, in one place:
 *
 *   import { Figure, Cite, ChartFigure } from '../../src/components/mdx/index.ts';
 *   import { Figure, Cite, ChartFigure, Quote } from '../../../src/components/mdx/index.ts'; (translations)
 */
export { default as Figure } from './Figure.astro';
export { default as Cite } from './Cite.astro';
export { default as ChartFigure } from './ChartFigure.astro';
export { default as Quote } from './Quote.astro';
