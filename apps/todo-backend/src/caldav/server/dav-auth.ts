import type { FastifyRequest } from 'fastify';
import type { Auth } from '../../auth/auth.ts';
import type { Executor } from '../../database/executor.ts';
import { findApiKeyPrincipal } from '../../http/authenticate.ts';
import type { DavUser } from './dav-properties.ts';

/** What a 401 carries, so clients ask for (or show the prompt for) a user name and password. */
export const BASIC_CHALLENGE = 'Basic realm="Doable", charset="UTF-8"';

/** `Authorization: Basic` split into user name and password, or undefined when absent or malformed. */
export function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * The caller of a CalDAV request: HTTP Basic with the account's email (any case) and an app password, which is an
 * API key of that account (scope read or write). The account password is never accepted here: a client stores what
 * it is given, and an app password can be revoked on its own.
 */
export async function davUser(auth: Auth, db: Executor, request: FastifyRequest): Promise<DavUser | undefined> {
  const credentials = basicCredentials(request.headers.authorization);
  if (!credentials || credentials.password === '') return undefined;
  const principal = await findApiKeyPrincipal(auth, credentials.password);
  if (!principal) return undefined;
  const user = await db.selectFrom('user').select(['email', 'name']).where('id', '=', principal.userId).executeTakeFirst();
  if (!user || user.email.toLowerCase() !== credentials.username.trim().toLowerCase()) return undefined;
  return { userId: principal.userId, email: user.email, name: user.name, scope: principal.scope };
}
