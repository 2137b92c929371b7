import { type DaprAppToken, requireDaprAppToken } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ReminderScheduler } from './reminder-scheduler.ts';

/** The cron input binding's name: the sidecar calls the route of the same name. */
export const REMINDER_CRON_BINDING = 'reminder-cron';

/**
 * The `reminder-cron` input binding: the sidecar probes the route with OPTIONS at start, then POSTs on every
 * firing. Each firing sweeps for reminders due and not yet fired (missed while no replica ran); row claims
 * make sure that with several replicas each reminder still fires once.
 */
export async function registerReminderCronRoute(
  app: FastifyInstance,
  deps: { reminders: ReminderScheduler; appToken: DaprAppToken },
): Promise<void> {
  await app.register(async (scope) => {
    requireDaprAppToken(scope, deps.appToken);
    scope.options(`/${REMINDER_CRON_BINDING}`, { schema: { hide: true } }, async (_request, reply) => reply.code(200).send());
    scope.post(`/${REMINDER_CRON_BINDING}`, { schema: { hide: true } }, async () => ({ fired: await deps.reminders.sweep() }));
  });
}
