import { join } from 'node:path';
import { ConfigError, createLogger } from '@doable/platform';
import { resolveAuthSecret } from './auth-secret.ts';
import { loadEmbeddedConfig } from './config.ts';
import { createEmbeddedApp } from './embedded-app.ts';

async function main(): Promise<void> {
  const config = loadEmbeddedConfig();
  const logger = createLogger({ name: 'doable', level: config.logLevel });
  const startedAt = performance.now();
  const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const app = await createEmbeddedApp({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    authSecret: resolveAuthSecret(config.authSecret, config.dataDir),
    baseUrl,
    trustedOrigins: config.trustedOrigins,
    logger,
    chatModel: config.chatModel,
    push: config.push,
  });
  await app.backend.app.listen({ port: config.port, host: config.host });
  app.start();
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : join(config.dataDir, 'pglite');
  logger.info(
    { url: baseUrl, data: storage, startupMs: Math.round(performance.now() - startedAt) },
    `Doable is running at ${baseUrl} (API docs at ${baseUrl}/docs, MCP at ${baseUrl}/mcp); data in ${storage}; chat: ${config.chatModel ? `model ${config.chatModel.model}` : 'offline interpreter'}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Doable could not start:', error);
  }
  process.exit(1);
});
