import type { FastifyInstance, FastifyReply, FastifyRequest, LightMyRequestResponse } from 'fastify';

/** Where the API reference is served, and the three paths Scalar's plugin answers under it (with a `url` spec). */
const PREFIX = '/docs';
const PATHS = [PREFIX, `${PREFIX}/`, `${PREFIX}/js/scalar.js`];
/** Headers of the inner answer that belong to its own connection, not to the relayed one. */
const HOP_HEADERS = new Set(['content-length', 'connection', 'date', 'keep-alive', 'transfer-encoding']);

/**
 * The API reference at `/docs` (Scalar, reading `/openapi.json`), loaded on its first request. Scalar's plugin holds
 * its browser bundle as a string (~19 MiB of heap with its module's source), which a running Doable otherwise carries
 * from start to exit for a page few people open. Fastify takes no routes once it is listening, so the plugin is
 * mounted on a server of its own, in memory, and these routes relay its answers: the same pages, status codes and
 * headers, with this server's hooks (security headers, the page's script hashes) applied on the way out.
 */
export function registerApiReference(app: FastifyInstance): void {
  let reference: Promise<FastifyInstance> | undefined;
  const relay = async (request: FastifyRequest, reply: FastifyReply) => {
    reference ??= loadReference().catch((error: unknown) => {
      // A failed load (a missing package) is tried again on the next request rather than remembered.
      reference = undefined;
      throw error;
    });
    const answer = await (await reference).inject({ method: 'GET', url: request.url });
    return reply.code(answer.statusCode).headers(relayedHeaders(answer)).send(answer.payload);
  };
  for (const url of PATHS) app.get(url, { schema: { hide: true } }, relay);
}

async function loadReference(): Promise<FastifyInstance> {
  const [{ default: fastify }, { default: scalarReference }] = await Promise.all([
    import('fastify'),
    import('@scalar/fastify-api-reference'),
  ]);
  const reference = fastify();
  // Fonts from the app itself only (the policy allows no other origin): the reference falls back to system fonts.
  await reference.register(scalarReference, { routePrefix: PREFIX, configuration: { url: '/openapi.json', withDefaultFonts: false } });
  await reference.ready();
  return reference;
}

function relayedHeaders(answer: LightMyRequestResponse): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !HOP_HEADERS.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
  }
  return headers;
}
