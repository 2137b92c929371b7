import type { Executor } from '../database/executor.ts';

/**
 * The actor's display name as it is when the event is written, so consumers can say "Sam assigned you …" without
 * reading the backend's accounts. Undefined for an account deleted in the meantime.
 */
export async function actorName(trx: Executor, actorId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('user').select('name').where('id', '=', actorId).executeTakeFirst();
  return row?.name;
}
