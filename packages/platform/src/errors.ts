/** A failure the caller can act on: a stable `code`, an HTTP status and a message safe to show. */
export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly errors: { field: string; message: string }[] | undefined;
  /** Set by refusals that pass (rate limits): sent as `Retry-After`, so a client knows when to try again. */
  readonly retryAfterSeconds?: number;

  constructor(code: string, status: number, message: string, errors?: { field: string; message: string }[]) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.errors = errors;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', 404, `${what} was not found.`);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, errors?: { field: string; message: string }[]) {
    super('validation_failed', 400, message, errors);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(detail = 'Sign in first: send `Authorization: Bearer <token>` or an API key.') {
    super('unauthorized', 401, detail);
  }
}

export class RateLimitedError extends DomainError {
  override readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds = 60) {
    super('rate_limited', 429, `Too many requests with this API key; try again in ${retryAfterSeconds} seconds.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('conflict', 409, message);
  }
}

/** A message no retry can fix (it fails validation): consumers dead-letter it at once instead of retrying. */
export class PoisonMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}
