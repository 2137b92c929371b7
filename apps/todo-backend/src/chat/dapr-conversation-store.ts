import type { ChatMessage } from '@doable/contracts';
import { type DaprClient, retry } from '@doable/platform';
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

/** Tries at the index update; each lost race means another replica saved in between. */
const MAX_INDEX_ATTEMPTS = 8;
/** Conversations a user's index lists (the API lists 100); older ones stay readable by id. */
const MAX_INDEX_ENTRIES = 200;

/** The Dapr state store component (k8s/dapr/components) conversations are kept in. */
export const CONVERSATION_STATE_STORE = 'statestore';

/**
 * Conversations in a Dapr state store (`statestore`, PostgreSQL behind it in distributed mode): one key per
 * conversation, and one index key per user listing their conversations, updated with first-write ETags so two
 * replicas saving at once both land (the loser reads the index again and retries).
 */
export function createDaprConversationStore(
  dapr: Pick<DaprClient, 'getState' | 'saveState'>,
  storeName = CONVERSATION_STATE_STORE,
): ConversationStore {
  const conversationKey = (id: string) => `conversation-${id}`;
  const indexKey = (userId: string) => `conversations-of-${userId}`;

  async function addToIndex(userId: string, entry: IndexEntry): Promise<'saved' | 'conflict'> {
    const { value, etag } = await dapr.getState<IndexEntry[]>(storeName, indexKey(userId));
    const index = [entry, ...(value ?? []).filter((item) => item.id !== entry.id)].slice(0, MAX_INDEX_ENTRIES);
    return dapr.saveState(storeName, [{ key: indexKey(userId), value: index, etag, concurrency: 'first-write' }]);
  }

  return {
    async find(userId, id) {
      const { value } = await dapr.getState<StoredConversation>(storeName, conversationKey(id));
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
      await dapr.saveState(storeName, [{ key: conversationKey(conversation.id), value: stored }]);
      const entry: IndexEntry = { id: stored.id, title: stored.title, created_at: stored.created_at, updated_at: stored.updated_at };
      const outcome = await retry(() => addToIndex(conversation.user_id, entry), {
        attempts: MAX_INDEX_ATTEMPTS,
        // Jittered, so replicas that collided once do not collide again in step.
        delayMs: (attempt) => 5 + Math.random() * 20 * attempt,
        retryResult: (result) => result === 'conflict',
        retryable: () => false,
      });
      if (outcome === 'conflict') throw new Error('the conversation index kept changing; try again');
    },

    async list(userId, limit) {
      const { value } = await dapr.getState<IndexEntry[]>(storeName, indexKey(userId));
      return (value ?? [])
        .map((item) => ({ ...item, user_id: userId, created_at: new Date(item.created_at), updated_at: new Date(item.updated_at) }))
        .sort((a, b) => b.updated_at.getTime() - a.updated_at.getTime() || b.id.localeCompare(a.id))
        .slice(0, limit);
    },
  };
}
