import type { Interpretation } from './offline-interpreter.ts';
import { isWholeDate } from './whole-dates.ts';

// "rename the thing for friday to bake sale cakes", "move the one on monday to tuesday": a task described by when it
// is due, not by words of its title. The chat reads titles, so it would change a task titled "friday" (or any with
// the word), not the one meant: asked instead. "the monday task" and "the friday drinks" name titles and are read, and
// so is "the dentist, the one on friday", where the date only says which dentist.

const DESCRIBED_BY_DATE =
  /\b(?:the|that)\s+(?:thing|one|task|stuff)\s+(?:for|on|due(?:\s+on)?)\s+((?:\S+\s+){0,2}?\S+?)(?=\s+(?:to|as|till|until)\b|[,;:]|\s*$)/i;

export const ASK_TASK_BY_DATE = 'Which task is that? Give its number or words of its title: I find tasks by their titles.';

/** The reading, or a question when it changes a task the sentence names only by its date. */
export function taskSaidByItsDate(message: string, reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || !reading.target || !('title' in reading.target)) return reading;
  const date = DESCRIBED_BY_DATE.exec(message)?.[1];
  // "delete the dentist, the one on friday": the date only says which dentist; the title is named.
  const titledByDate = date !== undefined && reading.target.title.toLowerCase().includes(date.toLowerCase());
  return titledByDate && isWholeDate(date) ? { kind: 'help', reason: ASK_TASK_BY_DATE } : reading;
}
