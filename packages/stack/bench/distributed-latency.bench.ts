/**
 * Doable's distributed mode, measured end to end on the real stack (every service beside its sidecar, Kafka,
 * PostgreSQL): start time, idle memory of each process, and latencies of the event paths as seen by a client:
 * create → WebSocket update, complete → next occurrence (its WebSocket `created`), reminder lateness. Starts its
 * own stack (run folder `run-bench`, port offset 3000) and stops it at the end.
 *
 *   npm run bench:distributed [-- --rounds 50]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiClient, signUp } from '@doable/test-kit';
import { cacheRoot } from '../src/paths.ts';
import { stackStatus, startStack, stopStack } from '../src/stack.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' } } });
const rounds = Number(values.rounds);
const runDir = join(cacheRoot(), 'run-bench');
const apps = ['todo-backend', 'recurring-task-service', 'audit-service', 'notification-service', 'websocket-service'];

interface LiveMessage {
  type: string;
  event?: { event_type?: string; task_id?: number; task_data?: { recurring_parent_id?: number | null } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(name: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${name.padEnd(44)} median ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms   (n=${sorted.length})`;
}

/** A WebSocket client: `next` resolves with the arrival time of the first message matching a predicate. */
async function liveClient(url: string) {
  const socket = new WebSocket(url);
  const waiters: { match: (m: LiveMessage) => boolean; resolve: (at: number) => void }[] = [];
  // Messages nobody waited for yet (the greeting can beat the first `next`).
  const unclaimed: { message: LiveMessage; at: number }[] = [];
  socket.addEventListener('message', (event) => {
    const at = performance.now();
    const message = JSON.parse(String(event.data)) as LiveMessage;
    const waiter = waiters.find((w) => w.match(message));
    if (!waiter) return void unclaimed.push({ message, at });
    waiters.splice(waiters.indexOf(waiter), 1);
    waiter.resolve(at);
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`could not open ${url}`)), { once: true });
  });
  return {
    next(match: (m: LiveMessage) => boolean, timeoutMs = 30_000): Promise<number> {
      const early = unclaimed.find((u) => match(u.message));
      if (early) {
        unclaimed.splice(unclaimed.indexOf(early), 1);
        return Promise.resolve(early.at);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching live message in time')), timeoutMs);
        waiters.push({
          match,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        });
      });
    },
    close: () => socket.close(),
  };
}

async function main(): Promise<void> {
  await stopStack({ runDir, log: () => {} });
  const info = await startStack({ apps, runDir, portOffset: 3000, services: true, tokens: true, log: (l) => console.error(`  ${l}`) });
  try {
    const port = (appId: string) => info.sidecars.find((s) => s.appId === appId)?.appPort;
    console.log(
      `stack with every service up in ${(info.startedInMs / 1000).toFixed(1)} s (Kafka, PostgreSQL, ${info.sidecars.length} sidecars, ${info.services.length} services)`,
    );

    await new Promise((resolve) => setTimeout(resolve, 10_000));
    console.log('\nresident memory after 10 s idle:');
    for (const row of stackStatus(runDir)) console.log(`  ${row.name.padEnd(58)} ${row.rssMiB ?? '-'} MiB`);

    const api = createApiClient(`http://127.0.0.1:${port('todo-backend')}`);
    const { token } = await signUp(api, 'Bench');
    const live = await liveClient(`ws://127.0.0.1:${port('websocket-service')}/ws?token=${encodeURIComponent(token)}`);
    await live.next((m) => m.type === 'hello');

    const created: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const res = await api.post('/api/v1/tasks', { title: `Latency ${i}` }, token);
      const id = res.body.id as number;
      const at = await live.next((m) => m.type === 'task.updated' && m.event?.event_type === 'created' && m.event.task_id === id);
      created.push(at - started);
    }

    const nextOccurrence: number[] = [];
    for (let i = 0; i < Math.ceil(rounds / 2); i++) {
      const series = await api.post('/api/v1/tasks', { title: `Series ${i}`, recurring: 'daily', due_date: '2031-01-01T09:00:00Z' }, token);
      const id = series.body.id as number;
      const started = performance.now();
      const arrived = live.next((m) => m.event?.event_type === 'created' && m.event.task_data?.recurring_parent_id === id);
      await api.patch(`/api/v1/tasks/${id}/complete`, {}, token);
      nextOccurrence.push((await arrived) - started);
    }

    // Reminders a little apart, each 2–3 s ahead; lateness = arrival on the socket − reminder time.
    const lateness: number[] = [];
    const reminders = Math.min(rounds, 20);
    const pending: Promise<void>[] = [];
    const origin = Date.now() - performance.now();
    for (let i = 0; i < reminders; i++) {
      const remindAt = new Date(Date.now() + 2_000 + i * 150);
      const res = await api.post('/api/v1/tasks', { title: `Reminder ${i}`, reminder_at: remindAt.toISOString() }, token);
      const id = res.body.id as number;
      pending.push(
        live
          .next((m) => m.type === 'reminder' && m.event?.task_id === id, 30_000)
          .then((at) => {
            lateness.push(origin + at - remindAt.getTime());
          }),
      );
    }
    await Promise.all(pending);
    live.close();

    console.log(`\nend-to-end latencies (${rounds} rounds, one client, sequential):`);
    console.log(summary('create → WebSocket task.updated', created));
    console.log(summary('complete → next occurrence on the WebSocket', nextOccurrence));
    console.log(summary('reminder lateness (reminder_at → WebSocket)', lateness));
  } finally {
    await stopStack({ runDir, log: () => {} });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
