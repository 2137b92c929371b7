import { registerProblemDetails } from '@doable/platform';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import type { AuditModule } from './audit-module.ts';
import { registerHistoryRoutes } from './history-routes.ts';

describe('the internal task history routes', () => {
  it('answers 401 to a call without the sidecar’s app token, and the history to the sidecar', async () => {
    const asked: [string, number][] = [];
    const audit = {
      listTaskHistory: async (userId: string, taskId: number) => {
        asked.push([userId, taskId]);
        return [];
      },
      listAllTaskHistory: async (taskId: number) => {
        asked.push(['everyone', taskId]);
        return [];
      },
    } as unknown as AuditModule;
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerProblemDetails(app);
    await registerHistoryRoutes(app, { audit, appToken: { token: 'the-app-token' } });

    const url = '/internal/users/someone/tasks/3/history';
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: { 'dapr-api-token': 'guess' } })).json()).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(asked).toEqual([]);
    expect((await app.inject({ url, headers: { 'dapr-api-token': 'the-app-token' } })).json()).toEqual({ items: [] });
    expect(asked).toEqual([['someone', 3]]);

    expect((await app.inject({ url: '/internal/tasks/4/history' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/internal/tasks/4/history', headers: { 'dapr-api-token': 'the-app-token' } })).json()).toEqual({
      items: [],
    });
    expect(asked).toEqual([
      ['someone', 3],
      ['everyone', 4],
    ]);
  });
});
