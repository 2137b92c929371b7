import {
  appTokenRequired,
  daprAppTokenOf,
  databaseUrlSetting,
  originListSetting,
  parseConfig,
  serviceSettings,
  trustedProxiesSetting,
} from '@doable/platform';
import { z } from 'zod';

/** The backend's settings (environment variables), before they are checked together and shaped. */
export const backendSettings = z.object({
  ...serviceSettings,
  PORT: serviceSettings.PORT.default(8080),
  DATABASE_URL: databaseUrlSetting,
  PUBLIC_URL: z.url('Use the address people open, e.g. https://todo.example.com.'),
  TRUSTED_ORIGINS: originListSetting,
  /** The sidecar, the todo-frontend and the ingress: whose `X-Forwarded-For` names the client. */
  TRUSTED_PROXIES: trustedProxiesSetting,
  /** The Dapr secret store holding `doable-secrets` (keys `auth-secret`, optional `openai-api-key`). */
  SECRET_STORE: z.string().min(1).default('kubernetes-secrets'),
  OPENAI_BASE_URL: z.url('Use the base URL of an OpenAI-compatible API, e.g. https://api.openai.com/v1.').optional(),
  CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /**
   * Seconds a verified session or API key is believed without asking the database: also how long a sign-out or a
   * revoked key made on another replica may still be honoured here. 0 asks every time.
   */
  SESSION_CACHE_SECONDS: z.coerce.number().int('Use whole seconds.').min(0).max(300, 'Use at most 300 seconds.').default(10),
});

const backendConfigSchema = backendSettings.refine(...appTokenRequired).transform((env) => ({
  port: env.PORT,
  host: env.HOST,
  daprHttpPort: env.DAPR_HTTP_PORT,
  daprApiToken: env.DAPR_API_TOKEN,
  appToken: daprAppTokenOf(env),
  logLevel: env.LOG_LEVEL,
  databaseUrl: env.DATABASE_URL,
  publicUrl: env.PUBLIC_URL,
  trustedOrigins: env.TRUSTED_ORIGINS,
  trustedProxies: env.TRUSTED_PROXIES,
  secretStore: env.SECRET_STORE,
  chatModel: { baseUrl: env.OPENAI_BASE_URL, model: env.CHAT_MODEL },
  sessionCacheMs: env.SESSION_CACHE_SECONDS * 1000,
}));

export type BackendConfig = z.infer<typeof backendConfigSchema>;

/** The backend's settings in distributed mode; secrets come from the Dapr secret store, not from here. */
export function loadBackendConfig(env: Record<string, string | undefined> = process.env): BackendConfig {
  return parseConfig(backendConfigSchema, env);
}
