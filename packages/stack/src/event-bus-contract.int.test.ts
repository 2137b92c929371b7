import {
  createDaprClient,
  createDaprPublisher,
  createLogger,
  createServiceServer,
  DaprSubscriber,
  type Subscription,
} from '@doable/platform';
import { describeEventBusContract } from '@doable/platform/testing';
import { eventually, findOnTopic, sidecar, waitForConsumerGroup } from './test-stack.ts';

// One app id per consumer, as in production (a consumer is a service, its app id the Kafka consumer group). Both
// are in the `kafka-pubsub` scopes, and the stack starts their sidecars with no recording app on their app ports.
const consumerPods = ['notification-service-0', 'recurring-task-service-0'];
/** How long closing waits for the deliveries in flight before it cuts the sidecars' connections. */
const APP_CLOSE_GRACE_MS = 10_000;

describeEventBusContract('Dapr: a sidecar, Kafka, a sidecar, DaprSubscriber', async () => {
  const logger = createLogger({ name: 'event-bus-contract', level: 'silent' });
  const apps: ReturnType<typeof createServiceServer>[] = [];
  return {
    publisher: createDaprPublisher(createDaprClient({ httpPort: sidecar('todo-backend-0').httpPort })),

    async subscribe(subscriptions) {
      const byConsumer = Map.groupBy(subscriptions, (s: Subscription) => s.consumer);
      if (byConsumer.size > consumerPods.length) throw new Error(`${byConsumer.size} consumers, ${consumerPods.length} sidecars`);
      await Promise.all(
        [...byConsumer.values()].map(async (consumerSubscriptions, n) => {
          const pod = sidecar(consumerPods[n] ?? '');
          // As runDaprService wires it (the app's own sidecar dead-letters a poison message at once), but a failing
          // handler is answered RETRY at once, so a retry is the sidecar's redelivery. (Retries inside one delivery
          // are the subscriber's unit tests'.)
          const subscriber = new DaprSubscriber({ logger, dapr: createDaprClient({ httpPort: pod.httpPort }), attemptsPerDelivery: 1 });
          for (const s of consumerSubscriptions) subscriber.subscribe(s);
          const app = createServiceServer({ name: pod.appId, logger });
          await subscriber.register(app, { optional: true });
          apps.push(app);
          // The sidecar asks `/dapr/subscribe` once, as soon as the app port accepts connections.
          await app.listen({ port: pod.appPort, host: '127.0.0.1' });
          const topics = await eventually(
            async () => {
              const res = await fetch(`http://127.0.0.1:${pod.httpPort}/v1.0/metadata`, { signal: AbortSignal.timeout(5_000) });
              const metadata = (await res.json()) as { subscriptions?: { topic: string }[] };
              return (metadata.subscriptions ?? []).map((s) => s.topic);
            },
            (active) => consumerSubscriptions.every((s) => active.includes(s.topic)),
            60_000,
          );
          if (!consumerSubscriptions.every((s) => topics.includes(s.topic)))
            throw new Error(`${pod.podName} did not subscribe ${consumerSubscriptions.map((s) => s.topic)} (has ${topics})`);
          await waitForConsumerGroup(pod.appId);
        }),
      );
    },

    async findDeadLetter(topic, match, timeoutMs) {
      try {
        const { value } = await findOnTopic(`${topic}-dlq`, (v) => match((v as { data?: unknown }).data), timeoutMs);
        return (value as { data?: unknown }).data;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('no matching record')) return undefined;
        throw error;
      }
    },

    async close() {
      // Fastify's close waits for requests in flight: a delivery whose handler a case left waiting would hold it open
      // until the hook's timeout. After a grace period the sidecars' connections are cut, and the close completes.
      await Promise.all(
        apps.map(async (app) => {
          const cut = setTimeout(() => app.server.closeAllConnections(), APP_CLOSE_GRACE_MS);
          await app.close();
          clearTimeout(cut);
        }),
      );
    },
  };
});
