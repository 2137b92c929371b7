import { pino } from 'pino';
import { expect } from 'vitest';
import { InProcessBus } from './in-process-bus.ts';
import { describeEventBusContract } from './testing/event-bus-contract.ts';

describeEventBusContract('the embedded InProcessBus', async () => {
  const bus = new InProcessBus({ logger: pino({ level: 'silent' }), retryDelayMs: 5 });
  return {
    publisher: bus,
    async subscribe(subscriptions) {
      for (const subscription of subscriptions) bus.subscribe(subscription);
    },
    async findDeadLetter(topic, match, timeoutMs) {
      const find = () => bus.deadLetters.find((l) => l.message.topic === topic && match(l.message.payload));
      await expect.poll(find, { timeout: timeoutMs, interval: 20 }).toBeDefined();
      return find()?.message.payload;
    },
    close: async () => {},
  };
});
