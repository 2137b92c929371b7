import type { ChatMessage, ToolCallRecord } from '@doable/contracts';
import type { ConversationRecord, ConversationState } from './conversation-store.ts';

/** Messages kept per conversation (50 turns); older ones are dropped when it is saved. */
export const MAX_STORED_MESSAGES = 100;
/** Characters of JSON kept per conversation's messages; the oldest go first (the newest is always kept). */
export const MAX_STORED_CHARS = 256_000;
/** Characters of a message's text kept (a user message is at most 4,000 already). */
export const MAX_STORED_TEXT = 4_000;
/** Tasks kept of a listed page: the web app shows 8 under a reply, and the reply's text names the rest. */
export const MAX_STORED_ITEMS = 8;
/** Tool calls kept per reply. */
export const MAX_STORED_TOOL_CALLS = 10;
/** Characters kept of any text inside a tool call's arguments or result (a task title is at most 500). */
const MAX_STORED_STRING = 500;
const MAX_STORED_ARRAY = 20;
const MAX_STORED_KEYS = 40;
const MAX_STORED_DEPTH = 6;

/** Cuts `text` to `max` code units without splitting a surrogate pair, marking the cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A string PostgreSQL's jsonb accepts: an unpaired surrogate (which jsonb refuses) becomes U+FFFD. */
const wellFormed = (text: string) => text.toWellFormed();

/** A JSON value bounded in depth, breadth and text length, every string and key well-formed. */
function compactValue(value: unknown, depth: number, key?: string): unknown {
  if (typeof value === 'string') return truncateText(wellFormed(value), MAX_STORED_STRING);
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (depth >= MAX_STORED_DEPTH) return '…';
  if (Array.isArray(value)) {
    const limit = key === 'items' ? MAX_STORED_ITEMS : MAX_STORED_ARRAY;
    return value.slice(0, limit).map((item) => compactValue(item, depth + 1));
  }
  const entries = Object.entries(value as Record<string, unknown>).slice(0, MAX_STORED_KEYS);
  return Object.fromEntries(entries.map(([name, item]) => [truncateText(wellFormed(name), 100), compactValue(item, depth + 1, name)]));
}

/** Every string of the offline interpreter's memory well-formed; nothing cut (a pending action must stay whole). */
function wellFormedValue<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(wellFormedValue) as T;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [wellFormed(name), wellFormedValue(item)])) as T;
}

function toStoredToolCall(call: ToolCallRecord): ToolCallRecord {
  return {
    name: truncateText(wellFormed(call.name), 100),
    arguments: compactValue(call.arguments ?? {}, 1) as Record<string, unknown>,
    ok: call.ok,
    ...(call.result !== undefined ? { result: compactValue(call.result, 1) } : {}),
    ...(call.error !== undefined ? { error: truncateText(wellFormed(call.error), MAX_STORED_STRING) } : {}),
  };
}

export function toStoredMessage(message: ChatMessage): ChatMessage {
  return {
    role: message.role,
    content: truncateText(wellFormed(message.content), MAX_STORED_TEXT),
    ...(message.tool_calls ? { tool_calls: message.tool_calls.slice(0, MAX_STORED_TOOL_CALLS).map(toStoredToolCall) } : {}),
    created_at: message.created_at,
  };
}

/** The newest messages that fit `MAX_STORED_CHARS` of JSON together (at least the newest one). */
function newestWithinBudget(messages: ChatMessage[]): ChatMessage[] {
  let size = 0;
  let first = messages.length;
  while (first > 0) {
    const next = JSON.stringify(messages[first - 1]).length;
    if (first < messages.length && size + next > MAX_STORED_CHARS) break;
    size += next;
    first -= 1;
  }
  return messages.slice(first);
}

/**
 * A conversation as the stores keep it: its newest messages (at most `MAX_STORED_MESSAGES`, about
 * `MAX_STORED_CHARS` of JSON), each bounded (a listed page keeps its first tasks, long texts are cut), every
 * string well-formed. It stays small however long it runs, and nothing in it can make PostgreSQL refuse the save.
 */
export function toStoredConversation(record: ConversationRecord): ConversationRecord {
  return {
    ...record,
    title: wellFormed(record.title),
    messages: newestWithinBudget(record.messages.slice(-MAX_STORED_MESSAGES).map(toStoredMessage)),
    state: wellFormedValue<ConversationState>(record.state),
  };
}
