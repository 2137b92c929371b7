import type { ChatMessage } from '@doable/contracts';
import { toStoredConversation } from './conversation-limits.ts';
import type { ConversationRecord, ConversationState, ConversationStore } from './conversation-store.ts';

interface StoredConversation {
  id: string;
  user_id: string;
  title: string;
  messages: ChatMessage[];
  state: ConversationState;
  created_at: string;
  updated_at: string;
}
type IndexEntry = Pick<StoredConversation, 'id' | 'title' | 'created_at' | 'updated_at'>;

const MAX_INDEX_RETRIES = 8;
/** Conversations a user's index lists (the API lists 100); older ones stay readable by id. */
const MAX_INDEX_ENTRIES = 200;

/**
 * Conversations in a Dapr state store (`statestore`, PostgreSQL behind it in distributed mode): one key per
 * conversation, and one index key per user listing their conversations, updated with first-write ETags so two
 * replicas saving at once both land.
 */
/** The Dapr state store component (k8s/dapr/components) conversations are kept in. */
export const CONVERSATION_STATE_STORE = 'statestore';

export function createDaprConversationStore(options: {
  daprHttpPort: number | string;
  storeName?: string;
  host?: string;
  /** The sidecar's `DAPR_API_TOKEN`, when it has one. */
  apiToken?: string | undefined;
}): ConversationStore {
  const tokenHeader: Record<string, string> = options.apiToken ? { 'dapr-api-token': options.apiToken } : {};
  const base = `http://${options.host ?? '127.0.0.1'}:${options.daprHttpPort}/v1.0/state/${options.storeName ?? CONVERSATION_STATE_STORE}`;
  const conversationKey = (id: string) => `conversation-${id}`;
  const indexKey = (userId: string) => `conversations-of-${userId}`;

  async function get<T>(key: string): Promise<{ value: T | undefined; etag: string | undefined }> {
    const res = await fetch(`${base}/${encodeURIComponent(key)}`, { headers: tokenHeader });
    if (res.status === 204) return { value: undefined, etag: undefined };
    if (!res.ok) throw new Error(`state store GET answered ${res.status}`);
    return { value: (await res.json()) as T, etag: res.headers.get('etag') ?? undefined };
  }

  /** Saves; a lost first-write race answers 409 (stale ETag) or, for a key created meanwhile, ERR_STATE_SAVE. */
  async function put(items: object[], racing = false): Promise<'saved' | 'conflict'> {
    const res = await fetch(base, {
      method: 'POST',
      headers: { ...tokenHeader, 'content-type': 'application/json' },
      body: JSON.stringify(items),
    });
    if (res.ok) return 'saved';
    const text = await res.text();
    if (racing && (res.status === 409 || text.includes('ERR_STATE_SAVE'))) return 'conflict';
    throw new Error(`state store save answered ${res.status}: ${text}`);
  }

  return {
    async find(userId, id) {
      const { value } = await get<StoredConversation>(conversationKey(id));
      if (!value || value.user_id !== userId) return undefined;
      return { ...value, created_at: new Date(value.created_at), updated_at: new Date(value.updated_at) };
    },

    async save(record: ConversationRecord) {
      const conversation = toStoredConversation(record);
      const stored: StoredConversation = {
        ...conversation,
        created_at: conversation.created_at.toISOString(),
        updated_at: conversation.updated_at.toISOString(),
      };
      await put([{ key: conversationKey(conversation.id), value: stored }]);
      const entry: IndexEntry = { id: stored.id, title: stored.title, created_at: stored.created_at, updated_at: stored.updated_at };
      for (let attempt = 0; attempt < MAX_INDEX_RETRIES; attempt++) {
        const { value, etag } = await get<IndexEntry[]>(indexKey(conversation.user_id));
        const index = [entry, ...(value ?? []).filter((item) => item.id !== entry.id)].slice(0, MAX_INDEX_ENTRIES);
        const item = etag
          ? { key: indexKey(conversation.user_id), value: index, etag, options: { concurrency: 'first-write' } }
          : { key: indexKey(conversation.user_id), value: index, options: { concurrency: 'first-write' } };
        if ((await put([item], true)) === 'saved') return;
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
      }
      throw new Error('the conversation index kept changing; try again');
    },

    async list(userId, limit) {
      const { value } = await get<IndexEntry[]>(indexKey(userId));
      return (value ?? [])
        .map((item) => ({ ...item, user_id: userId, created_at: new Date(item.created_at), updated_at: new Date(item.updated_at) }))
        .sort((a, b) => b.updated_at.getTime() - a.updated_at.getTime() || b.id.localeCompare(a.id))
        .slice(0, limit);
    },
  };
}
