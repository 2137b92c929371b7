import { z } from 'zod';

export class ConfigError extends Error {}

/**
 * Parses the environment once with an app's schema; on failure throws a ConfigError naming every bad setting,
 * so start-up stops with a message a person can act on.
 */
export function parseConfig<T extends z.ZodType>(schema: T, env: Record<string, string | undefined> = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Environment flags such as `true`, `1`, `yes`. */
export const booleanSetting = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const portSetting = z.coerce.number().int().min(0).max(65_535);
