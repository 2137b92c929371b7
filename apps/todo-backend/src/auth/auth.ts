import { apiKey } from '@better-auth/api-key';
import { betterAuth } from 'better-auth';
import { bearer } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import { apiKeyScopes, requestedKeyPermissions, serverSideApiKey } from '../api-keys/api-key-auth-plugin.ts';
import { BACKEND_SCHEMA } from '../database/schema.ts';

export interface AuthOptions {
  db: Kysely<any>;
  secret: string;
  baseUrl: string;
  trustedOrigins?: string[];
}

export const API_KEY_PREFIX = 'doable_';

/**
 * better-auth: email and password sign-up/sign-in, bearer sessions (`set-auth-token` header and `token` in the body)
 * and long-lived API keys for MCP clients (header `x-api-key`, or `Authorization: Bearer doable_…`).
 */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    database: { db: options.db.withSchema(BACKEND_SCHEMA), type: 'postgres' },
    secret: options.secret,
    baseURL: options.baseUrl,
    trustedOrigins: options.trustedOrigins ?? [],
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    telemetry: { enabled: false },
    // better-auth skips its origin (CSRF) check under test runners; keep it on so tests run what production runs.
    advanced: { disableOriginCheck: false },
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
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
