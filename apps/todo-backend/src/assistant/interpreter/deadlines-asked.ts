import { stripPoliteness } from './politeness.ts';

// Questions about the list in the words of someone who thinks in deadlines: "what's my next deadline", "which
// deadlines did I miss", "what deadlines have I got next week", "anything with a deadline in february?", "which of my
// deadlines are high priority". A deadline is a task's due date, so each is said again in the words the filter and the
// sort read ("overdue", "due next week", "tasks with a due date", "open tasks by due date, soonest first"); "deadlines"
// is never a tag. Only a question is said again: "add read up on the new filing deadlines" keeps its words.

const ASKING =
  /^(?:what(?:'s|s|\s+is|\s+are)?|which|when(?:'s|\s+is)?|any|anything|show|list|how\s+many|is\s+there|are\s+there|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|got)\b/i;
const DEADLINES = String.raw`(?:deadlines?|due\s+dates?)`;

/** "what deadlines have I got next week", "which deadlines are coming up this week", "anything with a deadline in
 * february": a window said after the deadlines is when they fall due. */
const WINDOW_ASKED = new RegExp(
  String.raw`^(?:what|which|any|anything\s+with\s+an?|are\s+there\s+any|do\s+(?:i|we)\s+have\s+any|have\s+(?:i|we)\s+got\s+any)\s+${DEADLINES}\s+(?:(?:have|do)\s+(?:i|we)\s+(?:got|have)\s+|(?:are|is)\s+)?(?:(?:coming\s+up|looming|landing|falling)\s+)?(.+)$`,
  'i',
);

const SAID_AGAIN: [RegExp, (...parts: string[]) => string][] = [
  // "what's my next deadline", "when is my next deadline", "what are my next few deadlines": the soonest still open.
  [
    new RegExp(String.raw`^(?:what|which|when)(?:'s|s|\s+is|\s+are)?\s+(?:my|our|the)\s+next\s+(?:few\s+)?${DEADLINES}$`, 'i'),
    () => 'show open tasks by due date, soonest first',
  ],
  // "which deadlines did I miss", "what deadlines have I blown", "any missed deadlines": past their date.
  [
    new RegExp(
      String.raw`^(?:what|which|any)\s+${DEADLINES}\s+(?:did|have)\s+(?:i|we)\s+(?:miss(?:ed)?|blow|blown|blew|overshot)(.*)$|^(?:any|what|which)\s+(?:missed|blown)\s+${DEADLINES}(.*)$`,
      'i',
    ),
    (_all, first = '', second = '') => `what's overdue${first || second}`,
  ],
  [WINDOW_ASKED, (_all, window = '') => `what's due ${window}`],
  // "which of my deadlines are high priority", "how many deadlines have I got": tasks that have a due date.
  [
    new RegExp(
      String.raw`^(which|how\s+many)\s+(?:of\s+)?(?:my\s+|the\s+)?${DEADLINES}\s+(?:are\s+there|have\s+i\s+got|do\s+i\s+have)$`,
      'i',
    ),
    (_all, asking = 'which') => `${asking} tasks have a due date`,
  ],
  [
    new RegExp(
      String.raw`^(which|how\s+many)\s+(?:of\s+)?(?:my\s+|the\s+)?${DEADLINES}\s+are\s+((?:high|medium|low|urgent)(?:[\s-]+priority)?)$`,
      'i',
    ),
    (_all, asking = 'which', level = '') => `${asking} ${level}${/priority$/i.test(level) ? '' : ' priority'} tasks have a due date`,
  ],
];

/** A window the due filter reads: "next week", "this month", "in february", "on friday", "before the 9th". */
const WINDOW =
  /^(?:(?:this|next|the\s+next|the\s+coming)\s+\S+(?:\s+\S+)?|today|tonight|tomorrow|in\s+\S+|on\s+.+|before\s+.+|by\s+.+|after\s+.+|between\s+.+|over\s+the\s+weekend|at\s+the\s+weekend|this\s+weekend)$/i;

/** The question said in the words the list rules read, or undefined when it says no deadline. */
export function deadlinesAsked(sentence: string): string | undefined {
  const said = stripPoliteness(sentence.trim())
    .replace(/[?!.]+$/, '')
    .trim();
  if (!ASKING.test(said) || !new RegExp(String.raw`\b${DEADLINES}\b`, 'i').test(said)) return undefined;
  for (const [pattern, meaning] of SAID_AGAIN) {
    const found = pattern.exec(said);
    if (!found) continue;
    // A window said after the deadlines must be one: "which deadlines are for the essay" asks about one task.
    if (pattern === WINDOW_ASKED && !WINDOW.test(found[1]?.trim() ?? '')) continue;
    return meaning(...found.map((part) => part ?? ''));
  }
  return undefined;
}
