import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type Database, openDatabase } from '@doable/db';
import { createLogger, type UserAuthenticator } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import Fastify, { type FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type ClientOptions, WebSocket } from 'ws';
import { createLiveUpdatesModule, type LiveUpdatesModule, type LiveUpdatesOptions } from '../live-updates-module.ts';

const WAIT_MS = 3_000;
const TOKENS: Record<string, string> = { 'token-a': 'user-a', 'token-b': 'user-b', 'token-c': 'user-c' };

/** Stands in for the backend's authenticator: a bearer token or a `session` cookie naming a known token. */
export const testAuthenticator: UserAuthenticator = async (headers) => {
  const bearer = /^Bearer (.+)$/.exec(String(headers.authorization ?? ''))?.[1];
  const cookie = /(?:^|;\s*)session=([^;]+)/.exec(String(headers.cookie ?? ''))?.[1];
  return TOKENS[bearer ?? cookie ?? ''];
};

export interface LiveServer {
  app: FastifyInstance;
  live: LiveUpdatesModule;
  /** `host:port` the server listens on. */
  host: string;
  url(query?: string): string;
  stop(): Promise<void>;
}

/** A fresh database on the test server, for one or more live servers (replicas) to share. */
export async function openLiveDatabase(): Promise<Database> {
  return openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
}

/**
 * A real Fastify server on an ephemeral port with the live-updates module registered. Without `options.db` it gets
 * a database of its own, closed by stop(); servers given the same `db` are replicas of one service.
 */
export async function startLiveServer(options: Partial<LiveUpdatesOptions> = {}): Promise<LiveServer> {
  const own = options.db ? undefined : await openLiveDatabase();
  const live = createLiveUpdatesModule({
    logger: createLogger({ name: 'test', level: 'silent' }),
    authenticate: testAuthenticator,
    ...options,
    db: options.db ?? (own as Database).db,
  });
  const app = Fastify();
  await live.register(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const host = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    live,
    host,
    url: (query) => `ws://${host}/ws${query ? `?${query}` : ''}`,
    async stop() {
      await live.close();
      await app.close();
      await own?.close();
    },
  };
}

export interface LiveClient {
  socket: WebSocket;
  hello: unknown;
  /** The next message, parsed; rejects when none arrives in time. */
  next(timeoutMs?: number): Promise<unknown>;
  /** The close code and reason once the socket has closed; rejects when it stays open too long. */
  closed(timeoutMs?: number): Promise<{ code: number; reason: string }>;
}

/** Opens a socket and waits for the server's hello, so the server has registered it before the test goes on. */
export async function openClient(url: string, options: ClientOptions = {}): Promise<LiveClient> {
  const socket = new WebSocket(url, options);
  const inbox: unknown[] = [];
  const waiting: ((message: unknown) => void)[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else inbox.push(message);
  });
  const closing = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const next = (timeoutMs = WAIT_MS) =>
    inbox.length > 0
      ? Promise.resolve(inbox.shift())
      : new Promise<unknown>((resolve, reject) => {
          const timer = setTimeout(() => {
            waiting.splice(waiting.indexOf(settle), 1);
            reject(new Error(`no message within ${timeoutMs} ms`));
          }, timeoutMs);
          const settle = (message: unknown) => {
            clearTimeout(timer);
            resolve(message);
          };
          waiting.push(settle);
        });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, hello: await next(), next, closed: (timeoutMs = WAIT_MS) => within(closing, timeoutMs, 'close') };
}

/** The promise's value, or a rejection naming what did not happen in time. */
export function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Attempts a handshake that the server must refuse, and returns the HTTP response it refused with. */
export function refusedHandshake(
  url: string,
  options: ClientOptions = {},
): Promise<{ status: number; contentType: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`no response within ${WAIT_MS} ms`));
    }, WAIT_MS);
    socket.on('error', () => {}); // aborting the refused handshake below reports an error we expect
    socket.once('open', () => {
      clearTimeout(timer);
      socket.terminate();
      reject(new Error('the server accepted the handshake'));
    });
    socket.once('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => {
        clearTimeout(timer);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']), body: JSON.parse(body) });
      });
    });
  });
}

export function aTaskEvent(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_type: 'updated',
    event_id: randomUUID(),
    timestamp: '2030-01-01T10:00:00.000Z',
    user_id: 'user-a',
    task_id: 7,
    task_data: { title: 'Buy groceries', completed: false, priority: 'high', tags: ['home'], due_date: null },
    changed_fields: ['priority'],
    ...overrides,
  };
}

/** A project event as the backend publishes it on `project-events`. */
export function aProjectEvent(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_type: 'member_added',
    event_id: randomUUID(),
    timestamp: '2030-01-01T10:00:00.000Z',
    actor_id: 'user-a',
    project_id: 42,
    project: { name: 'Groceries', color: '#00aa00', emoji: null, archived: false },
    member: { user_id: 'user-b', role: 'editor' },
    ...overrides,
  };
}

export function aReminderEvent(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_id: randomUUID(),
    timestamp: '2030-01-01T09:00:00.000Z',
    task_id: 7,
    user_id: 'user-a',
    title: 'Pay rent',
    due_at: '2030-01-01T10:00:00.000Z',
    remind_at: '2030-01-01T09:00:00.000Z',
    ...overrides,
  };
}
