import type { Problem } from '@doable/contracts';

const TOKEN_KEY = 'doable.token';

export function findToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** A failed call, with the problem details' message (and field errors) ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem> | undefined;
  constructor(status: number, message: string, problem?: Partial<Problem>) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

let onUnauthorized: () => void = () => {};
/** Called when the server no longer accepts the token (expired or revoked session). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export async function apiRequest<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> {
  const headers: Record<string, string> = {};
  const token = findToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? null : JSON.stringify(body), ...init });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const problem = (data ?? {}) as Partial<Problem> & { message?: string };
    if (response.status === 401 && path.startsWith('/api/v1')) onUnauthorized();
    const fieldErrors = problem.errors?.map((error) => `${error.field}: ${error.message}`).join('; ');
    const message = fieldErrors || problem.detail || problem.message || problem.title || `Request failed (${response.status})`;
    throw new ApiError(response.status, message, problem);
  }
  return data as T;
}
