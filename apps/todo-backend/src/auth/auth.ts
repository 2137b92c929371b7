import { apiKey } from '@better-auth/api-key';
import type { Logger } from '@doable/platform';
import { betterAuth } from 'better-auth';
import { bearer } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import { apiKeyScopes, requestedKeyPermissions, serverSideApiKey } from '../api-keys/api-key-auth-plugin.ts';
import { BACKEND_SCHEMA } from '../database/schema.ts';
import { type OAuthServerOptions, oauthServerPlugins } from '../oauth/oauth-server.ts';
import { toBetterAuthLogger } from './auth-logger.ts';
import { CLIENT_ADDRESS_HEADER } from './auth-request.ts';
import { DEFAULT_PRINCIPAL_CACHE, PrincipalCache, type PrincipalCacheOptions } from './principal-cache.ts';
import { trustedOriginsOf } from './trusted-origins.ts';

export interface AuthOptions {
  db: Kysely<unknown>;
  secret: string;
  baseUrl: string;
  trustedOrigins?: string[];
  logger: Logger;
  /** Signing assistants in with OAuth 2.1 at `/mcp` (see `oauthServerPlugins`). */
  oauth?: OAuthServerOptions;
  /** Runs once an account exists (its Inbox is made here); must be idempotent, as it is retried where needed. */
  onUserCreated?: (userId: string) => Promise<void>;
  /** How long and how many verified credentials each process remembers (`principals`); tests pass a clock. */
  principalCache?: Partial<PrincipalCacheOptions>;
}

export const API_KEY_PREFIX = 'doable_';

/**
 * better-auth: email and password sign-up/sign-in, bearer sessions (`set-auth-token` header and `token` in the body)
 * long-lived API keys for MCP clients (header `x-api-key`, or `Authorization: Bearer doable_…`), and an OAuth 2.1
 * authorization server through which hosted assistants connect to `/mcp` with the user's consent. `principals`
 * remembers recently verified credentials (`findPrincipal`).
 */
export function createAuth(options: AuthOptions) {
  const principals = new PrincipalCache({ ...DEFAULT_PRINCIPAL_CACHE, ...options.principalCache });
  return Object.assign(betterAuthOf(options), { principals });
}

function betterAuthOf(options: AuthOptions) {
  return betterAuth({
    database: { db: options.db.withSchema(BACKEND_SCHEMA), type: 'postgres' },
    secret: options.secret,
    baseURL: options.baseUrl,
    trustedOrigins: trustedOriginsOf(options.baseUrl, options.trustedOrigins ?? []),
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    telemetry: { enabled: false },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            await options.onUserCreated?.(user.id);
          },
        },
      },
    },
    logger: toBetterAuthLogger(options.logger),
    // Errors that are not better-auth's own reach Fastify's error handler (a problem detail, a structured log line)
    // instead of better-call's console.error of the whole error, statement parameters included.
    onAPIError: { throw: true },
    // better-auth only limits in production and keeps the counters in memory. Every mode limits here, and the
    // counters live in the database so that several backend replicas share them. Sign-in and sign-up keep
    // better-auth's rule (3 per 10 s per client address); other auth calls 100 per 10 s.
    rateLimit: { enabled: true, storage: 'database' },
    advanced: {
      // better-auth skips its origin (CSRF) check under test runners; keep it on so tests run what production runs.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // The only address header better-auth reads; the auth route sets it from the socket and the trusted proxies.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: [
      bearer(),
      apiKey({
        enableSessionForAPIKeys: true,
        customAPIKeyGetter: serverSideApiKey,
        permissions: { defaultPermissions: requestedKeyPermissions },
        defaultPrefix: API_KEY_PREFIX,
        apiKeyHeaders: ['x-api-key'],
        // The plugin's default is 10 requests a day, which would cut an MCP client off after a few tool calls.
        rateLimit: { enabled: true, timeWindow: 60_000, maxRequests: 600 },
      }),
      apiKeyScopes(),
      ...oauthServerPlugins(options.baseUrl, options.oauth),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
