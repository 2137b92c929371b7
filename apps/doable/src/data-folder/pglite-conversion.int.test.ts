import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '@doable/platform';
import { createApiClient, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEmbeddedApp } from '../embedded-app.ts';
import { openPreviousVersionDatabase } from '../testing/previous-version-database.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
const PASSWORD = 'correct horse battery staple';

/** The previous version's app (PGlite in `<dataDir>/pglite`) on a free port, as `npm start` ran it. */
async function startPreviousVersion(dataDir: string) {
  const app = await createEmbeddedApp({
    database: await openPreviousVersionDatabase(join(dataDir, 'pglite')),
    authSecret: SECRET,
    baseUrl: 'http://127.0.0.1',
    trustedOrigins: ['http://127.0.0.1:*'],
    trustedProxies: ['127.0.0.1', '::1'],
    logger: createLogger({ name: 'previous', level: 'silent' }),
    webRoot: false,
  });
  const url = await app.backend.app.listen({ port: 0, host: '127.0.0.1' });
  return { app, api: createApiClient(url) };
}

/** A logger whose lines the test reads. */
function recordingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return {
    logger: createLogger({ name: 'upgrade', level: 'info', destination }),
    messages: () => lines.map((line) => JSON.parse(line).msg as string),
  };
}

describe('a data folder written by the previous version (PGlite), on first start', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'doable-previous-version-'));
  const before = {} as {
    token: string;
    email: string;
    apiKey: string;
    recurringId: number;
    nextOccurrenceId: number | undefined;
    reminderId: number;
    reminderAt: string | null;
    pendingId: number;
    conversationId: string;
    maxId: number;
  };
  let upgraded: TestApp;
  let messages: () => string[];

  beforeAll(async () => {
    // The previous version, with its relay and consumers running: accounts, settings, tasks, their history.
    const first = await startPreviousVersion(dataDir);
    first.app.start();
    const { token, email } = await signUp(first.api, 'Before the upgrade');
    before.token = token;
    before.email = email;
    before.apiKey = (await first.api.post('/api/auth/api-key/create', { name: 'desktop' }, token)).body.key;
    await first.api.patch('/api/v1/me', { time_zone: 'Europe/Paris' }, token);
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const recurring = await first.api.post('/api/v1/tasks/recurring', { title: 'Pay rent', pattern: 'monthly', due_date: due }, token);
    before.recurringId = recurring.body.id;
    await first.api.patch(`/api/v1/tasks/${before.recurringId}/complete`, {}, token);
    const reminder = await first.api.post(
      '/api/v1/tasks',
      { title: 'Call the plumber', due_date: due, remind_before: '1h', tags: ['home'] },
      token,
    );
    before.reminderId = reminder.body.id;
    before.reminderAt = reminder.body.reminder_at;
    const chat = await first.api.post('/api/v1/chat', { message: 'add buy milk tomorrow at 5pm' }, token);
    before.conversationId = chat.body.conversation_id;
    await first.app.backend.relay.idle();
    const tasks = await first.api.get('/api/v1/tasks?limit=200', token);
    before.nextOccurrenceId = tasks.body.items.find(
      (task: { title: string; id: number }) => task.title === 'Pay rent' && task.id !== before.recurringId,
    )?.id;
    await first.app.stop();

    // Then once more without its relay: this change's event is still in the outbox when the upgrade comes.
    const second = await startPreviousVersion(dataDir);
    const pending = await second.api.post('/api/v1/tasks', { title: 'Written just before the upgrade' }, token);
    before.pendingId = pending.body.id;
    before.maxId = pending.body.id;
    await second.app.stop();

    const recording = recordingLogger();
    messages = recording.messages;
    upgraded = await startTestApp({ kind: 'embedded', postgresUrl: inject('postgresUrl'), dataDir, logger: recording.logger });
    await upgraded.settle();
  });
  afterAll(async () => {
    await upgraded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is converted with progress lines, and the previous database kept as a backup', () => {
    const lines = messages();
    expect(lines).toContainEqual(
      expect.stringMatching(/^Converting the data folder from the previous version's database \(PGlite, .*\) to PostgreSQL: dumping…$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Converting: dumped [\d.]+ [KM]iB of SQL; restoring into PostgreSQL…$/));
    const backups = readdirSync(dataDir).filter((name) => name.startsWith('pglite.backup-'));
    expect(backups).toHaveLength(1);
    expect(lines).toContainEqual(expect.stringContaining(`the previous database is kept in ${join(dataDir, backups[0] as string)}`));
    expect(existsSync(join(dataDir, backups[0] as string, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  });

  it('keeps accounts: the password, the session, the API key and the settings', async () => {
    const signIn = await upgraded.api.call('POST', '/api/auth/sign-in/email', { email: before.email, password: PASSWORD }, undefined, {
      'x-forwarded-for': '198.18.200.1',
    });
    expect(signIn.status).toBe(200);
    expect((await upgraded.api.get('/api/v1/me', before.token)).body).toMatchObject({ time_zone: 'Europe/Paris' });
    const viaKey = await upgraded.api.call('GET', '/api/v1/tags', undefined, undefined, { 'x-api-key': before.apiKey });
    expect(viaKey.status).toBe(200);
    expect(viaKey.body.items ?? viaKey.body).toContainEqual(expect.objectContaining({ tag: 'home' }));
  });

  it('keeps tasks with their recurrence, reminders, history and search, and numbers new ones after them', async () => {
    const { token } = before;
    const recurring = await upgraded.api.get(`/api/v1/tasks/${before.recurringId}`, token);
    expect(recurring.body).toMatchObject({ completed: true, recurring: 'monthly' });
    const next = await upgraded.api.get(`/api/v1/tasks/${before.nextOccurrenceId}`, token);
    expect(next.body).toMatchObject({ title: 'Pay rent', completed: false, recurring: 'monthly', recurring_parent_id: before.recurringId });
    const reminder = await upgraded.api.get(`/api/v1/tasks/${before.reminderId}`, token);
    expect(reminder.body).toMatchObject({ reminder_at: before.reminderAt, remind_before: '1h', tags: ['home'] });
    const history = await upgraded.api.get(`/api/v1/tasks/${before.recurringId}/history`, token);
    expect(history.body.items.map((entry: { event_type: string }) => entry.event_type)).toEqual(
      expect.arrayContaining(['created', 'completed']),
    );
    const found = await upgraded.api.get('/api/v1/tasks?search=plumbr', token);
    expect(found.body.items.map((task: { id: number }) => task.id)).toEqual([before.reminderId]);
    const created = await upgraded.api.post('/api/v1/tasks', { title: 'After the upgrade' }, token);
    expect(created.status).toBe(201);
    expect(created.body.id).toBeGreaterThan(before.maxId);
  });

  it('keeps conversations', async () => {
    const conversation = await upgraded.api.get(`/api/v1/conversations/${before.conversationId}`, before.token);
    expect(conversation.status).toBe(200);
    expect(conversation.body.messages[0]).toMatchObject({ role: 'user', content: 'add buy milk tomorrow at 5pm' });
  });

  it('delivers the events the previous version left in its outbox', async () => {
    const history = await upgraded.api.get(`/api/v1/tasks/${before.pendingId}/history`, before.token);
    expect(history.body.items.map((entry: { event_type: string }) => entry.event_type)).toEqual(['created']);
  });

  it('is converted once: the next start opens the converted database without converting again', async () => {
    await upgraded.stop();
    const recording = recordingLogger();
    upgraded = await startTestApp({ kind: 'embedded', postgresUrl: inject('postgresUrl'), dataDir, logger: recording.logger });
    expect(recording.messages().filter((line) => line.startsWith('Convert'))).toEqual([]);
    expect((await upgraded.api.get(`/api/v1/tasks/${before.pendingId}`, before.token)).status).toBe(200);
  });
});
