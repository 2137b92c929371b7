// "set up a task for filing taxes, high priority", "make me a todo to call the bank, due friday": a new task asked for
// with "set up" or "make", said as "add" before the clauses after it are read (a level or a date after the title
// would otherwise be a change to a task called "up a task for …").
const SET_UP_A_TASK =
  /^((?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)*)(?:set\s+up|make(?:\s+me)?)\s+(?:a|an)\s+(?:new\s+)?(task|todo|to-do|item)\b(?=\s*(?::|for\b|to\b|called\b|named\b))/i;
/** A field said after the title: ", high priority", "due friday". */
const FIELD_AFTER = /,|\bdue\b|\b(?:high|low|medium|top)\s+(?:priority|prio)\b/i;

export function newTaskAsked(text: string): string {
  // "set up a task for the office move by friday": with nothing more said, the rules for "set up" read what it is for.
  if (/\btask\s+for\s+the\b/i.test(text) && !FIELD_AFTER.test(text)) return text;
  return text.replace(SET_UP_A_TASK, (_said, lead: string, noun: string) => `${lead}add a ${noun}`);
}
