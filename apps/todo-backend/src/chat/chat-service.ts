import { randomUUID } from 'node:crypto';
import type { ChatMessage, Conversation } from '@doable/contracts';
import { type Logger, NotFoundError } from '@doable/platform';
import type { ToolContext } from '../assistant/task-tools/index.ts';
import { truncateText } from './conversation-limits.ts';
import type { ConversationRecord, ConversationStore } from './conversation-store.ts';
import type { ModelAgent } from './model-agent.ts';
import type { AgentTurn } from './offline-agent.ts';

export interface ChatServiceOptions {
  store: ConversationStore;
  context: (userId: string) => Promise<ToolContext>;
  /** The model path when a model is configured; else the offline interpreter answers. */
  model?: ModelAgent | undefined;
  clock?: () => Date;
  /** Where a conversation that could not be saved after the assistant acted is reported. */
  logger?: Logger;
}

/**
 * The offline interpreter and the task tools load with the first chat message, not at start: an idle server never
 * needs them (docs/benchmarks.md, embedded mode).
 */
const loadOfflineAgent = () => import('./offline-agent.ts');

/** Said after the reply when the assistant changed tasks but the exchange could not be kept in the conversation. */
export const NOT_SAVED_NOTE = 'This exchange could not be added to the conversation history, but the changes above were made.';

const toConversation = (record: ConversationRecord): Conversation => ({
  id: record.id,
  title: record.title,
  created_at: record.created_at.toISOString(),
  updated_at: record.updated_at.toISOString(),
  messages: record.messages,
});

/**
 * One chat turn: load (or start) the user's conversation, let the agent act, persist both messages. Stateless
 * itself. Everything that can be refused is checked before the agent acts (the request by its schema, the
 * conversation by its owner); once a tool has changed tasks, a failed save no longer turns the turn into an error,
 * since a retry would do it again: the reply says the exchange was not kept.
 */
export function createChatService(options: ChatServiceOptions) {
  const clock = options.clock ?? (() => new Date());
  return {
    async chat(userId: string, body: { message: string; conversation_id?: string | undefined }) {
      const now = clock();
      const existing = body.conversation_id ? await options.store.find(userId, body.conversation_id) : undefined;
      if (body.conversation_id && !existing) throw new NotFoundError(`Conversation ${body.conversation_id}`);
      const conversation: ConversationRecord = existing ?? {
        id: randomUUID(),
        user_id: userId,
        title: body.message.length > 80 ? truncateText(body.message, 78) : body.message,
        messages: [],
        state: {},
        created_at: now,
        updated_at: now,
      };
      const ctx = await options.context(userId);
      const turn: AgentTurn = options.model
        ? await options.model.respond(ctx, body.message, conversation.messages, conversation.state)
        : await (await loadOfflineAgent()).respondOffline(ctx, body.message, conversation.state);
      const userMessage: ChatMessage = { role: 'user', content: body.message, created_at: now.toISOString() };
      const reply: ChatMessage = { role: 'assistant', content: turn.reply, tool_calls: turn.tool_calls, created_at: clock().toISOString() };
      try {
        await options.store.save({
          ...conversation,
          messages: [...conversation.messages, userMessage, reply],
          state: turn.state,
          updated_at: clock(),
        });
      } catch (error) {
        if (!turn.tool_calls.some((call) => call.ok)) throw error;
        options.logger?.error({ err: error, conversationId: conversation.id }, 'chat: tasks changed but the conversation was not saved');
        return { conversation_id: conversation.id, reply: `${turn.reply}\n\n${NOT_SAVED_NOTE}`, tool_calls: turn.tool_calls };
      }
      return { conversation_id: conversation.id, reply: turn.reply, tool_calls: turn.tool_calls };
    },

    async listConversations(userId: string) {
      const rows = await options.store.list(userId, 100);
      return {
        items: rows.map((row) => ({
          id: row.id,
          title: row.title,
          created_at: row.created_at.toISOString(),
          updated_at: row.updated_at.toISOString(),
        })),
      };
    },

    async getConversation(userId: string, id: string): Promise<Conversation> {
      const record = await options.store.find(userId, id);
      if (!record) throw new NotFoundError(`Conversation ${id}`);
      return toConversation(record);
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
