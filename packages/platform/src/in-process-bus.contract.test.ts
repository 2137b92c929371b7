import { pino } from 'pino';
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
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const letter = bus.deadLetters.find((l) => l.message.topic === topic && match(l.message.payload));
        if (letter || Date.now() > deadline) return letter?.message.payload;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {},
  };
});
