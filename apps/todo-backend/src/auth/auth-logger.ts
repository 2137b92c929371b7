import type { Logger } from '@doable/platform';

type AuthLogLevel = 'debug' | 'info' | 'warn' | 'error';

const SECRET_KEY = /token|password|secret|key|hash|cookie|authorization|params|query/i;

/** A log argument's fields that are safe to keep: primitives and short lists, never a credential-like key. */
function safeFields(value: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) continue;
    if (field === null || ['string', 'number', 'boolean'].includes(typeof field) || Array.isArray(field)) fields[key] = field;
  }
  return fields;
}

/**
 * better-auth's `logger` option: its messages become pino lines of the `better-auth` component instead of text on
 * stdout. An error argument goes through the logger's `err` serializer, which keeps type, message, stack and code
 * and drops what pg attaches to it (the statement's parameters: ids, emails, key hashes).
 */
export function toBetterAuthLogger(logger: Logger) {
  const log = logger.child({ component: 'better-auth' });
  return {
    // Below `info` better-auth also echoes API errors through its console logger.
    level: 'info' as const,
    log(level: AuthLogLevel, message: string, ...args: unknown[]) {
      const err = args.find((arg) => arg instanceof Error);
      const notes = args.filter((arg): arg is string => typeof arg === 'string');
      const details = args
        .filter((arg): arg is object => typeof arg === 'object' && arg !== null && !(arg instanceof Error))
        .reduce<Record<string, unknown>>((all, arg) => Object.assign(all, safeFields(arg)), {});
      const fields = { ...(err ? { err } : {}), ...(Object.keys(details).length > 0 ? { details } : {}) };
      log[level](fields, [message, ...notes].join(' ').trim());
    },
  };
}
