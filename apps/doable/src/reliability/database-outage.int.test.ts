import { TOPICS } from '@doable/contracts';
import { eventually, type KillablePostgres, signUp, startKillablePostgres } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

describe('embedded mode on PostgreSQL (DATABASE_URL) while the database is killed and restarted', () => {
  let pg: KillablePostgres;
  let t: TestApp;
  let token: string;
  const reminders: number[] = [];

  beforeAll(async () => {
    pg = await startKillablePostgres();
    t = await startTestApp({ kind: 'postgres', postgresUrl: pg.url });
    t.app.bus.subscribe({
      consumer: 'outage-test',
      topic: TOPICS.reminders,
      handle: async (message) => {
        reminders.push((message.payload as { task_id: number }).task_id);
      },
    });
    ({ token } = await signUp(t.api));
  }, 120_000);
  afterAll(async () => {
    await t?.stop();
    await pg?.remove();
  });

  it('keeps running, answers 503 with Retry-After, turns unready and back, and loses nothing acknowledged', async () => {
    const acknowledged: number[] = [];
    const outageAnswers: { status: number; retryAfter: string | null; type: string | null; code: unknown }[] = [];
    let loading = true;
    let databaseDown = false;
    // Tasks created every 50 ms through the API, all through the outage, like a busy user.
    const load = (async () => {
      for (let n = 0; loading; n++) {
        const res = await t.api.post('/api/v1/tasks', { title: `load ${n}` }, token);
        if (res.status === 201) acknowledged.push(res.body.id);
        else if (databaseDown)
          outageAnswers.push({
            status: res.status,
            retryAfter: res.headers.get('retry-after'),
            type: res.headers.get('content-type'),
            code: res.body?.code,
          });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    await eventually(async () => (acknowledged.length >= 5 ? true : undefined), 'tasks to be created before the outage');
    // A reminder that comes due while the database is away: it must fire once, after recovery.
    const reminderAt = new Date(Date.now() + 2_000);
    const reminded = await t.api.post('/api/v1/tasks', { title: 'call back', reminder_at: reminderAt.toISOString() }, token);
    expect(reminded.status).toBe(201);

    databaseDown = true;
    await pg.kill();

    const unready = await eventually(async () => {
      const res = await t.api.get('/readyz');
      return res.status === 503 ? res : undefined;
    }, '/readyz to fail');
    expect(unready.body.unavailable).toContain('database');
    expect((await t.api.get('/healthz')).status).toBe(200);
    await eventually(async () => (outageAnswers.length >= 3 ? true : undefined), 'requests answered during the outage');
    await eventually(async () => (Date.now() > reminderAt.getTime() + 500 ? true : undefined), 'the reminder to come due');

    await pg.restart();
    databaseDown = false;
    await eventually(async () => ((await t.api.get('/readyz')).status === 200 ? true : undefined), '/readyz to recover');
    const before = acknowledged.length;
    await eventually(async () => (acknowledged.length >= before + 5 ? true : undefined), 'tasks to be created again');
    loading = false;
    await load;

    for (const answer of outageAnswers) {
      expect(answer).toEqual({
        status: 503,
        retryAfter: '5',
        type: expect.stringContaining('application/problem+json'),
        code: 'database_unavailable',
      });
    }
    for (const id of acknowledged) expect((await t.api.get(`/api/v1/tasks/${id}`, token)).status).toBe(200);
    await eventually(async () => (reminders.includes(reminded.body.id) ? true : undefined), 'the reminder to fire after recovery');
    await t.settle();
    expect(reminders.filter((id) => id === reminded.body.id)).toHaveLength(1);
  }, 300_000);
});
