import { z } from 'zod';

/**
 * What an API key may do: `read` reads tasks and tags only; `write` also changes them. Sessions (signing in) are
 * always `write`. The scope lives in the key's better-auth `permissions` (`{tasks: ["read"]}` or
 * `{tasks: ["read", "write"]}`), which only the server can set, so a key can never widen its own scope.
 */
export const apiKeyScopeSchema = z.enum(['read', 'write'], { error: 'scope must be "read" or "write".' });
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

/**
 * A key created without a scope may write: the README's MCP setup creates keys with only a name, the tool set an
 * assistant uses is mostly changes, and keys made before scopes existed keep working as they did.
 */
export const DEFAULT_API_KEY_SCOPE: ApiKeyScope = 'write';

type Permissions = Record<string, string[]>;

export function permissionsOf(scope: ApiKeyScope): Permissions {
  return { tasks: scope === 'write' ? ['read', 'write'] : ['read'] };
}

/** The scope a key's stored permissions grant; keys without permissions predate scopes and keep full access. */
export function scopeOf(permissions: Permissions | null | undefined): ApiKeyScope {
  if (permissions === null || permissions === undefined) return 'write';
  return permissions.tasks?.includes('write') ? 'write' : 'read';
}
