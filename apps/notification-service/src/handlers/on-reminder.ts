import { type ReminderEvent, reminderEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { PushDelivery } from '../delivery/push-delivery.ts';
import type { PushMessage } from '../delivery/push-sender.ts';

export type { RetryPolicy } from '../delivery/push-delivery.ts';

/** A day: a reminder still helps later that day, not next week. */
const REMINDER_TTL_SECONDS = 24 * 60 * 60;

/** What the service worker shows: small (push payloads are capped near 4 KB) and free of anything but the task's title. */
export function toPushMessage(reminder: ReminderEvent): PushMessage {
  return {
    payload: JSON.stringify({
      type: 'reminder',
      task_id: reminder.task_id,
      title: reminder.title,
      due_at: reminder.due_at,
      remind_at: reminder.remind_at,
      url: '/',
    }),
    ttl: REMINDER_TTL_SECONDS,
    // The user asked to be told at this time: deliver now, not when the device next wakes up.
    urgency: 'high',
    topic: `task-${reminder.task_id}`,
  };
}

/**
 * Sends a reminder to every browser of the user it names: the backend puts the task's assignee there, else its
 * creator, so this handler needs no knowledge of projects.
 */
export function onReminder(deps: { logger: Logger; deliver: PushDelivery }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = reminderEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a reminder event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const reminder = parsed.data;
    await deps.deliver({
      eventId: reminder.event_id,
      userId: reminder.user_id,
      push: toPushMessage(reminder),
      logger: deps.logger.child({ eventId: reminder.event_id, taskId: reminder.task_id }),
    });
  };
}
