import { dateReader } from '../dates.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { extractDate } from './phrases.ts';
import { isWholeDate } from './whole-dates.ts';

// "cancel netflix 3:15 tmrw", "cancel the gym membership by friday": a deletion whose task words end in a time to come
// is as likely an errand to add ("cancel netflix", due then) as a task to delete. Deleting is the one reading that
// cannot be taken back by asking again, so the chat asks which. A day alone ("scrap tuesday", "bin next week") may
// name everything due then as well as a task so titled: asked too.

export const ASK_DELETE_A_DAY =
  'Delete everything due then, or one task? Say "delete <words of its title>" for one task; I delete many tasks only when asked plainly.';

export const ASK_DELETE_OR_ERRAND =
  'Delete a task, or add one to do then? Say "delete <words of its title>" to delete it, or "add <title> <when>" to add it.';

export const ASK_DELETE_ONE_DATE =
  'The whole task, or that one date? Say "delete <words of its title>" for the task, or "skip this week\'s <words of its title>" to move it on.';

/**
 * "cancel this saturday's match", "scrap tomorrow's training": a day's possessive before the task names one date of it,
 * which for a series is skipped, not the series deleted. Asked, as deleting cannot be taken back by asking again.
 */
const ONE_DATE_OF =
  /^(?:(?:this|next)\s+(?:week|weekend|month)|today|tonight|tomorrow|(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s\s+\S/i;

/** The reading, or a question when a deletion names its task with a time to come at the end, or one date of it. */
export function neverDeleteOnADate(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'delete_task') return reading;
  const title = reading.target && 'title' in reading.target ? reading.target.title.trim() : '';
  if (!title) return reading;
  if (isWholeDate(title)) return { kind: 'help', reason: ASK_DELETE_A_DAY };
  if (ONE_DATE_OF.test(title)) return { kind: 'help', reason: ASK_DELETE_ONE_DATE };
  const date = dateReader.parse(title).at(-1);
  const endsTitle = date !== undefined && date.index > 0 && date.index + date.text.trimEnd().length === title.length;
  // "cancel the trial before it charges me on the 9th": a deadline said after the task is an errand's as well.
  const deadline = /\s(?:before|by|until|till)\s/i.test(title) && extractDate(title).date !== undefined;
  return endsTitle || deadline ? { kind: 'help', reason: ASK_DELETE_OR_ERRAND } : reading;
}
