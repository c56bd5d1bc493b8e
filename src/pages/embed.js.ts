// /embed.js: the optional host script of the embed snippet, minified at
// build (source and notes: src/charts/client/embed-host.js).
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../charts/client/embed-host.js?raw';

export const GET: APIRoute = async () => {
  const { code } = await transform(source, { minify: true, target: 'es2017', loader: 'js', legalComments: 'none' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
