import type { Logger } from 'pino';
import type { Metrics } from '../http/metrics.ts';
import { isDependencyUnavailable } from './unavailable.ts';

export interface ProcessGuardOptions {
  logger: Logger;
  metrics: Metrics;
  /** Ends the process; `process.exit` unless a test replaces it. */
  exit?: (code: number) => void;
  /** Where the events come from; `process` unless a test replaces it. */
  target?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/**
 * Keeps one stray failure from taking the whole service down, and makes every such failure visible (logged, and
 * counted in `doable_unhandled_errors_total`):
 * - a promise rejected with nobody waiting: logged and counted; nothing else depended on it, the process goes on;
 * - an exception nobody caught (an `'error'` event without a listener included) that says a connection was lost:
 *   the owner of that connection recovers by reconnecting, so the process goes on;
 * - any other uncaught exception: the code that threw stopped half-way and its state is unknown, so continuing is
 *   unsafe; the process logs why and exits with 1 for its supervisor to start a clean one.
 * Returns a function that removes the guard.
 */
export function installProcessGuard(options: ProcessGuardOptions): () => void {
  const { logger, metrics } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const target = options.target ?? process;
  const onRejection = (reason: unknown) => {
    metrics.unhandledError('rejection');
    logger.error({ err: reason }, 'a promise was rejected and nothing handled it; carrying on');
  };
  const onException = (error: unknown) => {
    if (isDependencyUnavailable(error)) {
      metrics.unhandledError('connection');
      logger.error({ err: error }, 'a connection was lost and nothing handled it; carrying on, it is reopened on next use');
      return;
    }
    metrics.unhandledError('exception');
    logger.fatal(
      { err: error },
      'uncaught exception: the code that threw stopped half-way, so its state is unknown; exiting to restart clean',
    );
    logger.flush?.();
    exit(1);
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
