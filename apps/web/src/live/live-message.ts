import { reminderEventSchema, taskEventSchema } from '@doable/contracts';
import { z } from 'zod';

/** What `/ws` sends (apps/websocket-service/README.md), built from the contracts' event schemas. */
export const liveMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), user_id: z.string(), heartbeat_interval_ms: z.number() }),
  z.object({ type: z.literal('task.updated'), event: taskEventSchema }),
  z.object({ type: z.literal('reminder'), event: reminderEventSchema }),
]);
export type LiveMessage = z.infer<typeof liveMessageSchema>;

/** The message in a text frame, or undefined for anything else (unknown types may be added later: ignored). */
export function fromFrame(data: unknown): LiveMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const parsed = liveMessageSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
