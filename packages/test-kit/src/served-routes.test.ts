import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { servedRoutes } from './served-routes.ts';

describe('servedRoutes', () => {
  it('lists every method and full path of a nested route tree', async () => {
    const app = Fastify();
    app.get('/docs', async () => '');
    app.get('/docs/js/app.js', async () => '');
    app.post('/api/v1/tasks', async () => '');
    app.patch('/api/v1/tasks/:id/complete', async () => '');
    app.options('/reminder-cron', async () => '');
    await app.register(async (scope) => scope.get('/internal/users/:userId/tasks/:taskId/history', async () => ''));
    await app.ready();
    const routes = servedRoutes(app).map((r) => `${r.method} ${r.path}`);
    expect(routes.sort()).toEqual(
      [
        'GET /docs',
        'HEAD /docs',
        'GET /docs/js/app.js',
        'HEAD /docs/js/app.js',
        'POST /api/v1/tasks',
        'PATCH /api/v1/tasks/:id/complete',
        'OPTIONS /reminder-cron',
        'GET /internal/users/:userId/tasks/:taskId/history',
        'HEAD /internal/users/:userId/tasks/:taskId/history',
      ].sort(),
    );
    await app.close();
  });
});
