import type { BusMessage, EventPublisher, FailedPublish } from '../event-bus.ts';
import type { DaprClient } from './dapr-client.ts';
import { PUBSUB } from './dapr-subscriber.ts';

/** Publishes through the sidecar's pub/sub component (Kafka); the user id key keeps one user's events in order. */
export function createDaprPublisher(client: DaprClient, pubsub: string = PUBSUB.shared): EventPublisher {
  return {
    publish: (message: BusMessage) =>
      client.publish(pubsub, message.topic, message.payload, { partitionKey: message.key, eventId: message.eventId }),
    async publishBulk(topic: string, messages: BusMessage[]): Promise<FailedPublish[]> {
      // The entry id is the message's place in this request: unique here, whatever the event ids are.
      const failed = await client.publishBulk(
        pubsub,
        topic,
        messages.map((message, index) => ({
          entryId: String(index),
          data: message.payload,
          partitionKey: message.key,
          eventId: message.eventId,
        })),
      );
      return failed.map(({ entryId, error }) => {
        const message = messages[Number(entryId)];
        if (!message) throw new Error(`bulk publish to ${topic} named an entry it was not sent: ${entryId}`);
        return { message, error };
      });
    },
  };
}
