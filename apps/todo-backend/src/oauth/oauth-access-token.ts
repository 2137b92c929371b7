import type { Executor } from '../database/executor.ts';
import { ACCESS_TOKEN_PREFIX, hashOAuthToken } from './oauth-server.ts';

/** What a valid access token lets its bearer do at a resource. */
export interface OAuthGrant {
  userId: string;
  clientId: string;
  scopes: string[];
}

/** Whether a bearer credential is one of Doable's OAuth access tokens (rather than a session token or an API key). */
export const isOAuthAccessToken = (token: string) => token.startsWith(ACCESS_TOKEN_PREFIX);

const asList = (value: unknown): string[] => {
  const list = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
};

/**
 * The grant behind an access token, or undefined when the token is unknown, revoked, expired at `now`, or bound to
 * another resource than `resource` (RFC 8707: a token issued for one audience is refused by every other). The row
 * is read on every request, so revoking an app (which deletes its tokens) takes effect on the next call, on every
 * replica alike.
 */
export async function findOAuthGrant(
  db: Executor,
  token: string,
  { resource, now }: { resource: string; now: Date },
): Promise<OAuthGrant | undefined> {
  if (!isOAuthAccessToken(token)) return undefined;
  const row = await db
    .selectFrom('oauthAccessToken')
    .select(['userId', 'clientId', 'scopes', 'resources', 'expiresAt', 'revoked'])
    .where('token', '=', hashOAuthToken(token.slice(ACCESS_TOKEN_PREFIX.length)))
    .executeTakeFirst();
  if (!row?.userId || row.revoked) return undefined;
  if (new Date(row.expiresAt).getTime() <= now.getTime()) return undefined;
  if (!asList(row.resources).includes(resource)) return undefined;
  return { userId: row.userId, clientId: row.clientId, scopes: asList(row.scopes) };
}
