// Socket-level failures: the peer is down, unreachable or went away mid-conversation.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// PostgreSQL's own: 08 connection exceptions, and 57P01–57P03 (shutting down, crashed, starting or recovering).
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123])$/;
// node-postgres reports a lost or never-made connection by message only.
const POSTGRES_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended',
];

/**
 * True when `error` (or anything in its `cause` chain) says a dependency could not be reached — the database down or
 * restarting, a connection cut — rather than that the request itself was wrong. Such a failure is worth retrying
 * later: HTTP answers it with 503 and `Retry-After`, readiness turns false, background loops back off.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; current = (current as { cause?: unknown }).cause, depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, errors } = current as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_UNAVAILABLE.test(code))) return true;
    if (typeof message === 'string' && POSTGRES_MESSAGES.some((m) => message.startsWith(m))) return true;
    // Node's connection attempts to every address of a name fail together as one AggregateError.
    if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isDependencyUnavailable(inner))) return true;
  }
  return false;
}
