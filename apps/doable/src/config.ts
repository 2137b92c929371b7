import { resolve } from 'node:path';
import { vapidFromSettings, vapidKeysPaired, vapidSettings } from '@doable/notification-service';
import { originListSetting, parseConfig, portSetting, trustedProxiesSetting } from '@doable/platform';
import { z } from 'zod';

const embeddedConfigSchema = z
  .object({
    PORT: portSetting.default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DOABLE_DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'Use a PostgreSQL URL such as postgres://user:pass@host:5432/doable.')
      .optional(),
    BETTER_AUTH_SECRET: z.string().min(32, 'Use at least 32 random characters (e.g. `openssl rand -hex 32`).').optional(),
    PUBLIC_URL: z.url('Use the address people open, e.g. https://todo.example.com.').optional(),
    TRUSTED_ORIGINS: originListSetting,
    TRUSTED_PROXIES: trustedProxiesSetting,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url('Use the base URL of an OpenAI-compatible API, e.g. https://api.openai.com/v1.').optional(),
    CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
    ...vapidSettings,
    DOABLE_API_KEY: z
      .string()
      .startsWith('doable_', 'Use an API key from POST /api/auth/api-key/create (it starts with doable_).')
      .optional(),
    DOABLE_URL: z.url('Use the address of a running Doable server, e.g. http://localhost:3000.').optional(),
  })
  .refine(...vapidKeysPaired)
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    dataDir: resolve(env.DOABLE_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    authSecret: env.BETTER_AUTH_SECRET,
    publicUrl: env.PUBLIC_URL,
    trustedOrigins: env.TRUSTED_ORIGINS,
    trustedProxies: env.TRUSTED_PROXIES,
    logLevel: env.LOG_LEVEL,
    // A model is used when a key or a base URL (a local OpenAI-compatible server) is given; else the offline interpreter.
    chatModel:
      env.OPENAI_API_KEY || env.OPENAI_BASE_URL
        ? { apiKey: env.OPENAI_API_KEY ?? 'none', baseUrl: env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1', model: env.CHAT_MODEL }
        : undefined,
    apiKey: env.DOABLE_API_KEY,
    serverUrl: env.DOABLE_URL,
    push: vapidFromSettings(env),
  }));

export type EmbeddedConfig = z.infer<typeof embeddedConfigSchema>;

export function loadEmbeddedConfig(env: Record<string, string | undefined> = process.env): EmbeddedConfig {
  return parseConfig(embeddedConfigSchema, env);
}
