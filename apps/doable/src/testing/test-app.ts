import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '@doable/platform';
import { createApiClient, createTestDatabase, type ManualClock } from '@doable/test-kit';
import { createEmbeddedApp, type EmbeddedApp, type EmbeddedAppOptions } from '../embedded-app.ts';

/** `embedded`: the PostgreSQL server `npm start` runs in a data folder; `postgres`: a server given by DATABASE_URL. */
export type StorageKind = 'embedded' | 'postgres';
/**
 * What the API suites run on: the embedded server, as `npm start` runs it. Both kinds are the same PostgreSQL; the
 * suites that test what DATABASE_URL changes (outages, sharing a server) ask for `postgres` themselves.
 */
export const STORAGE_KINDS: StorageKind[] = ['embedded'];
/** Both, for the suites where the path differs (`doable mcp` opens DATABASE_URL's server directly, with no lock). */
export const EVERY_STORAGE_KIND: StorageKind[] = ['embedded', 'postgres'];

export interface TestAppOptions {
  kind: StorageKind;
  /** The test PostgreSQL server (vitest `inject('postgresUrl')`); a fresh database is made on it. */
  postgresUrl: string;
  /** The data folder, to restart on the same data; a new one, removed by `stop()`, when absent. Ignored for postgres. */
  dataDir?: string;
  /** Accept push endpoints on this machine, for a local test push service (web-push-testing, plain http). */
  allowLoopbackPush?: boolean;
  /** Reuse a database made earlier (restart tests on PostgreSQL). */
  databaseUrl?: string;
  /** Build and migrate but do not start the relay and scheduler. */
  startWorkers?: boolean;
  reminderMaxSleepMs?: number;
  /** The app's clock for tasks and reminders: tests move it (`passTime`) instead of waiting for time to pass. */
  clock?: ManualClock;
  /** Listen on this port (default: any free one) and use this public URL (default `http://127.0.0.1`). */
  port?: number;
  baseUrl?: string;
  trustedOrigins?: string[];
  /** Default loopback: tests name a client address in `X-Forwarded-For`, as the sidecar does in production. */
  trustedProxies?: string[];
  logger?: Logger;
  /** An OpenAI-compatible chat model (a scripted one); the offline interpreter when absent. */
  chatModel?: EmbeddedAppOptions['chatModel'];
  /** OAuth for assistants: a test serves client metadata documents itself and may shorten access tokens. */
  oauth?: EmbeddedAppOptions['oauth'];
}

/** The whole embedded app on a free loopback port, with a JSON client, on the embedded server or DATABASE_URL's. */
export async function startTestApp(options: TestAppOptions) {
  const databaseUrl = options.kind === 'postgres' ? (options.databaseUrl ?? (await createTestDatabase(options.postgresUrl))) : undefined;
  const temporaryDataDir = options.kind === 'embedded' && !options.dataDir ? mkdtempSync(join(tmpdir(), 'doable-test-data-')) : undefined;
  const removeTemporaryDataDir = () => {
    if (temporaryDataDir) rmSync(temporaryDataDir, { recursive: true, force: true });
  };
  let app: EmbeddedApp;
  try {
    app = await createEmbeddedApp({
      databaseUrl,
      dataDir: options.dataDir ?? temporaryDataDir,
      authSecret: 'test-secret-0123456789abcdef0123456789abcdef',
      baseUrl: options.baseUrl ?? 'http://127.0.0.1',
      trustedOrigins: options.trustedOrigins ?? ['http://127.0.0.1:*'],
      trustedProxies: options.trustedProxies ?? ['127.0.0.1', '::1'],
      logger: options.logger ?? createLogger({ name: 'test', level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      ...(options.reminderMaxSleepMs ? { reminderMaxSleepMs: options.reminderMaxSleepMs } : {}),
      clock: options.clock?.now,
      push: { allowLoopbackEndpoints: options.allowLoopbackPush ?? false },
      chatModel: options.chatModel,
      ...(options.oauth ? { oauth: options.oauth } : {}),
    });
  } catch (error) {
    removeTemporaryDataDir();
    throw error;
  }
  const address = await app.backend.app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  if (options.startWorkers !== false) app.start();
  return {
    app,
    url: address,
    databaseUrl,
    /** Starts the app again on this one's storage (call after `stop()`), workers off until `app.start()`. */
    restart: () => startTestApp({ ...options, ...(databaseUrl ? { databaseUrl } : {}), startWorkers: false }),
    api: createApiClient(address),
    /** Waits until the outbox is drained and every consumer has run. */
    settle: () => app.backend.relay.idle(),
    /**
     * Moves the app's clock by `ms` and runs the reminder scheduler's pass for the new time, as its timer would;
     * resolves once that pass and the delivery of what it fired are done.
     */
    async passTime(ms: number): Promise<void> {
      if (!options.clock) throw new Error('passTime needs an app started with a clock');
      options.clock.advance(ms);
      app.backend.reminders.wake();
      await app.backend.reminders.idle();
      await app.backend.relay.idle();
    },
    stop: async () => {
      await app.stop();
      removeTemporaryDataDir();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

export { type OAuthClientPeer, startOAuthClientPeer } from './oauth-client-peer.ts';
export { allowApp, pkcePair } from './oauth-test-client.ts';
