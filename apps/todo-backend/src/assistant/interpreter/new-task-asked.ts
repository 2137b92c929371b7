import { isWholeDate } from './whole-dates.ts';

// "set up a task for filing taxes, high priority", "make me a todo to call the bank, due friday": a new task asked for
// with "set up" or "make", said as "add" before the clauses after it are read (a level or a date after the title
// would otherwise be a change to a task called "up a task for …").
const SET_UP_A_TASK =
  /^((?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)*)(?:set\s+up|make(?:\s+me)?)\s+(?:a|an)\s+(?:new\s+)?(task|todo|to-do|item)\b(?=\s*(?::|for\b|to\b|called\b|named\b))/i;
/** "new todo -> fix the hinge", "new task → …": an arrow after "new task" points at its title, never a rename of "new". */
const ARROW_AFTER_NEW_TASK = /^((?:(?:please|pls)\s+)?(?:new|add\s+(?:a\s+)?(?:new\s+)?)\s*(?:task|todo|to-do|item))\s*(?:->|=>|→|>)\s*/i;
/** "add a task for the car: oil change": the thing a task is for, said before its title, is no part of the title ("for
 * work:" may name a project, and is left to the rules for projects). */
const FOR_WHAT_THEN_TITLE =
  /^((?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:add|create|new|put|make)\s+(?:me\s+)?(?:a\s+|an\s+|another\s+)?(?:new\s+)?(?:task|todo|to-do|item|reminder))\s+for\s+(?:the|my|our)\s+[\p{L}'’ -]{2,30}?\s*:\s*(?=\S)/iu;
/** A field said after the title: ", high priority", "due friday". */
const FIELD_AFTER = /,|\bdue\b|\b(?:high|low|medium|top)\s+(?:priority|prio)\b/i;

/**
 * "create a task "quarterly tax" due 2025-01-15 high": after a title in quotes, a level word ending the sentence is the
 * new task's priority, never the title's ("add milk high" leaves "high" in an unquoted title, which may be its own).
 */
const LEVEL_AFTER_QUOTED_TITLE =
  /^((?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:add|create|new|put|make)\b[^"“]*["“][^"”]+["”]\s+\S.*?)(?<!\b(?:not|no|less|least|non|very|super|so|really|most))\s*,?\s+(high|low|medium|urgent)$/i;

/** "add 'get a quote' to next week": a title in quotes added "to" a date is due then, never titled "… to next week". */
const QUOTED_TITLE_TO =
  /^((?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:add|create|new|put)\b[^"“‘']*["“‘'][^"”’']+["”’'])\s+to\s+([^,;]+?)(\s*[,;].*)?$/i;

/** "set up a reminder to call the vet": a reminder set up is one set. */
const SET_UP_A_REMINDER = /^((?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)*)set\s+up\s+(?=(?:a|an)\s+(?:new\s+)?reminder\b)/i;

export function newTaskAsked(text: string): string {
  if (SET_UP_A_REMINDER.test(text)) return newTaskAsked(text.replace(SET_UP_A_REMINDER, '$1set '));
  const quotedTo = QUOTED_TITLE_TO.exec(text.trim());
  if (quotedTo?.[1] && quotedTo[2] && isWholeDate(quotedTo[2]))
    return newTaskAsked(`${quotedTo[1]} for ${quotedTo[2]}${quotedTo[3] ?? ''}`);
  if (FOR_WHAT_THEN_TITLE.test(text)) return newTaskAsked(text.replace(FOR_WHAT_THEN_TITLE, '$1: '));
  if (ARROW_AFTER_NEW_TASK.test(text)) return newTaskAsked(text.replace(ARROW_AFTER_NEW_TASK, '$1: '));
  const level = LEVEL_AFTER_QUOTED_TITLE.exec(text.trim().replace(/[.!]+$/, ''));
  if (level?.[1] && level[2]) return newTaskAsked(`${level[1]}, ${level[2]} priority`);
  // "set up a task for the office move by friday": with nothing more said, the rules for "set up" read what it is for.
  if (/\btask\s+for\s+the\b/i.test(text) && !FIELD_AFTER.test(text)) return text;
  return text.replace(SET_UP_A_TASK, (_said, lead: string, noun: string) => `${lead}add a ${noun}`);
}
