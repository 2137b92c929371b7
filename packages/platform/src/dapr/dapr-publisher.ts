import type { BusMessage, EventPublisher } from '../event-bus.ts';
import type { DaprClient } from './dapr-client.ts';
import { PUBSUB } from './dapr-subscriber.ts';

/** Publishes through the sidecar's pub/sub component (Kafka); the user id key keeps one user's events in order. */
export function createDaprPublisher(client: DaprClient, pubsub: string = PUBSUB.shared): EventPublisher {
  return {
    publish: (message: BusMessage) =>
      client.publish(pubsub, message.topic, message.payload, { partitionKey: message.key, eventId: message.eventId }),
  };
}
