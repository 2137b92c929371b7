import { taskIdSchema } from '@doable/contracts';
import { type DaprAppToken, requireDaprAppToken, UnauthorizedError } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Auth } from '../auth/auth.ts';
import { findUserId } from '../http/authenticate.ts';
import type { TaskService } from '../tasks/task-service.ts';

const credentialsSchema = z.object({
  authorization: z.string().optional(),
  cookie: z.string().optional(),
  'x-api-key': z.string().optional(),
});

/**
 * Routes only other services call, through Dapr service invocation: each request must carry the sidecar's app
 * token, and the user is named by the calling service after it authenticated that user (never by a header a
 * browser could send).
 */
export async function registerInternalRoutes(
  app: FastifyInstance,
  deps: { auth: Auth; tasks: TaskService; appToken: DaprAppToken },
): Promise<void> {
  await app.register(
    async (scope) => {
      requireDaprAppToken(scope, deps.appToken);
      const routes = scope.withTypeProvider<ZodTypeProvider>();

      // Who the credentials a user presented to another service (WebSocket, push subscriptions) belong to.
      routes.post('/whoami', { schema: { hide: true, body: credentialsSchema } }, async (request) => {
        const userId = await findUserId(deps.auth, request.body);
        if (!userId) throw new UnauthorizedError();
        return { user_id: userId };
      });

      // Idempotent: the backend creates at most one occurrence per completed task, however often this is called.
      routes.post(
        '/users/:userId/tasks/:taskId/next-occurrence',
        { schema: { hide: true, params: z.object({ userId: z.string().min(1), taskId: taskIdSchema }) } },
        async (request) => {
          const next = await deps.tasks.createNextOccurrence(request.params.userId, request.params.taskId);
          return { next_task_id: next?.id ?? null };
        },
      );
    },
    { prefix: '/internal' },
  );
}
