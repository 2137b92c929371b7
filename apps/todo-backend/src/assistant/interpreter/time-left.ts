import { COUNT_WORD } from '../number-words.ts';
import { wholeDate } from './due-said.ts';
import { amountAsDuration } from './shift.ts';

// A deadline said as the time someone has, not as a due date: time granted up to a day ("give me until thursday on
// the report", "I've got till friday for the tax return"), time left as an amount ("I have 10 days left on the
// objection", "the grant's due in a fortnight") and more time asked or given ("I need a couple more days on the
// budget", "extend the report by a week", "give the essay a 2-week extension", "the thesis deadline slipped 3 weeks",
// "shave two days off the proposal deadline"). A day granted is the new due date; an amount more moves the date the
// task has by that much (postpone_task); an amount left counts from today. Only a sentence that is all of this is
// read: "add take two days off work" and "extend the loft by a metre" are no deadline.

export type TimeLeft = { tool: 'set_due_date'; ref: string; date: string } | { tool: 'postpone_task'; ref: string; by: string };

const UNIT = '(?:days?|weeks?|fortnights?|months?|hours?|hrs?)';
/** "10 days", "a fortnight", "a couple of weeks", "two more days", "an extra week", "another week". */
const AMOUNT = String.raw`(?:(?:a\s+couple(?:\s+of)?|couple\s+of|\d{1,3}|${COUNT_WORD})\s+(?:(?:more|extra)\s+)?${UNIT}|another\s+${UNIT})`;
/** "2-week", "two week", "week's", "fortnight's", "10 day": an amount said before "extension". */
const AMOUNT_BEFORE = String.raw`(?:(?:\d{1,3}|${COUNT_WORD})[\s-]${UNIT}|(?:day|week|fortnight|month)'s)`;
/** Who has the time: "I've got", "we have", "I've only got". */
const I_HAVE = String.raw`(?:i|we)(?:'ve|\s+have)?\s+(?:only\s+|still\s+)?(?:got|have)`;
const UNTIL = String.raw`(?:till|until|til|'til|up\s+to)`;
/** The task after the time: "on the report", "for the tax return", "with the budget". */
const ON_TASK = String.raw`(?:on|for|with|to\s+(?:do|finish|submit|send|hand\s+in|get\s+in)(?:\s+in)?)`;
const DEADLINE = String.raw`(?:deadline|due\s+date|hand[\s-]?in\s+date)`;

/** A day granted, the task after: "give me until thursday on X", "I've got till friday for X", "can I have till … for X". */
const GRANTED_THEN_TASK = new RegExp(
  String.raw`^(?:(?:give|let)\s+(?:me|us)|${I_HAVE}|(?:can|could|may)\s+(?:i|we)\s+(?:have|get)|(?:i|we)\s+(?:need|want))\s+${UNTIL}\s+(.+)$`,
  'i',
);
/** The task first: "the tax return: I've got till friday", "for the report, give me until monday". */
const TASK_THEN_GRANTED = new RegExp(
  String.raw`^(?:for\s+|on\s+)?((?:the|my)\s+[^,:;]+?)\s*[,:;-]\s*(?:(?:give|let)\s+(?:me|us)|${I_HAVE})\s+${UNTIL}\s+(.+)$`,
  'i',
);
/** An amount left: "I have 10 days left on X", "there are 3 weeks to go on X", "I've got a fortnight for X". */
const LEFT = new RegExp(
  String.raw`^(?:${I_HAVE}|there(?:'s|\s+is|\s+are))\s+(?:only\s+|just\s+)?(${AMOUNT})\s+(?:left\s+|to\s+go\s+|remaining\s+)?${ON_TASK}\s+(.+)$`,
  'i',
);
/** "the grant application's due in a fortnight", "my essay is due 10 days from now". */
const DUE_IN = new RegExp(
  String.raw`^((?:the|my)\s+.+?)(?:'s|\s+is|\s+are)\s+(?:now\s+)?due\s+(?:in\s+(${AMOUNT})|(${AMOUNT})\s+from\s+(?:now|today))$`,
  'i',
);
/** More time: "I need a couple more days on X", "give me another week on X", "can I have 2 extra days for X". */
const MORE = new RegExp(
  String.raw`^(?:(?:i|we)\s+(?:need|want|could\s+(?:do\s+with|use)|(?:'d|would)\s+like)|(?:give|get)\s+(?:me|us)|(?:can|could|may)\s+(?:i|we)\s+(?:have|get))\s+((?:(?!\bfor\b)[\w\s'-])*?(?:more|extra|another)\b(?:(?!\bfor\b)[\w\s'-])*?)\s+${ON_TASK}\s+(.+)$`,
  'i',
);
/** "extend the report by a week", "extend the deadline on 12 by two days". */
const EXTEND = new RegExp(
  String.raw`^extend\s+(?:the\s+${DEADLINE}\s+(?:on|for|of)\s+)?(.+?)(?:'s\s+${DEADLINE}|\s+${DEADLINE})?\s+by\s+(${AMOUNT})$`,
  'i',
);
/** "give the grant application a 2-week extension", "the essay got a week's extension", "I got a 3 day extension on X". */
const EXTENSION = [
  new RegExp(String.raw`^give\s+(.+?)\s+(?:an?\s+)?(?:extra\s+)?(${AMOUNT_BEFORE})\s+extension$`, 'i'),
  new RegExp(String.raw`^(.+?)\s+(?:got|gets|has\s+got|has\s+been\s+given|was\s+given|has)\s+an?\s+(${AMOUNT_BEFORE})\s+extension$`, 'i'),
  new RegExp(
    String.raw`^(?:(?:i|we)(?:'ve|\s+have)?\s+(?:got|been\s+given|been\s+granted|have)|give\s+(?:me|us))\s+an?\s+(${AMOUNT_BEFORE})\s+extension\s+(?:on|for)\s+(.+)$`,
    'i',
  ),
];
/** "X: deadline slipped 3 weeks", "the deadline on X has moved back a week", "X's due date slipped by 2 days". */
const SLIPPED = [
  new RegExp(
    String.raw`^(.+?)(?:'s|\s*:)?\s+${DEADLINE}\s+(?:has\s+|got\s+)?(?:slipped|slid|gone\s+back|moved\s+back|been\s+pushed(?:\s+back)?|pushed\s+back)\s+(?:by\s+)?(${AMOUNT})$`,
    'i',
  ),
  new RegExp(
    String.raw`^the\s+${DEADLINE}\s+(?:on|for|of)\s+(.+?)\s+(?:has\s+|got\s+)?(?:slipped|slid|gone\s+back|moved\s+back|been\s+pushed(?:\s+back)?|pushed\s+back)\s+(?:by\s+)?(${AMOUNT})$`,
    'i',
  ),
];
/** "shave two days off the proposal deadline", "knock a week off the deadline for X": earlier, said of the deadline. */
const SHAVED = new RegExp(
  String.raw`^(?:shave|knock|take|cut)\s+(${AMOUNT})\s+off\s+(?:the\s+${DEADLINE}\s+(?:on|for|of)\s+(.+)|(.+?)(?:'s)?\s+${DEADLINE})$`,
  'i',
);

/** "a week's" → "a week", "2-week" → "2 week", "couple more days" → as shift.ts reads it. */
function durationOf(amount: string): string | undefined {
  const said = amount
    .trim()
    .replace(/^(day|week|fortnight|month)'s$/i, 'a $1')
    .replace(/-/g, ' ')
    .replace(/^another\s+/i, 'one ')
    .replace(/^a\s+couple\s+(?!of\b)/i, 'a couple of ');
  return amountAsDuration(said);
}

/** An amount from today as a date phrase the date reader reads: "P10D" → "in 10 days". */
function fromToday(by: string): string | undefined {
  const found = /^P(\d+)([DWMY])$/.exec(by);
  if (!found?.[1] || !found[2]) return undefined;
  const unit = { D: 'day', W: 'week', M: 'month', Y: 'year' }[found[2]];
  return `in ${found[1]} ${unit}${found[1] === '1' ? '' : 's'}`;
}

/** A day granted and the task, trying each "on/for/with" the day may end at ("till the end of next week for X"). */
function grantedDay(rest: string): { ref: string; date: string } | undefined {
  const joins = [...rest.matchAll(new RegExp(String.raw`\s+${ON_TASK}\s+`, 'gi'))];
  for (const join of joins) {
    const date = wholeDate(rest.slice(0, join.index));
    const ref = rest.slice(join.index + join[0].length).trim();
    if (date && ref) return { ref, date };
  }
  return undefined;
}

export function readTimeLeft(text: string): TimeLeft | undefined {
  const said = text.trim().replace(/[?!.]+$/, '');
  const granted = GRANTED_THEN_TASK.exec(said);
  const day = granted?.[1] ? grantedDay(granted[1]) : undefined;
  if (day) return { tool: 'set_due_date', ...day };
  const first = TASK_THEN_GRANTED.exec(said);
  const firstDate = first?.[2] ? wholeDate(first[2]) : undefined;
  if (first?.[1] && firstDate) return { tool: 'set_due_date', ref: first[1], date: firstDate };
  const left = LEFT.exec(said) ?? undefined;
  const dueIn = DUE_IN.exec(said) ?? undefined;
  const amountLeft = left ? { ref: left[2], amount: left[1] } : dueIn ? { ref: dueIn[1], amount: dueIn[2] ?? dueIn[3] } : undefined;
  if (amountLeft?.ref && amountLeft.amount) {
    const by = durationOf(amountLeft.amount);
    const date = by ? fromToday(by) : undefined;
    if (date) return { tool: 'set_due_date', ref: amountLeft.ref, date };
  }
  const more = MORE.exec(said);
  if (more?.[1] && more[2]) {
    const by = durationOf(more[1].replace(/\b(?:more|extra)\s+time\b/i, ''));
    if (by) return { tool: 'postpone_task', ref: more[2], by };
  }
  const extended = EXTEND.exec(said);
  if (extended?.[1] && extended[2]) {
    const by = durationOf(extended[2]);
    if (by) return { tool: 'postpone_task', ref: extended[1], by };
  }
  for (const [index, pattern] of EXTENSION.entries()) {
    const found = pattern.exec(said);
    if (!found?.[1] || !found[2]) continue;
    const [ref, amount] = index === 2 ? [found[2], found[1]] : [found[1], found[2]];
    const by = durationOf(amount);
    if (by) return { tool: 'postpone_task', ref, by };
  }
  for (const pattern of SLIPPED) {
    const found = pattern.exec(said);
    const by = found?.[2] ? durationOf(found[2]) : undefined;
    if (found?.[1] && by) return { tool: 'postpone_task', ref: found[1], by };
  }
  const shaved = SHAVED.exec(said);
  const shavedBy = shaved?.[1] ? durationOf(shaved[1]) : undefined;
  const shavedRef = shaved?.[2] ?? shaved?.[3];
  if (shavedRef && shavedBy) return { tool: 'postpone_task', ref: shavedRef, by: `-${shavedBy}` };
  return undefined;
}
