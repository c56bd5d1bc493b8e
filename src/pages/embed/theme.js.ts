// /embed/theme.js: the embed's blocking theme script (src/charts/client/embed-theme.js), minified.
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../../charts/client/embed-theme.js?raw';

export const GET: APIRoute = async () => {
  const { code } = await transform(source, { minify: true, target: 'es2017', loader: 'js', legalComments: 'none' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
