import { join } from 'node:path';
import { migrate, schemaOf } from '@doable/db';
import type { Logger, UserAuthenticator } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB as NotificationTables } from './database/tables.generated.ts';
import type { RetryPolicy } from './delivery/push-delivery.ts';
import { createPushSender } from './delivery/push-sender.ts';
import { type HostResolver, systemResolver } from './push-endpoints/host-resolver.ts';
import type { EndpointPolicy } from './push-endpoints/push-endpoint.ts';
import { registerPushRoutes } from './push-subscriptions/push-routes.ts';
import { notificationSubscriptions } from './subscriptions.ts';
import { checkVapidDetails, loadVapidKeys, type VapidKeys } from './vapid-keys.ts';

export const NOTIFICATION_SCHEMA = 'notification';
export const MIGRATIONS = join(import.meta.dirname, '..', 'migrations');

export interface NotificationModuleOptions {
  db: Kysely<unknown>;
  logger: Logger;
  /** `VAPID_PUBLIC_KEY`/`VAPID_PRIVATE_KEY`; without them a pair is generated once and kept in the database. */
  vapid?: VapidKeys;
  /** Who push services contact about our traffic: a `mailto:` or `https:` URL. */
  vapidSubject?: string;
  /** Whole-request timeout for one call to a push service. */
  sendTimeoutMs?: number;
  retry?: RetryPolicy;
  /**
   * Allow push endpoints on this machine, plain http included (a local test push service). Off by default and in
   * production: endpoints must otherwise be https on a public address.
   */
  allowLoopbackEndpoints?: boolean;
  /** How endpoint hosts are looked up (default: the system resolver); each answer is checked before it is used. */
  resolveHost?: HostResolver;
}

/** The notification service's logic: browsers' push subscriptions, and reminders delivered to them by Web Push. */
export async function createNotificationModule(options: NotificationModuleOptions) {
  await migrate(options.db, { schema: NOTIFICATION_SCHEMA, folder: MIGRATIONS });
  const db = schemaOf<NotificationTables>(options.db, NOTIFICATION_SCHEMA);
  const vapid = await loadVapidKeys(db, options.vapid);
  const subject = options.vapidSubject ?? 'mailto:notifications@doable.invalid';
  checkVapidDetails(vapid, subject);
  const endpoints: EndpointPolicy = {
    resolveHost: options.resolveHost ?? systemResolver,
    allowLoopback: options.allowLoopbackEndpoints ?? false,
  };
  const send = createPushSender({ vapid, subject, timeoutMs: options.sendTimeoutMs ?? 10_000, endpoints });
  const retry = options.retry ?? { attempts: 3, baseDelayMs: 500 };
  return {
    subscriptions: notificationSubscriptions({ db, logger: options.logger, send, retry }),
    registerRoutes: (app: FastifyInstance, routeOptions: { authenticate: UserAuthenticator }) =>
      registerPushRoutes(app, {
        db,
        publicKey: vapid.publicKey,
        authenticate: routeOptions.authenticate,
        endpoints,
      }),
    /** The VAPID public key browsers subscribe with (`applicationServerKey`). */
    publicKey: vapid.publicKey,
  };
}

export type NotificationModule = Awaited<ReturnType<typeof createNotificationModule>>;
