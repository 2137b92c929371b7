import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoisonMessageError } from '../errors.ts';
import type { BusMessage, EventPublisher, Subscription } from '../event-bus.ts';

/** An event bus as the contract suite drives it: one publisher and the subscribing side it delivers to. */
export interface EventBusUnderTest {
  publisher: EventPublisher;
  /**
   * Starts delivering to `subscriptions`. Called once, before any case, with every subscription the suite needs:
   * a sidecar asks its app what it subscribes to only once.
   */
  subscribe(subscriptions: Subscription[]): Promise<void>;
  /** The payload of a message dead-lettered from `topic` that `match` accepts, waiting up to `timeoutMs`; undefined, or a failed assertion, when none came. */
  findDeadLetter(topic: string, match: (payload: unknown) => boolean, timeoutMs: number): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The topic and consumers the suite uses. Both consumers subscribe the one topic; an implementation that runs each
 * consumer as its own service (Dapr: its own app id and so its own consumer group) maps them to two services.
 */
export const EVENT_BUS_CONTRACT = {
  topic: 'reminders',
  consumers: ['contract-primary', 'contract-secondary'],
} as const;

/** Each message carries the `event_id` and `user_id` of the wire format, and the case that reacts to it. */
interface ContractPayload {
  case_id: string;
  event_id: string;
  user_id: string;
  [field: string]: unknown;
}

type Behaviour = (consumer: string, message: BusMessage) => Promise<void>;

const DELIVERY_TIMEOUT_MS = 30_000;
const DEAD_LETTER_TIMEOUT_MS = 60_000;
const CASE_TIMEOUT_MS = 120_000;

/** How `expect.poll` waits for a delivery. */
const DELIVERY = { timeout: DELIVERY_TIMEOUT_MS, interval: 50 };

/**
 * The behaviour every EventPublisher/EventSubscriber pair must show (the embedded bus, Dapr over Kafka): delivery
 * with payload, event id and key; retries ending in one handled message; per-key order; poison messages
 * dead-lettered without blocking their key; every consumer of a topic served. Waits are bounded.
 */
export function describeEventBusContract(name: string, open: () => Promise<EventBusUnderTest>): void {
  describe(`event bus contract: ${name}`, () => {
    const { topic, consumers } = EVENT_BUS_CONTRACT;
    const [primary, secondary] = consumers;
    // Cases share the subscriptions (registered once); each reacts only to messages carrying its own case id.
    const behaviours = new Map<string, Behaviour>();
    let bus: EventBusUnderTest | undefined;

    const subscriptions: Subscription[] = consumers.map((consumer) => ({
      consumer,
      topic,
      handle: async (message) => {
        const caseId = (message.payload as Partial<ContractPayload> | undefined)?.case_id;
        const behaviour = caseId === undefined ? undefined : behaviours.get(caseId);
        await behaviour?.(consumer, message);
      },
    }));

    beforeAll(async () => {
      bus = await open();
      await bus.subscribe(subscriptions);
    }, 180_000);
    afterAll(async () => {
      await bus?.close();
    }, 60_000);

    const theBus = (): EventBusUnderTest => {
      if (!bus) throw new Error('the bus did not open');
      return bus;
    };

    /** A new case: its id, a user (the key) of its own, and a way to build its messages. */
    function aCase(behaviour: Behaviour) {
      const caseId = randomUUID();
      const key = `user-${randomUUID()}`;
      behaviours.set(caseId, behaviour);
      const message = (fields: Record<string, unknown> = {}): BusMessage => {
        const eventId = randomUUID();
        const payload: ContractPayload = { case_id: caseId, event_id: eventId, user_id: key, ...fields };
        return { topic, key, eventId, payload };
      };
      return { key, message };
    }

    it(
      'delivers a published message with its payload, event id and key',
      async () => {
        const received: BusMessage[] = [];
        const { message } = aCase(async (consumer, m) => {
          if (consumer === primary) received.push(m);
        });
        const sent = message({ text: 'water the plants', due_at: '2031-01-01T10:00:00.000Z' });
        await theBus().publisher.publish(sent);
        await expect.poll(() => received.length, DELIVERY).toBeGreaterThan(0);
        expect(received[0]).toEqual(sent);
      },
      CASE_TIMEOUT_MS,
    );

    it(
      'retries a handler that fails twice, and the idempotent handler records the message once',
      async () => {
        // Every attempt as the handler saw it: the bus must hand over the same message each time, stop once it is
        // handled, and carry the same event id on a redelivery, which is what an idempotent handler keys on.
        const deliveries = new Map<string, BusMessage[]>();
        const records: string[] = [];
        const { message } = aCase(async (consumer, m) => {
          if (consumer !== primary) return;
          const seen = [...(deliveries.get(m.eventId) ?? []), m];
          deliveries.set(m.eventId, seen);
          if ((m.payload as { flaky?: boolean }).flaky && seen.length <= 2) throw new Error(`transient failure ${seen.length}`);
          if (records.includes(m.eventId)) return;
          records.push(m.eventId);
        });
        const sent = message({ flaky: true });
        // Published after it with the same key, so it is delivered only once the retries of `sent` are over.
        const after = message();
        await theBus().publisher.publish(sent);
        await theBus().publisher.publish(after);
        await expect.poll(() => deliveries.has(after.eventId), DELIVERY).toBe(true);
        expect(deliveries.get(sent.eventId)).toEqual([sent, sent, sent]);
        expect(records).toEqual([sent.eventId, after.eventId]);

        // The outbox publishes a message again when it could not mark it delivered (a crash in between).
        await theBus().publisher.publish(sent);
        await expect.poll(() => deliveries.get(sent.eventId)?.length, DELIVERY).toBe(4);
        expect(deliveries.get(sent.eventId)).toEqual([sent, sent, sent, sent]);
        expect(records).toEqual([sent.eventId, after.eventId]);
      },
      CASE_TIMEOUT_MS,
    );

    it(
      "delivers one key's messages in the order they were published",
      async () => {
        const seen: number[] = [];
        const { message } = aCase(async (consumer, m) => {
          if (consumer === primary) seen.push((m.payload as { seq: number }).seq);
        });
        const sequence = Array.from({ length: 10 }, (_, seq) => seq);
        for (const seq of sequence) await theBus().publisher.publish(message({ seq }));
        await expect.poll(() => seen.length, DELIVERY).toBeGreaterThanOrEqual(sequence.length);
        expect(seen).toEqual(sequence);
      },
      CASE_TIMEOUT_MS,
    );

    it(
      'dead-letters a poison message with its payload, and still delivers the next message with the same key',
      async () => {
        const delivered: string[] = [];
        const { message } = aCase(async (consumer, m) => {
          if (consumer !== primary) return;
          if ((m.payload as { poison?: boolean }).poison) throw new PoisonMessageError('no reminder can have this shape');
          delivered.push(m.eventId);
        });
        const poison = message({ poison: true });
        const next = message();
        await theBus().publisher.publish(poison);
        await theBus().publisher.publish(next);

        const letter = await theBus().findDeadLetter(
          topic,
          (payload) => (payload as Partial<ContractPayload> | undefined)?.event_id === poison.eventId,
          DEAD_LETTER_TIMEOUT_MS,
        );
        expect(letter).toEqual(poison.payload);
        await expect.poll(() => delivered, DELIVERY).toContain(next.eventId);
        expect(delivered).toEqual([next.eventId]);
      },
      CASE_TIMEOUT_MS,
    );

    it(
      'gives every consumer of a topic its own copy of a message',
      async () => {
        const received = new Map<string, string[]>();
        const { message } = aCase(async (consumer, m) => {
          received.set(consumer, [...(received.get(consumer) ?? []), m.eventId]);
        });
        const sent = message();
        await theBus().publisher.publish(sent);
        await expect.poll(() => consumers.filter((consumer) => received.has(consumer)), DELIVERY).toEqual([...consumers]);
        expect(received.get(primary)).toEqual([sent.eventId]);
        expect(received.get(secondary)).toEqual([sent.eventId]);
      },
      CASE_TIMEOUT_MS,
    );
  });
}
