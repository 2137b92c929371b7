import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { type TaskEvent, TOPICS } from '@doable/contracts';
import { ensureKafkaJars, findJava, kafkaClient } from '@doable/stack';
import { createApiClient, signUp } from '@doable/test-kit';
import { type LiveClient, openLiveClient } from '../live-client.ts';
import { type OpenLoopResult, openLoop } from '../load.ts';
import { addNote, type BenchContext } from '../options.ts';
import { type CpuReading, startCpuReading } from '../pipeline-cpu.ts';
import { below, percentile, ratioOf, round } from '../report.ts';
import type { StackTarget } from '../stack-target.ts';
import { STATEMENTS_SECTION, startStatementReading, statementRows } from '../statements.ts';

const SECTION = 'Event pipeline (Kafka + Dapr sidecars, distributed)';
const CPU_SECTION = 'CPU per operation (event pipeline)';
const MAX_IN_FLIGHT = 2_000;
const MEMORY_RATE = 200;
const USERS = 20;
const IDLE_SECONDS = 5;

interface OutboxLag {
  maxPending: number;
  maxAgeSeconds: number;
  /** Per event: from its transaction's start (`created_at`) to the sidecar accepting it (`delivered_at`), ms. */
  p50Ms: number;
  p99Ms: number;
}

/**
 * Samples the outbox while `during` runs (the most events waiting, the age of the oldest), then reads every event
 * written meanwhile for its own lag.
 */
async function watchOutbox<T>(target: StackTarget, during: () => Promise<T>): Promise<[T, OutboxLag]> {
  const lag: OutboxLag = { maxPending: 0, maxAgeSeconds: 0, p50Ms: Number.NaN, p99Ms: Number.NaN };
  const before = await target.admin.query<{ last: string | null }>('select max(id) as last from backend.outbox');
  let stopped = false;
  const sampler = (async () => {
    while (!stopped) {
      const { rows } = await target.admin.query<{ pending: string; age: number | null }>(
        `select count(*) as pending, extract(epoch from now() - min(created_at))::float8 as age from backend.outbox where delivered_at is null`,
      );
      lag.maxPending = Math.max(lag.maxPending, Number(rows[0]?.pending ?? 0));
      lag.maxAgeSeconds = Math.max(lag.maxAgeSeconds, rows[0]?.age ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  try {
    const result = await during();
    stopped = true;
    await sampler;
    const { rows } = await target.admin.query<{ p50: number | null; p99: number | null }>(
      `select percentile_cont(0.5) within group (order by lag) as p50, percentile_cont(0.99) within group (order by lag) as p99
       from (select extract(epoch from delivered_at - created_at)::float8 * 1000 as lag
             from backend.outbox where id > $1 and delivered_at is not null) as delivered`,
      [before.rows[0]?.last ?? '0'],
    );
    lag.p50Ms = rows[0]?.p50 ?? Number.NaN;
    lag.p99Ms = rows[0]?.p99 ?? Number.NaN;
    return [result, lag];
  } finally {
    stopped = true;
    await sampler;
  }
}

/**
 * The recurring stage of completions: from a completion's commit to its next occurrence's insert (the completion's
 * outbox, Kafka, the recurring service and its call to the backend), read from the tasks. Apart from the way on to the
 * WebSocket, so a run says which of the two fell behind.
 */
async function nextOccurrenceStage(target: StackTarget, sourceIds: number[]): Promise<string> {
  const { rows } = await target.admin.query<{ made: string; p50: number | null; p99: number | null }>(
    `select count(*) as made, percentile_cont(0.5) within group (order by stage) as p50,
            percentile_cont(0.99) within group (order by stage) as p99
     from (select extract(epoch from n.created_at - s.completed_at)::float8 * 1000 as stage
           from backend.tasks s join backend.tasks n on n.recurrence_source_id = s.id where s.id = any($1::bigint[])) as made`,
    [sourceIds],
  );
  const row = rows[0];
  return (
    `; next occurrence made p50 ${round(row?.p50 ?? Number.NaN, 1)} / p99 ${round(row?.p99 ?? Number.NaN, 1)} ms after the ` +
    `completion (${row?.made ?? 0} of ${sourceIds.length} completed)`
  );
}

/** Kafka's own end-to-end latency tool on the same broker, through the same SASL listener the sidecars use. */
async function kafkaEndToEnd(target: StackTarget, records: number): Promise<{ p50: number; p99: number }> {
  const { kafka } = target.info;
  const topic = 'bench-end-to-end';
  const admin = kafkaClient(Number(kafka.bootstrap.split(':').at(-1)), kafka.credentials, 'doable-bench').admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] }).finally(() => admin.disconnect());
  const dir = mkdtempSync(join(tmpdir(), 'doable-bench-kafka-'));
  try {
    const config = join(dir, 'client.properties');
    writeFileSync(
      config,
      [
        'security.protocol=SASL_PLAINTEXT',
        'sasl.mechanism=SCRAM-SHA-256',
        `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${kafka.credentials.username}" password="${kafka.credentials.password}";`,
      ].join('\n'),
    );
    const { stdout } = await promisify(execFile)(
      findJava(),
      [
        '-cp',
        `${ensureKafkaJars(() => {})}/*`,
        'org.apache.kafka.tools.EndToEndLatency',
        '--bootstrap-server',
        kafka.bootstrap,
        '--topic',
        topic,
        '--num-records',
        String(records),
        '--producer-acks',
        '1',
        '--record-size',
        '600',
        '--command-config',
        config,
      ],
      { maxBuffer: 16 * 2 ** 20 },
    );
    const p50 = /50th = ([\d.]+)/.exec(stdout)?.[1];
    const p99 = /99th = ([\d.]+)/.exec(stdout)?.[1];
    if (!p50 || !p99) throw new Error(`unexpected EndToEndLatency output: ${stdout.slice(-500)}`);
    return { p50: Number(p50), p99: Number(p99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Recurring tasks to complete: one made through the API, copied in SQL (`count` copies over the users, each its own series). */
async function recurringTasks(
  target: StackTarget,
  api: ReturnType<typeof createApiClient>,
  users: PipelineUser[],
  count: number,
): Promise<{ id: number; user: PipelineUser }[]> {
  const first = await api.post(
    '/api/v1/tasks/recurring',
    { title: 'Water the plants', pattern: 'daily', due_date: '2031-01-01T09:00:00Z' },
    users[0]?.headers.authorization?.replace('Bearer ', ''),
  );
  if (first.status !== 201) throw new Error(`recurring task: ${first.status} ${JSON.stringify(first.body)}`);
  const { rows } = await target.admin.query<{ id: string; user_id: string }>(
    `insert into backend.tasks (user_id, created_by, project_id, title, priority, tags, due_date, recurring, recurrence_basis,
       recurrence_anchor, occurrence_number)
     select o.owner, o.owner, (select p.id from backend.projects p where p.inbox_of = o.owner), title || ' ' || n, priority, tags,
            due_date, recurring, recurrence_basis, recurrence_anchor, occurrence_number
     from backend.tasks t, generate_series(1, $2::int) as n, lateral (select ($3::text[])[1 + n % array_length($3::text[], 1)] as owner) as o
     where t.id = $1 order by n returning id, user_id`,
    [first.body.id, count, users.map((u) => u.userId)],
  );
  const byId = new Map(users.map((u) => [u.userId, u]));
  return rows.map((row) => ({ id: Number(row.id), user: byId.get(row.user_id) as PipelineUser }));
}

function pushRows(
  ctx: BenchContext,
  name: string,
  rate: number,
  result: OpenLoopResult,
  lag: (OutboxLag & { answeredMs: number[] }) | undefined,
  baseline?: { name: string; median: number },
  stage = '',
) {
  const p50 = percentile(result.latenciesMs, 0.5);
  const p99 = percentile(result.latenciesMs, 0.99);
  const keptUp = result.skipped === 0 && result.failed === 0 && result.completedPerSecond >= rate * 0.95;
  const ratio = baseline ? ratioOf(p50, baseline.median) : undefined;
  ctx.rows.push({
    section: SECTION,
    case: `${name} · ${rate}/s for ${ctx.options.rateSeconds} s`,
    unit: 'ms',
    median: p50,
    p99,
    detail:
      `${result.latenciesMs.length}/${result.started + result.skipped} arrived, ${Math.round(result.completedPerSecond)}/s, ` +
      `${keptUp ? 'kept up' : `DID NOT KEEP UP (${result.skipped} not sent, ${result.failed} failed${result.firstError ? `: ${result.firstError.slice(0, 80)}` : ''})`}` +
      (lag
        ? `; API answered in p50 ${round(percentile(lag.answeredMs, 0.5), 1)} / p99 ${round(percentile(lag.answeredMs, 0.99), 1)} ms` +
          `; outbox lag p50 ${round(lag.p50Ms, 1)} / p99 ${round(lag.p99Ms, 1)} ms, max ${lag.maxPending} pending, oldest ${round(lag.maxAgeSeconds, 2)} s`
        : '') +
      stage,
    ...(baseline ? { baseline } : {}),
    ...(ratio === undefined ? {} : { ratio }),
    ...(name.startsWith('create') && rate === MEMORY_RATE
      ? { target: below(`create → WebSocket p99 at ${MEMORY_RATE}/s`, p99, 50, 'ms') }
      : {}),
  });
  if (lag && name.startsWith('create') && rate === MEMORY_RATE && Number.isFinite(lag.p99Ms)) {
    ctx.rows.push({
      section: SECTION,
      case: `outbox lag of the creates · ${rate}/s for ${ctx.options.rateSeconds} s`,
      unit: 'ms',
      median: lag.p50Ms,
      p99: lag.p99Ms,
      detail: `each event from its transaction's start to the sidecar accepting it; max ${lag.maxPending} pending`,
      target: below(`outbox lag p99 at ${MEMORY_RATE}/s`, lag.p99Ms, 100, 'ms'),
    });
  }
}

interface PipelineUser {
  userId: string;
  headers: Record<string, string>;
  live: LiveClient;
}

export async function runPipelineBench(ctx: BenchContext, target: StackTarget): Promise<void> {
  const { options } = ctx;
  const api = createApiClient(target.origin('todo-backend'));
  const backend = target.origin('todo-backend');
  // Many users, each with a browser on the WebSocket: events are ordered per user, so one user's stream is sequential.
  const users: PipelineUser[] = [];
  for (let i = 0; i < USERS; i++) {
    const { token, userId } = await signUp(api, `Pipeline user ${i}`);
    const live = await openLiveClient(`${target.origin('websocket-service').replace('http', 'ws')}/ws?token=${encodeURIComponent(token)}`);
    users.push({ userId, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, live });
  }
  const userOf = (i: number) => users[i % users.length] as PipelineUser;

  // What the stack costs with nothing to do (heartbeats, polls, timers): the share of the cores no operation gets.
  const idle = startCpuReading(target);
  await sleep(IDLE_SECONDS * 1000);
  pushCpuRow(ctx, `stack idle (${IDLE_SECONDS} s, sockets open, no load)`, idle.stop());

  const kafkaRecords = options.mode === 'full' ? 10_000 : 2_000;
  ctx.log(`  Kafka EndToEndLatency, ${kafkaRecords} records…`);
  const kafka = await kafkaEndToEnd(target, kafkaRecords);
  ctx.rows.push({
    section: SECTION,
    case: `baseline: Kafka EndToEndLatency (acks=1, 600 B, one at a time, ${kafkaRecords} records)`,
    unit: 'ms',
    median: kafka.p50,
    p99: kafka.p99,
  });

  // How long the API took to answer, apart from the event's way to the WebSocket.
  let answered: number[] = [];
  const created = async (i: number) => {
    const user = userOf(i);
    const started = performance.now();
    const res = await fetch(`${backend}/api/v1/tasks`, {
      method: 'POST',
      headers: user.headers,
      body: JSON.stringify({ title: 'Pipeline task' }),
    });
    if (res.status !== 201) throw new Error(`POST /tasks answered ${res.status}`);
    const { id } = (await res.json()) as { id: number };
    answered.push(performance.now() - started);
    return (await user.live.arrival(`created:${id}`)) - started;
  };
  const published = async (i: number) => {
    const user = userOf(i);
    const event: TaskEvent = {
      schema_version: 1,
      event_type: 'updated',
      event_id: randomUUID(),
      timestamp: new Date().toISOString(),
      user_id: user.userId,
      task_id: 1,
      task_data: { title: 'Direct', completed: false, priority: 'medium', tags: [], due_date: null },
    };
    const started = performance.now();
    await target.backendSidecar.publish('kafka-pubsub', TOPICS.taskUpdates, event, { partitionKey: user.userId, eventId: event.event_id });
    return (await user.live.arrival(`event:${event.event_id}`)) - started;
  };
  const total = options.rates.reduce((sum, rate) => sum + Math.round(rate * options.rateSeconds), 0);
  ctx.log(`  ${total.toLocaleString('en')} recurring tasks to complete…`);
  const series = await recurringTasks(target, api, users, total);
  let nextSeries = 0;
  let completedIds: number[] = [];
  const completed = async () => {
    const { id, user } = series[nextSeries++] as { id: number; user: PipelineUser };
    const started = performance.now();
    const res = await fetch(`${backend}/api/v1/tasks/${id}/complete`, { method: 'PATCH', headers: user.headers, body: '{}' });
    if (res.status !== 200) throw new Error(`PATCH complete answered ${res.status}`);
    completedIds.push(id);
    answered.push(performance.now() - started);
    return (await user.live.arrival(`next:${id}`)) - started;
  };
  const forgetUnclaimed = () => {
    for (const user of users) user.live.clear();
  };

  const peak = new Map<string, number>();
  for (const rate of options.rates) {
    const run = (operation: (i: number) => Promise<number>) =>
      openLoop({ rate, seconds: options.rateSeconds, maxInFlight: MAX_IN_FLIGHT, operation });
    ctx.log(`  ${rate}/s: direct publish, create → WebSocket, complete → next occurrence…`);
    const direct = await run(published);
    forgetUnclaimed();
    pushRows(ctx, 'baseline: publish through the sidecar → WebSocket (no API, no outbox)', rate, direct, undefined, {
      name: 'Kafka EndToEndLatency p50',
      median: kafka.p50,
    });
    const sampler = rate === MEMORY_RATE ? setInterval(() => mergePeak(peak, target.memory()), 1_000) : undefined;
    const throughTheApi = async (name: string, operation: (i: number) => Promise<number>) => {
      answered = [];
      completedIds = [];
      const statements = options.statements ? await startStatementReading(target.admin) : undefined;
      const cpu = startCpuReading(target);
      const [result, lag] = await watchOutbox(target, () => run(operation));
      const runName = `${name} · ${rate}/s for ${options.rateSeconds} s`;
      pushCpuRow(ctx, runName, cpu.stop(), result.latenciesMs.length);
      if (statements) ctx.rows.push(...statementRows(runName, await statements.stop(), result.latenciesMs.length));
      forgetUnclaimed();
      pushRows(
        ctx,
        name,
        rate,
        result,
        { ...lag, answeredMs: answered },
        { name: 'direct publish p50', median: percentile(direct.latenciesMs, 0.5) },
        completedIds.length > 0 ? await nextOccurrenceStage(target, completedIds) : '',
      );
    };
    try {
      await throughTheApi('create → WebSocket task.updated', created);
      await throughTheApi('complete → next occurrence on the WebSocket', completed);
    } finally {
      if (sampler) clearInterval(sampler);
    }
  }
  for (const user of users) user.live.close();

  for (const [name, idleMiB] of target.idleMemory) {
    ctx.rows.push({
      section: 'Memory of each process (resident)',
      case: name,
      unit: 'MiB',
      median: idleMiB,
      ...(peak.has(name) ? { detail: `peak ${peak.get(name)} MiB at ${MEMORY_RATE} operations/s` } : {}),
    });
  }
  addNote(
    ctx,
    SECTION,
    `Rates are operations per second from one open-loop client over ${USERS} users, each with a WebSocket (an operation ` +
      'starts on schedule, whether or not earlier ones finished); a create emits one event, a completion two (completed, ' +
      'then the next occurrence created). Latency runs from sending the request to the WebSocket message. "Kept up" means ' +
      'nothing was skipped or failed and at least 95% of the rate completed.',
  );
  addNote(
    ctx,
    CPU_SECTION,
    'CPU time (user and system, from /proc) each process of the stack spent during a run of the section above, divided ' +
      'by the operations that arrived (requests refused under overload cost CPU too, so a run that did not keep up reads ' +
      'low); PostgreSQL counts with its backends, those that ended during the run included; the idle row is in cores. "Other work" is what the rest of the machine ' +
      'used meanwhile (processes outside the stack). At a rate r, the stack needs r × the total ms of CPU per second: ' +
      'past the cores it gets, it cannot keep up whatever the latency.',
  );
  addNote(ctx, 'Memory of each process (resident)', 'Idle: 5 s after the stack started, before any load.');
  if (options.statements) {
    addNote(
      ctx,
      STATEMENTS_SECTION,
      'From pg_stat_statements, reset before each run: planning and execution time (not CPU: it includes waits on locks and I/O) and ' +
        "calls of each statement over the operations that arrived, the top ones by time; the bench's own outbox sampler " +
        'is among them. Sessions: backends PostgreSQL started during the run (pg_stat_database).',
    );
  }
}

/**
 * What the stack, the bench client and everything else on the machine spent during one run: per operation, or, with
 * no operations (the stack idle), in cores.
 */
function pushCpuRow(ctx: BenchContext, name: string, cpu: CpuReading, operations?: number) {
  const cores = (seconds: number) => round(seconds / cpu.wallSeconds, 2);
  const figure = operations === undefined ? cores : (seconds: number) => round((1000 * seconds) / Math.max(1, operations), 2);
  const stack = [...cpu.byProcess.values()].reduce((sum, seconds) => sum + (Number.isFinite(seconds) ? seconds : 0), 0);
  const outside = cpu.machineSeconds - stack - cpu.clientSeconds;
  const top = [...cpu.byProcess.entries()]
    .filter(([, seconds]) => Number.isFinite(seconds))
    .sort((a, b) => b[1] - a[1])
    .map(([process, seconds]) => `${process} ${figure(seconds)}`);
  ctx.rows.push({
    section: CPU_SECTION,
    case: name,
    unit: operations === undefined ? 'cores' : 'ms',
    median: figure(stack),
    detail:
      `machine busy ${cores(cpu.machineSeconds)} of ${availableParallelism()} cores (stack ${cores(stack)}, bench client ` +
      `${cores(cpu.clientSeconds)}, other work ${cores(Math.max(0, outside))}); ` +
      `${operations === undefined ? 'cores' : 'per operation, ms'}: ${top.join(', ')}`,
  });
}

function mergePeak(peak: Map<string, number>, sample: Map<string, number>): void {
  for (const [name, mib] of sample) if (Number.isFinite(mib)) peak.set(name, Math.max(peak.get(name) ?? 0, mib));
}
