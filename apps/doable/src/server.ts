import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { UnsupportedPlatformError } from '@doable/db';
import { ConfigError, createLogger, createMetrics, installProcessGuard } from '@doable/platform';
import { resolveAuthSecret } from './auth-secret.ts';
import { loadEmbeddedConfig } from './config.ts';
import { openAppDatabase } from './data-folder/app-database.ts';
import { DataFolderInUseError, type DataFolderLock, lockDataFolder } from './data-folder/data-folder-lock.ts';
import { keepNewFilesPrivate, makeDataFolderPrivate } from './data-folder/private-data-folder.ts';

async function main(): Promise<void> {
  keepNewFilesPrivate();
  const config = loadEmbeddedConfig();
  const logger = createLogger({ name: 'doable', level: config.logLevel });
  const metrics = createMetrics();
  installProcessGuard({ logger, metrics });
  const startedAt = performance.now();
  const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  // The embedded server belongs to one process: the data folder is locked before it is touched. With DATABASE_URL,
  // PostgreSQL arbitrates, and several processes may share the folder (it then only keeps the auth secret).
  const lock: DataFolderLock | undefined = config.databaseUrl ? undefined : await lockDataFolder(config.dataDir, 'server');
  if (lock || !config.authSecret) makeDataFolderPrivate(config.dataDir, logger);
  // Until Doable runs, a stop request just exits: the embedded server, if started, is told to stop on exit.
  let shutdown: (reason: string, exitCode?: number) => Promise<void> = async (_reason, exitCode = 0) => process.exit(exitCode);
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // The database starts (initdb, on a first start) in its own processes while this one loads the rest of the app.
  const opening = openAppDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    logger,
    // Nothing restarts the embedded server: Doable stops too, so that a service manager restarts both.
    onDatabaseServerExit: (description) => {
      logger.fatal(`The embedded PostgreSQL server stopped unexpectedly (${description}); Doable stops too`);
      void shutdown('database server exit', 1);
    },
  });
  opening.catch(() => undefined);
  const { createEmbeddedApp } = await import('./embedded-app.ts').catch(async (error: unknown) => {
    await (await opening.catch(() => undefined))?.close();
    throw error;
  });
  const app = await createEmbeddedApp({
    database: await opening,
    authSecret: resolveAuthSecret(config.authSecret, config.dataDir),
    baseUrl,
    trustedOrigins: config.trustedOrigins,
    trustedProxies: config.trustedProxies,
    logger,
    metrics,
    chatModel: config.chatModel,
    push: config.push,
  });
  await app.backend.app.listen({ port: config.port, host: config.host });
  lock?.announce(localUrl(app.backend.app.server.address() as AddressInfo));
  app.start();
  setTimeout(dropStartupGarbage, STARTUP_GARBAGE_DELAY_MS).unref();
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `${join(config.dataDir, 'postgres')} (embedded PostgreSQL)`;
  logger.info(
    { url: baseUrl, data: storage, startupMs: Math.round(performance.now() - startedAt) },
    `Doable is running at ${baseUrl} (API docs at ${baseUrl}/docs, MCP at ${baseUrl}/mcp); data in ${storage}; chat: ${config.chatModel ? `model ${config.chatModel.model}` : 'offline interpreter'}`,
  );

  let stopping = false;
  shutdown = async (reason, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    await app.stop();
    lock?.release();
    process.exit(exitCode);
  };
}

/**
 * Starting Doable leaves tens of MiB of garbage in V8's heap and its young generation grown to the most its start
 * needed. V8 gives such memory back only in a memory-reducing collection, which its memory reducer starts once the
 * allocation rate it last measured (at start, high) falls: an idle server collects too rarely to measure it again, so
 * it kept them for good (docs/benchmarks.md, embedded mode). One such collection, once, a second after Doable answers
 * (its first passes of the relay and the scheduler done), off the path to its first answer: it holds the event loop
 * once, for ~0.2 s of CPU. `npm start` passes `--expose-gc` for it; without the flag nothing happens.
 */
const STARTUP_GARBAGE_DELAY_MS = 1_000;

function dropStartupGarbage(): void {
  globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** Where `doable mcp` on this machine reaches the server: loopback when it listens on every interface. */
function localUrl({ address, family, port }: AddressInfo): string {
  if (address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (address === '::') return `http://[::1]:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataFolderInUseError || error instanceof UnsupportedPlatformError) {
    console.error(error.message);
  } else {
    console.error('Doable could not start:', error);
  }
  process.exit(1);
});
