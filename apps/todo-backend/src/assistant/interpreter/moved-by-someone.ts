import { isWholeDate } from './whole-dates.ts';

// A task moved by whoever it is with, said as news: "client pushed the call to next wed", "Acme moved the deadline back
// two days", "the Hendersons want me wednesday instead of tuesday". Said again as the move it asks for ("push the call to
// next wed", "push Acme back two days"): the thing moved is the task, or, when only its date is named ("the deadline"),
// the one whose date it is.

const MOVED =
  /^(?!(?:please|pls|can|could|would|will|should|don'?t|do|did|has|have|is|are)\b)((?:the\s+|my\s+|our\s+)?[\p{L}&'.-]+(?:\s+[\p{L}&'.-]+)?)\s+(?:has\s+|have\s+|just\s+|has\s+just\s+)?(pushed|put\s+back|delayed|postponed?|moved|shifted|rescheduled|bumped|brought(?:\s+forward)?|pulled(?:\s+forward)?)\s+(.+?)\s+((?:back|forward|by|to|till|until|for)\b.*)$/iu;
/** Words that name only a task's date: the task is the one whose date it is. */
const ONLY_ITS_DATE = /^(?:the|their|his|her|its|our)\s+(?:deadline|due\s+date|date|slot|appointment|booking)$|^it$/i;
/** "(the deadline) for the report to the 28th": the task whose date it is, then where it goes. */
const DATE_OF_TASK = /^(?:for|of|on)\s+(.+?)\s+((?:back|forward|by|to|till|until)\b.*)$/i;
const WANTED_ON =
  /^((?:the\s+)?[\p{L}&'.-]+(?:\s+[\p{L}&'.-]+)?)\s+(?:wants?|would\s+like|asked\s+for|prefers?)\s+(?:me|us)\s+(?:on\s+|to\s+come\s+(?:on\s+)?)?(.+?)\s+instead(?:\s+of\s+.+)?$/iu;
const NOT_SOMEONE = /^(?:it|that|this|there|what|which|who|how|when|why)$/i;

/** The move said plainly, or undefined when the sentence is not such news. */
export function movedBySomeone(text: string): string | undefined {
  const wanted = WANTED_ON.exec(text);
  if (wanted?.[1] && wanted[2] && !NOT_SOMEONE.test(wanted[1]) && isWholeDate(wanted[2])) return `move ${wanted[1]} to ${wanted[2]}`;
  const moved = MOVED.exec(text);
  if (!moved?.[1] || !moved[2] || !moved[3] || !moved[4] || NOT_SOMEONE.test(moved[1])) return undefined;
  const verb = moved[2].toLowerCase();
  const said = /^(?:brought|pulled)/.test(verb) ? 'bring' : /^(?:pushed|put\s+back|delayed|postponed?)$/.test(verb) ? 'push' : 'move';
  // "they moved the deadline for the report to the 28th": the date is named with its task, which is what moves.
  const dateOf = ONLY_ITS_DATE.test(moved[3]) ? DATE_OF_TASK.exec(moved[4]) : undefined;
  if (dateOf?.[1] && dateOf[2]) return `${said} ${dateOf[1]} ${dateOf[2]}`;
  const task = ONLY_ITS_DATE.test(moved[3]) ? moved[1] : moved[3];
  return `${said} ${task} ${moved[4]}`;
}
