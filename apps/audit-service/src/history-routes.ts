import { taskIdSchema } from '@doable/contracts';
import { type DaprAppToken, requireDaprAppToken } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditModule } from './audit-module.ts';

/**
 * A task's history for the backend's `GET /tasks/{id}/history`, by service invocation only (the app token).
 * `/internal/tasks/:taskId/history`: every member's changes, once the backend's access policy let the reader in;
 * `/internal/users/:userId/tasks/:taskId/history`: that user's own changes only (the answer before projects).
 */
export async function registerHistoryRoutes(app: FastifyInstance, deps: { audit: AuditModule; appToken: DaprAppToken }) {
  await app.register(async (scope) => {
    requireDaprAppToken(scope, deps.appToken);
    scope
      .withTypeProvider<ZodTypeProvider>()
      .get(
        '/internal/users/:userId/tasks/:taskId/history',
        { schema: { params: z.object({ userId: z.string().min(1), taskId: taskIdSchema }) } },
        async (request) => ({ items: await deps.audit.listTaskHistory(request.params.userId, request.params.taskId) }),
      )
      .get('/internal/tasks/:taskId/history', { schema: { params: z.object({ taskId: taskIdSchema }) } }, async (request) => ({
        items: await deps.audit.listAllTaskHistory(request.params.taskId),
      }));
  });
}
