import type { ApiKeyScope } from '../api-keys/api-key-scope.ts';

/** Read the user's tasks and tags. */
export const TASKS_READ = 'tasks:read';
/** Create, change, complete and delete the user's tasks. */
export const TASKS_WRITE = 'tasks:write';
/** A refresh token: the assistant keeps working after its access token expires. */
export const OFFLINE_ACCESS = 'offline_access';
/** What an assistant may ask for. */
export const OAUTH_SCOPES = [TASKS_READ, TASKS_WRITE, OFFLINE_ACCESS] as const;
/** The scopes that say what a token may do at `/mcp` (the protected resource), as its metadata lists them. */
export const RESOURCE_SCOPES = [TASKS_READ, TASKS_WRITE] as const;

/**
 * What a token's granted scopes let it do with tasks, in the terms API keys already use: `write` with
 * `tasks:write`, `read` with `tasks:read` alone, nothing without either.
 */
export function taskScopeOf(granted: readonly string[]): ApiKeyScope | undefined {
  if (granted.includes(TASKS_WRITE)) return 'write';
  if (granted.includes(TASKS_READ)) return 'read';
  return undefined;
}

/**
 * The scopes an `insufficient_scope` challenge names when `required` is missing: the reading every tool needs, the
 * one missing, and `offline_access`. Clients re-authorize with exactly the challenged scopes in place of what they
 * held (the MCP SDK does), so naming only the missing one would cost them their refresh token; the MCP authorization
 * specification recommends naming the scopes the client keeps as well (2025-11-25, Scope Challenge Handling, "Server
 * Scope Management").
 */
export const stepUpScopes = (required: string): string[] => [...new Set([TASKS_READ, required, OFFLINE_ACCESS])];
