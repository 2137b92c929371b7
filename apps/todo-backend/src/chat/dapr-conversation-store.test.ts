import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDaprClient, type StateEntry, type StateItem } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from './conversation-store.ts';
import { createDaprConversationStore } from './dapr-conversation-store.ts';

const record = (overrides: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id: 'c1',
  user_id: 'u1',
  title: 'add buy milk',
  messages: [],
  state: {},
  created_at: new Date('2030-01-01T10:00:00Z'),
  updated_at: new Date('2030-01-01T10:00:00Z'),
  ...overrides,
});

/** A state store in memory whose index saves lose their first-write race `losses` times. */
function aStateStore(losses: number) {
  const values = new Map<string, unknown>();
  const saves: StateItem[][] = [];
  let lost = 0;
  return {
    values,
    saves,
    async getState<T>(_store: string, key: string): Promise<StateEntry<T>> {
      return { value: values.get(key) as T | undefined, etag: values.has(key) ? 'etag' : undefined };
    },
    async saveState(_store: string, items: StateItem[]): Promise<'saved' | 'conflict'> {
      saves.push(items);
      if (items.some((item) => item.concurrency === 'first-write') && lost < losses) {
        lost++;
        return 'conflict';
      }
      for (const item of items) values.set(item.key, item.value);
      return 'saved';
    },
  };
}

describe('the Dapr conversation store', () => {
  it('reads the index again and retries when another replica saved it in between', async () => {
    const dapr = aStateStore(2);
    const store = createDaprConversationStore(dapr);
    await store.save(record());
    const indexSaves = dapr.saves.filter((items) => items[0]?.key === 'conversations-of-u1');
    expect(indexSaves).toHaveLength(3);
    expect(indexSaves.every((items) => items[0]?.concurrency === 'first-write')).toBe(true);
    expect((await store.list('u1', 10)).map((c) => c.id)).toEqual(['c1']);
  });

  it('gives up with an error when the index keeps changing', async () => {
    const dapr = aStateStore(Number.POSITIVE_INFINITY);
    await expect(createDaprConversationStore(dapr).save(record())).rejects.toThrow('the conversation index kept changing');
    expect(dapr.saves.filter((items) => items[0]?.key === 'conversations-of-u1')).toHaveLength(8);
  });

  it('does not wait forever on a sidecar that does not answer', async () => {
    const silent = createServer(() => {
      // never answers
    });
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    try {
      const dapr = createDaprClient({ httpPort: (silent.address() as AddressInfo).port, timeoutMs: 50 });
      await expect(createDaprConversationStore(dapr).find('u1', 'c1')).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
