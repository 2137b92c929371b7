import { type Database, openDatabase } from '@doable/db';
import { createApiClient, createTestDatabase, signUp, startScriptedChatModel, toolCallMessage } from '@doable/test-kit';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BackendOptions, createBackend, migrateBackend } from '../backend.ts';
import { backendTables } from '../database/executor.ts';
import { testBackendOptions } from '../testing/test-backend.ts';
import { NOT_SAVED_NOTE } from './chat-service.ts';
import { MAX_STORED_CHARS, MAX_STORED_ITEMS } from './conversation-limits.ts';
import { type ConversationStore, createTableConversationStore } from './conversation-store.ts';

describe('chat', () => {
  let database: Database;
  const running: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
  });
  afterAll(() => database?.close());

  /** The backend on the shared database, on a free port, with a signed-up user. */
  async function aBackend(options: Partial<BackendOptions> = {}) {
    const backend = await createBackend(testBackendOptions(database.db, options));
    running.push(backend);
    const api = createApiClient(await backend.app.listen({ port: 0, host: '127.0.0.1' }));
    const user = await signUp(api, 'Chatty');
    const tasks = async () => (await api.get('/api/v1/tasks?status=all&limit=200', user.token)).body.items as { title: string }[];
    const conversations = async () => (await api.get('/api/v1/conversations', user.token)).body.items as { id: string }[];
    return { backend, api, user, tasks, conversations, say: (body: object) => api.post('/api/v1/chat', body, user.token) };
  }

  it('refuses a message with an unpaired surrogate with 400 before acting: no task, no conversation', async () => {
    const b = await aBackend();
    for (const message of ['add buy milk \ud800', 'add \udc00 tomorrow', 'add buy milk\ud83d']) {
      const res = await b.say({ message });
      expect(res.status, message).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'message' }] });
    }
    expect(await b.tasks()).toEqual([]);
    expect(await b.conversations()).toEqual([]);
    // A real astral character (a surrogate pair) is fine, also where the title is cut.
    const emoji = await b.say({ message: `add ${'a'.repeat(73)}😀 and more words after the cut` });
    expect(emoji.status, JSON.stringify(emoji.body)).toBe(200);
    const [conversation] = await b.conversations();
    const stored = (await b.api.get(`/api/v1/conversations/${conversation?.id}`, b.user.token)).body;
    expect(stored.title.isWellFormed()).toBe(true);
    expect(stored.title.length).toBeLessThanOrEqual(80);
  });

  it('keeps what a model says with an unpaired surrogate, made valid, instead of failing after it acted', async () => {
    const model = await startScriptedChatModel([
      () => toolCallMessage('call_1', 'add_task', { title: 'water the plants' }),
      () => ({ role: 'assistant', content: 'Added \ud800 water the plants.' }),
    ]);
    running.push({ stop: model.close });
    const b = await aBackend({ chatModel: { apiKey: 'k', baseUrl: model.url, model: 'm' } });
    const res = await b.say({ message: 'add water the plants' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await b.tasks()).map((t) => t.title)).toEqual(['water the plants']);
    const stored = (await b.api.get(`/api/v1/conversations/${res.body.conversation_id}`, b.user.token)).body;
    expect(stored.messages.map((m: { content: string }) => m.content)).toEqual(['add water the plants', 'Added \ufffd water the plants.']);
  });

  it('finds the task a sentence names in another inflection: "done cleaning the garage" completes "Clean the garage"', async () => {
    const b = await aBackend();
    expect((await b.say({ message: 'add Clean the garage' })).status).toBe(200);
    expect((await b.say({ message: 'add wash the car' })).status).toBe(200);
    const done = await b.say({ message: "I'm done cleaning the garage" });
    expect(done.body.tool_calls, JSON.stringify(done.body)).toMatchObject([{ name: 'complete_task', ok: true }]);
    const tasks = (await b.api.get('/api/v1/tasks?status=all&limit=200', b.user.token)).body.items as {
      title: string;
      completed: boolean;
    }[];
    expect(tasks.map((t) => [t.title, t.completed]).sort()).toEqual([
      ['Clean the garage', true],
      ['wash the car', false],
    ]);
  });

  it('changes the open task whose title a value follows: "recycling weekly pls" makes "Recycling" repeat, adds nothing', async () => {
    const b = await aBackend();
    expect((await b.say({ message: 'add Recycling' })).status).toBe(200);
    expect((await b.say({ message: 'add Call mom' })).status).toBe(200);
    const weekly = await b.say({ message: 'recycling weekly pls' });
    expect(weekly.body.tool_calls, JSON.stringify(weekly.body)).toMatchObject([{ name: 'update_task', ok: true }]);
    const level = await b.say({ message: 'call mom urgent' });
    expect(level.body.tool_calls, JSON.stringify(level.body)).toMatchObject([{ name: 'set_priority', ok: true }]);
    // A new task with a title of its own stays new.
    expect((await b.say({ message: 'call mom about dinner friday' })).body.tool_calls).toMatchObject([{ name: 'add_task', ok: true }]);
    const tasks = (await b.api.get('/api/v1/tasks?status=all&limit=200', b.user.token)).body.items as {
      title: string;
      recurring: string | null;
      priority: string;
    }[];
    expect(tasks.map((t) => [t.title, t.recurring, t.priority]).sort()).toEqual([
      ['Call mom', null, 'high'],
      ['Recycling', 'weekly', 'medium'],
      ['call mom about dinner', null, 'medium'],
    ]);
  });

  it('answers an errand said alone with how to add it, and adds nothing until asked', async () => {
    const b = await aBackend();
    const asked = await b.say({ message: 'buy a birthday present for dad' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.tool_calls).toEqual([]);
    expect(asked.body.reply).toMatch(/^Add "buy a birthday present for dad" as a task\? Say "add buy a birthday present for dad"/);
    expect(await b.tasks()).toEqual([]);
    const added = await b.say({ message: 'add buy a birthday present for dad', conversation_id: asked.body.conversation_id });
    expect(added.body.tool_calls, JSON.stringify(added.body)).toMatchObject([{ name: 'add_task', ok: true }]);
    expect((await b.tasks()).map((t) => t.title)).toEqual(['buy a birthday present for dad']);
  });

  it('takes back a change through the model: the model calls undo_last_change in the next message of the conversation', async () => {
    const model = await startScriptedChatModel([
      () => toolCallMessage('call_1', 'add_task', { title: 'paint the fence' }),
      () => ({ role: 'assistant', content: 'Added "paint the fence".' }),
      () => toolCallMessage('call_2', 'undo_last_change', {}),
      () => ({ role: 'assistant', content: 'Undone.' }),
      () => toolCallMessage('call_3', 'undo_last_change', {}),
      () => ({ role: 'assistant', content: 'There was nothing more to undo.' }),
    ]);
    running.push({ stop: model.close });
    const b = await aBackend({ chatModel: { apiKey: 'k', baseUrl: model.url, model: 'm' } });
    const added = await b.say({ message: 'add paint the fence' });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect((await b.tasks()).map((t) => t.title)).toEqual(['paint the fence']);
    const undone = await b.say({ message: 'oops, undo that', conversation_id: added.body.conversation_id });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(undone.body.tool_calls).toMatchObject([
      { name: 'undo_last_change', ok: true },
      { name: 'delete_task', ok: true },
    ]);
    expect(await b.tasks()).toEqual([]);
    // Taken back once: a second undo has nothing left and changes nothing.
    const again = await b.say({ message: 'undo', conversation_id: added.body.conversation_id });
    expect(again.body.tool_calls).toMatchObject([{ name: 'undo_last_change', ok: false }]);
    expect(await b.tasks()).toEqual([]);
  });

  it('says so when tasks changed but the conversation could not be saved, so the user does not retry the change', async () => {
    let saves = 0;
    const table = createTableConversationStore(backendTables(database.db));
    const brokenStore: ConversationStore = {
      ...table,
      async save() {
        saves += 1;
        throw new Error('state store unavailable');
      },
    };
    const b = await aBackend({ conversations: brokenStore });
    const res = await b.say({ message: 'add call the plumber' });
    expect(res.status).toBe(200);
    expect(res.body.tool_calls).toMatchObject([{ name: 'add_task', ok: true }]);
    expect(res.body.reply).toContain(NOT_SAVED_NOTE);
    expect((await b.tasks()).map((t) => t.title)).toEqual(['call the plumber']);
    expect(saves).toBe(1);
    // Nothing changed: the failure is an error the user may simply retry.
    expect((await b.say({ message: 'hello there' })).status).toBe(500);
  });

  it('keeps a conversation bounded however many times the tasks are listed', async () => {
    const b = await aBackend();
    for (let n = 0; n < 50; n++) {
      await b.backend.tasks.createTask(b.user.userId, { title: `task number ${n} ${'t'.repeat(200)}`, description: 'd'.repeat(2_000) });
    }
    let conversationId: string | undefined;
    const sizes: number[] = [];
    const turns = 30;
    for (let turn = 0; turn < turns; turn++) {
      const res = await b.say({ message: 'show my tasks', ...(conversationId ? { conversation_id: conversationId } : {}) });
      expect(res.status).toBe(200);
      conversationId = res.body.conversation_id;
      // The answer itself is whole: the page the tool returned.
      expect(res.body.tool_calls[0].result.items).toHaveLength(50);
      const stored = await b.api.get(`/api/v1/conversations/${conversationId}`, b.user.token);
      sizes.push(JSON.stringify(stored.body).length);
    }
    const last = (await b.api.get(`/api/v1/conversations/${conversationId}`, b.user.token)).body;
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_STORED_CHARS + 1_000);
    // The oldest turns made room for the newest.
    expect(last.messages.length).toBeLessThan(2 * turns);
    expect(last.messages.at(-2)).toMatchObject({ role: 'user', content: 'show my tasks' });
    expect(last.messages.at(-1).tool_calls[0].result.items).toHaveLength(MAX_STORED_ITEMS);
    expect(last.messages.at(-1).tool_calls[0].result.items[0].description.length).toBeLessThanOrEqual(500);
  });
});
