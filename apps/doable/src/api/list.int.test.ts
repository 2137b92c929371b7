import type { TaskPage } from '@doable/contracts';
import { type ApiClient, aTask, FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type Item = {
  id: number;
  title: string;
  priority: string;
  tags: string[];
  due_date: string | null;
  completed: boolean;
  created_at: string;
};

async function listAll(api: ApiClient, token: string, query: string, limit = 200): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const sep = query ? '&' : '';
    const res: { status: number; body: TaskPage } = await api.get(
      `/api/v1/tasks?${query}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      token,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.next_cursor;
    if (!cursor) return items;
  }
  throw new Error('too many pages');
}

const titles = (items: Item[]) => items.map((item) => item.title);

describe.each(STORAGE_KINDS)('listing, filtering, searching and sorting on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
    const fixtures = [
      { title: 'Buy milk', priority: 'high', tags: ['home', 'errands'], due_date: `${FUTURE_YEAR}-01-03T10:00:00Z` },
      { title: 'buy bread', priority: 'low', tags: ['home'], due_date: `${FUTURE_YEAR}-01-01T10:00:00Z` },
      { title: 'Write report', priority: 'high', tags: ['work'], due_date: null, description: 'quarterly milk numbers' },
      { title: 'Call plumber', priority: 'medium', tags: ['home', 'urgent'], due_date: `${FUTURE_YEAR}-01-02T10:00:00Z` },
      { title: 'Plan sprint', priority: 'medium', tags: ['work', 'urgent'], due_date: `${FUTURE_YEAR}-01-02T10:00:00Z` },
      { title: 'Archive mail', priority: 'low', tags: [], due_date: null },
      { title: 'Overdue taxes', priority: 'high', tags: ['home'], due_date: '2020-04-15T10:00:00Z' },
    ];
    for (const fixture of fixtures) {
      const res = await t.api.post('/api/v1/tasks', fixture, token);
      expect(res.status).toBe(201);
    }
    const report = (await t.api.get('/api/v1/tasks?search=report', token)).body.items[0];
    await t.api.patch(`/api/v1/tasks/${report!.id}/complete`, {}, token);
  });
  afterAll(() => t.stop());

  it('filters by status', async () => {
    expect(titles(await listAll(t.api, token, 'status=completed'))).toEqual(['Write report']);
    expect(await listAll(t.api, token, 'status=pending')).toHaveLength(6);
    expect(await listAll(t.api, token, 'status=all')).toHaveLength(7);
  });

  it('filters by one or several priorities', async () => {
    expect(titles(await listAll(t.api, token, 'priority=low&sort=title')).sort()).toEqual(['Archive mail', 'buy bread']);
    expect(await listAll(t.api, token, 'priority=low,medium')).toHaveLength(4);
    expect((await t.api.get('/api/v1/tasks?priority=urgent', token)).status).toBe(400);
  });

  it('filters by tags, all (default) or any', async () => {
    expect(titles(await listAll(t.api, token, 'tags=home,urgent'))).toEqual(['Call plumber']);
    expect(titles(await listAll(t.api, token, 'tags=HOME,Urgent&tags_match=all'))).toEqual(['Call plumber']);
    expect(await listAll(t.api, token, 'tags=errands,work&tags_match=any')).toHaveLength(3);
  });

  it('combines status AND priority AND tags', async () => {
    expect(titles(await listAll(t.api, token, 'status=pending&priority=high&tags=home&sort=title'))).toEqual(['Buy milk', 'Overdue taxes']);
    expect(await listAll(t.api, token, 'status=completed&priority=high&tags=home')).toEqual([]);
    expect(
      titles(await listAll(t.api, token, 'status=pending&priority=medium,high&tags=urgent,errands&tags_match=any&sort=title')),
    ).toEqual(['Buy milk', 'Call plumber', 'Plan sprint']);
  });

  it('filters by due window and overdue', async () => {
    expect(
      titles(await listAll(t.api, token, `due_after=${FUTURE_YEAR}-01-02T00:00:00Z&due_before=${FUTURE_YEAR}-01-03T00:00:00Z&sort=title`)),
    ).toEqual(['Call plumber', 'Plan sprint']);
    expect(titles(await listAll(t.api, token, 'overdue=true'))).toEqual(['Overdue taxes']);
  });

  it('searches title and description case-insensitively, combined with filters and sort', async () => {
    expect(titles(await listAll(t.api, token, 'search=BUY&sort=title'))).toEqual(['buy bread', 'Buy milk']);
    expect(titles(await listAll(t.api, token, 'search=milk&sort=title'))).toEqual(['Buy milk', 'Write report']);
    expect(titles(await listAll(t.api, token, 'search=milk&status=pending'))).toEqual(['Buy milk']);
    expect(titles(await listAll(t.api, token, 'search=buy&priority=low'))).toEqual(['buy bread']);
    expect(titles(await listAll(t.api, token, 'search=buy&sort=due_date&order=desc'))).toEqual(['Buy milk', 'buy bread']);
    // Relevance: the closer title match first.
    expect(titles(await listAll(t.api, token, 'search=milk'))[0]).toBe('Buy milk');
    // A typo still finds the word.
    expect(titles(await listAll(t.api, token, 'search=plumbr'))).toEqual(['Call plumber']);
    // LIKE wildcards are literal.
    expect(await listAll(t.api, token, 'search=%25')).toEqual([]);
  });

  it('sorts by due date both ways with tasks without a due date last, ties by id', async () => {
    const asc = await listAll(t.api, token, 'sort=due_date&order=asc');
    expect(titles(asc)).toEqual(['Overdue taxes', 'buy bread', 'Call plumber', 'Plan sprint', 'Buy milk', 'Write report', 'Archive mail']);
    const desc = await listAll(t.api, token, 'sort=due_date&order=desc');
    expect(titles(desc)).toEqual(['Buy milk', 'Plan sprint', 'Call plumber', 'buy bread', 'Overdue taxes', 'Archive mail', 'Write report']);
  });

  it('sorts by priority high to low and low to high', async () => {
    const desc = await listAll(t.api, token, 'sort=priority&order=desc');
    expect(desc.map((i) => i.priority)).toEqual(['high', 'high', 'high', 'medium', 'medium', 'low', 'low']);
    expect(titles(desc).slice(0, 3)).toEqual(['Overdue taxes', 'Write report', 'Buy milk']);
    const asc = await listAll(t.api, token, 'sort=priority&order=asc');
    expect(asc.map((i) => i.priority)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'high']);
    expect(titles(asc).slice(0, 2)).toEqual(['buy bread', 'Archive mail']);
  });

  it('sorts alphabetically A-Z and Z-A ignoring case', async () => {
    const az = titles(await listAll(t.api, token, 'sort=title&order=asc'));
    expect(az).toEqual(['Archive mail', 'buy bread', 'Buy milk', 'Call plumber', 'Overdue taxes', 'Plan sprint', 'Write report']);
    expect(titles(await listAll(t.api, token, 'sort=title&order=desc'))).toEqual([...az].reverse());
  });

  it('sorts by creation and update time', async () => {
    const created = titles(await listAll(t.api, token, 'sort=created_at&order=asc'));
    expect(created[0]).toBe('Buy milk');
    expect(titles(await listAll(t.api, token, 'sort=created_at&order=desc'))).toEqual([...created].reverse());
    expect(titles(await listAll(t.api, token, 'sort=updated_at&order=desc'))[0]).toBe('Write report');
  });

  it('pages past a 500-character title', async () => {
    const { token: own } = await signUp(t.api);
    for (const letter of ['a', 'b', 'c']) await t.api.post('/api/v1/tasks', { title: letter.repeat(500) }, own);
    const first = await t.api.get('/api/v1/tasks?sort=title&limit=1', own);
    const second = await t.api.get(`/api/v1/tasks?sort=title&limit=1&cursor=${first.body.next_cursor}`, own);
    expect(second.status).toBe(200);
    expect(second.body.items[0]?.title).toBe('b'.repeat(500));
  });

  it('answers a tampered cursor with 400, never 500', async () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(['due_date', 'asc', value, 1])).toString('base64url');
    for (const value of ['not-a-date', '2031-13-45 99:99:99+00', 42]) {
      const res = await t.api.get(`/api/v1/tasks?sort=due_date&order=asc&cursor=${forge(value)}`, token);
      expect(res.status, String(value)).toBe(400);
      expect(res.body.errors?.[0]?.field).toBe('cursor');
    }
  });

  it('rejects a cursor from another sort and unknown parameters', async () => {
    const first = await t.api.get('/api/v1/tasks?sort=title&limit=2', token);
    const wrong = await t.api.get(`/api/v1/tasks?sort=priority&limit=2&cursor=${first.body.next_cursor}`, token);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.field).toBe('cursor');
    expect((await t.api.get('/api/v1/tasks?cursor=garbage', token)).status).toBe(400);
    expect((await t.api.get('/api/v1/tasks?limit=0', token)).status).toBe(400);
    expect((await t.api.get('/api/v1/tasks?limit=201', token)).status).toBe(400);
    expect((await t.api.get('/api/v1/tasks?sort=color', token)).status).toBe(400);
  });

  it('filters by having a due date, by repeating and by when a task was completed', async () => {
    expect(titles(await listAll(t.api, token, 'has_due_date=false&sort=title'))).toEqual(['Archive mail', 'Write report']);
    expect(await listAll(t.api, token, 'has_due_date=true')).toHaveLength(5);
    const series = await t.api.post(
      '/api/v1/tasks',
      { title: 'Water plants', recurring: 'FREQ=WEEKLY', due_date: `${FUTURE_YEAR}-01-05T09:00:00Z` },
      token,
    );
    expect(series.status).toBe(201);
    expect(titles(await listAll(t.api, token, 'recurring=true'))).toEqual(['Water plants']);
    expect(titles(await listAll(t.api, token, 'recurring=false'))).not.toContain('Water plants');
    await t.api.delete(`/api/v1/tasks/${series.body.id}`, token);

    const [report] = (await t.api.get('/api/v1/tasks?search=report', token)).body.items as { completed_at: string }[];
    const doneAt = new Date(report?.completed_at ?? Number.NaN).getTime();
    expect(doneAt).not.toBeNaN();
    const at = (ms: number) => new Date(ms).toISOString();
    expect(titles(await listAll(t.api, token, `completed_after=${at(doneAt)}&completed_before=${at(doneAt + 1)}`))).toEqual([
      'Write report',
    ]);
    expect(await listAll(t.api, token, `completed_after=${at(doneAt + 1)}`)).toEqual([]);
    expect(await listAll(t.api, token, `completed_before=${at(doneAt)}`)).toEqual([]);
    const bad = await t.api.get('/api/v1/tasks?has_due_date=maybe', token);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('has_due_date');
    expect((await t.api.get('/api/v1/tasks?completed_after=yesterday', token)).status).toBe(400);
  });
});

describe.each(STORAGE_KINDS)('cursor pagination over 1,000 tasks on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
    const priorities = ['high', 'medium', 'low'];
    // Eight requests at a time: the server, not the round trips, sets the pace.
    for (let batch = 0; batch < 1000; batch += 8) {
      const created = await Promise.all(
        Array.from({ length: Math.min(8, 1000 - batch) }, (_, n) => {
          const i = batch + n;
          // Many equal sort values (3 priorities, 10 due dates, some without) so ties are exercised.
          const due = i % 11 === 0 ? null : `${FUTURE_YEAR}-02-${String((i % 10) + 1).padStart(2, '0')}T09:00:00Z`;
          return t.api.post('/api/v1/tasks', aTask({ title: `Item ${i % 37}`, priority: priorities[i % 3], due_date: due }), token);
        }),
      );
      expect(created.map((res) => res.status)).toEqual(created.map(() => 201));
    }
  }, 600_000);
  afterAll(() => t.stop());

  for (const [sort, order] of [
    ['due_date', 'asc'],
    ['due_date', 'desc'],
    ['priority', 'desc'],
    ['priority', 'asc'],
    ['title', 'asc'],
    ['title', 'desc'],
    ['created_at', 'desc'],
    ['updated_at', 'asc'],
  ] as const) {
    it(`pages by ${sort} ${order} with no repeats or gaps while tasks are inserted`, async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 100; page++) {
        const res: { status: number; body: TaskPage } = await t.api.get(
          `/api/v1/tasks?sort=${sort}&order=${order}&limit=37${cursor ? `&cursor=${cursor}` : ''}`,
          token,
        );
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((item: Item) => item.id));
        cursor = res.body.next_cursor;
        if (!cursor) break;
        // A concurrent insert between pages must not shift the pages already read.
        await t.api.post(
          '/api/v1/tasks',
          aTask({ title: `Late ${page}`, priority: 'low', due_date: `${FUTURE_YEAR}-02-05T09:00:00Z` }),
          token,
        );
      }
      expect(new Set(seen).size).toBe(seen.length);
      const all = await listAll(t.api, token, `sort=${sort}&order=${order}`);
      // Every task that existed before paging began was seen exactly once, in the order a full listing gives.
      const original = all.filter((item) => !item.title.startsWith('Late '));
      const seenOriginal = seen.filter((id) => original.some((item) => item.id === id));
      expect(seenOriginal).toEqual(original.map((item) => item.id));
    });
  }
});
