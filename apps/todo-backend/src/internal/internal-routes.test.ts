import { registerProblemDetails } from '@doable/platform';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import type { Auth } from '../auth/auth.ts';
import type { TaskService } from '../tasks/task-service.ts';
import { registerInternalRoutes } from './internal-routes.ts';

const APP_TOKEN = 'the-app-token';

async function anInternalApp() {
  const created: { userId: string; taskId: number }[] = [];
  const tasks = {
    createNextOccurrence: async (userId: string, taskId: number) => {
      created.push({ userId, taskId });
      return { id: 99 };
    },
  } as unknown as TaskService;
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemDetails(app);
  await registerInternalRoutes(app, { auth: {} as Auth, tasks, appToken: { token: APP_TOKEN } });
  return { app, created };
}

describe('/internal/* (service invocation only)', () => {
  it('answers 401 to a call without the sidecar’s app token, whatever user the path names, and does nothing', async () => {
    const { app, created } = await anInternalApp();
    for (const headers of [{}, { 'dapr-api-token': 'guess' }, { authorization: `Bearer ${APP_TOKEN}` }]) {
      const next = await app.inject({ method: 'POST', url: '/internal/users/someone-else/tasks/7/next-occurrence', headers });
      expect(next.statusCode).toBe(401);
      expect(next.json()).toMatchObject({ code: 'unauthorized' });
      const whoami = await app.inject({ method: 'POST', url: '/internal/whoami', headers, payload: { authorization: 'Bearer x' } });
      expect(whoami.statusCode).toBe(401);
    }
    expect(created).toEqual([]);
  });

  it('serves the sidecar’s call', async () => {
    const { app, created } = await anInternalApp();
    const res = await app.inject({
      method: 'POST',
      url: '/internal/users/u-1/tasks/7/next-occurrence',
      headers: { 'dapr-api-token': APP_TOKEN },
    });
    expect(res.json()).toEqual({ next_task_id: 99 });
    expect(created).toEqual([{ userId: 'u-1', taskId: 7 }]);
  });
});
