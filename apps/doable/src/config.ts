import { resolve } from 'node:path';
import { parseConfig, portSetting } from '@doable/platform';
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
    TRUSTED_ORIGINS: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    dataDir: resolve(env.DOABLE_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    authSecret: env.BETTER_AUTH_SECRET,
    publicUrl: env.PUBLIC_URL,
    trustedOrigins: env.TRUSTED_ORIGINS,
    logLevel: env.LOG_LEVEL,
  }));

export type EmbeddedConfig = z.infer<typeof embeddedConfigSchema>;

export function loadEmbeddedConfig(env: Record<string, string | undefined> = process.env): EmbeddedConfig {
  return parseConfig(embeddedConfigSchema, env);
}
