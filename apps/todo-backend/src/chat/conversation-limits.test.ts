import type { ChatMessage } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import {
  MAX_STORED_CHARS,
  MAX_STORED_ITEMS,
  MAX_STORED_MESSAGES,
  MAX_STORED_TEXT,
  toStoredConversation,
  truncateText,
} from './conversation-limits.ts';
import type { ConversationRecord } from './conversation-store.ts';

const aTask = (id: number) => ({ id, title: `task ${id}`, description: 'x'.repeat(5_000), tags: ['home'], priority: 'medium' });

const aTurn = (n: number): ChatMessage[] => [
  { role: 'user', content: 'show my tasks', created_at: `2031-01-01T10:00:${String(n % 60).padStart(2, '0')}.000Z` },
  {
    role: 'assistant',
    content: 'Your tasks:\n'.repeat(1_000),
    tool_calls: [
      {
        name: 'list_tasks',
        arguments: { limit: 50 },
        ok: true,
        result: { items: Array.from({ length: 50 }, (_, i) => aTask(i)), next_cursor: null },
      },
    ],
    created_at: '2031-01-01T10:00:01.000Z',
  },
];

const aConversation = (messages: ChatMessage[]): ConversationRecord => ({
  id: '6f1c2a34-0000-4000-8000-000000000001',
  user_id: 'u-1',
  title: 'show my tasks',
  messages,
  state: {},
  created_at: new Date('2031-01-01T10:00:00Z'),
  updated_at: new Date('2031-01-01T10:00:00Z'),
});

describe('what a conversation keeps', () => {
  it('stays within its budget however many turns it has, keeping the newest', () => {
    const messages = Array.from({ length: 300 }, (_, n) => aTurn(n)).flat();
    const stored = toStoredConversation(aConversation(messages));
    expect(stored.messages.length).toBeLessThanOrEqual(MAX_STORED_MESSAGES);
    expect(JSON.stringify(stored.messages).length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    expect(stored.messages.at(-1)?.role).toBe('assistant');
    const result = stored.messages.at(-1)?.tool_calls?.[0]?.result as { items: { description: string }[] } | undefined;
    expect(result?.items).toHaveLength(MAX_STORED_ITEMS);
    expect(result?.items[0]?.description.length).toBeLessThanOrEqual(500);
    expect(stored.messages.at(-1)?.content.length).toBeLessThanOrEqual(MAX_STORED_TEXT);
  });

  it('makes every string and key well-formed, and keeps the interpreter’s pending action whole', () => {
    const long = 'y'.repeat(3_000);
    const stored = toStoredConversation({
      ...aConversation([
        { role: 'user', content: 'hi \ud800', created_at: '2031-01-01T10:00:00.000Z' },
        {
          role: 'assistant',
          content: 'ok \udc00',
          tool_calls: [{ name: 'add_task', arguments: { 'ti\ud800tle': 'x\udbff' }, ok: false, error: 'bad \ud800' }],
          created_at: '2031-01-01T10:00:01.000Z',
        },
      ]),
      title: 'hi \ud800',
      state: { pending: { tool: 'update_task', args: { description: `${long}\ud800` }, candidates: [1, 2] } },
    });
    const json = JSON.stringify(stored);
    expect(json).not.toMatch(/\\ud[89ab]/i);
    expect(json).not.toMatch(/\\ud[c-f]/i);
    expect(stored.messages[1]?.tool_calls?.[0]).toEqual({
      name: 'add_task',
      arguments: { 'ti\ufffdtle': 'x\ufffd' },
      ok: false,
      error: 'bad \ufffd',
    });
    expect(stored.state.pending?.args.description).toBe(`${long}\ufffd`);
  });

  it('cuts text without splitting a surrogate pair', () => {
    expect(truncateText('abc', 3)).toBe('abc');
    expect(truncateText('abcdef', 4)).toBe('abc…');
    const cut = truncateText(`ab😀cdef`, 4);
    expect(cut.isWellFormed()).toBe(true);
    expect(cut).toBe('ab…');
  });
});
