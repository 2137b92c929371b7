import type { ConnectedApp } from '@doable/contracts';
import type { Executor } from '../database/executor.ts';

const asList = (value: unknown): string[] => {
  const list = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
};
const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** The OAuth provider's consents, clients and tokens, read and revoked per user (SQL only). */
export const connectedAppRepository = {
  async list(db: Executor, userId: string): Promise<ConnectedApp[]> {
    const rows = await db
      .selectFrom('oauthConsent as consent')
      .innerJoin('oauthClient as client', 'client.clientId', 'consent.clientId')
      .select([
        'consent.id',
        'consent.clientId',
        'client.name',
        'client.uri',
        'consent.scopes',
        'consent.createdAt',
        (eb) =>
          eb
            .selectFrom('oauthAccessToken as token')
            .select((inner) => inner.fn.max('token.createdAt').as('at'))
            .whereRef('token.clientId', '=', 'consent.clientId')
            .whereRef('token.userId', '=', 'consent.userId')
            .as('lastUsedAt'),
      ])
      .where('consent.userId', '=', userId)
      .orderBy('consent.createdAt', 'desc')
      .orderBy('consent.id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      client_id: row.clientId,
      name: row.name ?? null,
      uri: row.uri ?? null,
      scopes: asList(row.scopes),
      connected_at: new Date(row.createdAt).toISOString(),
      last_used_at: isoOrNull(row.lastUsedAt),
    }));
  },

  /**
   * Ends a connection: the consent and every token the app holds for the user, in one transaction, so the app's
   * next call to `/mcp` is a 401 and its refresh token no longer works. False when the user has no such consent.
   */
  async revoke(db: Executor, userId: string, consentId: string): Promise<boolean> {
    return db.transaction().execute(async (trx) => {
      const consent = await trx
        .deleteFrom('oauthConsent')
        .where('id', '=', consentId)
        .where('userId', '=', userId)
        .returning('clientId')
        .executeTakeFirst();
      if (!consent) return false;
      await trx.deleteFrom('oauthAccessToken').where('clientId', '=', consent.clientId).where('userId', '=', userId).execute();
      await trx.deleteFrom('oauthRefreshToken').where('clientId', '=', consent.clientId).where('userId', '=', userId).execute();
      return true;
    });
  },
};
