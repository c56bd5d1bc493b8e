// The two drawings every chart has, and where the page switches between them.
// A chart drawn for 640 px and shrunk onto a phone would have 7 px text, so
// phones get their own drawing, 360 px wide. Plain TypeScript, no Astro and no
// canvas: the registry, the pages, the client and the tests all read it.

export type LayoutName = 'wide' | 'narrow';

export const LAYOUTS: readonly LayoutName[] = ['wide', 'narrow'];

/** Width in CSS pixels each drawing is made for (its height depends on the chart). */
export const LAYOUT_WIDTH: Readonly<Record<LayoutName, number>> = { wide: 640, narrow: 360 };

/**
 * Below this viewport width the page shows the narrow drawing. The same query
 * goes into `<source media>` and into the client (matchMedia), so the image
 * and the canvas that replaces it always agree. 560 keeps an iframe of
 * 640 px with its default 2 px border (636 px inside) on the wide drawing.
 */
export const NARROW_MEDIA = '(max-width: 559.98px)';

/** Widest a chart is shown on a page: the wide drawing at a little over its own size. */
const MAX_DISPLAY_WIDTH = 720;

/** The social card: 1200 × 630 pixels, drawn at 600 × 315 CSS pixels and device pixel ratio 2. */
export const OG_SIZE = { width: 600, height: 315, devicePixelRatio: 2 } as const;

/** Downloads: the wide drawing plus a title above (one or two lines) and three credit lines below. */
export const DOWNLOAD_EXTRA_HEIGHT = 110;
export const DOWNLOAD_PNG_RATIO = 2;

export interface Size {
  width: number;
  height: number;
}
