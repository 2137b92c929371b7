import { backoff, retry } from '@doable/platform';

interface LiveMessage {
  type: string;
  event?: { event_id?: string; event_type?: string; task_id?: number; task_data?: { recurring_parent_id?: number | null } };
}

/** What a message proves arrived: a task's creation, the next occurrence of a completed task, or one event. */
function keysOf(message: LiveMessage): string[] {
  const event = message.event;
  if (!event) return [message.type];
  const keys = [`event:${event.event_id}`];
  if (message.type === 'task.updated' && event.event_type === 'created') {
    keys.push(`created:${event.task_id}`);
    if (event.task_data?.recurring_parent_id) keys.push(`next:${event.task_data.recurring_parent_id}`);
  }
  // A change to an existing task, by task: the shared-project fan-out changes a different task each time.
  if (message.type === 'task.updated' && event.event_type === 'updated') keys.push(`updated:${event.task_id}`);
  if (message.type === 'reminder') keys.push(`reminder:${event.task_id}`);
  return keys;
}

/**
 * A browser's WebSocket to the live-updates service: `arrival(key)` resolves with the `performance.now()` at
 * which the message with that key arrived (before or after the call).
 */
export async function openLiveClient(url: string) {
  // The service answers 503 while it cannot reach the backend to authenticate: try a few times.
  return retry(() => connect(url), { attempts: 5, delayMs: backoff.linear(500) });
}

async function connect(url: string) {
  const socket = new WebSocket(url);
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  socket.addEventListener('message', (event) => {
    const at = performance.now();
    for (const key of keysOf(JSON.parse(String(event.data)) as LiveMessage)) {
      const waiter = waiting.get(key);
      if (waiter) {
        waiting.delete(key);
        waiter(at);
      } else arrived.set(key, at);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`could not open ${url}`)), { once: true });
  });
  return {
    arrival(key: string, timeoutMs = 30_000): Promise<number> {
      const at = arrived.get(key);
      if (at !== undefined) {
        arrived.delete(key);
        return Promise.resolve(at);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(key);
          reject(new Error(`${key}: nothing on the WebSocket in ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(key, (when) => {
          clearTimeout(timer);
          resolve(when);
        });
      });
    },
    /** Forgets what arrived unclaimed (events of earlier phases). */
    clear: () => arrived.clear(),
    close: () => socket.close(),
  };
}

export type LiveClient = Awaited<ReturnType<typeof openLiveClient>>;
