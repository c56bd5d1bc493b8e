// The project brings its own font, so a chart drawn at build time looks the
// same on every machine and has the Cyrillic glyphs the names need.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { FONT_FAMILY } from '../theme.ts';

/** Absolute paths of the DejaVu Sans files registered as FONT_FAMILY. */
function chartFontFiles(): { regular: string; bold: string } {
  // Resolved from this module, not the working directory, so it also holds
  // inside Astro's build output, which sits under the project root.
  const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  const dir = join(dirname(pkg), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}

function isRegistered(): boolean {
  const family = GlobalFonts.families.find((f) => f.family === FONT_FAMILY);
  const weights = new Set(family?.styles.map((s) => s.weight));
  return weights.has(400) && weights.has(700);
}

/**
 * Registers DejaVu Sans regular and bold with @napi-rs/canvas under
 * FONT_FAMILY (src/charts/theme.ts). Safe to call more than once: fonts
 * already there are not registered again. Throws if a file cannot be loaded,
 * rather than let text fall back to whatever the machine has.
 */
export function registerChartFonts(): void {
  if (isRegistered()) return;
  for (const path of Object.values(chartFontFiles())) {
    if (GlobalFonts.registerFromPath(path, FONT_FAMILY) === null) {
      throw new Error(`could not register the chart font ${path} as "${FONT_FAMILY}"`);
    }
  }
  if (!isRegistered()) throw new Error(`"${FONT_FAMILY}" lacks regular (400) or bold (700) after registration`);
}
