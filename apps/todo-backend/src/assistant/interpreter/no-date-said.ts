import type { Interpretation } from './offline-interpreter.ts';

// A date taken away in words that are no date: "the shed painting is undated now", "make the loft due whenever",
// "leave the fence undated". "whenever" after "due" says when it is due (never), not how much it matters; said alone
// ("fix the gate - whenever") it stays a low priority, read elsewhere.

/** Words that say a task has no date, where a date would stand. */
const NO_DATE = /^(?:whenever|undated|no\s+(?:due\s+)?date|any\s*time|someday|some\s+day)$/i;

const UNDATED =
  /^(?:(?:make|leave|mark|set)\s+(.+?)\s+(?:as\s+)?(?:undated|dateless|due\s+whenever)|(?!(?:what|which|who|is|are)\b)(.+?)\s+(?:is|are|can\s+be|should\s+be)\s+(?:now\s+)?(?:undated|dateless|due\s+whenever)(?:\s+now)?)$/i;

/** "the shed painting is undated now" said as the rules read it: "clear the due date of the shed painting". */
export function undatedSaid(text: string): string {
  const said = UNDATED.exec(text.trim().replace(/[.!]+$/, ''));
  const ref = said?.[1] ?? said?.[2];
  // "make the car less urgent and due whenever": two changes, read as such elsewhere.
  return ref && !/,|\s(?:and|&)(?:\s|$)/i.test(ref) ? `clear the due date of ${ref}` : text;
}

/** A due date read as "whenever" or "no date" is no date: the call clears it. */
export function noDateCleared(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call') return reading;
  const key = reading.tool === 'set_due_date' ? 'date' : reading.tool === 'update_task' ? 'due_date' : undefined;
  const value = key ? reading.args[key] : undefined;
  if (!key || typeof value !== 'string' || !NO_DATE.test(value.trim())) return reading;
  return { ...reading, args: { ...reading.args, [key]: null } };
}
