import { sql } from 'kysely';
import type { Executor } from '../database/executor.ts';

export interface DueReminder {
  id: number;
  /** Who is reminded: the assignee, else the task's creator. */
  user_id: string;
  project_id: number;
  title: string;
  due_date: Date | null;
  reminder_at: Date;
}

export const reminderRepository = {
  /** The earliest reminder still to fire, if any. */
  async nextReminderAt(ex: Executor): Promise<Date | undefined> {
    const result = await sql<{ next: Date | null }>`
      select min(reminder_at) as next from backend.tasks where reminder_sent_at is null and not completed`.execute(ex);
    return result.rows[0]?.next ?? undefined;
  },

  /**
   * Marks reminders due by `now` as sent and returns them. Row locks with SKIP LOCKED mean two replicas sweeping at
   * once claim disjoint rows: each reminder is claimed exactly once.
   */
  async claimDue(trx: Executor, now: Date, limit: number): Promise<DueReminder[]> {
    const result = await sql<DueReminder>`
      update backend.tasks set reminder_sent_at = ${now}
      where id in (
        select id from backend.tasks
        where reminder_sent_at is null and not completed and reminder_at <= ${now}
        order by reminder_at
        limit ${limit}
        for update skip locked)
      returning id, coalesce(assignee_id, created_by) as user_id, project_id, title, due_date, reminder_at`.execute(trx);
    return result.rows;
  },
};
