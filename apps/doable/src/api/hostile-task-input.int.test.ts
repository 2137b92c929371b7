import { FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const forge = (parts: unknown) => Buffer.from(typeof parts === 'string' ? parts : JSON.stringify(parts)).toString('base64url');

/** Cursors a client could craft: well-formed base64url JSON whose values are out of range or not what PostgreSQL printed. */
const HOSTILE_CURSORS: { query: string; cursor: string }[] = [
  ...[
    '2031-01-01 00:00:00+16',
    '2031-01-01 00:00:00+99',
    '2031-01-01 00:00:00-99:99',
    '2031-01-01 00:00:00+15:60',
    '2031-01-01 00:00:00+00:00:60',
    '2031-02-30 00:00:00+00',
    '2031-13-01 00:00:00+00',
    '0000-01-01 00:00:00+00',
    '2031-01-01 24:00:00+00',
    '2031-01-01 23:59:60+00',
    '2031-01-01 00:00:00.1234567+00',
    '2031-01-01 00:00:00+00\u0000',
    ' 2031-01-01 00:00:00+00',
    'infinity',
    '',
    42,
    true,
    { $gt: 1 },
  ].flatMap((value) =>
    ['due_date', 'created_at', 'updated_at'].map((sort) => ({
      query: `sort=${sort}&order=asc`,
      cursor: forge([sort, 'asc', value, 1]),
    })),
  ),
  ...['1e999', '-1e999', '1e-50', '3.5e38', '2', '-0.5', 'NaN', '0x1', ''].map((value) => ({
    query: 'search=milk',
    cursor: forge(['relevance', 'desc', value, 1]),
  })),
  ...['a\u0000b', '\u0000', '\ud800', 'x'.repeat(3000)].map((value) => ({
    query: 'sort=title&order=asc',
    cursor: forge(['title', 'asc', value, 1]),
  })),
  ...['0', '4', '1e0', ' 1', null].map((value) => ({ query: 'sort=priority&order=desc', cursor: forge(['priority', 'desc', value, 1]) })),
  ...[null].map((value) => ({ query: 'sort=title&order=asc', cursor: forge(['title', 'asc', value, 1]) })),
  ...['1e999', '-1', '9007199254740992', '"1"', '1.5', 'null'].map((id) => ({
    query: 'sort=title&order=asc',
    cursor: forge(`["title","asc","a",${id}]`),
  })),
  { query: 'sort=title&order=asc', cursor: forge('["title","asc","a",1,2]') },
  { query: 'sort=title&order=asc', cursor: forge('{"0":"title","1":"asc","2":"a","3":1,"length":4}') },
  { query: 'sort=title&order=asc', cursor: forge('["title"\u0000,"asc","a",1]') },
  { query: 'sort=title&order=asc', cursor: forge('["title\\u0000","asc","a",1]') },
  { query: 'sort=title&order=asc', cursor: Buffer.from([0x5b, 0xff, 0xfe, 0x5d]).toString('base64url') },
  { query: 'sort=title&order=asc', cursor: '%00' },
];

describe.each(STORAGE_KINDS)('hostile task input on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
    for (const title of ['Buy milk', 'Milk the cow', 'Call mum']) {
      await t.api.post('/api/v1/tasks', { title, due_date: `${FUTURE_YEAR}-03-03T09:00:00Z` }, token);
    }
  });
  afterAll(() => t.stop());

  it(`answers ${HOSTILE_CURSORS.length} tampered but well-formed cursors with 400 problem details, never 5xx`, async () => {
    for (const { query, cursor } of HOSTILE_CURSORS) {
      const res = await t.api.get(`/api/v1/tasks?${query}&limit=1&cursor=${cursor}`, token);
      const what = `${query} ${Buffer.from(cursor, 'base64url').toString('utf8').slice(0, 80)}`;
      expect(res.status, what).toBe(400);
      expect(res.headers.get('content-type'), what).toMatch(/application\/problem\+json/);
      expect(res.body.errors?.[0]?.field, what).toBe('cursor');
    }
  });

  it('still pages with the cursors it hands out', async () => {
    for (const query of ['sort=due_date&order=asc', 'sort=created_at&order=desc', 'sort=title&order=asc', 'search=milk']) {
      const first = await t.api.get(`/api/v1/tasks?${query}&limit=1`, token);
      const second = await t.api.get(`/api/v1/tasks?${query}&limit=1&cursor=${first.body.next_cursor}`, token);
      expect(second.status, query).toBe(200);
      expect(second.body.items[0]?.id, query).not.toBe(first.body.items[0]?.id);
    }
  });

  it('takes task ids in decimal digits only: other spellings of a real id are a 400, huge ids never a 500', async () => {
    const task = (await t.api.post('/api/v1/tasks', { title: 'Spelled ids' }, token)).body;
    const id: number = task.id;
    const spellings = [
      `0x${id.toString(16)}`,
      `${id}e0`,
      `${id / 10}e1`,
      `%20${id}`,
      `${id}%20`,
      `%2B${id}`,
      `0${id}`,
      `${id}.0`,
      `${id}n`,
      `0b${id.toString(2)}`,
      `0o${id.toString(8)}`,
      `${id}%00`,
      '%EF%BC%91',
      '0',
      '-1',
      'Infinity',
      'NaN',
      '9007199254740992',
      '9223372036854775807',
      '9223372036854775808',
      '99999999999999999999999999999',
      '1e400',
    ];
    for (const spelling of spellings) {
      for (const [method, path, body] of [
        ['GET', '', undefined],
        ['PATCH', '', { title: 'renamed' }],
        ['PATCH', '/complete', {}],
        ['GET', '/history', undefined],
        ['DELETE', '', undefined],
      ] as const) {
        const res = await t.api.call(method, `/api/v1/tasks/${spelling}${path}`, body, token);
        expect(res.status, `${method} /tasks/${spelling}${path}`).toBe(400);
        expect(res.body.errors?.[0]?.field, `${method} /tasks/${spelling}${path}`).toBe('id');
      }
    }
    expect((await t.api.get(`/api/v1/tasks/${id}`, token)).body).toMatchObject({ title: 'Spelled ids', completed: false });
    expect((await t.api.get('/api/v1/tasks/9007199254740991', token)).status).toBe(404);
  });
});

describe.each(STORAGE_KINDS)('recurrence with extreme dates on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
  });
  afterAll(() => t.stop());

  const seriesOf = async (title: string) =>
    (await t.api.get(`/api/v1/tasks?search=${encodeURIComponent(title)}&sort=created_at&order=asc&limit=200`, token)).body.items.filter(
      (item: { title: string }) => item.title === title,
    );

  it('a series due in 1900 whose due date moved to 9999 continues the next day, once however often it is completed', async () => {
    const task = (
      await t.api.post('/api/v1/tasks/recurring', { title: 'Far future', pattern: 'daily', due_date: '1900-01-01T09:00:00Z' }, token)
    ).body;
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/due-date`, { due_date: '9999-12-30T09:00:00Z' }, token)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      await t.api.patch(`/api/v1/tasks/${task.id}/complete`, { completed: false }, token);
      expect((await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token)).status).toBe(200);
    }
    await t.settle();
    const series = await seriesOf('Far future');
    expect(series.map((item) => item.due_date)).toEqual(['9999-12-30T09:00:00.000Z', '9999-12-31T09:00:00.000Z']);
    expect(t.app.bus.deadLetters).toEqual([]);
  });

  it('the last day of year 9999 ends a series: nothing is created and nothing fails', async () => {
    const task = (
      await t.api.post('/api/v1/tasks/recurring', { title: 'Last day', pattern: 'yearly', due_date: '9999-12-31T09:00:00Z' }, token)
    ).body;
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    expect(await seriesOf('Last day')).toHaveLength(1);
    expect(t.app.bus.deadLetters).toEqual([]);
  });

  it('a series due in 1900 and completed now continues at the first occurrence after the completion', async () => {
    const task = (
      await t.api.post('/api/v1/tasks/recurring', { title: 'Long overdue', pattern: 'daily', due_date: '1900-01-01T09:00:00Z' }, token)
    ).body;
    const completed = (await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token)).body;
    await t.settle();
    const doneAt = Date.parse(completed.completed_at!);
    const todayAtNine = Date.UTC(new Date(doneAt).getUTCFullYear(), new Date(doneAt).getUTCMonth(), new Date(doneAt).getUTCDate(), 9);
    const expected = todayAtNine > doneAt ? todayAtNine : todayAtNine + 86_400_000;
    expect((await seriesOf('Long overdue'))[1]?.due_date).toBe(new Date(expected).toISOString());
  });

  it('refuses a rule that never lands on a date at its interval, saying why', async () => {
    const rare = await t.api.post(
      '/api/v1/tasks/recurring',
      { title: 'Rare', pattern: 'FREQ=DAILY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', due_date: '2032-02-29T09:00:00Z' },
      token,
    );
    expect(rare.status).toBe(400);
    expect(rare.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(rare.body.errors?.[0]).toMatchObject({ field: 'recurring', message: expect.stringMatching(/never/) });

    // Every 7 days from a Monday never reaches a Tuesday.
    const monday = await t.api.post(
      '/api/v1/tasks',
      { title: 'Off rhythm', recurring: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU', due_date: `${FUTURE_YEAR}-03-03T09:00:00Z` },
      token,
    );
    expect(monday.status).toBe(400);
    expect(monday.body.errors?.[0]).toMatchObject({ field: 'recurring', message: expect.stringMatching(/every 7 days/i) });

    expect(
      (
        await t.api.post(
          '/api/v1/tasks',
          { title: 'On rhythm', recurring: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU', due_date: `${FUTURE_YEAR}-03-04T09:00:00Z` },
          token,
        )
      ).status,
    ).toBe(201);

    // The same check when a task with a due date starts to recur, or changes its rule.
    const plain = (await t.api.post('/api/v1/tasks', { title: 'Plain Monday', due_date: `${FUTURE_YEAR}-03-03T09:00:00Z` }, token)).body;
    const changed = await t.api.patch(`/api/v1/tasks/${plain.id}`, { recurring: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU' }, token);
    expect(changed.status).toBe(400);
    expect(changed.body.errors?.[0]?.field).toBe('recurring');
    expect((await t.api.patch(`/api/v1/tasks/${plain.id}`, { recurring: 'daily' }, token)).status).toBe(200);
    expect((await t.api.patch(`/api/v1/tasks/${plain.id}`, { recurring: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU' }, token)).status).toBe(400);
    expect((await t.api.get(`/api/v1/tasks/${plain.id}`, token)).body.recurring).toBe('daily');
  });
});
