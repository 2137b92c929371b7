import { TOPICS } from '@doable/contracts';
import { type KillablePostgres, startKillablePostgres } from '@doable/stack/testing';
import { manualClock, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

// Generous bounds for every wait: CI runs many suites on 2 cores.
const PATIENTLY = { timeout: 90_000, interval: 100 };

describe('embedded mode on PostgreSQL (DATABASE_URL) while the database is killed and restarted', () => {
  let pg: KillablePostgres;
  let t: TestApp;
  let token: string;
  const reminders: number[] = [];
  const clock = manualClock();

  beforeAll(async () => {
    pg = await startKillablePostgres();
    t = await startTestApp({ kind: 'postgres', postgresUrl: pg.url, clock });
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

    await expect.poll(() => acknowledged.length, PATIENTLY).toBeGreaterThanOrEqual(5);
    // A reminder that comes due while the database is away: it must fire once, after recovery.
    const reminderAt = new Date(clock.now().getTime() + 60_000);
    const reminded = await t.api.post('/api/v1/tasks', { title: 'call back', reminder_at: reminderAt.toISOString() }, token);
    expect(reminded.status).toBe(201);

    databaseDown = true;
    await pg.kill();

    const unready = await vi.waitFor(async () => {
      const res = await t.api.get('/readyz');
      expect(res.status).toBe(503);
      return res;
    }, PATIENTLY);
    expect(unready.body.unavailable).toContain('database');
    expect((await t.api.get('/healthz')).status).toBe(200);
    await expect.poll(() => outageAnswers.length, PATIENTLY).toBeGreaterThanOrEqual(3);
    // Its time comes while the database is away: the scheduler's pass then fails, and must look again later.
    await t.passTime(60_500);
    expect(reminders).not.toContain(reminded.body.id);

    await pg.restart();
    databaseDown = false;
    await expect.poll(async () => (await t.api.get('/readyz')).status, PATIENTLY).toBe(200);
    const before = acknowledged.length;
    await expect.poll(() => acknowledged.length, PATIENTLY).toBeGreaterThanOrEqual(before + 5);
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
    await expect.poll(() => reminders, PATIENTLY).toContain(reminded.body.id);
    await t.settle();
    expect(reminders.filter((id) => id === reminded.body.id)).toHaveLength(1);
  }, 300_000);
});
