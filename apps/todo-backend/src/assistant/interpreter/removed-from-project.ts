import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// A task taken off one of the caller's lists, as people say it of a shopping list: "remove milk from my grocery list",
// "delete eggs from the Groceries list". The task is deleted; the project, named only to say where the task is, stays (it
// was read as a request to delete the project, or kept in the task's name).

/** Only off a "list": "remove the memo from Work" may mean out of the project, and a deletion is never guessed. */
const REMOVED = /^(?:remove|delete|erase|scratch|strike)\s+(.+?)\s+(?:from|off)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(.+?)\s+list$/i;
/** "remove all tasks from Groceries", "delete everything off my grocery list": many tasks, which other rules ask about. */
const MANY = /^(?:all|every|everything|each)\b|\b(?:tasks|items|things)$/i;

/** The task removed from a project the caller has, or undefined. */
export function removedFromProject(text: string, known: KnownNames): string | undefined {
  const removed = REMOVED.exec(text.trim());
  if (!removed?.[1] || !removed[2] || MANY.test(removed[1])) return undefined;
  return knownProject(removed[2], known) ? removed[1] : undefined;
}
