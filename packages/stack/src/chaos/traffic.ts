import { setTimeout as sleep } from 'node:timers/promises';
import type { TaskPage } from '@doable/contracts';
import type { Random } from '@doable/test-kit';
import type { TaskView } from './live-client.ts';

export type Priority = 'high' | 'medium' | 'low';
type Field = 'title' | 'priority' | 'completed';

export interface ChaosUser {
  name: string;
  token: string;
  userId: string;
}

/** A task the traffic created (or found: a next occurrence), with what its acknowledged writes left in it. */
export interface TrackedTask {
  id: number;
  userId: string;
  kind: 'plain' | 'recurring' | 'reminder';
  expected: { title: string; priority: Priority; completed: boolean };
  /**
   * Fields a write to went unacknowledged (no answer, or an error status): the server may still have committed it
   * (a commit whose answer was lost), so from then on only the task's presence is checked for that field.
   */
  uncertain: Set<Field>;
}

export type Answer = { status: number; body: unknown; retryAfter: string | null } | { status: 'no answer'; reason: string };

export interface UnexpectedAnswer {
  method: string;
  path: string;
  status: number;
  body: string;
}

export interface TrafficFigures {
  requests: number;
  writes: number;
  acknowledgedWrites: number;
  /** Requests by outcome: `201`, `503`, `no answer`. */
  outcomes: Record<string, number>;
}

/** One request with a bound: a request that gets no answer within 15 s counts as unanswered, never hangs the soak. */
export async function callApi(baseUrl: string, method: string, path: string, body: unknown, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { origin: new URL(baseUrl).origin };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed, retryAfter: res.headers.get('retry-after') };
  } catch (error) {
    return {
      status: 'no answer',
      reason: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error),
    };
  }
}

/** What a tab fetches after (re)connecting: the user's whole list, page by page; undefined if a page failed. */
export async function listAllTasks(baseUrl: () => string, token: string): Promise<Map<number, TaskView> | undefined> {
  const all = new Map<number, TaskView>();
  let cursor: string | null = null;
  for (let page = 0; page < 200; page++) {
    const query = `/api/v1/tasks?status=all&sort=created_at&order=asc&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer = await callApi(baseUrl(), 'GET', query, undefined, token);
    if (answer.status !== 200 || !('body' in answer)) return undefined;
    const body = answer.body as TaskPage;
    for (const task of body.items as (TaskView & { id: number })[]) all.set(task.id, task);
    cursor = body.next_cursor;
    if (!cursor) return all;
  }
  return undefined;
}

export interface Traffic {
  tasks: Map<number, TrackedTask>;
  /** Titles of creates that went unacknowledged: such a task may exist, or not. */
  unacknowledgedCreates: Set<string>;
  /** Answers no request should get, at any time: only success, 503 with Retry-After, or no answer are fine. */
  unexpected: UnexpectedAnswer[];
  figures(): TrafficFigures;
  stop(): Promise<void>;
}

export interface TrafficOptions {
  users: ChaosUser[];
  /** A seeded generator per user. */
  randomFor(user: ChaosUser): Random;
  /** The backend a request goes to: a ready replica, as a Kubernetes Service would pick. */
  backendUrl(): string;
}

/**
 * Mixed traffic from every user, each one request at a time with a short pause, until stopped: plain, recurring and
 * reminder tasks created (a reminder due in 2–5 s every 3–5 s), edits, completions (recurring ones make next
 * occurrences, which the lists then find and complete in turn), and lists.
 */
export function startTraffic(options: TrafficOptions): Traffic {
  const tasks = new Map<number, TrackedTask>();
  const unacknowledgedCreates = new Set<string>();
  const unexpected: UnexpectedAnswer[] = [];
  const figures: TrafficFigures = { requests: 0, writes: 0, acknowledgedWrites: 0, outcomes: {} };
  let running = true;

  async function request(user: ChaosUser, method: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await callApi(options.backendUrl(), method, path, body, user.token);
    figures.requests++;
    figures.outcomes[String(answer.status)] = (figures.outcomes[String(answer.status)] ?? 0) + 1;
    if (method !== 'GET') figures.writes++;
    if (typeof answer.status === 'number') {
      if (answer.status < 300 && method !== 'GET') figures.acknowledgedWrites++;
      // An outage is answered with 503 and Retry-After; anything else that is not a success is a defect.
      if (answer.status >= 300 && !(answer.status === 503 && answer.retryAfter)) {
        unexpected.push({ method, path, status: answer.status, body: JSON.stringify(answer.body).slice(0, 300) });
      }
    }
    return answer;
  }
  const ok = (answer: Answer) => typeof answer.status === 'number' && answer.status < 300;

  async function create(user: ChaosUser, random: Random, kind: TrackedTask['kind'], n: number): Promise<void> {
    const title = `${user.name} ${kind} ${n}`;
    const priority = random.pick(['high', 'medium', 'low'] as const) ?? 'medium';
    const body: Record<string, unknown> = { title, priority };
    // Due dates in the future: completing one always has a next occurrence one day later.
    if (kind === 'recurring')
      Object.assign(body, { recurring: 'daily', due_date: new Date(Date.UTC(2031, 0, 1 + random.between(0, 300), 9)).toISOString() });
    if (kind === 'reminder') body.reminder_at = new Date(Date.now() + random.between(2_000, 5_000)).toISOString();
    const answer = await request(user, 'POST', '/api/v1/tasks', body);
    if (!ok(answer)) {
      unacknowledgedCreates.add(title);
      return;
    }
    const id = (answer as { body: { id: number } }).body.id;
    tasks.set(id, { id, userId: user.userId, kind, expected: { title, priority, completed: false }, uncertain: new Set() });
  }

  const openTasksOf = (user: ChaosUser, kind: TrackedTask['kind']) =>
    [...tasks.values()].filter(
      (t) => t.userId === user.userId && t.kind === kind && !t.expected.completed && !t.uncertain.has('completed'),
    );

  async function edit(user: ChaosUser, random: Random, n: number): Promise<void> {
    const task = random.pick([...openTasksOf(user, 'plain'), ...openTasksOf(user, 'recurring')]);
    if (!task) return;
    const changes = { title: `${user.name} edit ${n}`, priority: random.pick(['high', 'medium', 'low'] as const) ?? 'low' };
    const answer = await request(user, 'PATCH', `/api/v1/tasks/${task.id}`, changes);
    if (ok(answer)) Object.assign(task.expected, changes);
    else for (const field of ['title', 'priority'] as const) task.uncertain.add(field);
  }

  async function complete(user: ChaosUser, random: Random, kind: 'plain' | 'recurring'): Promise<void> {
    const task = random.pick(openTasksOf(user, kind));
    if (!task) return;
    const answer = await request(user, 'PATCH', `/api/v1/tasks/${task.id}/complete`, {});
    if (ok(answer)) task.expected.completed = true;
    else task.uncertain.add('completed');
  }

  /** Lists the user's open tasks and takes up next occurrences it has not seen, as a person would see them appear. */
  async function list(user: ChaosUser): Promise<void> {
    const answer = await request(user, 'GET', '/api/v1/tasks?status=pending&sort=created_at&order=desc&limit=100');
    if (!ok(answer)) return;
    const items = (answer as { body: { items: { id: number; title: string; priority: Priority; recurring_parent_id: number | null }[] } })
      .body.items;
    for (const item of items) {
      if (tasks.has(item.id) || item.recurring_parent_id === null) continue;
      tasks.set(item.id, {
        id: item.id,
        userId: user.userId,
        kind: 'recurring',
        expected: { title: item.title, priority: item.priority, completed: false },
        uncertain: new Set(),
      });
    }
  }

  async function runUser(user: ChaosUser): Promise<void> {
    const random = options.randomFor(user);
    let nextReminder = Date.now() + random.between(1_000, 4_000);
    for (let n = 1; running; n++) {
      if (Date.now() >= nextReminder) {
        await create(user, random, 'reminder', n);
        nextReminder = Date.now() + random.between(3_000, 5_000);
      } else {
        const r = random.next();
        if (r < 0.25) await create(user, random, 'plain', n);
        else if (r < 0.35) await create(user, random, 'recurring', n);
        else if (r < 0.6) await edit(user, random, n);
        else if (r < 0.72) await complete(user, random, 'recurring');
        else if (r < 0.8) await complete(user, random, 'plain');
        else await list(user);
      }
      await sleep(random.between(250, 600));
    }
  }

  const loops = options.users.map(runUser);
  return {
    tasks,
    unacknowledgedCreates,
    unexpected,
    figures: () => ({ ...figures, outcomes: { ...figures.outcomes } }),
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
