import type { Problem } from '@doable/contracts';

/**
 * An error body as Doable's servers send it: RFC 9457 problem details (`title`, `detail`, `code`, field `errors`),
 * or better-auth's own `{ message, code }`. Anything else (a proxy's HTML page, an empty body) reads as `{}`.
 */
export type ErrorBody = Partial<Problem> & { message?: string; public_url?: string };

/** A failed call, with a message ready to show to the user. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ErrorBody;
  /** How long the server asked to wait before trying again (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | undefined;
  constructor(status: number, message: string, problem: ErrorBody = {}, retryAfterSeconds?: number) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The server is up but cannot reach its database (503 `database_unavailable`): worth retrying, not the user's fault. */
export function isDatabaseUnavailable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 503 && error.problem.code === 'database_unavailable';
}

export function toErrorBody(text: string): ErrorBody {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ErrorBody) : {};
  } catch {
    return {};
  }
}

export interface ErrorContext {
  /** Response headers (`Retry-After`). */
  headers?: Pick<Headers, 'get'>;
  /** The page's origin, to name in advice about the server's configuration. */
  origin?: string;
  /** Now, to turn an HTTP-date `Retry-After` into seconds. */
  now?: number;
}

/** What to tell the user about a failed call: what happened and, where the user can act on it, what to do. */
export function describeError(status: number, body: ErrorBody, context: ErrorContext = {}): string {
  if (status === 429) return tooManyAttempts(context);
  // better-auth refuses sign-in and sign-up from a page whose origin is neither PUBLIC_URL nor a trusted origin.
  if (status === 403 && body.code === 'INVALID_ORIGIN' && context.origin) return untrustedOrigin(context.origin, body.public_url);
  const fieldErrors = Array.isArray(body.errors) ? body.errors.map((error) => `${error.field}: ${error.message}`).join('; ') : '';
  return fieldErrors || text(body.detail) || text(body.message) || text(body.title) || `Request failed (${status})`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function untrustedOrigin(origin: string, publicUrl: string | undefined): string {
  const configured = publicUrl ? `Doable is configured for ${publicUrl}.` : 'Doable is configured for another address.';
  return `${configured} To use it at ${origin}, set PUBLIC_URL=${origin} (or add it to TRUSTED_ORIGINS) and restart Doable.`;
}

function tooManyAttempts({ headers, now = Date.now() }: ErrorContext): string {
  const seconds = retryAfterSeconds(headers?.get('retry-after') ?? headers?.get('x-retry-after') ?? null, now);
  if (seconds === undefined) return 'Too many attempts; wait a moment and try again.';
  if (seconds < 90) return `Too many attempts; try again in ${plural(Math.max(1, seconds), 'second')}.`;
  return `Too many attempts; try again in ${plural(Math.ceil(seconds / 60), 'minute')}.`;
}

/** `Retry-After` is a number of seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Every HTTP-date names a day or month: without a letter, `Date.parse` would read "-5" as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
