export type { DaprAppToken } from './config.ts';
export {
  appTokenRequired,
  booleanSetting,
  ConfigError,
  daprAppTokenOf,
  databaseUrlSetting,
  originListSetting,
  parseConfig,
  portSetting,
  serviceSettings,
  trustedProxiesSetting,
} from './config.ts';
export { requireDaprAppToken } from './dapr/dapr-app-token.ts';
export type { DaprClient, DaprClientOptions, StateEntry, StateItem } from './dapr/dapr-client.ts';
export { createDaprClient, DaprError } from './dapr/dapr-client.ts';
export { createDaprPublisher } from './dapr/dapr-publisher.ts';
export type { DaprServiceContext, DaprServiceParts } from './dapr/dapr-service.ts';
export { runDaprService, serviceConfigSchema } from './dapr/dapr-service.ts';
export type { DaprSubscription } from './dapr/dapr-subscriber.ts';
export { DaprSubscriber, deliveryRoute, PUBSUB, toDaprSubscription } from './dapr/dapr-subscriber.ts';
export { createDaprUserAuthenticator } from './dapr/dapr-user-authenticator.ts';
export {
  ConflictError,
  DomainError,
  NotFoundError,
  PoisonMessageError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
} from './errors.ts';
export type {
  BusMessage,
  EventPublisher,
  EventSubscriber,
  FailedPublish,
  MessageHandler,
  Subscription,
  UserAuthenticator,
} from './event-bus.ts';
export { clientErrorOptions, registerHostCheck } from './http/client-errors.ts';
export type { ConsumeOutcome, Metrics, OutboxReader } from './http/metrics.ts';
export { createMetrics, registerMetrics } from './http/metrics.ts';
export { problemResponses } from './http/openapi-responses.ts';
export { registerProblemDetails, sendProblem } from './http/problem-details.ts';
export type { SecurityHeadersOptions } from './http/security-headers.ts';
export { CONTENT_SECURITY_POLICY, registerSecurityHeaders, SECURITY_HEADERS } from './http/security-headers.ts';
export { createServiceServer, runService } from './http/service-server.ts';
export type { DeadLetter, InProcessBusOptions } from './in-process-bus.ts';
export { InProcessBus } from './in-process-bus.ts';
export type { Logger } from './logger.ts';
export { createLogger } from './logger.ts';
export type { ProcessGuardOptions } from './resilience/process-guard.ts';
export { installProcessGuard } from './resilience/process-guard.ts';
export type { Readiness, ReadinessCheck } from './resilience/readiness.ts';
export { createReadiness, registerHealthRoutes } from './resilience/readiness.ts';
export type { RetryNotice, RetryOptions } from './resilience/retry.ts';
export { backoff, retry } from './resilience/retry.ts';
export { isDependencyUnavailable } from './resilience/unavailable.ts';
