import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// A task taken off one of the caller's lists, as people say it of a shopping list: "remove milk from my grocery list",
// "delete eggs from the Groceries list". The task is deleted; the project, named only to say where the task is, stays (it
// was read as a request to delete the project, or kept in the task's name).

/** Only off a "list": "remove the memo from Work" may mean out of the project, and a deletion is never guessed. */
const REMOVED_FROM_LIST =
  /^(?:remove|delete|erase|scratch|strike)\s+(.+?)\s+(?:from|off)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(.+?)\s+list$/i;
/** "remove all tasks from Groceries", "delete everything off my grocery list": many tasks, which other rules ask about. */
const MANY = /^(?:all|every|everything|each)\b|\b(?:tasks|items|things)$/i;

/** The task removed from a project the caller has, or undefined. */
export function removedFromProject(text: string, known: KnownNames): string | undefined {
  const removed = REMOVED_FROM_LIST.exec(text.trim()) ?? DELETED_FROM_PROJECT.exec(text.trim());
  if (!removed?.[1] || !removed[2] || MANY.test(removed[1]) || FIELD.test(removed[1])) return undefined;
  return knownProject(removed[2], known) ? removed[1] : undefined;
}

/** "delete eggs from Groceries": a verb that only deletes says what is meant without "list". */
const DELETED_FROM_PROJECT =
  /^(?:delete|erase|scratch|strike)\s+(.+?)\s+(?:from|off|out\s+of)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+project)?$/i;

/** "remove milk from groceries", "take eggs off Groceries": a project named without "list" ("out of Work" moves it). */
const REMOVED_FROM_PROJECT = /^(?:remove|take)\s+(.+?)\s+(?:from|off)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+project)?$/i;

/** A field taken off a task named like a project ("remove the tag from Work") is read by the field rules. */
const FIELD = /^(?:the\s+|its\s+|a\s+)?(?:tags?|labels?|(?:due\s+)?dates?|deadline|reminders?|notes?|description|priority|flag|star)$/i;

/**
 * The question when a task is taken off a project the caller has without saying "list": it may be meant deleted or moved
 * out of the project (it was read as a task titled "milk from groceries", or as clearing the notes of a task "Work").
 */
export function removalFromProjectAsked(text: string, known: KnownNames): string | undefined {
  const removed = REMOVED_FROM_PROJECT.exec(text.trim());
  if (!removed?.[1] || !removed[2] || MANY.test(removed[1]) || FIELD.test(removed[1])) return undefined;
  const project = knownProject(removed[2], known);
  if (!project) return undefined;
  const task = removed[1].replace(/^(?:the|my)\s+/i, '');
  return `Delete "${task}", or move it out of ${project}? Say "delete ${task}" or "move ${task} to Inbox".`;
}
