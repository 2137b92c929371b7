import { isWholeDate, isWholeRule } from './whole-dates.ts';

// "3pm for task 4", "monthly for the pay rent task, on the 1st": the new value said first, then the task it is for, named
// as a task ("the … task", "the … one") or by its number. Said as the change the rules read ("move task 4 to 3pm", "make
// the pay rent task repeat monthly on the 1st"), never a new task titled "for the …". Without the word "task" ("every
// monday for the team standup") it may be a new task's rule, and the other rules read it.

const VALUE_THEN_TASK =
  /^(\S.*?)\s+(?:for|on)\s+((?:the|my)\s+[^,;]+?\s+(?:task|one|thing|item|todo)|(?:task\s+|#)\d+)(?:\s*,\s*([^,;]+?))?(?:\s*,?\s+(?:please|pls|plz|thanks|thx|ta))?[.!]*$/i;

export function valueSaidFirst(text: string): string {
  const said = VALUE_THEN_TASK.exec(text.trim());
  if (!said?.[1] || !said[2]) return text;
  const [, value, task, more] = said;
  // "monthly on the 3rd: pay the gym", "every year on the 3rd of march …": a day of the rule, never a task.
  if (/:|^(?:the|my)\s+(?:\d|(?:first|second|third|fourth|fifth|last|next)\b)/i.test(task)) return text;
  const when = more ? `${value} ${more}` : value;
  if (isWholeRule(value) && (!more || isWholeDate(more) || isWholeRule(when))) return `make ${task} repeat ${when}`;
  if (!more && isWholeDate(value)) return `move ${task} to ${value}`;
  return text;
}
