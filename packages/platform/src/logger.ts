import { type Logger, pino } from 'pino';

export type { Logger };

/** JSON logs; tokens, passwords and task payloads are redacted wherever they appear in a log object. */
export function createLogger(options: { name: string; level?: string }): Logger {
  return pino({
    name: options.name,
    level: options.level ?? 'info',
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'password', 'token', 'task_data', 'payload'],
      censor: '[redacted]',
    },
  });
}
