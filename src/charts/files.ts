// The files under /charts/<id>/ and the manifest of every image: what the
// static endpoints serve. Pure apart from drawing (images.ts); the caller
// gives the source list and the URL helper, so scripts and tests can use it
// without Astro.

import type { Source } from '../schemas/index.ts';
import { chartImageInfos, renderChartImage, type ChartImageInfo } from './images.ts';
import type { ChartSpec } from './contract.ts';
import { toCsv, toInteractiveData, toJsonData } from './downloads.ts';
import { localePath } from '../i18n/editions.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';

export const INTERACTIVE_FILE = 'interactive.json';
export const dataFile = (id: string, format: 'csv' | 'json') => `${id}.${format}`;

/** Every file of a chart, by name inside /charts/<id>/. */
export function chartFileNames(spec: ChartSpec): string[] {
  // A map needs no interactive data: it is drawn inline and is never replaced by a canvas.
  return [...chartImageInfos(spec).map((i) => i.file), dataFile(spec.id, 'csv'), dataFile(spec.id, 'json'), ...(spec.type === 'map' ? [] : [INTERACTIVE_FILE])];
}

export interface FileContext {
  sources: Map<string, Source>;
  /** The edition the files are written in (default English); `spec` is built in it. */
  locale?: Locale;
  /** Absolute URL of a site path (lib/url.ts absoluteUrl). */
  absoluteUrl(path: string): string;
}

export function chartFile(spec: ChartSpec, file: string, ctx: FileContext): { body: string | Buffer; contentType: string } {
  if (file === dataFile(spec.id, 'csv')) return { body: toCsv(spec), contentType: 'text/csv; charset=utf-8' };
  if (file === dataFile(spec.id, 'json')) {
    const locale = ctx.locale ?? 'en';
    const data = toJsonData(spec, ctx.sources, ctx.absoluteUrl(localePath(locale, `/charts/${spec.id}/`)), locale);
    return { body: JSON.stringify(data, null, 2) + '\n', contentType: 'application/json; charset=utf-8' };
  }
  if (file === INTERACTIVE_FILE && spec.type !== 'map') return { body: JSON.stringify(toInteractiveData(spec)), contentType: 'application/json; charset=utf-8' };
  const image = renderChartImage(spec, file);
  return { body: image.data, contentType: image.contentType };
}

interface ManifestImage extends ChartImageInfo {
  /** Site path, e.g. /charts/vote-share-2025/wide-light.svg (without the base path). */
  path: string;
  texts: string[];
  stages: string[];
  stageText: string;
  date: string | null;
}

export interface ChartManifest {
  about: string;
  charts: {
    id: string;
    title: string;
    summary: string;
    stageText: string;
    date: string | null;
    page: string;
    embed: string;
    data: { csv: string; json: string };
    images: ManifestImage[];
  }[];
}

/** The manifest: for each chart its pages and files, and for each image the text it drew. */
export function chartManifest(specs: ChartSpec[], locale: Locale = 'en'): ChartManifest {
  const path = (p: string) => localePath(locale, p);
  return {
    about: messages(locale).charts.downloads.manifestAbout,
    charts: specs.map((spec) => ({
      id: spec.id,
      title: spec.title,
      summary: spec.summary,
      stageText: spec.stageText,
      date: spec.date ?? null,
      page: path(`/charts/${spec.id}/`),
      embed: path(`/embed/${spec.id}/`),
      data: { csv: path(`/charts/${spec.id}/${dataFile(spec.id, 'csv')}`), json: path(`/charts/${spec.id}/${dataFile(spec.id, 'json')}`) },
      images: chartImageInfos(spec).map((info) => {
        const image = renderChartImage(spec, info.file);
        return {
          ...info,
          path: path(`/charts/${spec.id}/${info.file}`),
          texts: image.texts,
          stages: image.stages,
          stageText: image.stageText,
          date: image.date ?? null,
        };
      }),
    })),
  };
}
