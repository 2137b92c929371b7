import { sql } from 'kysely';
import type { Executor } from '../database/executor.ts';

export interface DueReminder {
  id: number;
  /** Who is reminded: the assignee, else the task's creator while still a member, else the project's owner. */
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
   *
   * A member's tasks are unassigned when they leave, but the creator stays: a creator who is no longer a member
   * must not be sent the title of a task they can no longer see, so the owner (who always can) is reminded instead.
   */
  async claimDue(trx: Executor, now: Date, limit: number): Promise<DueReminder[]> {
    const result = await sql<DueReminder>`
      update backend.tasks t set reminder_sent_at = ${now}
      where t.id in (
        select id from backend.tasks
        where reminder_sent_at is null and not completed and reminder_at <= ${now}
        order by reminder_at
        limit ${limit}
        for update skip locked)
      returning t.id,
        coalesce(
          t.assignee_id,
          (select m.user_id from backend.project_members m where m.project_id = t.project_id and m.user_id = t.created_by),
          (select m.user_id from backend.project_members m where m.project_id = t.project_id and m.role = 'owner')
        ) as user_id,
        t.project_id, t.title, t.due_date, t.reminder_at`.execute(trx);
    return result.rows;
  },
};
