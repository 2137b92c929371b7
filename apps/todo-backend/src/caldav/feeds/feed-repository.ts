import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../../database/executor.ts';
import type { TaskRecord } from '../../tasks/task.ts';
import { TASK_COLUMNS } from '../../tasks/task-repository.ts';

/** A feed holds at most this many tasks (the soonest due first): a calendar app reads the whole file on every refresh. */
export const FEED_TASK_LIMIT = 5000;

/** 32 random bytes, base64url: 43 characters, unguessable, safe in a path. */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are exactly what `newFeedToken` makes; anything else is unknown without asking the database. */
export const isFeedTokenShape = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

export interface FeedToken {
  token: string;
  rotated_at: Date;
}

const columns = sql.join(TASK_COLUMNS.map((c) => sql.ref(`t.${c}`)));

export const feedRepository = {
  /** The user's feed secret, made on first use. */
  async ensureToken(ex: Executor, userId: string, now: Date): Promise<FeedToken> {
    await ex
      .insertInto('calendar_feed_tokens')
      .values({ user_id: userId, token: newFeedToken(), created_at: now, rotated_at: now })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    return ex.selectFrom('calendar_feed_tokens').select(['token', 'rotated_at']).where('user_id', '=', userId).executeTakeFirstOrThrow();
  },

  /** A new secret: every URL made from the old one stops working at once. */
  async rotateToken(ex: Executor, userId: string, now: Date): Promise<FeedToken> {
    return ex
      .insertInto('calendar_feed_tokens')
      .values({ user_id: userId, token: newFeedToken(), created_at: now, rotated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet((eb) => ({ token: eb.ref('excluded.token'), rotated_at: now })))
      .returning(['token', 'rotated_at'])
      .executeTakeFirstOrThrow();
  },

  async findOwner(ex: Executor, token: string): Promise<{ user_id: string; rotated_at: Date } | undefined> {
    return ex.selectFrom('calendar_feed_tokens').select(['user_id', 'rotated_at']).where('token', '=', token).executeTakeFirst();
  },

  /** The user's projects (not archived), in their sidebar order, for the per-project URLs. */
  async memberProjects(ex: Executor, userId: string): Promise<{ id: number; name: string }[]> {
    const result = await sql<{ id: number; name: string }>`
      select p.id, p.name from backend.project_members m join backend.projects p on p.id = m.project_id
      where m.user_id = ${userId} and not p.archived
      order by p.inbox_of is null, m.position, p.id`.execute(ex);
    return result.rows;
  },

  /** The project's name when the user is a member of it, else undefined. */
  async memberProject(ex: Executor, userId: string, projectId: number): Promise<{ id: number; name: string } | undefined> {
    const result = await sql<{ id: number; name: string }>`
      select p.id, p.name from backend.project_members m join backend.projects p on p.id = m.project_id
      where m.user_id = ${userId} and m.project_id = ${projectId}`.execute(ex);
    return result.rows[0];
  },

  /** Tasks with a due date in every project the user belongs to (archived ones left out), soonest first. */
  async dueTasks(ex: Executor, userId: string): Promise<TaskRecord[]> {
    const result = await sql<TaskRecord>`
      select ${columns} from backend.project_members m
      join backend.projects p on p.id = m.project_id and not p.archived
      join backend.tasks t on t.project_id = m.project_id and t.due_date is not null
      where m.user_id = ${userId}
      order by t.due_date, t.id
      limit ${FEED_TASK_LIMIT}`.execute(ex);
    return result.rows;
  },

  /** One project's tasks (`dueOnly`: those with a due date), soonest due first, then those without one. */
  async projectTasks(ex: Executor, projectId: number, dueOnly: boolean): Promise<TaskRecord[]> {
    const result = await sql<TaskRecord>`
      select ${columns} from backend.tasks t
      where t.project_id = ${projectId}${dueOnly ? sql` and t.due_date is not null` : sql``}
      order by t.due_date nulls last, t.id
      limit ${FEED_TASK_LIMIT}`.execute(ex);
    return result.rows;
  },
};
