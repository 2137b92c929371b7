import { TOPICS } from '@doable/contracts';
import { aTask, manualClock, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

/** The value of one sample in Prometheus text, by name and the labels it must carry. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = line.match(/^([a-z_:][a-z0-9_:]*)(?:\{([^}]*)\})? (\S+)$/i);
    if (match?.[1] !== name) continue;
    const body = match[2] ?? '';
    if (Object.entries(labels).every(([key, value]) => body.includes(`${key}="${value}"`))) return Number(match[3]);
  }
  return undefined;
}

describe.each(STORAGE_KINDS)('/metrics of the embedded app on %s', (kind) => {
  let t: TestApp;
  const clock = manualClock();
  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
  });
  afterAll(() => t.stop());

  it('counts published and consumed events, the outbox and how late a reminder fired', async () => {
    const reminded: unknown[] = [];
    t.app.bus.subscribe({ consumer: 'test-observer', topic: TOPICS.reminders, handle: async (m) => void reminded.push(m) });
    const { token } = await signUp(t.api);
    await t.settle();
    const scrape = async () => {
      const response = await fetch(`${t.url}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    };
    // Counters are compared before and after the one task, so nothing else the app did earlier counts.
    const before = await scrape();
    const delta = (after: string, name: string, labels: Record<string, string> = {}) =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);

    await t.api.post('/api/v1/tasks', aTask({ reminder_at: new Date(clock.now().getTime() + 60_000).toISOString() }), token);
    // The scheduler's pass at 750 ms past the reminder's time, as when its timer ran that late.
    await t.passTime(60_750);
    expect(reminded).toHaveLength(1);

    const text = await scrape();
    expect(delta(text, 'doable_events_published_total', { topic: TOPICS.taskEvents })).toBe(1);
    expect(delta(text, 'doable_events_published_total', { topic: TOPICS.reminders })).toBe(1);
    expect(delta(text, 'doable_events_consumed_total', { consumer: 'audit-service', topic: TOPICS.taskEvents, outcome: 'handled' })).toBe(
      1,
    );
    expect(delta(text, 'doable_event_handling_seconds_count', { consumer: 'audit-service' })).toBe(1);
    expect(sample(text, 'doable_outbox_pending')).toBe(0);
    expect(sample(text, 'doable_outbox_oldest_pending_seconds')).toBe(0);
    expect(delta(text, 'doable_reminder_lateness_seconds_count')).toBe(1);
    expect(delta(text, 'doable_reminder_lateness_seconds_sum')).toBeCloseTo(0.75, 9);
    expect(delta(text, 'doable_reminder_lateness_seconds_bucket', { le: '0.5' })).toBe(0);
    expect(delta(text, 'doable_reminder_lateness_seconds_bucket', { le: '1' })).toBe(1);
  });
});
