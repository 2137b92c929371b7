import { liveNotificationMessageSchema, reminderEventSchema, taskEventSchema } from '@doable/contracts';
import { z } from 'zod';

/** What `/ws` sends (apps/websocket-service/README.md), built from the contracts' event schemas. */
export const liveMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), user_id: z.string(), heartbeat_interval_ms: z.number() }),
  z.object({ type: z.literal('task.updated'), event: taskEventSchema }),
  z.object({ type: z.literal('reminder'), event: reminderEventSchema }),
  liveNotificationMessageSchema,
]);

/**
 * A message about a project or its membership (`project_removed`, and any later `project…`/`member…` type): read
 * leniently, for the project it names and whether it says the user is no longer a member.
 */
const projectMessageSchema = z.object({
  type: z.string().regex(/^(project|member)[._]/),
  project_id: z.number().int().optional(),
  user_id: z.string().optional(),
  event: z
    .object({
      project_id: z.number().int().optional(),
      event_type: z.string().optional(),
      member: z.object({ user_id: z.string() }).optional(),
    })
    .optional(),
});

export type ProjectMessage = { type: 'project'; project_id: number | undefined; removed: boolean; member_id: string | undefined };
export type LiveMessage = z.infer<typeof liveMessageSchema> | ProjectMessage;

const REMOVED_TYPES = new Set(['project_removed', 'project.removed', 'member_removed', 'member.removed']);

/** The message in a text frame, or undefined for anything else (unknown types may be added later: ignored). */
export function fromFrame(data: unknown): LiveMessage | undefined {
  if (typeof data !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = liveMessageSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const project = projectMessageSchema.safeParse(json);
  if (!project.success) return undefined;
  const { type, event } = project.data;
  return {
    type: 'project',
    project_id: project.data.project_id ?? event?.project_id,
    removed: REMOVED_TYPES.has(type) || event?.event_type === 'member_removed' || event?.event_type === 'project_deleted',
    member_id: event?.member?.user_id ?? project.data.user_id,
  };
}
