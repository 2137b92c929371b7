import type { Interpretation } from './offline-interpreter.ts';

// "set 12 to friday 3pm and remind me an hour before": a sentence that starts with a change to a task named so
// (a number, "it", "the dentist task") is never a new task, whatever rule would add one from its dates and reminders.
// Asked instead: a task titled "set 12 to" is the harm a question avoids.

const CHANGE_OF_A_TASK =
  /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*(?:set|change|move|update|make|switch|swap|push|reschedule|postpone|rename|retitle|edit|mark|tag|assign|delete|remove)\s+(?:(?:task\s+|number\s+|#)?\d+|it|that(?:\s+one)?|this(?:\s+one)?|(?:the|my)\s+[^,;]+?\s+(?:task|one|todo))\b/i;

/** The reading, or a question when it would add a task from a sentence that changes one. */
export function neverAddFromChange(text: string, reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || (reading.tool !== 'add_task' && reading.tool !== 'create_recurring')) return reading;
  if (!CHANGE_OF_A_TASK.test(text.trim())) return reading;
  return { kind: 'help', reason: 'One change at a time, please: which change first? Say one, then the other.' };
}
