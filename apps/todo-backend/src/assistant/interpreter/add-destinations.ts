import { escapeRegExp, type KnownNames } from './project-names.ts';

// Where a task to add is said to go. "add 'Manic Monday' to the playlist task", "add buy nails to task 5": a task that
// is there already, where the words may be a subtask or a note; never a new task titled with both. "add ink to Work
// and milk to Groceries": two tasks for two projects, asked one at a time, never one titled with both.

/** "… to the playlist task", "… onto task 5", "… in the wedding one". */
const TO_A_TASK = /\s(?:to|onto|into|in|on)\s+(?:(?:the|my|that|this)\s+[\p{L}\p{N}' -]+?\s+(?:task|todo|to-do|item|one)|task\s+#?\d+)$/iu;

/** The question to ask when the words of a task to add go to another task or to two projects, or undefined. */
export function destinationAsked(said: string, known: KnownNames): string | undefined {
  const body = said.trim().replace(/[.!?]+$/, '');
  if (TO_A_TASK.test(body))
    return 'Should that be a subtask of that task, or a note on it? Say "add … as a subtask of …" or "add a note to …: …".';
  const projects = (known.projects ?? []).filter((project) =>
    new RegExp(String.raw`\b(?:to|into|onto|in)\s+(?:the\s+|my\s+)?${escapeRegExp(project)}\b`, 'i').test(body),
  );
  if (projects.length >= 2) return 'One task at a time, please: which one first, and in which project?';
  return undefined;
}

/** A new task asked for: "add …", "create …", "new task …". */
const ADDS = /^(?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:add|create|new)\b/i;

/**
 * "add plan the fete stall under garden club for next tuesday": a new task put "under" one of the caller's projects of
 * more than one word goes in it, said the way the project rules read it. "under" one word is a tag, as it has always
 * been ("add call the plumber under work", "add renew the visa under travel"): no tag has two words.
 */
export function underAProject(said: string, known: KnownNames): string {
  if (!ADDS.test(said.trim())) return said;
  for (const project of (known.projects ?? []).filter((name) => /\s/.test(name.trim()))) {
    const under = new RegExp(String.raw`\bunder\s+(?:the\s+|my\s+)?(${escapeRegExp(project)})(?:\s+(?:project|list))?\b`, 'i');
    if (under.test(said)) return said.replace(under, 'in $1');
  }
  return said;
}
