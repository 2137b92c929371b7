import { createServer, type IncomingMessage, type Server } from 'node:http';

/** What `/dapr/subscribe` answers (Dapr's programmatic subscription, routes form). */
export interface Subscription {
  pubsubname: string;
  topic: string;
  routes: { default: string };
  deadLetterTopic?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** What the app answered. */
  status: number;
  answer?: unknown;
  at: number;
}

/**
 * Per-message behaviour, taken from the CloudEvent's `data.behaviour`: `retry-once` answers RETRY the first
 * time an event id is seen, `fail` always answers RETRY, `drop` answers DROP; anything else is SUCCESS.
 * `/flaky/<key>?fail=N&status=S` answers S (default 503) to the first N calls for that key, then 200.
 */
export interface RecordingAppOptions {
  port: number;
  subscriptions?: Subscription[];
  /** Input binding routes answered 200 to OPTIONS and POST. */
  bindings?: string[];
}

export interface RecordingApp {
  port: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A minimal Dapr app for the stack's integration tests. It records every request and exposes them on
 * `GET /_test/requests?path=<prefix>` so tests in other processes can assert on what their sidecar delivered.
 */
export async function startRecordingApp({ port, subscriptions = [], bindings = [] }: RecordingAppOptions): Promise<RecordingApp> {
  const requests: RecordedRequest[] = [];
  const seenEvents = new Set<string>();
  const flakyCalls = new Map<string, number>();

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://app');
    const body = await readBody(req);
    const send = (status: number, answer?: unknown) => {
      if (!url.pathname.startsWith('/_test/')) {
        requests.push({
          method: req.method ?? '',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
          body,
          status,
          answer,
          at: Date.now(),
        });
      }
      res.writeHead(status, answer === undefined ? {} : { 'content-type': 'application/json' });
      res.end(answer === undefined ? undefined : JSON.stringify(answer));
    };

    if (url.pathname === '/_test/requests') {
      const prefix = url.searchParams.get('path') ?? '';
      return send(
        200,
        requests.filter((r) => r.path.startsWith(prefix)),
      );
    }
    if (url.pathname === '/dapr/subscribe' && req.method === 'GET') return send(200, subscriptions);
    if (url.pathname === '/dapr/config' && req.method === 'GET') return send(200, {});
    if (bindings.includes(url.pathname.slice(1))) return send(200, undefined);
    if (subscriptions.some((s) => s.routes.default === url.pathname) && req.method === 'POST') {
      const event = body as { id?: string; data?: { behaviour?: string } } | undefined;
      const behaviour = event?.data?.behaviour;
      const id = event?.id ?? '';
      const firstTime = !seenEvents.has(id);
      seenEvents.add(id);
      if (behaviour === 'fail' || (behaviour === 'retry-once' && firstTime)) return send(200, { status: 'RETRY' });
      if (behaviour === 'drop') return send(200, { status: 'DROP' });
      return send(200, { status: 'SUCCESS' });
    }
    const flaky = /^\/flaky\/([^/]+)$/.exec(url.pathname);
    if (flaky?.[1]) {
      const key = flaky[1];
      const calls = (flakyCalls.get(key) ?? 0) + 1;
      flakyCalls.set(key, calls);
      const failures = Number(url.searchParams.get('fail') ?? 0);
      const status = Number(url.searchParams.get('status') ?? 503);
      return calls <= failures ? send(status, { attempt: calls }) : send(200, { attempt: calls, echo: body });
    }
    return send(404, { error: 'not found' });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The requests a recording app recorded whose path starts with `path`. */
export async function recordedRequests(port: number, path: string): Promise<RecordedRequest[]> {
  const res = await fetch(`http://127.0.0.1:${port}/_test/requests?path=${encodeURIComponent(path)}`);
  return (await res.json()) as RecordedRequest[];
}
