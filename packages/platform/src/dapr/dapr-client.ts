import { backoff, retry } from '../resilience/retry.ts';

/** Where a service finds its sidecar, and the tokens that guard both directions (Dapr API token, app token). */
export interface DaprClientOptions {
  httpPort: number;
  host?: string;
  /** Sent as `dapr-api-token` to the sidecar (its `DAPR_API_TOKEN`); unset when the sidecar has none. */
  apiToken?: string | undefined;
  timeoutMs?: number | undefined;
}

export class DaprError extends Error {
  readonly status: number;
  constructor(what: string, status: number, body: string) {
    super(`${what} answered ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.status = status;
  }
}

/** A value of a state store and the ETag of that version; both undefined when the key has none. */
export interface StateEntry<T> {
  value: T | undefined;
  etag: string | undefined;
}

/** One key to save. */
export interface StateItem {
  key: string;
  value: unknown;
  /** The version read: with first-write, the save lands only over that version. */
  etag?: string | undefined;
  /**
   * `first-write`: the save loses (`conflict`) to anyone who saved since `etag` was read, or, without an ETag, to
   * anyone who created the key meanwhile. Default `last-write`: the save lands whatever happened meanwhile.
   */
  concurrency?: 'first-write' | 'last-write';
}

/**
 * A first-write save that lost: a stale ETag answers 409; a key created meanwhile, where none was expected, answers
 * ERR_STATE_SAVE with "no item was updated" (PostgreSQL store v1: its insert found the key taken).
 */
function isLostFirstWrite(items: StateItem[], status: number, body: string): boolean {
  const firstWrite = items.filter((item) => item.concurrency === 'first-write');
  if (status === 409) return firstWrite.some((item) => item.etag !== undefined);
  return firstWrite.some((item) => item.etag === undefined) && body.includes('ERR_STATE_SAVE') && body.includes('no item was updated');
}

/** `failedEntries` of a bulk publish answer, or undefined when the answer has none (it failed as a whole). */
function parseFailedEntries(text: string): { entryId: string; error: string }[] | undefined {
  try {
    const parsed = JSON.parse(text) as { failedEntries?: unknown };
    if (!Array.isArray(parsed.failedEntries) || parsed.failedEntries.length === 0) return undefined;
    return parsed.failedEntries.map((entry: { entryId?: unknown; error?: unknown }) => ({
      entryId: String(entry.entryId),
      error: typeof entry.error === 'string' ? entry.error : 'failed',
    }));
  } catch {
    return undefined;
  }
}

/** The few sidecar HTTP APIs Doable uses: publish, invoke, state, secrets, health. Every call has a timeout. */
export function createDaprClient(options: DaprClientOptions) {
  const origin = `http://${options.host ?? '127.0.0.1'}:${options.httpPort}`;
  const base = `${origin}/v1.0`;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (options.apiToken) headers.set('dapr-api-token', options.apiToken);
    return fetch(`${base}${path}`, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
  }

  async function checkReady(): Promise<void> {
    const res = await fetch(`${base}/healthz/outbound`, { signal: AbortSignal.timeout(1_000) });
    if (res.status !== 204) throw new DaprError('the sidecar health check', res.status, await res.text());
  }

  async function expectOk(what: string, res: Response): Promise<Response> {
    if (!res.ok) throw new DaprError(what, res.status, await res.text());
    return res;
  }

  return {
    call,

    /** Publishes JSON as a CloudEvent whose id is `eventId`, keyed (Kafka partition) by `partitionKey`. */
    async publish(pubsub: string, topic: string, data: unknown, meta: { partitionKey: string; eventId: string }): Promise<void> {
      const query = new URLSearchParams({ 'metadata.partitionKey': meta.partitionKey, 'metadata.cloudevent.id': meta.eventId });
      const res = await call(`/publish/${pubsub}/${encodeURIComponent(topic)}?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      });
      await expectOk(`publish to ${topic}`, res);
    },

    /**
     * Dapr's bulk publish (`/v1.0-alpha1/publish/bulk`): each entry becomes a CloudEvent with its own id and Kafka key.
     * 204: every entry went out. 500 with `failedEntries`: those did not, every other one did. Anything else (no
     * such component, refused, a broken answer) throws: no entry can be counted as published.
     */
    async publishBulk(
      pubsub: string,
      topic: string,
      entries: { entryId: string; data: unknown; partitionKey: string; eventId: string }[],
    ): Promise<{ entryId: string; error: string }[]> {
      const body = entries.map((entry) => ({
        entryId: entry.entryId,
        event: entry.data,
        contentType: 'application/json',
        metadata: { partitionKey: entry.partitionKey, 'cloudevent.id': entry.eventId },
      }));
      const res = await fetch(`${origin}/v1.0-alpha1/publish/bulk/${pubsub}/${encodeURIComponent(topic)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.apiToken ? { 'dapr-api-token': options.apiToken } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status === 204 || res.status === 200) return [];
      const text = await res.text();
      const failed = parseFailedEntries(text);
      if (res.status !== 500 || !failed) throw new DaprError(`bulk publish to ${topic}`, res.status, text);
      return failed;
    },

    /** Service invocation: `method` on app `appId`, through both sidecars (retries per the Resiliency policy). */
    invoke(appId: string, method: string, init: RequestInit = {}): Promise<Response> {
      return call(`/invoke/${appId}/method/${method.replace(/^\//, '')}`, init);
    },

    /** Reads `key` from a state store, with the ETag of what was read. */
    async getState<T>(store: string, key: string): Promise<StateEntry<T>> {
      const res = await expectOk(`state ${store} get`, await call(`/state/${store}/${encodeURIComponent(key)}`));
      if (res.status === 204) return { value: undefined, etag: undefined };
      return { value: (await res.json()) as T, etag: res.headers.get('etag') ?? undefined };
    },

    /** Saves the items in one request; `conflict` when a first-write item lost its race (see `StateItem`). */
    async saveState(store: string, items: StateItem[]): Promise<'saved' | 'conflict'> {
      const body = items.map(({ key, value, etag, concurrency }) => ({
        key,
        value,
        ...(etag === undefined ? {} : { etag }),
        ...(concurrency === undefined ? {} : { options: { concurrency } }),
      }));
      const res = await call(`/state/${store}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.ok) return 'saved';
      const text = await res.text();
      if (isLostFirstWrite(items, res.status, text)) return 'conflict';
      throw new DaprError(`state ${store} save`, res.status, text);
    },

    /** One secret (all its keys) from a secret store. */
    async getSecret(store: string, name: string): Promise<Record<string, string>> {
      const res = await expectOk(`secret ${name}`, await call(`/secrets/${store}/${encodeURIComponent(name)}`));
      return (await res.json()) as Record<string, string>;
    },

    /** Resolves when the sidecar and its components are up now; rejects otherwise (readiness). */
    checkReady,

    /** Resolves once the sidecar's components are up; apps wait for this before reading secrets. */
    async waitUntilReady(deadlineMs = 60_000): Promise<void> {
      try {
        await retry(checkReady, { attempts: Number.POSITIVE_INFINITY, delayMs: backoff.constant(250), withinMs: deadlineMs });
      } catch (error) {
        throw new Error(`the Dapr sidecar at ${base} did not become ready in ${deadlineMs / 1000} s`, { cause: error });
      }
    },
  };
}

export type DaprClient = ReturnType<typeof createDaprClient>;
