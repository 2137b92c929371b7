import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PoisonMessageError } from './errors.ts';
import type { BusMessage } from './event-bus.ts';
import { createMetrics } from './http/metrics.ts';
import { InProcessBus } from './in-process-bus.ts';

const logger = pino({ level: 'silent' });
const message: BusMessage = { topic: 'task-events', key: 'u1', eventId: 'e1', payload: { hello: 'world' } };

describe('InProcessBus', () => {
  it('delivers a message to every consumer of its topic and to no other', async () => {
    const bus = new InProcessBus({ logger });
    const seen: string[] = [];
    bus.subscribe({ consumer: 'a', topic: 'task-events', handle: async () => void seen.push('a') });
    bus.subscribe({ consumer: 'b', topic: 'task-events', handle: async () => void seen.push('b') });
    bus.subscribe({ consumer: 'c', topic: 'reminders', handle: async () => void seen.push('c') });
    await bus.publish(message);
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('retries a failing consumer, then dead-letters it without blocking the others', async () => {
    const bus = new InProcessBus({ logger, maxAttempts: 3, retryDelayMs: 1 });
    let attempts = 0;
    let healthy = 0;
    bus.subscribe({
      consumer: 'flaky',
      topic: 'task-events',
      handle: async () => {
        attempts++;
        throw new Error('down');
      },
    });
    bus.subscribe({ consumer: 'healthy', topic: 'task-events', handle: async () => void healthy++ });
    await bus.publish(message);
    expect(attempts).toBe(3);
    expect(healthy).toBe(1);
    expect(bus.deadLetters).toEqual([{ consumer: 'flaky', message, error: 'Error: down' }]);
  });

  it('recovers when a retry succeeds', async () => {
    const bus = new InProcessBus({ logger, maxAttempts: 3, retryDelayMs: 1 });
    let attempts = 0;
    bus.subscribe({
      consumer: 'recovering',
      topic: 'task-events',
      handle: async () => {
        attempts++;
        if (attempts < 2) throw new Error('once');
      },
    });
    await bus.publish(message);
    expect(attempts).toBe(2);
    expect(bus.deadLetters).toEqual([]);
  });

  it('dead-letters a poison message at once, handing it to the durable store', async () => {
    const kept: string[] = [];
    const bus = new InProcessBus({
      logger,
      maxAttempts: 5,
      retryDelayMs: 1,
      onDeadLetter: async (letter) => void kept.push(letter.consumer),
    });
    let attempts = 0;
    bus.subscribe({
      consumer: 'strict',
      topic: 'task-events',
      handle: async () => {
        attempts++;
        throw new PoisonMessageError('not a task event');
      },
    });
    await bus.publish(message);
    expect(attempts).toBe(1);
    expect(bus.deadLetters).toHaveLength(1);
    expect(kept).toEqual(['strict']);
  });

  it('counts each handler attempt by consumer, topic and outcome, and times it', async () => {
    const metrics = createMetrics();
    const bus = new InProcessBus({ logger, maxAttempts: 2, retryDelayMs: 1, metrics });
    bus.subscribe({ consumer: 'fine', topic: 'task-events', handle: async () => {} });
    bus.subscribe({
      consumer: 'broken',
      topic: 'task-events',
      handle: async () => {
        throw new Error('down');
      },
    });
    await bus.publish(message);
    await bus.publish(message);
    const consumed = (await metrics.registry.getSingleMetric('doable_events_consumed_total')?.get())?.values ?? [];
    const count = (consumer: string, outcome: string) =>
      consumed.find((v) => v.labels.consumer === consumer && v.labels.outcome === outcome && v.labels.topic === 'task-events')?.value;
    expect(count('fine', 'handled')).toBe(2);
    expect(count('broken', 'retried')).toBe(2);
    expect(count('broken', 'dead_lettered')).toBe(2);
    expect(await metrics.registry.metrics()).toContain('doable_event_handling_seconds_count{consumer="broken",topic="task-events"} 4');
  });
});
