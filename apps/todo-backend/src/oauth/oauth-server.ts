import { createHash } from 'node:crypto';
import { cimd } from '@better-auth/cimd';
import { fetchClientMetadataResource } from '@better-auth/cimd/node';
import { type ClientMetadataResourceFetch, oauthProvider } from '@better-auth/oauth-provider';
import { OAUTH_SCOPES } from './oauth-scopes.ts';

/** How Doable signs assistants in with OAuth 2.1 (the options a deployment or a test may change). */
export interface OAuthServerOptions {
  /**
   * Fetches a client's metadata document (its `client_id` is that document's https URL). The default resolves the
   * host once, refuses private and loopback addresses and follows no redirect; tests serve documents themselves.
   */
  fetchClientMetadata?: ClientMetadataResourceFetch;
  /** Lifetime of an access token, in seconds (an hour by default); refresh tokens last 30 days. */
  accessTokenTtlSeconds?: number;
}

/** Prefixes that make Doable's tokens recognisable (to `/mcp`, and to secret scanners); they are never stored. */
export const ACCESS_TOKEN_PREFIX = 'dat_';
export const REFRESH_TOKEN_PREFIX = 'drt_';

/** Pages of the web app the authorization flow sends the browser to. */
export const LOGIN_PAGE = '/';
export const CONSENT_PAGE = '/oauth/consent';

/** The MCP endpoint as a protected resource (RFC 8707, RFC 9728): every access token is bound to it. */
export const mcpResourceOf = (baseUrl: string) => `${new URL(baseUrl).origin}/mcp`;

/**
 * Tokens are stored as their SHA-256, never in clear. The hash is Doable's own (not the plugin's default) so that
 * `/mcp` can find an access token's row without calling the plugin's introspection endpoint.
 */
export const hashOAuthToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * better-auth's OAuth 2.1 provider, profiled for MCP: public clients identify themselves by a Client ID Metadata
 * Document (no dynamic registration), authorization code with PKCE S256 only, refresh tokens rotated at every use,
 * and every token bound to `/mcp` (RFC 8707). Access tokens are opaque rows, not JWTs, so that revoking an app
 * takes effect on its next request instead of when a signed token would expire.
 */
export function oauthServerPlugins(baseUrl: string, options: OAuthServerOptions = {}) {
  const resource = mcpResourceOf(baseUrl);
  return [
    oauthProvider({
      loginPage: LOGIN_PAGE,
      consentPage: CONSENT_PAGE,
      scopes: [...OAUTH_SCOPES],
      grantTypes: ['authorization_code', 'refresh_token'],
      resources: [resource],
      clientRegistrationDefaultResources: [resource],
      disableJwtPlugin: true,
      storeClientSecret: 'encrypted',
      storeTokens: { hash: (token) => hashOAuthToken(token) },
      prefix: { opaqueAccessToken: ACCESS_TOKEN_PREFIX, refreshToken: REFRESH_TOKEN_PREFIX },
      accessTokenExpiresIn: options.accessTokenTtlSeconds ?? 3600,
      // A refresh token works once: using it again is taken as theft and ends the whole grant.
      refreshTokenReuseInterval: 0,
      allowDynamicClientRegistration: false,
    }),
    cimd({
      fetchClientMetadataResource: options.fetchClientMetadata ?? fetchClientMetadataResource,
      metadataProfile: 'mcp-2026-07-28',
    }),
  ];
}
