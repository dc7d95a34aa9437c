// Serves the web app: hashed bundles under /assets/ (cached for a year, their names change with
// their content), and index.html for every other GET outside /api, so deep links work (DESIGN §6).
// Until the web bundle is built, a small page points to the API docs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>C-981</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:4rem auto;color:#1b2a3a}code{background:#eef2f6;padding:0 .3em}</style>
</head><body><h1>C-981</h1>
<p>The IEC 62443 programme server is running. The web application has not been built in this
checkout (<code>npm run build</code>); the REST API is ready.</p>
<ul><li><a href="/api/docs">Interactive API documentation</a></li>
<li><a href="/api/openapi.json">OpenAPI 3 document</a></li>
<li><a href="/api/v1/sites">Sites (JSON)</a></li></ul>
</body></html>`;

// The app loads only its own scripts and talks only to its own API; inline style attributes are
// allowed because the diagram and chart libraries position elements with them.
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export async function registerWebFallback(app: FastifyInstance, webRoot: string): Promise<void> {
  const indexFile = join(webRoot, 'index.html');
  const built = existsSync(indexFile);
  const index = built ? readFileSync(indexFile, 'utf8') : PLACEHOLDER;
  const assets = join(webRoot, 'assets');
  if (existsSync(assets))
    await app.register(fastifyStatic, {
      root: assets,
      prefix: '/assets/',
      wildcard: true,
      index: false,
      immutable: true,
      maxAge: '365d',
      preCompressed: false,
    });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api') && !req.url.startsWith('/assets/'))
      return reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', built ? APP_CSP : "default-src 'none'; style-src 'unsafe-inline'")
        .type('text/html; charset=utf-8')
        .send(index);
    const error = new AppError('C981_ERR_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0] ?? ''}`);
    return reply.code(404).send(error.toJSON());
  });
}
