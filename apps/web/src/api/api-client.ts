import { ApiError, describeError, toErrorBody } from './api-error.ts';

export { ApiError } from './api-error.ts';

let onUnauthorized: () => void = () => {};
/** Called when the server no longer knows the session (expired, revoked, or signed out in another tab). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/**
 * A JSON call to Doable's API on the page's own origin. The session is better-auth's httpOnly cookie, which the
 * browser sends by itself: no token is ever visible to the page's scripts.
 */
export async function apiRequest<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
    credentials: 'same-origin',
    ...init,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!response.ok) {
    if (response.status === 401 && path.startsWith('/api/v1')) onUnauthorized();
    const problem = toErrorBody(text);
    throw new ApiError(
      response.status,
      describeError(response.status, problem, { headers: response.headers, origin: location.origin }),
      problem,
    );
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
