import type { FastifyInstance } from 'fastify';
import type { Auth } from '../auth/auth.ts';
import { OAUTH_SCOPES } from './oauth-scopes.ts';
import { mcpResourceOf } from './oauth-server.ts';

const PROTECTED_RESOURCE_PATH = '/.well-known/oauth-protected-resource';
const AUTHORIZATION_SERVER_PATH = '/.well-known/oauth-authorization-server';

/** Where a client learns how to get a token for `/mcp` (RFC 9728, path-suffixed form). */
export const resourceMetadataUrlOf = (baseUrl: string) => `${new URL(baseUrl).origin}${PROTECTED_RESOURCE_PATH}/mcp`;

/**
 * What `/mcp` answers in `WWW-Authenticate` (RFC 6750, RFC 9728): where its metadata is, and, for an invalid token or
 * a missing scope, why. The scopes named are what a client should ask for: `offline_access` among them, so that
 * clients that take the challenge's scope (the MCP SDK does) get a refresh token and keep working past an hour.
 */
export function bearerChallenge(baseUrl: string, problem?: { error: 'invalid_token' | 'insufficient_scope'; scope?: string }) {
  const parts = [`resource_metadata="${resourceMetadataUrlOf(baseUrl)}"`];
  if (problem) parts.unshift(`error="${problem.error}"`);
  parts.push(`scope="${problem?.scope ?? OAUTH_SCOPES.join(' ')}"`);
  return `Bearer ${parts.join(', ')}`;
}

/**
 * Discovery for assistants: the protected resource metadata of `/mcp` (RFC 9728, at the root and in the
 * `/mcp`-suffixed form) and the authorization server's metadata (RFC 8414) at the root as well as at the issuer's
 * path-inserted address, since clients differ in where they look.
 */
export function registerOAuthDiscoveryRoutes(app: FastifyInstance, auth: Auth, baseUrl: string): void {
  const origin = new URL(baseUrl).origin;
  const resourceMetadata = {
    resource: mcpResourceOf(baseUrl),
    authorization_servers: [`${origin}/api/auth`],
    bearer_methods_supported: ['header'],
    scopes_supported: [...OAUTH_SCOPES],
    resource_name: 'Doable',
    resource_documentation: `${origin}/docs`,
  };
  for (const url of [PROTECTED_RESOURCE_PATH, `${PROTECTED_RESOURCE_PATH}/mcp`]) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=3600').send(resourceMetadata),
    );
  }
  for (const url of [AUTHORIZATION_SERVER_PATH, `${AUTHORIZATION_SERVER_PATH}/api/auth`]) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=3600').send(await auth.api.getOAuthServerConfig()),
    );
  }
}
