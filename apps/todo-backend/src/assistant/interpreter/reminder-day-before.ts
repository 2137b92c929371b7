import { DateTime } from 'luxon';
import { resolveDate } from '../dates.ts';
import { numberOf } from '../number-words.ts';
import { BEFORE, extractDate, REMIND_VERB, SOME_DAY, toDuration } from './phrases.ts';

// "dentist friday 3pm, remind me the day before at 9": a reminder at a time of day, a day or more before the task is
// due. A task is added with a lead time only, so the lead time is the span between the two (30h here). The time is
// never the due date, nor the words of a task; without a due date said with it, the lead time is unknown and asked.

const DAY_BEFORE_AT = new RegExp(
  String.raw`(?:^|,\s*|;\s*|\s+)(?:and\s+)?${REMIND_VERB}\s+(?:(?:about|for|of|on)\s+.+?\s+)?(?:the\s+(day|night|week)|(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|week)s?)\s+${BEFORE}\s+(?:at\s+|@\s*)?(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midnight)\s*$`,
  'i',
);
const ASK =
  'When should I remind you? Say how long before it is due ("remind me 1 day before") or a day and time ("remind me wednesday at 9am").';

/** The lead time of a reminder said as a time of day some days before the due date, or a question; undefined when none is said. */
export function dayBeforeAtClause(text: string): { text: string; before?: string; ask?: string } | undefined {
  const clause = DAY_BEFORE_AT.exec(text);
  if (!clause?.[4]) return undefined;
  const rest = text.slice(0, clause.index);
  const due = extractDate(rest).date;
  if (!due) return { text: rest, ask: ASK };
  const count = clause[2] ? (numberOf(clause[2].toLowerCase()) ?? Number(clause[2])) : 1;
  const days = count * (/^week$/i.test(clause[1] ?? clause[3] ?? '') ? 7 : 1);
  try {
    const dueAt = DateTime.fromJSDate(resolveDate(due, 'UTC', SOME_DAY), { zone: 'UTC' });
    const remindAt = DateTime.fromJSDate(resolveDate(`at ${clause[4].replace('.', ':')}`, 'UTC', SOME_DAY), { zone: 'UTC' });
    const minutes = days * 24 * 60 + dueAt.hour * 60 + dueAt.minute - (remindAt.hour * 60 + remindAt.minute);
    const before = minutes > 0 ? toDuration(`${minutes} minutes`) : undefined;
    return before ? { text: rest, before } : { text: rest, ask: ASK };
  } catch {
    return { text: rest, ask: ASK };
  }
}
