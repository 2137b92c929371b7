import { DomainError } from '@doable/platform';
import type { FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth.ts';

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export class McpHostNotAllowedError extends DomainError {
  constructor(header: 'Host' | 'Origin', value: string) {
    super(
      'mcp_host_not_allowed',
      403,
      `/mcp does not answer requests with ${header} "${value}": it answers only at the host of PUBLIC_URL, an origin in ` +
        'TRUSTED_ORIGINS, or a loopback name (localhost, 127.0.0.1, [::1]). If clients reach Doable at this address, ' +
        'set PUBLIC_URL to it or add it to TRUSTED_ORIGINS.',
    );
  }
}

/** The URL's hostname when `origin` parses as an absolute URL (`[::1]` keeps its brackets), else undefined. */
function hostnameOf(origin: string): string | undefined {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const isLoopback = (origin: string) => LOOPBACK_HOSTNAMES.has(hostnameOf(origin) ?? '');

/**
 * DNS-rebinding protection for `/mcp`. A page on evil.example whose name is made to resolve to this server's
 * address reaches it with `Host: evil.example` (and its own `Origin`); a server that answers anyway exposes whatever
 * the page can authenticate as, and a local `doable` to every site the user visits. So the `Host`, and the
 * `Origin` when a browser sends one, must name this server: the public URL's host, a trusted origin (the same list,
 * with wildcards, that better-auth trusts for sign-in) or a loopback name, on any port. Anything else is a 403.
 */
export async function refuseForeignMcpHost(auth: Auth, request: FastifyRequest): Promise<void> {
  const context = await auth.$context;
  const trusted = (origin: string) => isLoopback(origin) || context.isTrustedOrigin(origin);
  const host = request.headers.host ?? '';
  // A Host carries no scheme: it names this server if it is the host of a trusted origin under either one.
  if (!/^[^\s/?#@]+$/.test(host) || !(trusted(`http://${host}`) || trusted(`https://${host}`))) {
    throw new McpHostNotAllowedError('Host', host);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !trusted(origin)) throw new McpHostNotAllowedError('Origin', origin);
}
