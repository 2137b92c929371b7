import { type DestinationStream, type Logger, pino, stdSerializers } from 'pino';

export type { Logger };

/**
 * JSON logs; tokens, passwords and task payloads are redacted wherever they appear in a log object. Lines go to
 * stdout, or to `destination` (tests read them there).
 */
export function createLogger(options: { name: string; level?: string; destination?: DestinationStream }): Logger {
  const settings = {
    name: options.name,
    level: options.level ?? 'info',
    // Database errors carry the statement's parameters (task text): keep the message, code and stack only.
    serializers: {
      err: (error: Error & { code?: unknown }) => {
        const { type, message, stack } = stdSerializers.err(error);
        return { type, message, stack, code: error.code };
      },
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'password', 'token', 'task_data', 'payload'],
      censor: '[redacted]',
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
