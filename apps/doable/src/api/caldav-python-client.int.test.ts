import { fileURLToPath } from 'node:url';
import { type CaldavTools, ensureCaldavTools, runCommand, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type User = { token: string; userId: string; email: string };

/** What stage one of caldav-python-client.py saw. */
interface ClientStage {
  principal: string;
  home: string;
  calendars: { name: string; url: string; components: string[] }[];
  created: { url: string; etag: string };
  updated_etag: string;
  completed: string;
  open_after_complete: string[];
  deleted: boolean;
  alarm: { action: string; trigger: string }[];
  subtask_related: string[];
  sync_token: string;
  sync_urls: string[];
  calendar_url: string;
  stale: { url: string; etag: string; data: string };
}

/** What stage two saw, after the changes made on the web. */
interface AfterWebStage {
  changed: { url: string; summary: string; status: string }[];
  deleted: string[];
  new_token_differs: boolean;
  recurring: { status: string; due: string }[];
  stale_save: string;
  stale_now: string;
  viewer_sees: string[];
  viewer_save: string;
}

const SCRIPT = fileURLToPath(new URL('./caldav-python-client.py', import.meta.url));

/** One stage of caldav-python-client.py (one Python process), returning what the client saw. */
async function runStage<T>(tools: CaldavTools, args: Record<string, unknown>): Promise<T> {
  const result = await runCommand(tools.python, [SCRIPT, JSON.stringify(args)], { timeoutMs: 120_000 });
  if (result.status !== 0)
    throw new Error(`python-caldav stage ${String(args.stage)} exited with ${result.status}: ${result.stderr.slice(-3000)}`);
  return JSON.parse(result.stdout);
}

describe.each(STORAGE_KINDS)('the CalDAV server, driven by the reference Python client (python-caldav), on %s', (kind) => {
  let t: TestApp;
  let tools: CaldavTools;
  let alice: User;
  let bob: User;
  let alice_: { username: string; password: string };
  let bob_: { username: string; password: string };
  let garden: { id: number };
  let seen: ClientStage;

  const appPassword = async (user: User) => {
    const res = await t.api.post('/api/auth/api-key/create', { name: 'python-caldav', scope: 'write' }, user.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { username: user.email, password: res.body.key as string };
  };
  const tasksIn = async (projectId: number) =>
    (await t.api.get(`/api/v1/tasks?project=${projectId}&limit=200&status=all`, alice.token)).body.items as {
      id: number;
      title: string;
      completed: boolean;
      parent_id: number | null;
      due_date: string | null;
    }[];

  beforeAll(async () => {
    tools = ensureCaldavTools();
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
    bob = await signUp(t.api, 'Bob');
    alice_ = await appPassword(alice);
    bob_ = await appPassword(bob);
    garden = (await t.api.post('/api/v1/projects', { name: 'Garden', color: '#22aa44' }, alice.token)).body;
    const invitation = await t.api.post(`/api/v1/projects/${garden.id}/invitations`, { email: bob.email, role: 'viewer' }, alice.token);
    expect(invitation.status, JSON.stringify(invitation.body)).toBe(201);
    expect((await t.api.post(`/api/v1/invitations/${invitation.body.id}/accept`, {}, bob.token)).status).toBe(200);
    // The client starts from the origin's well-known address and follows its redirect to the DAV root.
    seen = await runStage<ClientStage>(tools, { stage: 'client', url: `${t.url}/.well-known/caldav`, user: alice_, calendar: 'Garden' });
  }, 300_000);
  afterAll(() => t?.stop());

  it('discovers the principal and its calendar home from /.well-known/caldav and lists one task calendar per project', () => {
    expect(seen.principal).toBe(`${t.url}/dav/principals/${alice.userId}/`);
    expect(seen.home).toBe(`${t.url}/dav/calendars/${alice.userId}/`);
    expect(seen.calendars).toEqual(
      expect.arrayContaining([
        { name: 'Garden', url: `${t.url}/dav/calendars/${alice.userId}/${garden.id}/`, components: ['VTODO'] },
        expect.objectContaining({ name: 'Inbox', components: ['VTODO'] }),
      ]),
    );
    expect(seen.calendars).toHaveLength(2);
  });

  it('creates, updates, completes and deletes a task, each a change of the task in Doable', () => {
    expect(seen.created.etag).toMatch(/^"/);
    expect(seen.updated_etag).not.toBe(seen.created.etag);
    expect(seen.completed).toContain('SUMMARY:Repot the basil and the mint');
    expect(seen.completed).toContain('STATUS:COMPLETED');
    expect(seen.completed).toMatch(/\nCOMPLETED:\d{8}T\d{6}Z\n/);
    expect(seen.open_after_complete).not.toContain('py-life');
    expect(seen.deleted).toBe(true);
  });

  it('returns a relative alarm as it was sent', () => {
    expect(seen.alarm).toEqual([{ action: 'DISPLAY', trigger: '-PT30M' }]);
  });

  it('keeps a subtask under its parent through RELATED-TO;RELTYPE=PARENT', async () => {
    expect(seen.subtask_related).toEqual(['RELATED-TO;RELTYPE=PARENT:py-trip']);
    const tasks = await tasksIn(garden.id);
    expect(tasks.find((x) => x.title === 'Book the train')?.parent_id).toBe(tasks.find((x) => x.title === 'Plan the trip')?.id);
  });

  describe('after changes made on the web', () => {
    let after: AfterWebStage;
    let renamed: { id: number };
    let removed: { id: number };

    beforeAll(async () => {
      const tasks = await tasksIn(garden.id);
      renamed = tasks.find((x) => x.title === 'Call the vet') as { id: number };
      removed = tasks.find((x) => x.title === 'Plan the trip') as { id: number };
      const stale = tasks.find((x) => x.title === 'Sweep the path') as { id: number };
      expect((await t.api.patch(`/api/v1/tasks/${renamed.id}`, { title: 'Call the vet about Rex' }, alice.token)).status).toBe(200);
      expect((await t.api.patch(`/api/v1/tasks/${stale.id}`, { title: 'Sweep the path (web)' }, alice.token)).status).toBe(200);
      expect((await t.api.delete(`/api/v1/tasks/${removed.id}`, alice.token)).status).toBe(204);
      // The next occurrence of the recurring task completed in stage one is made after the commit.
      await t.settle();
      after = await runStage<AfterWebStage>(tools, {
        stage: 'after-web',
        url: `${t.url}/dav/`,
        user: alice_,
        viewer: bob_,
        calendar: 'Garden',
        calendar_url: seen.calendar_url,
        sync_token: seen.sync_token,
        stale: seen.stale,
      });
    }, 120_000);

    it('the next sync-collection holds exactly the tasks changed or removed since the token', () => {
      const base = `${t.url}/dav/calendars/${alice.userId}/${garden.id}/`;
      expect(seen.sync_urls).toEqual(expect.arrayContaining([`${base}py-alarm.ics`, `${base}py-trip.ics`]));
      expect(after.new_token_differs).toBe(true);
      expect(after.changed).toEqual(
        expect.arrayContaining([
          { url: `${base}py-alarm.ics`, summary: 'Call the vet about Rex', status: '' },
          expect.objectContaining({ url: `${base}py-stale.ics`, summary: 'Sweep the path (web)' }),
        ]),
      );
      // Deleting the parent on the web deletes its subtask too.
      expect(after.deleted).toEqual(expect.arrayContaining([`${base}py-trip.ics`]));
      // Nothing else, but for the recurring task's next occurrence, which may be made after stage one's token.
      const others = after.changed.filter((c) => c.summary !== 'Feed the fish').map((c) => c.url);
      const expected = [`${base}py-alarm.ics`, `${base}py-stale.ics`, `${base}py-trip.ics`, `${base}py-tickets.ics`];
      expect([...others, ...after.deleted].filter((url) => !expected.includes(url))).toEqual([]);
    });

    it('completing a recurring task makes the next occurrence, as Doable does', async () => {
      expect(after.recurring).toEqual([
        { status: 'COMPLETED', due: '20300105T090000Z' },
        { status: 'NEEDS-ACTION', due: '20300112T090000Z' },
      ]);
      const series = (await tasksIn(garden.id)).filter((x) => x.title === 'Feed the fish');
      expect(series.map((x) => [x.completed, x.due_date]).sort()).toEqual([
        [false, '2030-01-12T09:00:00.000Z'],
        [true, '2030-01-05T09:00:00.000Z'],
      ]);
    });

    it('a save with the ETag from before the web change is refused (412) and the web’s change stays', () => {
      expect(after.stale_save).toBe('412');
      expect(after.stale_now).toBe('Sweep the path (web)');
    });

    it('a viewer reads the shared calendar, and their save is refused', async () => {
      expect(after.viewer_sees).toContain('Call the vet about Rex');
      expect(after.viewer_save).toMatch(/^refused /);
      expect((await tasksIn(garden.id)).map((x) => x.title)).not.toContain('Viewer was here');
    });
  });
});
