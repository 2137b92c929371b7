import { WebSocket } from 'ws';
import { sidecar } from '../test-stack.ts';

/** A message from `/ws` (apps/websocket-service/README.md): `hello`, `task.updated`, `reminder`, … */
export interface LiveMessage {
  type: string;
  event?: { event_type?: string; event_id?: string; task_id?: number; user_id?: string; title?: string };
}

export interface LiveSocket {
  /** Every message received after `hello`, oldest first. */
  messages: LiveMessage[];
  /** The first message (already received or still to come) that `match` accepts; rejects after `timeoutMs`. */
  waitFor(match: (m: LiveMessage) => boolean, timeoutMs?: number): Promise<LiveMessage>;
  close(): void;
}

/** `ws://…/ws` of a websocket-service pod, with the bearer token in the query as a browser elsewhere sends it. */
export const liveUrl = (podName: string, token?: string) =>
  `ws://127.0.0.1:${sidecar(podName).appPort}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;

/** Connects to a websocket-service pod and resolves once its `hello` arrived (the socket is registered then). */
export async function openLiveSocket(podName: string, token: string, timeoutMs = 10_000): Promise<LiveSocket> {
  const socket = new WebSocket(liveUrl(podName, token));
  const messages: LiveMessage[] = [];
  const listeners = new Set<() => void>();
  const hello = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no hello from ${podName} within ${timeoutMs} ms`)), timeoutMs);
    socket.on('error', (error) => reject(error));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as LiveMessage;
      if (message.type === 'hello') {
        clearTimeout(timer);
        resolve();
        return;
      }
      messages.push(message);
      for (const listener of listeners) listener();
    });
  });
  try {
    await hello;
  } catch (error) {
    socket.terminate();
    throw error;
  }
  return {
    messages,
    waitFor: (match, waitMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no matching message from ${podName} within ${waitMs} ms; got ${JSON.stringify(messages)}`));
        }, waitMs);
        listeners.add(check);
        check();
      }),
    close: () => socket.close(),
  };
}

/** The HTTP status a refused handshake answered with (undefined when the socket opened). */
export function handshakeStatus(url: string, timeoutMs = 10_000): Promise<number | undefined> {
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`no answer to the handshake within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('unexpected-response', (_request, response) => {
      clearTimeout(timer);
      resolve(response.statusCode);
      socket.terminate();
    });
    socket.on('open', () => {
      clearTimeout(timer);
      resolve(undefined);
      socket.close();
    });
    socket.on('error', () => {});
  });
}
