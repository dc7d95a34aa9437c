// Every GET outside /api that is not a static file answers the web app's index.html, so deep
// links work (DESIGN §6). Until the web bundle is built, a small page points to the API docs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>C-981</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:4rem auto;color:#1b2a3a}code{background:#eef2f6;padding:0 .3em}</style>
</head><body><h1>C-981</h1>
<p>The IEC 62443 programme server is running. The web application has not been built in this
checkout; the REST API is ready.</p>
<ul><li><a href="/api/docs">Interactive API documentation</a></li>
<li><a href="/api/openapi.json">OpenAPI 3 document</a></li>
<li><a href="/api/v1/sites">Sites (JSON)</a></li></ul>
</body></html>`;

export function registerWebFallback(app: FastifyInstance, webRoot: string): void {
  const indexFile = join(webRoot, 'index.html');
  const index = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : PLACEHOLDER;
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api')) return reply.type('text/html; charset=utf-8').send(index);
    const error = new AppError('C981_ERR_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0] ?? ''}`);
    return reply.code(404).send(error.toJSON());
  });
}
