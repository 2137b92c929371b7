import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm start` (and the browser tests) build the web app. */
export const WEB_APP_DIST = join(import.meta.dirname, '..', '..', 'web', 'dist');

const API_PREFIXES = ['/api/', '/mcp', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics', '/ws', '/.well-known/oauth-'];

/**
 * Serves the built web app at `/`: its files as they are, and `index.html` for any other GET that is not an API
 * path, so a bookmarked view such as `/?status=pending` or a deep link loads the app. Without a build, nothing is
 * mounted and the API works alone.
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite puts a content hash in every asset name, so assets can be cached for good; index.html never.
      reply.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = async (_request: unknown, reply: FastifyReply) => {
    const html = await readFile(indexPath, 'utf8');
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };
  app.get('/', { schema: { hide: true } }, sendIndex);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (API_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix))) return reply.callNotFound();
    // A missing file (an old asset, favicon.ico) is a 404, not the app's page with the wrong content type.
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    return sendIndex(request, reply);
  });
  return true;
}
