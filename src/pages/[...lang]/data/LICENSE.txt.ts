// /data/LICENSE.txt: the licence of the data downloads, in each edition's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceText } from '../../../data/export/readme.ts';
import { editionPaths, type EditionProps } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.dataFiles)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as EditionProps;
  return new Response(licenceText(locale), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
