/** A message as it travels on a topic: the event body plus the key that keeps one user's events in order. */
export interface BusMessage {
  topic: string;
  key: string;
  eventId: string;
  payload: unknown;
}

/** Publishes to a topic. Embedded: the in-process bus; distributed: the Dapr pub/sub component. */
export interface EventPublisher {
  publish(message: BusMessage): Promise<void>;
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
