import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type Database, openDatabase } from '@doable/db';
import { createDaprClient } from '@doable/platform';
import { offsetPorts, PORT_OFFSETS, planSidecars, startStack, stopStack, testStackPortOffset, testStackRunDir } from '@doable/stack';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables } from '../database/executor.ts';
import { MAX_STORED_CHARS, MAX_STORED_ITEMS } from './conversation-limits.ts';
import { type ConversationRecord, type ConversationStore, createTableConversationStore } from './conversation-store.ts';
import { createDaprConversationStore } from './dapr-conversation-store.ts';

interface StoreUnderTest {
  store: ConversationStore;
  /** A user the store may hold conversations for. */
  newUser(): Promise<string>;
  close(): Promise<void>;
}

const conversation = (userId: string, overrides: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id: randomUUID(),
  user_id: userId,
  title: 'add buy milk',
  messages: [{ role: 'user', content: 'add buy milk', created_at: '2031-01-01T10:00:00.000Z' }],
  state: { last_task_id: 7 },
  created_at: new Date('2031-01-01T10:00:00Z'),
  updated_at: new Date('2031-01-01T10:00:00Z'),
  ...overrides,
});

async function tableStore(): Promise<StoreUnderTest> {
  const database: Database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  await migrateBackend(database.db);
  const db = backendTables(database.db);
  return {
    store: createTableConversationStore(db),
    async newUser() {
      const id = randomUUID();
      await db
        .insertInto('user')
        .values({ id, name: 'U', email: `${id}@example.com`, emailVerified: false })
        .execute();
      return id;
    },
    close: () => database.close(),
  };
}

// The Dapr sidecar of the backend, with its committed `statestore` (PostgreSQL), on ports of its own.
const RUN_DIR = testStackRunDir('conversation-store-test');
const PORT_OFFSET = testStackPortOffset(PORT_OFFSETS.conversationStoreTest);

async function daprStore(): Promise<StoreUnderTest> {
  const [sidecar] = planSidecars(['todo-backend'], offsetPorts(PORT_OFFSET));
  if (!sidecar) throw new Error('no sidecar planned');
  // daprd probes its app: a stub that answers every call with an empty JSON body.
  const app: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('[]');
  });
  await new Promise<void>((resolve) => app.listen(sidecar.appPort, '127.0.0.1', resolve));
  await stopStack({ runDir: RUN_DIR, log: () => {} });
  await startStack({ apps: ['todo-backend'], runDir: RUN_DIR, portOffset: PORT_OFFSET, log: () => {} });
  return {
    store: createDaprConversationStore(createDaprClient({ httpPort: sidecar.httpPort })),
    newUser: async () => randomUUID(),
    async close() {
      await stopStack({ runDir: RUN_DIR, log: () => {} });
      await new Promise((resolve) => app.close(resolve));
    },
  };
}

describe.each([
  ['the backend.conversations table', tableStore],
  ['the Dapr state store (real sidecar, PostgreSQL)', daprStore],
])('ConversationStore on %s', (_name, open) => {
  let s: StoreUnderTest;
  beforeAll(async () => {
    s = await open();
  }, 600_000);
  afterAll(async () => {
    await s?.close();
  }, 60_000);

  it('saves, finds and replaces a conversation', async () => {
    const user = await s.newUser();
    const record = conversation(user);
    await s.store.save(record);
    expect(await s.store.find(user, record.id)).toEqual(record);
    const longer: ConversationRecord = {
      ...record,
      messages: [
        ...record.messages,
        { role: 'assistant', content: 'Added: #7 "buy milk".', tool_calls: [], created_at: '2031-01-01T10:00:01.000Z' },
      ],
      state: {},
      updated_at: new Date('2031-01-01T10:00:01Z'),
    };
    await s.store.save(longer);
    expect(await s.store.find(user, record.id)).toEqual(longer);
  });

  it("never finds another user's conversation, nor an unknown one", async () => {
    const alice = await s.newUser();
    const bob = await s.newUser();
    const record = conversation(alice);
    await s.store.save(record);
    // Its owner finds it, so the misses below are the store refusing, not a save that did not happen.
    expect(await s.store.find(alice, record.id)).toEqual(record);
    expect(await s.store.find(bob, record.id)).toBeUndefined();
    expect(await s.store.find(alice, randomUUID())).toBeUndefined();
    expect((await s.store.list(alice, 10)).map((c) => c.id)).toEqual([record.id]);
    expect(await s.store.list(bob, 10)).toEqual([]);
  });

  it("lists a user's conversations, most recently updated first, up to the limit", async () => {
    const user = await s.newUser();
    const older = conversation(user, { title: 'older', updated_at: new Date('2031-01-02T00:00:00Z') });
    const newer = conversation(user, { title: 'newer', updated_at: new Date('2031-01-03T00:00:00Z') });
    await s.store.save(older);
    await s.store.save(newer);
    const listed = await s.store.list(user, 10);
    expect(listed.map((c) => c.title)).toEqual(['newer', 'older']);
    expect(listed[0]).toMatchObject({ id: newer.id, user_id: user, created_at: newer.created_at, updated_at: newer.updated_at });
    expect(await s.store.list(user, 1)).toHaveLength(1);
    // Updating the older one moves it to the top, without duplicating it.
    await s.store.save({ ...older, updated_at: new Date('2031-01-04T00:00:00Z') });
    expect((await s.store.list(user, 10)).map((c) => c.title)).toEqual(['older', 'newer']);
  });

  it('keeps a long conversation bounded, its newest turns, every string well-formed', async () => {
    const user = await s.newUser();
    const page = { items: Array.from({ length: 50 }, (_, id) => ({ id, title: `task ${id}`, description: 'd'.repeat(3_000) })) };
    const turns = Array.from({ length: 120 }, (_, n) => [
      { role: 'user' as const, content: `show my tasks ${n}`, created_at: '2031-01-01T10:00:00.000Z' },
      {
        role: 'assistant' as const,
        content: `Here they are \ud800 ${n}`,
        tool_calls: [{ name: 'list_tasks', arguments: {}, ok: true, result: page }],
        created_at: '2031-01-01T10:00:01.000Z',
      },
    ]).flat();
    const record = conversation(user, { title: 'show my tasks \udc00', messages: turns });
    await s.store.save(record);
    const stored = await s.store.find(user, record.id);
    expect(JSON.stringify(stored?.messages).length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    expect(stored?.title).toBe('show my tasks \ufffd');
    expect(stored?.messages.at(-1)?.content).toBe('Here they are \ufffd 119');
    const result = stored?.messages.at(-1)?.tool_calls?.[0]?.result as { items: unknown[] } | undefined;
    expect(result?.items).toHaveLength(MAX_STORED_ITEMS);
    expect((await s.store.list(user, 10)).map((c) => c.title)).toEqual(['show my tasks \ufffd']);
  });

  it('keeps every conversation when several are saved at once', async () => {
    const user = await s.newUser();
    const records = Array.from({ length: 5 }, (_, i) =>
      conversation(user, { title: `c${i}`, updated_at: new Date(Date.UTC(2031, 0, 10 + i)) }),
    );
    await Promise.all(records.map((record) => s.store.save(record)));
    expect((await s.store.list(user, 10)).map((c) => c.title)).toEqual(['c4', 'c3', 'c2', 'c1', 'c0']);
  });
});
