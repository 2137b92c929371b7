import type { ApiAnswer } from '@doable/contracts';
import { ApiError, describeError, isDatabaseUnavailable, retryAfterSeconds, toErrorBody } from './api-error.ts';
import { createDatabaseOutage } from './database-outage.ts';

export { ApiError, isDatabaseUnavailable } from './api-error.ts';

/** Whether the server can reach its database, as the page's API answers tell; probes with the session check. */
export const databaseOutage = createDatabaseOutage({ probe: () => apiRequest('GET', '/api/v1/me') });

let onUnauthorized: () => void = () => {};
/** Called when the server no longer knows the session (expired, revoked, or signed out in another tab). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** The type a caller names (`apiRequest<Task>(…)`), else the contract's for `method path` (unknown where none). */
type Answer<T, Method extends string, Path extends string> = [T] extends [never] ? ApiAnswer<Method, Path> : T;

/**
 * A JSON call to Doable's API on the page's own origin. The session is better-auth's httpOnly cookie, which the
 * browser sends by itself: no token is ever visible to the page's scripts.
 */
export async function apiRequest<T = never, Method extends string = string, Path extends string = string>(
  method: Method,
  path: Path,
  body?: unknown,
  init?: RequestInit,
): Promise<Answer<T, Method, Path>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
    credentials: 'same-origin',
    ...init,
  });
  if (response.status === 204) {
    databaseOutage.reachable();
    return undefined as Answer<T, Method, Path>;
  }
  const text = await response.text();
  if (!response.ok) {
    if (response.status === 401 && path.startsWith('/api/v1')) onUnauthorized();
    const problem = toErrorBody(text);
    const error = new ApiError(
      response.status,
      describeError(response.status, problem, { headers: response.headers, origin: location.origin }),
      problem,
      retryAfterSeconds(response.headers.get('retry-after'), Date.now()),
    );
    if (isDatabaseUnavailable(error)) databaseOutage.unavailable(error.retryAfterSeconds);
    throw error;
  }
  // Only a success proves the database answered: a 400 or 401 may be decided before the database is asked.
  databaseOutage.reachable();
  return (text ? JSON.parse(text) : undefined) as Answer<T, Method, Path>;
}
