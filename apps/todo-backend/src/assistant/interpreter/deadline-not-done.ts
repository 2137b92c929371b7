import { dateReader } from '../dates.ts';

// "finish the report by friday", "wrap up the budget by tomorrow", "done with the slides by monday": a time still to
// come after a verb of finishing is a deadline, so the work is not done yet. It is a task to add, or a due date for one
// that exists, never a completion: asked which. A time that says when it was done ("done with the report today") is
// no deadline.

/** A verb of finishing said as a request or a present state, with the task words after it. */
const FINISHING =
  /^(?:(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?(?:(?:all|just)\s+)?(?:finish(?:\s+(?:off|up))?|complete|wrap\s+up|close(?:\s+out)?|done\s+with|through\s+with|(?:tick|check|cross)\s+off|knock\s+out)\s+(.+)$/i;
/** Words that make what follows them a deadline ("by friday", "by the 31st", "before the meeting"). */
const DEADLINE = /\s(?:by|before|until|till|til|due(?:\s+(?:on|by))?|no\s+later\s+than)\s+\S|\slater(?:\s+(?:today|on))?$/i;
/** When it was done, not by when it must be. */
const WHEN_DONE = /^(?:(?:on|at)\s+)?(?:today|now|just\s+now|already|yesterday|this\s+morning|last\s+\S+|earlier(?:\s+today)?)$/i;

export const ASK_DEADLINE =
  'Is it done already? Say "done with <words of its title>"; to add it as a task, say "add <title> <when>"; to give it a due date, say "<words of its title> is due <when>".';

/** Whether a verb of finishing is said with a deadline after its task. */
export function deadlineSaid(text: string): boolean {
  const words = FINISHING.exec(text.trim())?.[1];
  if (!words) return false;
  if (DEADLINE.test(words)) return true;
  // Read in the words it ends, so a part of the day that ends a title ("the quiz night") is no date.
  const date = dateReader.parse(words).at(-1);
  const ends = date !== undefined && date.index > 0 && date.index + date.text.trimEnd().length === words.trimEnd().length;
  return ends && !WHEN_DONE.test(date.text.trim());
}
