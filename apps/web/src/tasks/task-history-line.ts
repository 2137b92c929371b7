import type { ChangeOrigin, TaskHistoryEntry } from '@doable/contracts';

export const HISTORY_VERB: Record<TaskHistoryEntry['event_type'], string> = {
  created: 'Created',
  updated: 'Changed',
  completed: 'Completed',
  deleted: 'Deleted',
};

/** Nothing for the web app itself or Doable's own work (a next occurrence): only other ways in are worth saying. */
const CHANNEL: Record<ChangeOrigin['channel'], string | undefined> = {
  web: undefined,
  system: undefined,
  api: 'via the API',
  chat: 'via chat',
  mcp: 'via MCP',
  caldav: 'via CalDAV',
};

/** "from Thunderbird", "via chat", "via MCP (Claude Desktop)"; undefined for the web app or an older entry. */
export function changeOriginText(via: ChangeOrigin | undefined): string | undefined {
  if (!via) return undefined;
  const channel = CHANNEL[via.channel];
  if (!channel || !via.client) return channel;
  return via.channel === 'caldav' ? `from ${via.client}` : `${channel} (${via.client})`;
}

/** What follows the verb: the changed fields, who made the change and through what ("title by Ada · from Thunderbird"). */
export function historyDetail(entry: TaskHistoryEntry): string {
  const fields =
    entry.event_type === 'updated' && entry.changed_fields?.length ? ` ${entry.changed_fields.join(', ').replaceAll('_', ' ')}` : '';
  const actor = entry.actor?.name ? ` by ${entry.actor.name}` : '';
  const origin = changeOriginText(entry.via);
  return `${fields}${actor}${origin ? ` · ${origin}` : ''}`;
}
