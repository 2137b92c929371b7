import { randomUUID } from 'node:crypto';
import { type TaskEvent, TOPICS } from '@doable/contracts';
import { createApiClient, signUp } from '@doable/test-kit';
import { type LiveClient, openLiveClient } from '../live-client.ts';
import { type HttpRequestSpec, httpLoad, type LoadResult, summarizeRuns } from '../load.ts';
import { addNote, type BenchContext } from '../options.ts';
import { below, median, percentile, ratioOf, round } from '../report.ts';
import { captureRequest } from '../sql-capture.ts';
import type { StackTarget } from '../stack-target.ts';

const SECTION = 'Shared project (members, list, search, fan-out; distributed)';
/** Tasks in the measured member's own Inbox, beside the shared project: the cross-project list merges both. */
const INBOX_TASKS = 500;

interface Member {
  userId: string;
  token: string;
  live: LiveClient;
}

/**
 * A project with `sharedMembers` members (the owner, the rest joined through an invite link, as people do) and
 * `sharedTasks` tasks written in SQL from the seed; every member has a WebSocket open.
 */
async function sharedProject(ctx: BenchContext, target: StackTarget) {
  const { options } = ctx;
  const api = createApiClient(target.origin('todo-backend'));
  const socketUrl = (token: string) => `${target.origin('websocket-service').replace('http', 'ws')}/ws?token=${encodeURIComponent(token)}`;
  const owner = await signUp(api, 'Shared owner');
  const project = await api.post('/api/v1/projects', { name: 'Shared bench project' }, owner.token);
  if (project.status !== 201) throw new Error(`POST /projects: ${project.status} ${JSON.stringify(project.body)}`);
  const projectId = project.body.id as number;
  const link = await api.post(`/api/v1/projects/${projectId}/invite-links`, { role: 'editor', max_uses: 1000 }, owner.token);
  if (link.status !== 201) throw new Error(`POST invite-links: ${link.status} ${JSON.stringify(link.body)}`);
  const members: Member[] = [{ ...owner, live: await openLiveClient(socketUrl(owner.token)) }];
  ctx.log(`  ${options.sharedMembers} members join through an invite link, each opens a WebSocket…`);
  for (let i = 1; i < options.sharedMembers; i++) {
    const user = await signUp(api, `Member ${i}`);
    const joined = await api.post(`/api/v1/invites/${encodeURIComponent(link.body.token)}/accept`, {}, user.token);
    if (joined.status !== 200) throw new Error(`accept invite: ${joined.status} ${JSON.stringify(joined.body)}`);
    members.push({ ...user, live: await openLiveClient(socketUrl(user.token)) });
  }
  const memberIds = members.map((m) => m.userId);
  const reader = members[1] ?? members[0];
  if (!reader) throw new Error('no members');
  const h = (field: string) => `abs(hashtext('${options.seed}:shared:${field}:' || i))`;
  const insert = (count: number, projectSql: string, creators: string[]) =>
    target.admin.query(
      `insert into backend.tasks (user_id, created_by, project_id, title, description, completed, priority, tags, due_date, created_at, updated_at)
       select c.creator, c.creator, ${projectSql},
         ($2::text[])[1 + ${h('verb')} % 5] || ' ' || ($3::text[])[1 + ${h('noun')} % 10] || ' ' || i,
         case when ${h('desc')} % 10 < 3 then 'Remember the ' || ($3::text[])[1 + ${h('dnoun')} % 10] else '' end,
         ${h('done')} % 10 < 6, ($4::text[])[1 + ${h('prio')} % 3],
         case when ${h('tag')} % 4 = 0 then array['work'] else array[]::text[] end,
         case when ${h('due')} % 10 < 7 then timestamptz '2026-06-01' + interval '1 minute' * (${h('when')} % (550 * 1440)) end,
         created, created
       from generate_series(1, $1::int) as i, lateral (select timestamptz '2026-01-01' + interval '1 second' * i as created) as t,
         lateral (select ($5::text[])[1 + i % array_length($5::text[], 1)] as creator) as c`,
      [count, ['Buy', 'Call', 'Fix', 'Plan', 'Write'], TITLE_NOUNS, ['high', 'medium', 'low'], creators],
    );
  await insert(options.sharedTasks, String(projectId), memberIds);
  await insert(INBOX_TASKS, `(select p.id from backend.projects p where p.inbox_of = c.creator)`, [reader.userId]);
  await target.admin.query('analyze backend.tasks');
  await target.admin.query('analyze backend.project_members');
  const { rows } = await target.admin.query<{ id: string }>('select id from backend.tasks where project_id = $1 order by id limit $2', [
    projectId,
    options.sharedUpdates + 5,
  ]);
  return { api, projectId, owner: members[0] as Member, reader, members, taskIds: rows.map((r) => Number(r.id)) };
}

/** "plumber" is in 1 title in 10 of the shared project (see TITLE_NOUNS). */
const TITLE_NOUNS = ['milk', 'plumber', 'report', 'sprint', 'garage', 'dentist', 'taxes', 'invoice', 'flowers', 'car'];

/**
 * The cross-project list (`GET /tasks`, newest first) in the two shapes the backend has had: membership as an
 * `in (…)` filter, which reads every task of every project the member is in and sorts them, and one index scan per
 * project (a lateral join, each stopping at the page size) merged and cut to the page.
 */
function crossProjectShapes(userId: string): { before: string; after: string } {
  const columns = 'id, user_id, title, description, completed, completed_at, priority, tags, due_date, project_id, assignee_id, created_at';
  const member = `'${userId.replaceAll("'", "''")}'`;
  return {
    before: `select ${columns}, cast(created_at as text) as sort_value from backend.tasks
      where project_id in (select project_id from backend.project_members where user_id = ${member})
      order by created_at desc, id desc limit 51`,
    after: `select t.* from backend.project_members m cross join lateral (
        select ${columns}, cast(created_at as text) as sort_value, created_at as sort_key from backend.tasks
        where project_id = m.project_id order by created_at desc, id desc limit 51) t
      where m.user_id = ${member} order by t.sort_key desc, t.id desc limit 51`,
  };
}

async function timeSide(target: StackTarget, statements: string[], runs: number): Promise<number[][]> {
  const samples = statements.map(() => [] as number[]);
  for (const s of statements) await target.admin.query(s);
  // Alternating, so both shapes see the same machine at the same moments.
  for (let run = 0; run < runs; run++) {
    for (const [i, s] of statements.entries()) {
      const started = performance.now();
      await target.admin.query(s);
      samples[i]?.push(performance.now() - started);
    }
  }
  return samples;
}

export async function runSharedProjectBench(ctx: BenchContext, target: StackTarget): Promise<void> {
  const { options } = ctx;
  const shared = await sharedProject(ctx, target);
  const { projectId, reader, owner } = shared;
  const get = (path: string): HttpRequestSpec => ({ method: 'GET', path, headers: { authorization: `Bearer ${reader.token}` } });
  const cases: { name: string; kind: 'list' | 'search'; next: () => HttpRequestSpec }[] = [
    { name: 'GET /tasks?project= (newest first)', kind: 'list', next: () => get(`/api/v1/tasks?project=${projectId}&limit=50`) },
    {
      name: 'GET /tasks?project= (pending by due date)',
      kind: 'list',
      next: () => get(`/api/v1/tasks?project=${projectId}&status=pending&sort=due_date&order=asc&limit=50`),
    },
    { name: 'GET /tasks (shared project + own Inbox)', kind: 'list', next: () => get('/api/v1/tasks?limit=50') },
    {
      name: 'search "plumber" in the project',
      kind: 'search',
      next: () => get(`/api/v1/tasks?project=${projectId}&search=plumber&limit=50`),
    },
    { name: 'search "plumber", all projects', kind: 'search', next: () => get('/api/v1/tasks?search=plumber&limit=50') },
  ];
  const searchStatements = new Map<string, string>();
  const sizes = `${options.sharedMembers} members, ${options.sharedTasks.toLocaleString('en')} tasks`;
  for (const c of cases) {
    const statements = await captureRequest(target, c.next);
    // The list statement of this request: one project's by its id, the cross-project one by its membership join.
    const scope = c.next().path.includes('project=') ? `project_id = '${projectId}'` : 'project_members';
    const listStatement = statements.find((s) => /from "?backend"?\."?tasks"?/.test(s) && /limit/i.test(s) && s.includes(scope));
    if (listStatement && c.kind === 'search') searchStatements.set(c.name, listStatement);
    if (listStatement) {
      const plan = await target.admin.query(`explain (analyze, buffers) ${listStatement}`);
      addNote(
        ctx,
        SECTION,
        `<details><summary>${c.name}: EXPLAIN ANALYZE of its list statement</summary>\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n</details>`,
      );
    }
    for (const concurrency of options.concurrency) {
      await httpLoad({ origin: target.origin('todo-backend'), concurrency, seconds: 1, next: c.next });
      const runs: LoadResult[] = [];
      for (let run = 0; run < options.runs; run++) {
        runs.push(await httpLoad({ origin: target.origin('todo-backend'), concurrency, seconds: options.seconds, next: c.next }));
      }
      // A load cut at its end leaves requests running (slow searches at c32): let them finish before the next figure.
      await settle(target);
      const r = summarizeRuns(runs);
      ctx.rows.push({
        section: SECTION,
        case: `${c.name} · member · c${concurrency}`,
        unit: 'ms',
        median: r.p50,
        p99: r.p99,
        detail: `${Math.round(r.requestsPerSecond)} req/s, ${r.requests} requests, ${r.errors} errors; ${sizes}`,
        ...(c.kind === 'list' && concurrency === 32 ? { target: below('list p99 at c32', r.p99, 15, 'ms') } : {}),
        ...(c.kind === 'search' && concurrency === 1 ? { target: below('search p99 (through the API, c1)', r.p99, 20, 'ms') } : {}),
      });
      ctx.log(`  ${c.name} c${concurrency}: p50 ${round(r.p50, 2)} p99 ${round(r.p99, 2)} ms, ${Math.round(r.requestsPerSecond)} req/s`);
    }
  }

  // The cross-project list's two query shapes, side by side on the same data.
  const shapes = crossProjectShapes(reader.userId);
  const [before = [], after = []] = await timeSide(target, [shapes.before, shapes.after], options.mode === 'full' ? 200 : 60);
  ctx.rows.push({
    section: SECTION,
    case: 'SQL of GET /tasks for a member (shared project + Inbox): one index scan per project',
    unit: 'ms',
    median: median(after),
    p99: percentile(after, 0.99),
    detail: `${after.length} runs each, alternating; membership as in (…): p99 ${round(percentile(before, 0.99), 2)} ms`,
    baseline: { name: 'membership as in (…), median', median: median(before) },
    ...(ratioOf(median(after), median(before)) === undefined ? {} : { ratio: ratioOf(median(after), median(before)) as number }),
  });
  for (const [name, statement] of Object.entries(shapes)) {
    const plan = await target.admin.query(`explain (analyze, buffers) ${statement}`);
    addNote(
      ctx,
      SECTION,
      `<details><summary>cross-project list, ${name === 'before' ? 'membership as in (…)' : 'one index scan per project'}: EXPLAIN ANALYZE</summary>\n\n\`\`\`sql\n${statement}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n</details>`,
    );
  }

  // The text-only trigram indexes of before migration 009, made again beside the current ones for the comparison.
  for (const create of Object.values(TEXT_TRIGRAM_INDEXES)) await target.admin.query(create);
  await target.admin.query('analyze backend.tasks');
  for (const [name, statement] of searchStatements) await searchPlans(ctx, target, name, statement);
  for (const index of Object.keys(TEXT_TRIGRAM_INDEXES)) await target.admin.query(`drop index backend.${index}`);

  await fanOut(ctx, target, shared.members, owner, projectId, shared.taskIds);
  for (const m of shared.members) m.live.close();
  addNote(
    ctx,
    SECTION,
    `One project of ${sizes} (one task in 10 says "plumber"), ${INBOX_TASKS} more in the measured member's Inbox; every member ` +
      'has a WebSocket open. Loads are closed-loop at each concurrency, as in the API section, by one member (an editor). ' +
      'Fan-out: the owner changes a task (PATCH, one at a time); the time runs from sending the request until the ' +
      "last of the members' sockets has the update.",
  );
}

/** One update at a time: PATCH → the update on every member's socket; the figure is the time to the last one. */
async function fanOut(ctx: BenchContext, target: StackTarget, members: Member[], owner: Member, projectId: number, taskIds: number[]) {
  const { options } = ctx;
  const toLast: number[] = [];
  const toFirst: number[] = [];
  const answered: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < options.sharedUpdates + 2; i++) {
    const taskId = taskIds[i % taskIds.length] as number;
    const started = performance.now();
    const arrivals = Promise.all(members.map((m) => m.live.arrival(`updated:${taskId}`)));
    const res = await fetch(`${target.origin('todo-backend')}/api/v1/tasks/${taskId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Shared update ${i}` }),
    });
    if (res.status !== 200) throw new Error(`PATCH /tasks/${taskId}: ${res.status} ${await res.text()}`);
    const answeredAt = performance.now();
    const at = await arrivals;
    // The first two warm the path.
    if (i < 2) continue;
    answered.push(answeredAt - started);
    toLast.push(Math.max(...at) - started);
    toFirst.push(Math.min(...at) - started);

    // Baseline: the same fan-out from an event published straight through the backend's sidecar (no API, no outbox).
    const event: TaskEvent = {
      schema_version: 1,
      event_type: 'updated',
      event_id: randomUUID(),
      timestamp: new Date().toISOString(),
      user_id: owner.userId,
      actor_id: owner.userId,
      project_id: projectId,
      task_id: -1 - i,
      task_data: { title: 'Direct', completed: false, priority: 'medium', tags: [], due_date: null },
    };
    const published = performance.now();
    const directArrivals = Promise.all(members.map((m) => m.live.arrival(`updated:${event.task_id}`)));
    await target.backendSidecar.publish('kafka-pubsub', TOPICS.taskUpdates, event, {
      partitionKey: String(projectId),
      eventId: event.event_id,
    });
    direct.push(Math.max(...(await directArrivals)) - published);
  }
  const ratio = ratioOf(median(toLast), median(direct));
  ctx.rows.push({
    section: SECTION,
    case: `one update fanned out to ${members.length} sockets: PATCH → last socket`,
    unit: 'ms',
    median: median(toLast),
    p99: percentile(toLast, 0.99),
    detail:
      `${toLast.length} updates, one at a time; first socket p50 ${round(median(toFirst), 1)} ms; ` +
      `API answered p50 ${round(median(answered), 1)} ms; direct publish p99 ${round(percentile(direct, 0.99), 1)} ms`,
    baseline: { name: 'publish through the sidecar → last socket', median: median(direct) },
    ...(ratio === undefined ? {} : { ratio }),
    target: below(`fan-out to ${members.length} members p99`, percentile(toLast, 0.99), 100, 'ms'),
  });
  ctx.log(`  fan-out to ${members.length}: p50 ${round(median(toLast), 1)} ms (direct ${round(median(direct), 1)} ms)`);
}

/** The search indexes since migration 009 (project and text), and the text-only ones they replaced, as 002 made them. */
const PROJECT_TRIGRAM_INDEXES = ['tasks_project_title_trgm_idx', 'tasks_project_description_trgm_idx'];
const TEXT_TRIGRAM_INDEXES: Record<string, string> = {
  tasks_title_trgm_idx: 'create index if not exists tasks_title_trgm_idx on backend.tasks using gin (title gin_trgm_ops)',
  tasks_description_trgm_idx: 'create index if not exists tasks_description_trgm_idx on backend.tasks using gin (description gin_trgm_ops)',
};

/**
 * A search statement as planned since migration 009 (trigram indexes on the project and the text) beside the same
 * statement as before it (text-only trigram indexes), each side a transaction that drops the other side's indexes and
 * rolls back, alternating on the same data. Both index sets exist meanwhile.
 */
async function searchPlans(ctx: BenchContext, target: StackTarget, name: string, statement: string): Promise<void> {
  const runs = ctx.options.mode === 'full' ? 60 : 20;
  const sides = { current: Object.keys(TEXT_TRIGRAM_INDEXES), previous: PROJECT_TRIGRAM_INDEXES };
  const samples: Record<keyof typeof sides, number[]> = { current: [], previous: [] };
  const timed = async (side: keyof typeof sides, explain: boolean) => {
    await target.admin.query('begin');
    for (const index of sides[side]) await target.admin.query(`drop index backend.${index}`);
    const started = performance.now();
    await target.admin.query(statement);
    samples[side].push(performance.now() - started);
    const plan = explain ? await target.admin.query(`explain (analyze, buffers) ${statement}`) : undefined;
    await target.admin.query('rollback');
    return plan?.rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  for (let run = 0; run < runs + 1; run++) {
    await timed('previous', false);
    await timed('current', false);
  }
  const previousPlan = await timed('previous', true);
  // The first round warms the caches, the last one is the EXPLAIN's.
  const [current, previous] = [samples.current.slice(1), samples.previous.slice(1, -1)];
  addNote(
    ctx,
    SECTION,
    `<details><summary>${name}, as planned before migration 009: EXPLAIN ANALYZE</summary>\n\n\`\`\`\n${previousPlan}\n\`\`\`\n</details>`,
  );
  const ratio = ratioOf(median(current), median(previous));
  ctx.rows.push({
    section: SECTION,
    case: `SQL of ${name}: as planned since migration 009`,
    unit: 'ms',
    median: median(current),
    p99: percentile(current, 0.99),
    detail: `${runs} runs each, alternating; before 009 (text-only trigram indexes): p99 ${round(percentile(previous, 0.99), 1)} ms`,
    baseline: { name: 'before migration 009, median', median: median(previous) },
    ...(ratio === undefined ? {} : { ratio }),
  });
}

/** Waits (up to a minute) until PostgreSQL runs no statement on the tasks table but this one. */
async function settle(target: StackTarget): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const { rows } = await target.admin.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() and query ilike '%backend%tasks%'`,
    );
    if (Number(rows[0]?.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
