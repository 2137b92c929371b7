import type { Task } from '@doable/contracts';
import { type ApiResponse, manualClock, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const RANK = { high: 3, medium: 2, low: 1 } as const;
type Sort = 'created_at' | 'updated_at' | 'due_date' | 'priority' | 'title';

/** The order the API documents for each sort, ties broken by id in the same direction; due dates missing last. */
function expectedOrder(tasks: Task[], sort: Sort, order: 'asc' | 'desc'): number[] {
  const sign = order === 'asc' ? 1 : -1;
  const key = (task: Task): string | number | null =>
    sort === 'priority' ? RANK[task.priority] : sort === 'title' ? task.title.toLowerCase() : task[sort];
  return [...tasks]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === null || y === null) return x === y ? sign * (a.id - b.id) : x === null ? 1 : -1;
      if (x !== y) return sign * (x < y ? -1 : 1);
      return sign * (a.id - b.id);
    })
    .map((task) => task.id);
}

/**
 * The list across every project of a member (their Inbox, their own project, one shared with them) is one order,
 * page after page, whichever project each task is in: the pages of each project merge into the caller's page.
 */
describe.each(STORAGE_KINDS)('the list across projects on %s', (kind) => {
  let t: TestApp;
  let sam: string;
  let all: Task[];
  const clock = manualClock('2031-03-01T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    const ada = (await signUp(t.api)).token;
    sam = (await signUp(t.api)).token;
    const shared = (await t.api.post('/api/v1/projects', { name: 'Shared' }, ada)).body.id as number;
    const link = await t.api.post(`/api/v1/projects/${shared}/invite-links`, { role: 'editor' }, ada);
    await t.api.post(`/api/v1/invites/${link.body.token}/accept`, {}, sam);
    const own = (await t.api.post('/api/v1/projects', { name: 'Own' }, sam)).body.id as number;
    const elsewhere = (await t.api.post('/api/v1/projects', { name: 'Not Sam' }, ada)).body.id as number;
    const places = [undefined, own, shared];
    const priorities = ['low', 'high', 'medium'] as const;
    for (let i = 0; i < 15; i++) {
      clock.advance(i % 4 === 0 ? 0 : 60_000);
      const project_id = places[i % 3];
      await t.api.post(
        '/api/v1/tasks',
        {
          title: `${['beta', 'Alpha', 'gamma', 'alpha'][i % 4]} ${i % 5}`,
          priority: priorities[(i * 7) % 3],
          due_date: i % 4 === 1 ? null : `2031-04-${String(10 + ((i * 5) % 7)).padStart(2, '0')}T09:00:00Z`,
          ...(project_id === undefined ? {} : { project_id }),
        },
        project_id === shared ? ada : sam,
      );
    }
    // A project Sam is not in stays out of every page.
    await t.api.post('/api/v1/tasks', { title: 'alpha 0', project_id: elsewhere }, ada);
    all = (await t.api.get('/api/v1/tasks?status=all&limit=200', sam)).body.items;
  });
  afterAll(() => t.stop());

  it('holds every task of the member and none of a project they are not in', () => {
    expect(all).toHaveLength(15);
  });

  it.each<[Sort, 'asc' | 'desc']>([
    ['created_at', 'desc'],
    ['created_at', 'asc'],
    ['updated_at', 'desc'],
    ['due_date', 'asc'],
    ['due_date', 'desc'],
    ['priority', 'desc'],
    ['title', 'asc'],
    ['title', 'desc'],
  ])('pages by %s %s in one order across the projects', async (sort, order) => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `sort=${sort}&order=${order}&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: ApiResponse = await t.api.get(`/api/v1/tasks?${query}`, sam);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...page.body.items.map((task: Task) => task.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(expectedOrder(all, sort, order));
  });
});
