import type { Task } from '@doable/contracts';
import { manualClock, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

// Thursday 22 January 2026, 12:00 in New York, the user's zone.
const NOW = '2026-01-22T17:00:00.000Z';

describe.each(STORAGE_KINDS)('quick add API on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock: manualClock(NOW) });
    ({ token } = await signUp(t.api));
    await t.api.patch('/api/v1/me', { time_zone: 'America/New_York' }, token);
  });
  afterAll(() => t.stop());

  it.each<[string, string, Partial<Task>]>([
    ['priority p1', 'file taxes p1', { title: 'file taxes', priority: 'high' }],
    ['priority p3', 'file taxes p3', { title: 'file taxes', priority: 'low' }],
    ['priority p4 (the default)', 'file taxes p4', { title: 'file taxes', priority: 'medium' }],
    ['priority !1', 'fix roof !1', { title: 'fix roof', priority: 'high' }],
    ['priority !high', 'fix roof !high', { title: 'fix roof', priority: 'high' }],
    ['urgent', 'urgent call the plumber', { title: 'call the plumber', priority: 'high' }],
    ['asap', 'send invoice asap', { title: 'send invoice', priority: 'high' }],
    ['@label', 'review PR @work', { title: 'review PR', tags: ['work'] }],
    ['#tag', 'review PR #Frontend', { title: 'review PR', tags: ['frontend'] }],
    ['//description', 'pay rent //transfer to landlord', { title: 'pay rent', description: 'transfer to landlord' }],
    ['a date', 'buy milk tomorrow', { title: 'buy milk', due_date: '2026-01-23T14:00:00.000Z' }],
    ['a date and time', 'buy milk by friday at 5pm', { title: 'buy milk', due_date: '2026-01-23T22:00:00.000Z' }],
    ['a day of the month', 'pay the card on the 20th at 6am', { title: 'pay the card', due_date: '2026-02-20T11:00:00.000Z' }],
    ['quoted text', "read 'The 5th Wave' by friday", { title: "read 'The 5th Wave'", due_date: '2026-01-23T14:00:00.000Z' }],
    [
      'every …',
      'water plants every sunday evening',
      { title: 'water plants', recurring: 'FREQ=WEEKLY;BYDAY=SU', recurrence_basis: 'due', due_date: '2026-01-26T01:00:00.000Z' },
    ],
    [
      'every! … (from completion)',
      'take out trash every! 3 days',
      { title: 'take out trash', recurring: 'FREQ=DAILY;INTERVAL=3', recurrence_basis: 'completion' },
    ],
    [
      'several weekdays',
      'gym every mon wed fri 7am',
      { title: 'gym', recurring: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', due_date: '2026-01-23T12:00:00.000Z' },
    ],
    [
      'the last day of every month',
      'pay rent on the last day of every month',
      { title: 'pay rent', recurring: 'FREQ=MONTHLY;BYMONTHDAY=-1', due_date: '2026-01-31T14:00:00.000Z' },
    ],
    [
      'a yearly date',
      'birthday every jan 1',
      { title: 'birthday', recurring: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', due_date: '2027-01-01T14:00:00.000Z' },
    ],
    [
      'an end of series on a date',
      'every day until march: stretch',
      { title: 'stretch', recurring: 'FREQ=DAILY;UNTIL=20260301', due_date: '2026-01-23T14:00:00.000Z' },
    ],
    [
      'an end of series after a number of times',
      'physio every monday 6 times',
      { title: 'physio', recurring: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6', due_date: '2026-01-26T14:00:00.000Z' },
    ],
    [
      'a reminder before',
      'call the bank friday 10am, ping me 20 min before',
      { title: 'call the bank', due_date: '2026-01-23T15:00:00.000Z', remind_before: '20m', reminder_at: '2026-01-23T14:40:00.000Z' },
    ],
    [
      'remind me to … (a reminder at the due time)',
      'remind me to call mum tomorrow 6pm',
      { title: 'call mum', due_date: '2026-01-23T23:00:00.000Z', remind_before: '0m', reminder_at: '2026-01-23T23:00:00.000Z' },
    ],
    [
      'a reminder at a time',
      'call mum tomorrow 6pm, remind me at 9am',
      { title: 'call mum', due_date: '2026-01-23T23:00:00.000Z', reminder_at: '2026-01-23T14:00:00.000Z', remind_before: null },
    ],
  ])('creates a task from %s', async (_what, text, expected) => {
    const res = await t.api.post('/api/v1/tasks/quick', { text }, token);
    expect(res.status).toBe(201);
    expect(res.body.task).toMatchObject(expected);
    expect((await t.api.get(`/api/v1/tasks/${res.body.task.id}`, token)).body).toMatchObject(expected);
    for (const token_ of res.body.parse.tokens) expect(text.slice(token_.start, token_.end)).toBe(token_.text);
  });

  it('answers the task and the parse, and starts no conversation', async () => {
    const text = 'pay rent every month on the 1st p1 @home //by transfer';
    const res = await t.api.post('/api/v1/tasks/quick', { text }, token);
    expect(res.status).toBe(201);
    expect(res.body.parse.fields).toMatchObject({ title: 'pay rent', priority: 'high', tags: ['home'], description: 'by transfer' });
    expect(res.body.parse.tokens).toEqual([
      { start: 9, end: 31, text: 'every month on the 1st', kind: 'recurrence', value: 'FREQ=MONTHLY;BYMONTHDAY=1' },
      { start: 32, end: 34, text: 'p1', kind: 'priority', value: 'high' },
      { start: 35, end: 40, text: '@home', kind: 'tag', value: 'home' },
      { start: 41, end: 54, text: '//by transfer', kind: 'description', value: 'by transfer' },
    ]);
    expect(res.body.task).toMatchObject({ recurring: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2026-02-01T14:00:00.000Z' });
    expect((await t.api.get('/api/v1/conversations', token)).body.items).toEqual([]);
  });

  it('keeps the ignored spans as title text', async () => {
    const text = 'buy milk tomorrow p1 #errands';
    const res = await t.api.post('/api/v1/tasks/quick', { text, ignore: [{ start: 9, end: 17 }] }, token);
    expect(res.status).toBe(201);
    expect(res.body.task).toMatchObject({ title: 'buy milk tomorrow', due_date: null, priority: 'high', tags: ['errands'] });
  });

  it('reads a line without creating anything', async () => {
    const before = (await t.api.get('/api/v1/tasks?status=all&limit=200', token)).body.items.length;
    const res = await t.api.post('/api/v1/tasks/quick/parse', { text: 'call mum tomorrow 6pm #family' }, token);
    expect(res.status).toBe(200);
    expect(res.body.fields).toMatchObject({ title: 'call mum', tags: ['family'], due_date: '2026-01-23T23:00:00.000Z' });
    expect(res.body.tokens.map((token_: { kind: string; text: string }) => [token_.kind, token_.text])).toEqual([
      ['date', 'tomorrow 6pm'],
      ['tag', '#family'],
    ]);
    // A line with no title left can still be read: the chips show while typing.
    expect((await t.api.post('/api/v1/tasks/quick/parse', { text: 'tomorrow p1' }, token)).body.fields.title).toBe('');
    await t.settle();
    expect((await t.api.get('/api/v1/tasks?status=all&limit=200', token)).body.items).toHaveLength(before);
  });

  it.each<[string, unknown, string]>([
    ['empty text', { text: '' }, 'text'],
    ['blank text', { text: '   ' }, 'text'],
    ['text that is too long', { text: 'x'.repeat(2001) }, 'text'],
    ['no text', {}, 'text'],
    ['a span that ends before it starts', { text: 'buy milk', ignore: [{ start: 4, end: 2 }] }, 'ignore.0.end'],
    ['an unknown field', { text: 'buy milk', priority: 'high' }, ''],
  ])('refuses %s with a problem naming the field', async (_what, body, field) => {
    for (const path of ['/api/v1/tasks/quick', '/api/v1/tasks/quick/parse']) {
      const res = await t.api.post(path, body, token);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      if (field) expect(res.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });

  it('refuses a line with nothing left for a title, naming the text', async () => {
    const res = await t.api.post('/api/v1/tasks/quick', { text: 'tomorrow p1 #home' }, token);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(res.body.errors).toEqual([{ field: 'text', message: expect.stringContaining('title') }]);
  });

  it('refuses a line whose title is too long', async () => {
    const res = await t.api.post('/api/v1/tasks/quick', { text: `${'word '.repeat(120)}tomorrow` }, token);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((error: { field: string }) => error.field)).toEqual(['title']);
  });

  describe('into a project', () => {
    let owner: string;
    let projectId: number;
    const join = async (role: 'editor' | 'viewer') => {
      const link = await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role }, owner);
      const member = await signUp(t.api);
      expect((await t.api.post(`/api/v1/invites/${link.body.token}/accept`, {}, member.token)).status).toBe(200);
      return member.token;
    };
    const count = async () => (await t.api.get(`/api/v1/tasks?project=${projectId}&status=all&limit=200`, owner)).body.items.length;

    beforeAll(async () => {
      owner = (await signUp(t.api)).token;
      projectId = (await t.api.post('/api/v1/projects', { name: 'Household' }, owner)).body.id;
    });

    it('creates the task in the project for an editor, the line read as without one', async () => {
      const editor = await join('editor');
      const res = await t.api.post('/api/v1/tasks/quick', { text: 'buy milk tomorrow p1 #errands', project_id: projectId }, editor);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.task).toMatchObject({ title: 'buy milk', priority: 'high', tags: ['errands'], project_id: projectId });
      expect((await t.api.get(`/api/v1/tasks/${res.body.task.id}`, owner)).body.project_id).toBe(projectId);
      const parse = await t.api.post('/api/v1/tasks/quick/parse', { text: 'buy milk tomorrow p1 #errands', project_id: projectId }, editor);
      expect(parse.status).toBe(200);
      expect(parse.body).toEqual(res.body.parse);
    });

    it("puts a line without a project in the caller's Inbox", async () => {
      const res = await t.api.post('/api/v1/tasks/quick', { text: 'water plants' }, owner);
      const inbox = (await t.api.get('/api/v1/projects', owner)).body.items.find((p: { is_inbox: boolean }) => p.is_inbox);
      expect(res.body.task.project_id).toBe(inbox.id);
    });

    it('refuses a viewer with 403 naming the role, on the parse too, and creates nothing', async () => {
      const viewer = await join('viewer');
      const before = await count();
      for (const path of ['/api/v1/tasks/quick', '/api/v1/tasks/quick/parse']) {
        const res = await t.api.post(path, { text: 'buy eggs', project_id: projectId }, viewer);
        expect(res.status, path).toBe(403);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body.detail).toMatch(/editor or the owner/);
      }
      expect(await count()).toBe(before);
    });

    describe('named by #name in the line', () => {
      const inbox = async (token_: string) =>
        (await t.api.get('/api/v1/projects', token_)).body.items.find((p: { is_inbox: boolean }) => p.is_inbox).id as number;

      it('puts the task in the project of that name, case-insensitively, for an editor too', async () => {
        const editor = await join('editor');
        for (const [who, text] of [
          [owner, 'buy milk #household p1'],
          [editor, 'buy bread #HOUSEHOLD tomorrow'],
        ] as const) {
          const res = await t.api.post('/api/v1/tasks/quick', { text }, who);
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          expect(res.body.task).toMatchObject({ project_id: projectId, tags: [] });
          expect(res.body.task.title).toMatch(/^buy (milk|bread)$/);
          expect(res.body.parse.fields.project_id).toBe(projectId);
          expect(res.body.parse.tokens).toContainEqual(
            expect.objectContaining({ kind: 'project', value: String(projectId), text: text.match(/#\w+/)?.[0] }),
          );
          expect((await t.api.get(`/api/v1/tasks/${res.body.task.id}`, owner)).body.project_id).toBe(projectId);
        }
      });

      it('reads a project name with spaces, the longest that matches', async () => {
        const garden = (await t.api.post('/api/v1/projects', { name: 'Household Garden' }, owner)).body.id;
        const res = await t.api.post('/api/v1/tasks/quick', { text: 'rake the leaves #household garden p3' }, owner);
        expect(res.body.task).toMatchObject({ title: 'rake the leaves', project_id: garden, priority: 'low', tags: [] });
        const shorter = await t.api.post('/api/v1/tasks/quick', { text: 'rake the leaves #household gardening' }, owner);
        expect(shorter.body.task).toMatchObject({ title: 'rake the leaves gardening', project_id: projectId });
      });

      it('keeps an unknown #name a tag, in the Inbox', async () => {
        const res = await t.api.post('/api/v1/tasks/quick', { text: 'buy milk #nowhere' }, owner);
        expect(res.status).toBe(201);
        expect(res.body.task).toMatchObject({ title: 'buy milk', tags: ['nowhere'], project_id: await inbox(owner) });
        expect(res.body.parse.fields.project_id).toBeNull();
      });

      it('keeps #name a tag for a project the caller cannot see or only views, answering as for an unknown name', async () => {
        const stranger = (await signUp(t.api)).token;
        const viewer = await join('viewer');
        const before = await count();
        for (const who of [stranger, viewer]) {
          const named = await t.api.post('/api/v1/tasks/quick', { text: 'buy eggs #Household' }, who);
          const unknown = await t.api.post('/api/v1/tasks/quick/parse', { text: 'buy eggs #Elsewhere' }, who);
          expect(named.status).toBe(201);
          expect(named.body.task).toMatchObject({ title: 'buy eggs', tags: ['household'], project_id: await inbox(who) });
          // Nothing in the answer tells a project of that name exists.
          expect(named.body.parse.tokens).toEqual([{ start: 9, end: 19, text: '#Household', kind: 'tag', value: 'household' }]);
          expect(unknown.body.tokens).toEqual([{ start: 9, end: 19, text: '#Elsewhere', kind: 'tag', value: 'elsewhere' }]);
          expect(named.body.parse.fields.project_id).toBeNull();
        }
        expect(await count()).toBe(before);
      });

      it('lets the request’s project_id win: another project’s #name stays a tag, its own is read as the project', async () => {
        const other = (await t.api.post('/api/v1/projects', { name: 'Errands' }, owner)).body.id;
        const res = await t.api.post('/api/v1/tasks/quick', { text: 'post the parcel #errands', project_id: projectId }, owner);
        expect(res.body.task).toMatchObject({ title: 'post the parcel', project_id: projectId, tags: ['errands'] });
        expect(res.body.parse.fields.project_id).toBe(projectId);
        const same = await t.api.post('/api/v1/tasks/quick', { text: 'post the parcel #errands', project_id: other }, owner);
        expect(same.body.task).toMatchObject({ title: 'post the parcel', project_id: other, tags: [] });
        expect(same.body.parse.tokens).toEqual([{ start: 16, end: 24, text: '#errands', kind: 'project', value: String(other) }]);
      });

      it('keeps the #name of an archived project a tag', async () => {
        const old = (await t.api.post('/api/v1/projects', { name: 'Attic' }, owner)).body.id;
        expect((await t.api.patch(`/api/v1/projects/${old}`, { archived: true }, owner)).status).toBe(200);
        const res = await t.api.post('/api/v1/tasks/quick', { text: 'sort boxes #attic' }, owner);
        expect(res.body.task).toMatchObject({ title: 'sort boxes', tags: ['attic'], project_id: await inbox(owner) });
      });
    });

    it('answers 404 for a project the caller is not in or that does not exist, and 400 for a bad id', async () => {
      const stranger = (await signUp(t.api)).token;
      const before = await count();
      for (const id of [projectId, 99_999_999]) {
        for (const path of ['/api/v1/tasks/quick', '/api/v1/tasks/quick/parse']) {
          expect((await t.api.post(path, { text: 'buy eggs', project_id: id }, stranger)).status, `${path} ${id}`).toBe(404);
        }
      }
      expect(await count()).toBe(before);
      for (const bad of [0, 'Household', 1.5]) {
        const res = await t.api.post('/api/v1/tasks/quick', { text: 'buy eggs', project_id: bad }, owner);
        expect(res.status, String(bad)).toBe(400);
        expect(JSON.stringify(res.body)).toContain('project_id');
      }
    });
  });

  it('needs a signed-in user', async () => {
    expect((await t.api.post('/api/v1/tasks/quick', { text: 'buy milk' })).status).toBe(401);
    expect((await t.api.post('/api/v1/tasks/quick/parse', { text: 'buy milk' })).status).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const document = (await t.api.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/api/v1/tasks/quick'] ?? {})).toEqual(['post']);
    expect(Object.keys(document.paths['/api/v1/tasks/quick/parse'] ?? {})).toEqual(['post']);
  });
});
