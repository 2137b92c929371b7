import type { ChatMessage } from '@doable/contracts';
import type { TaskRef } from '../assistant/interpreter/offline-interpreter.ts';
import type { Executor } from '../database/executor.ts';
import type { PendingBulk } from './bulk-change.ts';
import { toStoredConversation } from './conversation-limits.ts';
import type { UndoStep } from './undo.ts';

/** What the offline interpreter remembers between messages: the task last touched, and a question it asked. */
export interface ConversationState {
  last_task_id?: number;
  pending?: { tool: string; args: Record<string, unknown>; candidates: number[] };
  /** A change to many tasks waiting for the user's "yes". */
  bulk?: PendingBulk;
  /** How to take back the last change this conversation made. */
  undo?: UndoStep;
  ref?: TaskRef;
}

export interface ConversationRecord {
  id: string;
  user_id: string;
  title: string;
  messages: ChatMessage[];
  state: ConversationState;
  created_at: Date;
  updated_at: Date;
}

/** Where conversations live: a table in embedded mode, the Dapr state store in distributed mode. Always per user. */
export interface ConversationStore {
  /** The user's conversation, or undefined when it does not exist or belongs to someone else. */
  find(userId: string, id: string): Promise<ConversationRecord | undefined>;
  /** Inserts or replaces the whole conversation, bounded as `toStoredConversation` says. */
  save(conversation: ConversationRecord): Promise<void>;
  /** The user's conversations, most recently updated first. */
  list(userId: string, limit: number): Promise<Omit<ConversationRecord, 'messages' | 'state'>[]>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Conversations in `backend.conversations`. */
export function createTableConversationStore(db: Executor): ConversationStore {
  return {
    async find(userId, id) {
      if (!UUID.test(id)) return undefined;
      const row = await db.selectFrom('conversations').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        user_id: row.user_id,
        title: row.title,
        messages: row.messages,
        state: row.state,
        created_at: row.created_at,
        updated_at: row.updated_at,
      };
    },
    async save(record) {
      const conversation = toStoredConversation(record);
      const values = {
        ...conversation,
        messages: JSON.stringify(conversation.messages),
        state: JSON.stringify(conversation.state),
      };
      await db
        .insertInto('conversations')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ title: values.title, messages: values.messages, state: values.state, updated_at: values.updated_at }),
        )
        .execute();
    },
    async list(userId, limit) {
      return db
        .selectFrom('conversations')
        .select(['id', 'user_id', 'title', 'created_at', 'updated_at'])
        .where('user_id', '=', userId)
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}
