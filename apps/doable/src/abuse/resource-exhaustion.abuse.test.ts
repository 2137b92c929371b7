import { signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';
import { expectCleanRefusal, expectNeverBlocked, probeHealthWhile } from './hostile-client.ts';

describe.each(STORAGE_KINDS)('resource exhaustion on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api, 'Heavy'));
  });
  afterAll(() => t?.stop());

  it('completing a recurring task whose due date jumped centuries ahead never blocks the server', async () => {
    const created = await t.api.post(
      '/api/v1/tasks/recurring',
      { title: 'Ancient', pattern: 'daily', due_date: '1900-01-01T09:00:00Z' },
      token,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { healthMs } = await probeHealthWhile(t.url, async () => {
      for (const due of ['9999-12-30T09:00:00Z', '1900-01-02T09:00:00Z', '9999-12-30T09:00:00Z']) {
        const moved = await t.api.patch(`/api/v1/tasks/${created.body.id}/due-date`, { due_date: due }, token);
        expectCleanRefusal(moved, `move to ${due}`);
        expectCleanRefusal(await t.api.patch(`/api/v1/tasks/${created.body.id}/complete`, { completed: true }, token), 'complete');
        await t.settle();
        expectCleanRefusal(await t.api.patch(`/api/v1/tasks/${created.body.id}/complete`, { completed: false }, token), 'reopen');
      }
    });
    expectNeverBlocked(healthMs);
    // Completing the same occurrence again never makes a second next occurrence, and no date lies beyond what a date can hold.
    const series = await t.api.get('/api/v1/tasks?status=all&search=Ancient&limit=200', token);
    expect(series.body.items.length).toBeLessThanOrEqual(2);
    for (const item of series.body.items) if (item.due_date) expect(new Date(item.due_date).getUTCFullYear()).toBeLessThanOrEqual(9999);
  });
});
