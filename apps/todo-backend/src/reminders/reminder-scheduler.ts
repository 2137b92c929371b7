import { randomUUID } from 'node:crypto';
import { type ReminderEvent, TOPICS } from '@doable/contracts';
import type { Logger } from '@doable/platform';
import { enqueue } from '../outbox/outbox.ts';
import type { Executor } from '../tasks/task-repository.ts';
import { reminderRepository } from './reminder-repository.ts';

export interface ReminderSchedulerOptions {
  db: Executor;
  logger: Logger;
  /** Called after reminders were enqueued, so the relay delivers them at once. */
  onEnqueued: () => void;
  /** Longest sleep before looking again, which also picks up reminders set by other replicas. */
  maxSleepMs?: number;
  clock?: () => Date;
}

const CLAIM_BATCH = 500;

/**
 * Fires each reminder once, at its time: a timer is armed for the earliest pending reminder; firing claims the due
 * rows and enqueues a Reminder Event for each in the same transaction. Because claims live in the database, a
 * restart fires whatever came due while the process was down, and completed or deleted tasks never fire.
 */
export class ReminderScheduler {
  readonly #options: ReminderSchedulerOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(options: ReminderSchedulerOptions) {
    this.#options = options;
  }

  start(): void {
    this.#stopped = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** Fires what is due now and re-arms the timer; call after any change to a task's reminder. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.sweep()
      .then(() => this.#arm())
      .catch((error) => {
        this.#options.logger.error({ err: error }, 'reminder sweep failed');
        this.#arm(5_000);
      })
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.wake();
        }
      });
  }

  /** Claims and enqueues every reminder due now; returns how many fired. The cron binding calls this too. */
  async sweep(): Promise<number> {
    const now = (this.#options.clock ?? (() => new Date()))();
    let fired = 0;
    for (;;) {
      const claimed = await this.#options.db.transaction().execute(async (trx) => {
        const due = await reminderRepository.claimDue(trx, now, CLAIM_BATCH);
        await enqueue(
          trx,
          due.map((task) => {
            const event: ReminderEvent = {
              schema_version: 1,
              event_id: randomUUID(),
              timestamp: now.toISOString(),
              task_id: task.id,
              user_id: task.user_id,
              title: task.title,
              due_at: task.due_date ? task.due_date.toISOString() : null,
              remind_at: task.reminder_at.toISOString(),
            };
            return { topic: TOPICS.reminders, key: task.user_id, payload: event };
          }),
        );
        return due.length;
      });
      fired += claimed;
      if (claimed < CLAIM_BATCH) break;
    }
    if (fired > 0) {
      this.#options.logger.info({ fired }, 'reminders fired');
      this.#options.onEnqueued();
    }
    return fired;
  }

  async #arm(delayOverrideMs?: number): Promise<void> {
    if (this.#stopped) return;
    const maxSleep = this.#options.maxSleepMs ?? 30_000;
    let delay = delayOverrideMs ?? maxSleep;
    if (delayOverrideMs === undefined) {
      const next = await reminderRepository.nextReminderAt(this.#options.db);
      // A few ms late rather than early: timers may round down, and the claim compares with `now`.
      if (next) delay = Math.min(maxSleep, Math.max(0, next.getTime() - Date.now() + 5));
    }
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.wake(), delay);
  }
}
