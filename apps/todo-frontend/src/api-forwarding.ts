import type { DaprClient } from '@doable/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Which service answers which paths; the first matching prefix wins. */
const ROUTES: { prefix: string; appId: string }[] = [
  { prefix: '/api/v1/push/', appId: 'notification-service' },
  { prefix: '/api/', appId: 'todo-backend' },
  { prefix: '/mcp', appId: 'todo-backend' },
  { prefix: '/openapi.json', appId: 'todo-backend' },
  // OAuth discovery for MCP clients: the protected resource metadata of /mcp and the authorization server's.
  { prefix: '/.well-known/oauth-protected-resource', appId: 'todo-backend' },
  { prefix: '/.well-known/oauth-authorization-server', appId: 'todo-backend' },
  // CalDAV and the calendar feeds. The Ingress sends these to the backend directly (the route table, doable-lib's
  // _routes.tpl): Dapr invocation drops a trailing slash, which CalDAV collection paths keep. Forwarded here too, so
  // the frontend alone (a port-forward, a proxy without those rules) still serves the feeds and the discovery redirect.
  { prefix: '/dav/', appId: 'todo-backend' },
  { prefix: '/.well-known/caldav', appId: 'todo-backend' },
  { prefix: '/feeds/', appId: 'todo-backend' },
];

/** WebDAV and CalDAV methods (RFC 4918, 3253, 4791) that Fastify does not route by default; each may carry an XML body. */
export const DAV_METHODS = ['PROPFIND', 'PROPPATCH', 'REPORT', 'MKCALENDAR', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK'] as const;

// What a browser or client sends that the services read; everything else (hop-by-hop, Dapr's own) stays here.
const REQUEST_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'cookie',
  'origin',
  'user-agent',
  'x-api-key',
  'mcp-protocol-version',
  'mcp-session-id',
  // Conditional requests (feeds, CalDAV's ETags) and WebDAV's own headers.
  'if-match',
  'if-none-match',
  'if-modified-since',
  'depth',
  'destination',
  'overwrite',
  'prefer',
  'brief',
];
const RESPONSE_HEADERS = [
  'content-type',
  'retry-after',
  'cache-control',
  'location',
  'set-cookie',
  'www-authenticate',
  'set-auth-token',
  'mcp-session-id',
  'etag',
  'last-modified',
  'content-disposition',
  'dav',
  'allow',
  'preference-applied',
];

export const forwardedPaths = ROUTES.map((r) => r.prefix);

/**
 * `X-Forwarded-For` as a reverse proxy passes it on: what came in, plus the address this request came from (the
 * ingress, or the client itself). The frontend decides nothing: the backend believes the hops its
 * `TRUSTED_PROXIES` name, from the right, and takes the first other one as the client.
 */
function forwardedFor(request: FastifyRequest): string | undefined {
  const received = request.headers['x-forwarded-for'];
  const hops = [...(Array.isArray(received) ? received : received ? [received] : []), request.socket.remoteAddress].filter(Boolean);
  return hops.length > 0 ? hops.join(', ') : undefined;
}

function targetOf(path: string): string | undefined {
  return ROUTES.find((r) => path === r.prefix.replace(/\/$/, '') || path.startsWith(r.prefix))?.appId;
}

/**
 * Forwards the API paths to the services through Dapr service invocation (the Resiliency policy retries a backend
 * that is briefly unavailable), so the browser talks to one origin and the services are never exposed directly.
 * `/ws` is not here: Dapr invocation carries no WebSocket, so the ingress routes it to websocket-service. Nor is
 * `/docs`: Dapr drops the trailing slash its assets need, so the ingress routes it to the backend.
 */
export async function registerApiForwarding(app: FastifyInstance, dapr: DaprClient): Promise<void> {
  for (const method of DAV_METHODS) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: true });
  }
  await app.register(async (scope) => {
    // Bodies pass through untouched, whatever their type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    const forward = async (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '/';
      const appId = targetOf(path);
      if (!appId) return reply.callNotFound();
      const headers = new Headers();
      for (const name of REQUEST_HEADERS) {
        const value = request.headers[name];
        if (typeof value === 'string') headers.set(name, value);
      }
      const hops = forwardedFor(request);
      if (hops) headers.set('x-forwarded-for', hops);
      const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? new Uint8Array(request.body) : undefined;
      // Redirects go back to the browser as they are: followed here, they would point at the sidecar.
      const res = await dapr.invoke(appId, request.url, { method: request.method, headers, redirect: 'manual', ...(body ? { body } : {}) });
      reply.code(res.status);
      for (const name of RESPONSE_HEADERS) {
        const values = name === 'set-cookie' ? res.headers.getSetCookie() : [res.headers.get(name)].filter((v) => v !== null);
        if (values.length > 0) reply.header(name, values.length === 1 ? values[0] : values);
      }
      return reply.send(Buffer.from(await res.arrayBuffer()));
    };
    for (const route of ROUTES) {
      const base = route.prefix.replace(/\/$/, '');
      scope.all(base, { schema: { hide: true } }, forward);
      scope.all(`${base}/*`, { schema: { hide: true } }, forward);
    }
  });
}
