import { UnsupportedPlatformError } from '@doable/db';
import { ConfigError, type Logger } from '@doable/platform';
import { findApiKeyPrincipal, loadMcpServer, ToolError } from '@doable/todo-backend';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { pino } from 'pino';
import { resolveAuthSecret } from './auth-secret.ts';
import { type EmbeddedConfig, loadEmbeddedConfig } from './config.ts';
import { DataFolderInUseError, type DataFolderLock, openDataFolder } from './data-folder/data-folder-lock.ts';
import { keepNewFilesPrivate, makeDataFolderPrivate } from './data-folder/private-data-folder.ts';
import { createEmbeddedApp } from './embedded-app.ts';
import { startMcpBridge } from './mcp-bridge.ts';

/** How long to wait for a server that holds the data folder but does not listen yet (it is migrating). */
const SERVER_START_WAIT_MS = 120_000;

/**
 * `doable mcp`: the MCP server over stdio for desktop clients, acting as the user whose API key is in
 * DOABLE_API_KEY. With DOABLE_URL, or when a running `npm start` holds the data folder, it relays to that server's
 * `/mcp`; otherwise it opens the database itself (DATABASE_URL, or the data folder, whose lock it then holds).
 * stdout carries the protocol only; logs go to stderr.
 */
async function main(): Promise<void> {
  keepNewFilesPrivate();
  const config = loadEmbeddedConfig();
  // stdout is the protocol: every log line goes to stderr.
  const logger = pino(
    {
      name: 'doable-mcp',
      level: process.env.LOG_LEVEL ?? 'warn',
      redact: { paths: ['token', 'password', 'task_data', 'payload'], censor: '[redacted]' },
    },
    pino.destination(2),
  ) as unknown as Logger;
  const apiKey = config.apiKey;
  if (!apiKey) {
    throw new ConfigError(
      'DOABLE_API_KEY is required: create one with POST /api/auth/api-key/create (signed in) and pass it in the client config.',
    );
  }
  if (config.serverUrl) {
    const bridge = await startMcpBridge({
      serverUrl: config.serverUrl,
      apiKey,
      logger,
      whenUnreachable: 'Start it again, or correct DOABLE_URL.',
    });
    closeOnExit(() => bridge.close());
    return;
  }
  let lock: DataFolderLock | undefined;
  if (!config.databaseUrl) {
    const opened = await openDataFolder(config.dataDir, 'mcp', {
      // A server that holds the folder is waited for until it listens; another `doable mcp` serves no one else.
      isSettled: (holder) => holder.role === 'mcp' || holder.url !== undefined,
      waitMs: SERVER_START_WAIT_MS,
      onWait: (holder) => logger.warn({ pid: holder.pid }, `waiting for the Doable server (pid ${holder.pid}) to finish starting`),
    });
    if ('holder' in opened) {
      const { holder } = opened;
      if (!holder.url) throw new DataFolderInUseError(config.dataDir, holder, 'mcp');
      const bridge = await startMcpBridge({
        serverUrl: holder.url,
        apiKey,
        logger,
        whenUnreachable: 'Start it again (npm start), or restart the MCP client so that doable mcp opens the data folder itself.',
      });
      closeOnExit(() => bridge.close());
      return;
    }
    lock = opened.lock;
  }
  await serveFromDatabase(config, apiKey, logger, lock);
}

/** The MCP server in this process, on the database it opens. */
async function serveFromDatabase(config: EmbeddedConfig, apiKey: string, logger: Logger, lock: DataFolderLock | undefined) {
  if (lock || !config.authSecret) makeDataFolderPrivate(config.dataDir, logger);
  const app = await createEmbeddedApp({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onDatabaseServerExit: (description) => {
      logger.error(`The embedded PostgreSQL server stopped unexpectedly (${description}); doable mcp stops too`);
      process.exit(1);
    },
    authSecret: resolveAuthSecret(config.authSecret, config.dataDir),
    baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    trustedOrigins: config.trustedOrigins,
    logger,
  });
  const principal = await findApiKeyPrincipal(app.backend.auth, apiKey);
  if (!principal) {
    await app.stop();
    throw new ConfigError('DOABLE_API_KEY was not accepted (unknown, expired or revoked key).');
  }
  const { userId } = principal;
  // Relay and reminders run here too, so tool changes reach the audit trail and recurring tasks at once.
  app.start();
  // The key is checked again on every call, so revoking or expiring it stops a long-running client too; its scope
  // (read or write) decides which tools run, as on /mcp.
  const { createMcpServer } = await loadMcpServer();
  const server = createMcpServer(async () => {
    const current = await findApiKeyPrincipal(app.backend.auth, apiKey);
    if (current?.userId !== userId) throw new ToolError('The API key is no longer valid (revoked or expired); create a new one.');
    return { ...(await app.backend.toolContext(userId)), scope: current.scope };
  });
  const transport = new StdioServerTransport();
  const close = closeOnExit(async () => {
    await server.close();
    await app.stop();
    lock?.release();
  });
  transport.onclose = () => void close();
  await server.connect(transport);
  logger.info({ userId }, 'Doable MCP server on stdio');
}

/** Runs `stop` once, then exits, when the client closes stdin or the process is asked to stop. */
function closeOnExit(stop: () => Promise<void>): () => Promise<void> {
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await stop();
    process.exit(0);
  };
  process.stdin.on('end', () => void close());
  process.on('SIGINT', () => void close());
  process.on('SIGTERM', () => void close());
  return close;
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DataFolderInUseError || error instanceof UnsupportedPlatformError;
  process.stderr.write(`${known ? (error as Error).message : `doable mcp could not start: ${String(error)}`}\n`);
  process.exit(1);
});
