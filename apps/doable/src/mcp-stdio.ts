import { join } from 'node:path';
import { ConfigError, type Logger } from '@doable/platform';
import { createMcpServer, findUserId, ToolError } from '@doable/todo-backend';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { pino } from 'pino';
import { resolveAuthSecret } from './auth-secret.ts';
import { loadEmbeddedConfig } from './config.ts';
import { createEmbeddedApp } from './embedded-app.ts';

/**
 * `doable mcp`: the MCP server over stdio for desktop clients. It opens the same database as `npm start`
 * (DATABASE_URL, or the PGlite folder — which only one process can open, so stop the server first or use
 * PostgreSQL) and acts as the user whose API key is in DOABLE_API_KEY. stdout carries the protocol only;
 * logs go to stderr.
 */
async function main(): Promise<void> {
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
  if (!config.apiKey) {
    throw new ConfigError(
      'DOABLE_API_KEY is required: create one with POST /api/auth/api-key/create (signed in) and pass it in the client config.',
    );
  }
  const app = await createEmbeddedApp({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    authSecret: resolveAuthSecret(config.authSecret, config.dataDir),
    baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    trustedOrigins: config.trustedOrigins,
    logger,
  });
  const userId = await findUserId(app.backend.auth, { 'x-api-key': config.apiKey });
  if (!userId) {
    await app.stop();
    throw new ConfigError('DOABLE_API_KEY was not accepted (unknown, expired or revoked key).');
  }
  // Relay and reminders run here too, so tool changes reach the audit trail and recurring tasks at once.
  app.start();
  // The key is checked again on every call, so revoking or expiring it stops a long-running client too.
  const server = createMcpServer(async () => {
    const current = await findUserId(app.backend.auth, { 'x-api-key': config.apiKey });
    if (current !== userId) throw new ToolError('The API key is no longer valid (revoked or expired); create a new one.');
    return app.backend.toolContext(userId);
  });
  const transport = new StdioServerTransport();
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    await app.stop();
    process.exit(0);
  };
  transport.onclose = () => void close();
  process.stdin.on('end', () => void close());
  process.on('SIGINT', () => void close());
  process.on('SIGTERM', () => void close());
  await server.connect(transport);
  logger.info({ userId }, 'Doable MCP server on stdio');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `doable mcp could not start: ${String(error)}`}\n`);
  process.exit(1);
});
