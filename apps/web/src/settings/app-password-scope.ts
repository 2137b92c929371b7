/** An app password as better-auth's api-key plugin lists it (`GET /api/auth/api-key/list`), the fields shown. */
export interface ListedApiKey {
  id: string;
  name: string | null;
  start: string | null;
  createdAt: string;
  lastRequest: string | null;
  permissions: Record<string, string[]> | null;
}

export type AppPasswordScope = 'read' | 'write';

/** What a key may do, as the backend decides it: keys without permissions predate scopes and may write. */
export function scopeOfKey(permissions: ListedApiKey['permissions']): AppPasswordScope {
  if (!permissions) return 'write';
  return permissions.tasks?.includes('write') ? 'write' : 'read';
}

export const SCOPE_WORDS: Record<AppPasswordScope, string> = {
  read: 'Read only',
  write: 'Read and change',
};

export const dateOf = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
