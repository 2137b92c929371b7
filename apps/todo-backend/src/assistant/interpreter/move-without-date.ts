import { extractDate } from './phrases.ts';

// "postpone the vet", "put off calling the bank", "move the dentist": a task to move, but not when (or where) to.
// Moving it to a guessed day would change it wrongly; the question names the task and shows how to say the day.

const TASK = String.raw`((?:the|my|our|that|this|it|task|#?\d)\b[^,;:]*?)`;
/** Verbs that only put a task later: the task may be named in bare words ("postpone vet"). */
const PUT_LATER = new RegExp(
  String.raw`^(?:postpone|delay|defer|reschedule|re-schedule|rebook|re-book|push\s+back)\s+(${TASK.slice(1, -1)}|[^,;:\s]+(?:\s+[^,;:\s]+){0,3})(?:\s+(?:again|please))*$`,
  'i',
);
/** "move the dentist": to a day or to a project; "move house" is no task of the list. */
const MOVE = new RegExp(String.raw`^(?:move|shift)\s+${TASK}(?:\s+(?:please|again))*$`, 'i');

const named = (task: string) => (/^(?:it|that|this)$/i.test(task) ? 'it' : `"${task.replace(/^(?:the|my|our)\s+/i, '')}"`);

/** The question to ask when a task is to be moved but no day is said; undefined when a day is said or it is no move. */
export function moveWithoutDateAsked(text: string): string | undefined {
  const said = text.trim();
  if (extractDate(` ${said}`).date) return undefined;
  const later = PUT_LATER.exec(said)?.[1];
  if (later) {
    const task = named(later);
    const asked = task === 'it' ? 'Until when should I put it off?' : `Until when should I put off ${task}?`;
    return `${asked} Say the day, for example "postpone ${task.replace(/"/g, '')} until friday".`;
  }
  const moved = MOVE.exec(said)?.[1];
  if (moved)
    return `Move ${named(moved)} to what day, or to which project? For example "move ${named(moved).replace(/"/g, '')} to friday".`;
  return undefined;
}
