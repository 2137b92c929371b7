import type { Interpretation } from './offline-interpreter.ts';

// News that holds the change itself, then a bare request to make it: "the stats tut is every tuesday now, change it",
// "the dentist is friday 3pm now, can you update that". The news alone is the change; the request adds nothing to it,
// and the sentence is never a new task named by the news.

const BARE_CHANGE =
  /^(.+?)\s*[,;.:-]+\s*(?:(?:so|and|pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(?:change|update|edit|fix|adjust|amend)\s+(?:it|that|this)(?:\s+(?:please|pls|for\s+me|accordingly|too))?$/i;

/** Changes to a task that exists; a new task, a search or a question read from the news is not one. */
const CHANGES = new Set([
  'update_task',
  'set_due_date',
  'set_priority',
  'postpone_task',
  'add_tag',
  'remove_tag',
  'move_task',
  'set_reminder',
]);

export function newsThenChangeIt(text: string, read: (news: string) => Interpretation): Interpretation | undefined {
  const news = BARE_CHANGE.exec(text.trim())?.[1];
  if (!news) return undefined;
  const reading = read(news);
  const named = reading.kind === 'call' && reading.target !== undefined && !('last' in reading.target);
  return named && reading.kind === 'call' && CHANGES.has(reading.tool) ? reading : undefined;
}
