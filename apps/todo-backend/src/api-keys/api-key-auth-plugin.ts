import { defineRequestState } from '@better-auth/core/context';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { type ApiKeyScope, apiKeyScopeSchema, DEFAULT_API_KEY_SCOPE, permissionsOf } from './api-key-scope.ts';

// The api-key plugin's body schema drops fields it does not know, and clients may not send `permissions`: the
// scope read from the request travels to `defaultPermissions` in better-auth's per-request state instead.
const requestedScope = defineRequestState<ApiKeyScope>(() => DEFAULT_API_KEY_SCOPE);

const scopeOfBody = (body: unknown): unknown => (body && typeof body === 'object' ? (body as { scope?: unknown }).scope : undefined);

/**
 * Lets `POST /api/auth/api-key/create` take `scope` (`read` or `write`, default `write`) and refuses it on
 * `/api-key/update`: a key's scope is fixed when it is made. Pair with `apiKey({ permissions: { defaultPermissions:
 * requestedKeyPermissions } })`.
 */
export function apiKeyScopes(): BetterAuthPlugin {
  return {
    id: 'doable-api-key-scopes',
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === '/api-key/create',
          handler: createAuthMiddleware(async (ctx) => {
            const scope = scopeOfBody(ctx.body) ?? DEFAULT_API_KEY_SCOPE;
            const parsed = apiKeyScopeSchema.safeParse(scope);
            if (!parsed.success) throw new APIError('BAD_REQUEST', { code: 'INVALID_SCOPE', message: 'scope must be "read" or "write".' });
            await requestedScope.set(parsed.data);
          }),
        },
        {
          matcher: (ctx) => ctx.path === '/api-key/update' && scopeOfBody(ctx.body) !== undefined,
          handler: createAuthMiddleware(async () => {
            throw new APIError('BAD_REQUEST', {
              code: 'SCOPE_IS_FIXED',
              message: "A key's scope is set when it is created; create a new key with the scope you need.",
            });
          }),
        },
      ],
    },
  };
}

/** `defaultPermissions` for the api-key plugin: the permissions of the scope the create request asked for. */
export async function requestedKeyPermissions(): Promise<Record<string, string[]>> {
  return permissionsOf(await requestedScope.get());
}

/**
 * The api-key plugin's `customAPIKeyGetter`: a key stands for its user only in the backend's own server-side
 * lookup (`findPrincipal`, no HTTP request). Over HTTP no `/api/auth/*` endpoint ever sees a key as a session.
 */
export function serverSideApiKey(ctx: { request?: Request | undefined; headers?: Headers | undefined }): string | null {
  return ctx.request ? null : (ctx.headers?.get('x-api-key') ?? null);
}
