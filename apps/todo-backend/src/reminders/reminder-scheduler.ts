import { randomUUID } from 'node:crypto';
import { type ReminderEvent, TOPICS } from '@doable/contracts';
import { createMetrics, type Logger, type Metrics } from '@doable/platform';
import type { Executor } from '../database/executor.ts';
import { WakeableLoop } from '../database/wakeable-loop.ts';
import { enqueue } from '../outbox/outbox.ts';
import { reminderRepository } from './reminder-repository.ts';

export interface ReminderSchedulerOptions {
  db: Executor;
  logger: Logger;
  /** Called after reminders were enqueued, so the relay delivers them at once. */
  onEnqueued: () => void;
  /** Longest sleep before looking again, which also picks up reminders set by other replicas. */
  maxSleepMs?: number;
  /** What time it is: decides what is due and how long to sleep until the next reminder. */
  clock?: () => Date;
  /** Observes how late each claimed reminder fires (`doable_reminder_lateness_seconds`). */
  metrics?: Metrics;
}

const CLAIM_BATCH = 500;
const MIN_RETRY_MS = 100;

/**
 * Fires each reminder once, at its time: a timer is armed for the earliest pending reminder; firing claims the due
 * rows and enqueues a Reminder Event for each in the same transaction. Because claims live in the database, a
 * restart fires whatever came due while the process was down, and completed or deleted tasks never fire.
 */
export class ReminderScheduler {
  readonly #options: ReminderSchedulerOptions;
  readonly #loop = new WakeableLoop(() => this.#pass());
  readonly #metrics: Metrics;
  readonly #clock: () => Date;

  constructor(options: ReminderSchedulerOptions) {
    this.#options = options;
    this.#metrics = options.metrics ?? createMetrics();
    this.#clock = options.clock ?? (() => new Date());
  }

  start(): void {
    this.#loop.start();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }

  /** Fires what is due now and re-arms the timer; call after any change to a task's reminder. */
  wake(): void {
    this.#loop.wake();
  }

  /** Resolves when no pass is running or asked for (the timer may still be armed). */
  idle(): Promise<void> {
    return this.#loop.idle();
  }

  /** Claims and enqueues every reminder due now; returns how many fired. Also the entry for an external cron trigger. */
  async sweep(): Promise<number> {
    const now = this.#clock();
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
              project_id: task.project_id,
              title: task.title,
              due_at: task.due_date ? task.due_date.toISOString() : null,
              remind_at: task.reminder_at.toISOString(),
            };
            return { topic: TOPICS.reminders, key: task.user_id, payload: event };
          }),
        );
        return due.map((task) => task.reminder_at);
      });
      // Observed after commit: a rolled-back claim fires later, and is measured then.
      for (const remindAt of claimed) this.#metrics.reminderFired((now.getTime() - remindAt.getTime()) / 1000);
      fired += claimed.length;
      if (claimed.length < CLAIM_BATCH) break;
    }
    if (fired > 0) {
      this.#options.logger.info({ fired }, 'reminders fired');
      this.#options.onEnqueued();
    }
    return fired;
  }

  /** One sweep, then how long to sleep: until the earliest pending reminder, at most `maxSleepMs`. */
  async #pass(): Promise<number> {
    const maxSleep = this.#options.maxSleepMs ?? 30_000;
    try {
      await this.sweep();
      const next = await reminderRepository.nextReminderAt(this.#options.db);
      if (!next) return maxSleep;
      // A few ms late rather than early (timers may round down). A reminder already due here is one another
      // transaction holds (SKIP LOCKED passed it by): look again shortly instead of spinning.
      const untilNext = next.getTime() - this.#clock().getTime();
      return Math.min(maxSleep, untilNext <= 0 ? MIN_RETRY_MS : untilNext + 5);
    } catch (error) {
      this.#options.logger.error({ err: error }, 'reminder sweep failed');
      return 5_000;
    }
  }
}
