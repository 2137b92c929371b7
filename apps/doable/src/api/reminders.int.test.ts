import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BusMessage } from '@doable/platform';
import { aTask, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type Fired = { message: BusMessage; at: number };

function recordReminders(t: TestApp): Fired[] {
  const fired: Fired[] = [];
  t.app.bus.subscribe({
    consumer: 'test-observer',
    topic: 'reminders',
    handle: async (message) => void fired.push({ message, at: Date.now() }),
  });
  return fired;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

describe.each(STORAGE_KINDS)('reminders on %s', (kind) => {
  let t: TestApp;
  let token: string;
  let fired: Fired[];

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
    fired = recordReminders(t);
  });
  afterAll(() => t.stop());

  it('fires a reminder 2 s ahead within 1 s of its time, once, with the Reminder Event schema', async () => {
    const remindAt = new Date(Date.now() + 2_000);
    const due = new Date(remindAt.getTime() + 3_600_000);
    const task = (
      await t.api.post(
        '/api/v1/tasks',
        aTask({ title: 'Call mum', due_date: due.toISOString(), reminder_at: remindAt.toISOString() }),
        token,
      )
    ).body;
    await waitFor(() => fired.some((f) => (f.message.payload as { task_id: number }).task_id === task.id), 5_000);
    const mine = fired.filter((f) => (f.message.payload as { task_id: number }).task_id === task.id);
    expect(mine).toHaveLength(1);
    const [hit] = mine;
    if (!hit) throw new Error('reminder did not fire');
    const lateness = hit.at - remindAt.getTime();
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(1_000);
    expect(hit.message.payload).toEqual({
      schema_version: 1,
      event_id: expect.any(String),
      timestamp: expect.any(String),
      task_id: task.id,
      user_id: expect.any(String),
      title: 'Call mum',
      due_at: due.toISOString(),
      remind_at: remindAt.toISOString(),
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(fired.filter((f) => (f.message.payload as { task_id: number }).task_id === task.id)).toHaveLength(1);
  });

  it('never fires for a completed or deleted task', async () => {
    const soon = new Date(Date.now() + 800).toISOString();
    const done = (await t.api.post('/api/v1/tasks', aTask({ reminder_at: soon }), token)).body;
    const deleted = (await t.api.post('/api/v1/tasks', aTask({ reminder_at: soon }), token)).body;
    const control = (await t.api.post('/api/v1/tasks', aTask({ reminder_at: soon }), token)).body;
    await t.api.patch(`/api/v1/tasks/${done.id}/complete`, {}, token);
    await t.api.delete(`/api/v1/tasks/${deleted.id}`, token);
    await waitFor(() => fired.some((f) => (f.message.payload as { task_id: number }).task_id === control.id), 4_000);
    await t.settle();
    const ids = fired.map((f) => (f.message.payload as { task_id: number }).task_id);
    expect(ids).toContain(control.id);
    expect(ids).not.toContain(done.id);
    expect(ids).not.toContain(deleted.id);
  });

  it('fires again after the reminder is moved', async () => {
    const task = (await t.api.post('/api/v1/tasks', aTask({ reminder_at: new Date(Date.now() + 300).toISOString() }), token)).body;
    await waitFor(() => fired.some((f) => (f.message.payload as { task_id: number }).task_id === task.id), 3_000);
    await t.api.patch(`/api/v1/tasks/${task.id}`, { reminder_at: new Date(Date.now() + 300).toISOString() }, token);
    await waitFor(() => fired.filter((f) => (f.message.payload as { task_id: number }).task_id === task.id).length === 2, 3_000);
    expect(fired.filter((f) => (f.message.payload as { task_id: number }).task_id === task.id)).toHaveLength(2);
  });
});

describe.each(STORAGE_KINDS)('reminders across a restart on %s', (kind) => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'doable-restart-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('fires a reminder that came due while the process was stopped, once', async () => {
    const postgresUrl = inject('postgresUrl');
    const first = await startTestApp({ kind, postgresUrl, dataDir });
    const { token } = await signUp(first.api);
    const remindAt = new Date(Date.now() + 1_000);
    const task = (await first.api.post('/api/v1/tasks', aTask({ reminder_at: remindAt.toISOString() }), token)).body;
    await first.stop();
    await new Promise((r) => setTimeout(r, 1_500));

    const second = await first.restart();
    const fired = recordReminders(second);
    second.app.start();
    await waitFor(() => fired.length > 0, 5_000);
    await second.settle();
    expect(fired.map((f) => (f.message.payload as { task_id: number }).task_id)).toEqual([task.id]);
    await second.stop();
  });
});
