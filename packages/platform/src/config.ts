import { z } from 'zod';

export class ConfigError extends Error {}

/**
 * Parses the environment once with an app's schema; on failure throws a ConfigError naming every bad setting,
 * so start-up stops with a message a person can act on. A setting set to nothing (`OPENAI_API_KEY=`, as
 * docker-compose and `.env` files pass unset variables) counts as unset: its default applies.
 */
export function parseConfig<T extends z.ZodType>(schema: T, env: Record<string, string | undefined> = process.env): z.infer<T> {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = schema.safeParse(set);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Environment flags such as `true`, `1`, `yes`. */
export const booleanSetting = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const portSetting = z.coerce.number().int().min(0).max(65_535);

/**
 * Settings every distributed service reads: its port, its sidecar, the two Dapr tokens (`DAPR_API_TOKEN` guards
 * the sidecar's API, `APP_API_TOKEN` is what the sidecar presents to the app) and the log level. Apply
 * `appTokenRequired` to the object: `APP_API_TOKEN` is required unless `APP_API_TOKEN_OPTIONAL=true`.
 */
export const serviceSettings = {
  PORT: portSetting,
  HOST: z.string().min(1).default('0.0.0.0'),
  DAPR_HTTP_PORT: portSetting.default(3500),
  DAPR_API_TOKEN: z.string().min(1).optional(),
  APP_API_TOKEN: z.string().min(1).optional(),
  /** A local experiment without tokens: the sidecar-only routes then answer anyone who reaches the port. */
  APP_API_TOKEN_OPTIONAL: booleanSetting.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

type AppTokenEnv = { APP_API_TOKEN?: string | undefined; APP_API_TOKEN_OPTIONAL: boolean };

/** For `.refine` on a service's settings: without `APP_API_TOKEN` the service does not start, unless opted out. */
export const appTokenRequired = [
  (env: { APP_API_TOKEN?: unknown; APP_API_TOKEN_OPTIONAL?: unknown }) =>
    env.APP_API_TOKEN !== undefined || env.APP_API_TOKEN_OPTIONAL === true,
  {
    message:
      'Set APP_API_TOKEN to the token the Dapr sidecar presents (its app token secret); without it /internal/*, /dapr/*, ' +
      '/events/* and /reminder-cron would answer anyone. Only for a local experiment: APP_API_TOKEN_OPTIONAL=true.',
    path: ['APP_API_TOKEN'] as string[],
  },
] as const;

/**
 * What guards the routes only the sidecar may call: the app token it presents, or `optional` when a local run opted
 * out with `APP_API_TOKEN_OPTIONAL=true` (and set no token).
 */
export type DaprAppToken = { token: string } | { optional: true };

export function daprAppTokenOf(env: AppTokenEnv): DaprAppToken {
  if (env.APP_API_TOKEN) return { token: env.APP_API_TOKEN };
  if (env.APP_API_TOKEN_OPTIONAL) return { optional: true };
  throw new ConfigError(appTokenRequired[1].message);
}

export const databaseUrlSetting = z
  .string({ error: 'Set DATABASE_URL to the PostgreSQL URL, e.g. postgres://user:pass@host:5432/doable.' })
  .regex(/^postgres(ql)?:\/\//, 'Use a PostgreSQL URL such as postgres://user:pass@host:5432/doable.');

/** A comma-separated list, trimmed, empty entries dropped; unset is an empty list. */
const commaListSetting = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );

/** A comma-separated list of origins (`https://app.example.com,https://*.example.com`). */
export const originListSetting = commaListSetting;

const ipOrRange = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
  error: (issue) => `${JSON.stringify(issue.input)} is not an IP address or CIDR range (e.g. 127.0.0.1,::1,10.0.0.0/8).`,
});

/**
 * `TRUSTED_PROXIES`: a comma-separated list of IP addresses and CIDR ranges (`127.0.0.1,::1,10.0.0.0/8`) whose
 * `X-Forwarded-For` is believed. Empty by default: the client is the socket's peer.
 */
export const trustedProxiesSetting = commaListSetting.pipe(z.array(ipOrRange));
