export { booleanSetting, ConfigError, parseConfig, portSetting } from './config.ts';
export {
  ConflictError,
  DomainError,
  NotFoundError,
  PoisonMessageError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
} from './errors.ts';
export type { BusMessage, EventPublisher, EventSubscriber, MessageHandler, Subscription, UserAuthenticator } from './event-bus.ts';
export type { DeadLetter, InProcessBusOptions } from './in-process-bus.ts';
export { InProcessBus } from './in-process-bus.ts';
export type { Logger } from './logger.ts';
export { createLogger } from './logger.ts';
