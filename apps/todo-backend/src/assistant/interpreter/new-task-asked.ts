// "set up a task for filing taxes, high priority", "make me a todo to call the bank, due friday": a new task asked for
// with "set up" or "make", said as "add" before the clauses after it are read (a level or a date after the title
// would otherwise be a change to a task called "up a task for …").
const SET_UP_A_TASK =
  /^((?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)*)(?:set\s+up|make(?:\s+me)?)\s+(?:a|an)\s+(?:new\s+)?(task|todo|to-do|item)\b(?=\s*(?::|for\b|to\b|called\b|named\b))/i;
/** "new todo -> fix the hinge", "new task → …": an arrow after "new task" points at its title, never a rename of "new". */
const ARROW_AFTER_NEW_TASK = /^((?:(?:please|pls)\s+)?(?:new|add\s+(?:a\s+)?(?:new\s+)?)\s*(?:task|todo|to-do|item))\s*(?:->|=>|→|>)\s*/i;
/** A field said after the title: ", high priority", "due friday". */
const FIELD_AFTER = /,|\bdue\b|\b(?:high|low|medium|top)\s+(?:priority|prio)\b/i;

/**
 * "create a task "quarterly tax" due 2025-01-15 high": after a title in quotes, a level word ending the sentence is the
 * new task's priority, never the title's ("add milk high" leaves "high" in an unquoted title, which may be its own).
 */
const LEVEL_AFTER_QUOTED_TITLE =
  /^((?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:add|create|new|put|make)\b[^"“]*["“][^"”]+["”]\s+\S.*?)(?<!\b(?:not|no|less|least|non|very|super|so|really|most))\s*,?\s+(high|low|medium|urgent)$/i;

export function newTaskAsked(text: string): string {
  if (ARROW_AFTER_NEW_TASK.test(text)) return newTaskAsked(text.replace(ARROW_AFTER_NEW_TASK, '$1: '));
  const level = LEVEL_AFTER_QUOTED_TITLE.exec(text.trim().replace(/[.!]+$/, ''));
  if (level?.[1] && level[2]) return newTaskAsked(`${level[1]}, ${level[2]} priority`);
  // "set up a task for the office move by friday": with nothing more said, the rules for "set up" read what it is for.
  if (/\btask\s+for\s+the\b/i.test(text) && !FIELD_AFTER.test(text)) return text;
  return text.replace(SET_UP_A_TASK, (_said, lead: string, noun: string) => `${lead}add a ${noun}`);
}
