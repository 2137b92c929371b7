import { wholeDate } from './due-said.ts';

// A new task's deadline said as a clause of its own after the title: "add the history essay, has to be in by the
// 14th", "add renew the car tax, deadline 1 feb", "add book the venue, must be done no later than wednesday", "add the
// tax return, I've got till the 31st", "add the abstract - 9 days to go", "…, the 2nd is the cutoff". Said again as
// "<title> by <date>", which the add rules read as the due date, so the clause never stays in the title. Only when the
// sentence adds a task and the clause ends in a date and nothing else: "add chase the deadline extension" and "add
// book the venue, must be done properly" keep their words.

/** A sentence that adds a task: "add …", "create …", "new task: …", "make a task …", "gotta …", "need to …". */
const ADDS =
  /^(?:please\s+)?(?:add|create|new\s+(?:task|todo)|make\s+(?:a|an)\s+(?:task|todo))\b|^(?:i\s+)?(?:gotta|got\s+to|(?:need|have)\s+to|must)\s/i;

const DONE_WORDS = String.raw`(?:in|done|finished|submitted|sent|sent\s+off|handed\s+in|ready|paid|filed|booked|posted|returned)`;
const BY = String.raw`(?:by|before|no\s+later\s+than|not\s+later\s+than)`;
const UNIT = '(?:days?|weeks?|fortnights?|months?)';

/** The clause, the date in it at group 1. */
const CLAUSES: RegExp[] = [
  // ", deadline 1 feb", "- deadline is friday", ", due date: the 3rd", ", cutoff is the 9th", ", last date is sunday".
  /\s*[,;:–—-]\s*(?:the\s+|its\s+)?(?:hard\s+)?(?:deadline|cut-?off|due\s+date|(?:closing|last)\s+(?:date|day))(?:\s+is|\s*:)?\s+(?:on\s+)?(.+)$/i,
  // ", has to be in by the 14th", ", it needs to be done before monday", ", must be sent no later than wednesday".
  new RegExp(
    String.raw`\s*[,;–—-]\s*(?:(?:it|this|that|which|they)\s+)?(?:(?:has|have|needs?)\s+to|must|should|will\s+need\s+to)\s+be\s+${DONE_WORDS}\s+${BY}\s+(.+)$`,
    'i',
  ),
  // ", needs doing by friday", ", wants doing in a couple of days", ", needs sorting before the 3rd".
  new RegExp(
    String.raw`\s*[,;–—-]\s*(?:(?:it|this|that|which)\s+)?(?:needs?|wants?)\s+(?:doing|sorting|done|sorted|to\s+happen)\s+(?:${BY}\s+)?((?:in|within)\s+.+|.+)$`,
    'i',
  ),
  // ", I've got till the 31st", ", we have until friday".
  /\s*[,;–—-]\s*(?:i|we)(?:'ve|\s+have)?\s+(?:only\s+)?(?:got|have)\s+(?:till|until|til)\s+(.+)$/i,
  // ", the 2nd is the deadline", ", friday's the cutoff".
  /\s*[,;–—-]\s*(.+?)(?:'s|\s+is)\s+the\s+(?:deadline|cut-?off|last\s+day)$/i,
];

/** ", 9 days to go", "- two weeks left": the time left, from today. */
const TO_GO = new RegExp(
  String.raw`\s*[,;–—-]\s*(?:only\s+|just\s+)?((?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+${UNIT})\s+(?:to\s+go|left)$`,
  'i',
);

/**
 * "sort out car insurance before it expires on 12 march", "renew the permit before it runs out on the 3rd": the day it
 * lapses, said of the thing the errand is about, is the errand's deadline (with or without "add").
 */
const BEFORE_IT_LAPSES =
  /^(.+?)\s*,?\s+before\s+(?:it|they|that|this)\s+(?:expires?|runs?\s+out|lapses?|ends?|closes?|is\s+due|are\s+due)\s+(?:on\s+|at\s+)?(.+)$/i;

/** The sentence with its deadline clause said as "by <date>", or as it was. */
/** "renew the car insurance - it runs out on 03/04": the clause after a dash is said as after a comma. */
const LAPSE_AFTER_DASH = /^(.+?)\s+[-–—]\s+((?:it|they)\s+(?:runs?\s+out|expires?|lapses?|ends?|closes?|is\s+due|are\s+due)\b.*)$/i;

export function deadlineClauseSaid(text: string): string {
  if (LAPSE_AFTER_DASH.test(text.trim())) return deadlineClauseSaid(text.trim().replace(LAPSE_AFTER_DASH, '$1, $2'));
  const said = text.trim().replace(/[.!]+$/, '');
  const lapses = BEFORE_IT_LAPSES.exec(said);
  const lapseDate = lapses?.[2] ? wholeDate(lapses[2]) : undefined;
  // "… before it expires in june": by june; "… in 3 weeks" says its own when.
  const lapseWhen = lapseDate?.replace(/^in\s+(?=\p{L})(?!(?:an?|one|two|three|four|five|six|few|couple)\s)/iu, '');
  if (lapses?.[1] && lapseWhen) return `${lapses[1]} ${/^in\s/i.test(lapseWhen) ? '' : 'by '}${lapseWhen}`;
  if (!ADDS.test(said)) return text;
  for (const clause of CLAUSES) {
    const found = clause.exec(said);
    const date = found?.[1] ? wholeDate(found[1]) : undefined;
    // "in a couple of days" says its own when; any other date is a deadline.
    if (found && date) return `${said.slice(0, found.index)} ${/^(?:in|within)\s/i.test(date) ? date : `by ${date}`}`;
  }
  const left = TO_GO.exec(said);
  if (left?.[1]) return `${said.slice(0, left.index)} in ${left[1]}`;
  return text;
}
