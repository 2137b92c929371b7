/** A message as it travels on a topic: the event body plus the key that keeps one user's events in order. */
export interface BusMessage {
  topic: string;
  key: string;
  eventId: string;
  payload: unknown;
}

/** A message of a bulk publish the broker did not take, and why. */
export interface FailedPublish {
  message: BusMessage;
  error: string;
}

/** Publishes to a topic. Embedded: the in-process bus; distributed: the Dapr pub/sub component. */
export interface EventPublisher {
  publish(message: BusMessage): Promise<void>;
  /**
   * Publishes several messages to one topic in one request, where the transport has such a call (Dapr's bulk
   * publish). Not atomic and not ordered: some may fail (returned; the rest were accepted), and they may land in any
   * order, so callers put at most one message per key in a call. Throws when none can be known to have gone out.
   */
  publishBulk?(topic: string, messages: BusMessage[]): Promise<FailedPublish[]>;
}

export type MessageHandler = (message: BusMessage) => Promise<void>;

export interface Subscription {
  /** Stable consumer name (the consumer group in distributed mode). */
  consumer: string;
  topic: string;
  handle: MessageHandler;
  /**
   * Every replica of the service receives every message (its own consumer group per replica), instead of the
   * replicas sharing the messages. For consumers that serve connections held by one replica (WebSocket).
   */
  broadcast?: boolean;
}

/** Registers consumers. Every handler must be idempotent on `eventId`: delivery is at least once. */
export interface EventSubscriber {
  subscribe(subscription: Subscription): void;
}

/**
 * Finds the user behind a request's credentials (bearer token, session cookie or API key headers); undefined when
 * they name nobody. Embedded: better-auth in the same process; distributed: the backend, through Dapr.
 */
export type UserAuthenticator = (headers: Record<string, string | string[] | undefined>) => Promise<string | undefined>;
