import { DateParseError, resolveDate } from '../dates.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { SOME_DAY } from './phrases.ts';

// A task's new due date that names no day the chat can work out: "postpone the decorating until after the holidays"
// (which holidays?), "shift the call to the afternoon" (the afternoon of the day it is on, which only the list knows).
// Moving the task to a guess is worse than asking; "this afternoon" and "tomorrow afternoon" name their day and are
// read as said. Nor is a second task's move a date: "move the dentist to friday and the vet to monday" would move one
// of them to friday and forget the other; nor is one of two days the user has not chosen between ("the 19th or the 20th").

/** A part of the day said with "the" and nothing else: the task's own day, not today. */
const PART_OF_ITS_DAY = /^(?:(?:to|for|until|till|in)\s+)?the\s+(?:morning|afternoon|evening|night|arvo)$/i;

/** "… and the vet to monday", ", then 5 to the 3rd", "… and car wash to saturday": another task named with where it goes. */
const ANOTHER_MOVE =
  /(?:\s+(?:and|&|then)|,)\s+(?:(?:move|push|put|shift)\s+)?(?:(?:the|my|#?\d+\b|task)\S*(?:\s+\S+){0,4}?\s+(?:to|till|until|for)|\p{L}+(?:\s+\p{L}+){0,3}?\s+(?:to|till|until))\s+\S/iu;

/** "the 19th or the 20th", "monday or tuesday": two days, one of which the user has still to choose. */
const EITHER_DAY = /^(.+?)\s+or\s+(?:on\s+)?(.+)$/i;

export const ASK_ONE_MOVE = 'One task at a time, please: say where the first goes, then the second.';

export const ASK_WHICH_DAY = 'Which day and time should it move to? Say it with the day, for example "friday 3pm".';

/** The new date of a change, when the reading changes one. */
function newDateOf(reading: Interpretation): unknown {
  if (reading.kind !== 'call') return undefined;
  if (reading.tool === 'set_due_date') return reading.args.date;
  if (reading.tool === 'update_task') return reading.args.due_date;
  return undefined;
}

function readable(date: string): boolean {
  try {
    resolveDate(date, 'UTC', SOME_DAY);
    return true;
  } catch (error) {
    if (error instanceof DateParseError) return false;
    throw error;
  }
}

/**
 * "due any day now", "any minute": soon, which is why, not when ("the visa form is due any day now, bump it up" raises
 * it). The change said with it stands without a date; alone it is asked.
 */
const SOON = /^(?:any\s+(?:day|minute|moment|time)(?:\s+now)?|(?:very\s+)?soon(?:ish)?|shortly)$/i;

/** The reading, or a question when it would move a task to a date that names no day. */
export function newDateUnread(reading: Interpretation): Interpretation {
  const date = newDateOf(reading);
  if (typeof date !== 'string') return reading;
  if (reading.kind === 'call' && SOON.test(date.trim())) {
    const { due_date: _soon, ...rest } = reading.args;
    const fields = Object.keys(rest).filter((key) => key !== 'task_id');
    if (reading.tool !== 'update_task' || fields.length === 0) return { kind: 'help', reason: ASK_WHICH_DAY };
    if (fields.length === 1 && fields[0] === 'priority') return { ...reading, tool: 'set_priority', args: rest };
    return { ...reading, args: rest };
  }
  if (ANOTHER_MOVE.test(date)) return { kind: 'help', reason: ASK_ONE_MOVE };
  if (PART_OF_ITS_DAY.test(date.trim())) return { kind: 'help', reason: ASK_WHICH_DAY };
  // "change the standup to every weekday at 9:15": the days of a new rule are each its own, its first the nearest.
  const either = reading.kind === 'call' && reading.args.recurring ? undefined : EITHER_DAY.exec(date.trim());
  if (either?.[1] && either[2] && readable(either[1]) && readable(either[2]))
    return { kind: 'help', reason: `Which day: ${either[1]} or ${either[2]}? Say the one it moves to.` };
  // "make it due the twelfth of never": the words it could not read, so the user sees what to say again.
  if (!readable(date)) return { kind: 'help', reason: `I could not read "${date.trim()}" as a date. ${ASK_WHICH_DAY}` };
  return reading;
}
