import type { ApiKeyScope } from '../api-keys/api-key-scope.ts';

/** Read the user's tasks and tags. */
export const TASKS_READ = 'tasks:read';
/** Create, change, complete and delete the user's tasks. */
export const TASKS_WRITE = 'tasks:write';
/** What an assistant may ask for; `offline_access` lets it keep working after the access token expires (a refresh token). */
export const OAUTH_SCOPES = [TASKS_READ, TASKS_WRITE, 'offline_access'] as const;
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
