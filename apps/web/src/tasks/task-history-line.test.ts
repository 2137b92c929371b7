import type { TaskHistoryEntry } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { changeOriginText, HISTORY_VERB, historyDetail } from './task-history-line.ts';

const anEntry = (overrides: Partial<TaskHistoryEntry> = {}): TaskHistoryEntry => ({
  event_id: 'e1',
  event_type: 'updated',
  timestamp: '2030-01-01T10:00:00.000Z',
  task_data: { title: 'Pay rent', completed: false, priority: 'medium', tags: [], due_date: null },
  changed_fields: ['title'],
  actor: { user_id: 'u1', name: 'Ada' },
  ...overrides,
});
const line = (entry: TaskHistoryEntry) => `${HISTORY_VERB[entry.event_type]}${historyDetail(entry)}`;

describe('a history line says through what a change was made', () => {
  it('names the CalDAV client a change came from', () => {
    expect(line(anEntry({ via: { channel: 'caldav', client: 'Thunderbird' } }))).toBe('Changed title by Ada · from Thunderbird');
  });

  it('names the channel when no client is known', () => {
    expect(line(anEntry({ event_type: 'completed', via: { channel: 'chat' } }))).toBe('Completed by Ada · via chat');
    expect(line(anEntry({ via: { channel: 'mcp' } }))).toBe('Changed title by Ada · via MCP');
    expect(line(anEntry({ via: { channel: 'api' } }))).toBe('Changed title by Ada · via the API');
    expect(line(anEntry({ via: { channel: 'caldav' } }))).toBe('Changed title by Ada · via CalDAV');
    expect(changeOriginText({ channel: 'mcp', client: 'Claude Desktop' })).toBe('via MCP (Claude Desktop)');
  });

  it('says nothing for the web app itself, Doable’s own work or an entry from before', () => {
    expect(line(anEntry({ via: { channel: 'web' } }))).toBe('Changed title by Ada');
    expect(line(anEntry({ event_type: 'created', via: { channel: 'system' } }))).toBe('Created by Ada');
    expect(line(anEntry({ changed_fields: ['due_date', 'priority'], actor: undefined }))).toBe('Changed due date, priority');
  });
});
