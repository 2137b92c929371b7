import { registerProblemDetails } from '@doable/platform';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerReminderCronRoute } from './reminder-cron-route.ts';
import type { ReminderScheduler } from './reminder-scheduler.ts';

describe('/reminder-cron (the Dapr cron binding)', () => {
  it('answers 401 to a call without the sidecar’s app token and sweeps nothing; the sidecar’s call sweeps', async () => {
    let sweeps = 0;
    const reminders = {
      sweep: async () => {
        sweeps += 1;
        return 0;
      },
    } as unknown as ReminderScheduler;
    const app = Fastify();
    registerProblemDetails(app);
    await registerReminderCronRoute(app, { reminders, appToken: { token: 'the-app-token' } });

    for (const method of ['OPTIONS', 'POST'] as const) {
      const res = await app.inject({ method, url: '/reminder-cron' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthorized' });
    }
    expect((await app.inject({ method: 'POST', url: '/reminder-cron', headers: { 'dapr-api-token': 'nope' } })).statusCode).toBe(401);
    expect(sweeps).toBe(0);

    const res = await app.inject({ method: 'POST', url: '/reminder-cron', headers: { 'dapr-api-token': 'the-app-token' } });
    expect(res.json()).toEqual({ fired: 0 });
    expect(sweeps).toBe(1);
  });
});
