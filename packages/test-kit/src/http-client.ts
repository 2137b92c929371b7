import type { ApiAnswer, Problem } from '@doable/contracts';

/**
 * The body of an answer on a path `ContractBody` does not map (auth, chat, history, `/internal`, `call`), when the
 * caller names no type: test assertions read it unnarrowed. Callers that can name a contract type (`api.post<Me>(…)`).
 */
// biome-ignore lint/suspicious/noExplicitAny: the fallback for unmapped paths; unknown there breaks ~200 assertions that read them
export type UncheckedBody = any;

/** The contract type of the answer to `method path` (`ApiAnswer`), whose fields a problem detail may carry instead. */
export type ContractBody<Method extends string, Path extends string> = [ApiAnswer<Method, Path, Unmapped>] extends [Unmapped]
  ? UncheckedBody
  : Answer<Exclude<ApiAnswer<Method, Path, Unmapped>, Unmapped>>;

declare const unmapped: unique symbol;
type Unmapped = typeof unmapped;

type Answer<Success> = Success & Partial<Problem>;

/** The type a caller names (`api.get<Task>(…)`), else the contract's for the path. */
type Named<T, Method extends string, Path extends string> = [T] extends [never] ? ContractBody<Method, Path> : T;

export interface ApiResponse<T = UncheckedBody> {
  status: number;
  headers: Headers;
  body: T;
}

/** A small JSON client for tests: `api.post('/api/v1/tasks', body, token)`. */
export function createApiClient(baseUrl: string) {
  async function call<T = UncheckedBody>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    // Like a browser: fetch sends Sec-Fetch-Mode, which makes better-auth require a trusted Origin.
    const headers: Record<string, string> = { origin: new URL(baseUrl).origin, ...extraHeaders };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(new URL(path, baseUrl), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }
  return {
    call,
    get: <T = never, Path extends string = string>(path: Path, token?: string) =>
      call<Named<T, 'GET', Path>>('GET', path, undefined, token),
    post: <T = never, Path extends string = string>(path: Path, body: unknown, token?: string) =>
      call<Named<T, 'POST', Path>>('POST', path, body, token),
    patch: <T = never, Path extends string = string>(path: Path, body: unknown, token?: string) =>
      call<Named<T, 'PATCH', Path>>('PATCH', path, body, token),
    delete: <T = never, Path extends string = string>(path: Path, token?: string) =>
      call<Named<T, 'DELETE', Path>>('DELETE', path, undefined, token),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

let userCounter = 0;
// A random start, so that test files sharing one server (the stack) seldom reuse each other's addresses.
let addressCounter = Math.floor(Math.random() * 60_000);

/**
 * A client address of its own (198.18.0.0/15, the benchmarking range) to send in `X-Forwarded-For`: servers under
 * test trust loopback as a proxy, so each sign-up counts against its own per-address limit (3 per 10 s).
 */
export function aClientAddress(): string {
  addressCounter = (addressCounter + 1) % 131_072;
  return `198.${18 + (addressCounter >> 16)}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

/** Signs up a new user with a unique email, from a client address of its own, and returns the bearer token. */
export async function signUp(api: ApiClient, name = 'Test User'): Promise<{ token: string; userId: string; email: string }> {
  userCounter += 1;
  const email = `user${userCounter}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.test`;
  const body = { name, email, password: 'correct horse battery staple' };
  const response = await api.call('POST', '/api/auth/sign-up/email', body, undefined, { 'x-forwarded-for': aClientAddress() });
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { token: response.body.token, userId: response.body.user.id, email };
}
