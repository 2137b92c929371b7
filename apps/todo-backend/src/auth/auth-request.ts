import { isIP } from 'node:net';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';

/**
 * The one header better-auth reads the client's address from (rate limits, the session's IP). The auth route always
 * sets it from `request.ip`: the socket's address, or the forwarded one when the socket is a trusted proxy.
 */
export const CLIENT_ADDRESS_HEADER = 'x-doable-client-address';

const FETCH_METADATA = ['sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'sec-fetch-user'];

/**
 * The Fastify request as the Fetch `Request` better-auth handles. The URL is built on the public base URL, not on
 * the `Host` header (a malformed one would make it throw); the body is passed on as it came.
 */
export function toAuthRequest(request: FastifyRequest, baseUrl: URL, body: string | undefined): Request {
  const headers = fromNodeHeaders(request.headers);
  headers.set('host', baseUrl.host);
  headers.delete(CLIENT_ADDRESS_HEADER);
  // A trusted proxy may pass on a hop that is not an address; then the socket's peer stands for the client.
  const client = isIP(request.ip) ? request.ip : request.socket.remoteAddress;
  if (client) headers.set(CLIENT_ADDRESS_HEADER, client);
  // better-auth asks for an Origin whenever fetch metadata is present, which Node's own fetch sends. A request
  // with neither a cookie nor an Origin is not a browser's (browsers send Origin on every POST) and carries no
  // session to abuse, so it goes through as curl's does; anything with a cookie or an Origin is still checked.
  if (!headers.has('cookie') && !headers.has('origin') && !headers.has('referer')) {
    for (const name of FETCH_METADATA) headers.delete(name);
  }
  const url = new URL(`${baseUrl.origin}${request.url}`);
  return new Request(url, { method: request.method, headers, body: request.method === 'GET' ? undefined : body });
}
