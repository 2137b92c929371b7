import type { Kysely } from 'kysely';
import webpush from 'web-push';
import type { DB as NotificationTables } from './database/tables.generated.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The configured key pair, or the one kept in the database, generated on the first start. Concurrent first starts
 * race on one row: every one inserts its own pair, the first wins, and all read back the winner.
 */
export async function loadVapidKeys(db: Kysely<NotificationTables>, configured: VapidKeys | undefined): Promise<VapidKeys> {
  if (configured) return configured;
  const generated = webpush.generateVAPIDKeys();
  await db
    .insertInto('vapid_keys')
    .values({ id: 1, public_key: generated.publicKey, private_key: generated.privateKey })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db.selectFrom('vapid_keys').select(['public_key', 'private_key']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { publicKey: row.public_key, privateKey: row.private_key };
}

/** Fails at start-up, not at the first reminder, when a key or the subject is malformed. */
export function checkVapidDetails(keys: VapidKeys, subject: string): void {
  webpush.getVapidHeaders('https://push.example', subject, keys.publicKey, keys.privateKey, 'aes128gcm');
}
