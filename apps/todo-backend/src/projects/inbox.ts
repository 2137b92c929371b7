import type { Executor } from '../database/executor.ts';
import { projectEvent, publishProjectEvents } from './project-events.ts';

export const INBOX_NAME = 'Inbox';

/**
 * The user's Inbox id, made (with its owner membership and events) if the user has none yet. Idempotent and safe
 * under concurrency: `projects.inbox_of` is unique, so a second maker finds the first one's Inbox. Runs at sign-up and
 * again wherever an Inbox is needed, so an account made while this failed still gets one. Outside a transaction,
 * `onCommitted` is called once an Inbox it made (and its events) is committed; inside one, the caller's commit is.
 */
export async function ensureInbox(ex: Executor, userId: string, now: Date, onCommitted?: () => void): Promise<number> {
  const existing = await findInbox(ex, userId);
  if (existing !== undefined) return existing;
  const work = async (trx: Executor) => {
    const made = await trx
      .insertInto('projects')
      .values({ name: INBOX_NAME, inbox_of: userId, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('inbox_of').doNothing())
      .returning(['id', 'name', 'color', 'emoji', 'archived'])
      .executeTakeFirst();
    if (!made) return undefined;
    await trx
      .insertInto('project_members')
      .values({ project_id: made.id, user_id: userId, role: 'owner', position: 0, joined_at: now })
      .execute();
    await publishProjectEvents(trx, [
      projectEvent('project_created', made, userId, now),
      projectEvent('member_added', made, userId, now, { user_id: userId, role: 'owner' }),
    ]);
    return made.id;
  };
  const made = ex.isTransaction ? await work(ex) : await ex.transaction().execute(work);
  if (made !== undefined) {
    if (!ex.isTransaction) onCommitted?.();
    return made;
  }
  const raced = await findInbox(ex, userId);
  if (raced === undefined) throw new Error(`no Inbox for user ${userId}`);
  return raced;
}

async function findInbox(ex: Executor, userId: string): Promise<number | undefined> {
  const row = await ex.selectFrom('projects').select('id').where('inbox_of', '=', userId).executeTakeFirst();
  return row?.id;
}
