import { dateReader } from '../dates.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { SOME_DAY } from './phrases.ts';
import { englishTerms } from './word-roots.ts';

// A date taken away in words that are no date: "the shed painting is undated now", "make the loft due whenever",
// "leave the fence undated". "whenever" after "due" says when it is due (never), not how much it matters; said alone
// ("fix the gate - whenever") it stays a low priority, read elsewhere.

/** Words that say a task has no date, where a date would stand. */
const NO_DATE = /^(?:whenever|undated|no\s+(?:due\s+)?date|any\s*time|someday|some\s+day)$/i;

const UNDATED =
  /^(?:(?:make|leave|mark|set)\s+(.+?)\s+(?:as\s+)?(?:undated|dateless|due\s+whenever)|(?!(?:what|which|who|is|are)\b)(.+?)\s+(?:is|are|can\s+be|should\s+be)\s+(?:now\s+)?(?:undated|dateless|due\s+whenever)(?:\s+now)?)$/i;

/** "actually there's no date for the garden task anymore": the date a task had is taken away, said as news. */
const NO_DATE_NOW =
  /^(?:(?:actually|so|oh|hmm+|ok(?:ay)?)[,\s]+)*there(?:'s|\s+is)\s+no\s+(?:due\s+)?(?:date|deadline)\s+(?:for|on)\s+(.+?)\s+(?:any\s*more|now)$/i;

/** A new task asked for: its fields follow its title. */
const ADDS = /^(?:(?:please|pls)\s+)?(?:add|create|new(?:\s+task)?|jot(?:\s+down)?|note(?:\s+down)?|todo|put\s+in)\b/i;
/** ", no date", ", no due date", ", undated": a new task's field that says what it has anyway. */
const NO_DATE_FIELD = /\s*,\s*(?:no\s+(?:due\s+)?date|no\s+deadline|undated)(?=\s*(?:[,;.!]|$))/i;

/** "jot down: look into solar panels, no date, home projects": the new task, without the field it need not be told. */
export function withoutNoDateField(text: string): string {
  return ADDS.test(text.trim()) ? text.replace(NO_DATE_FIELD, '') : text;
}

/** "the shed painting is undated now" said as the rules read it: "clear the due date of the shed painting". */
export function undatedSaid(text: string): string {
  const plain = text.trim().replace(/[.!]+$/, '');
  const said = UNDATED.exec(plain);
  const ref = said?.[1] ?? said?.[2] ?? NO_DATE_NOW.exec(plain)?.[1];
  // "make the car less urgent and due whenever": two changes, read as such elsewhere.
  return ref && !/,|\s(?:and|&)(?:\s|$)/i.test(ref) ? `clear the due date of ${ref}` : text;
}

/** A date taken away: "no date on …", "clear the deadline of …", "take the due date off …". */
const DATE_TAKEN_AWAY =
  /^(?:no\s+(?:more\s+)?(?:due\s+)?(?:date|deadline)|(?:clear|remove|delete|drop|take)\s+(?:the\s+|its\s+)?(?:due\s+)?(?:date|deadline))\b/i;
/** "… till the visa comes through", "… until I hear back": what the date waits for, said last. */
const UNTIL_CLAUSE = /\s+(?:till|until|til)\s+(\S.*)$/i;

/**
 * "no date on the packing list till the visa comes through": a date taken away until something happens is taken away
 * now; what it waits for is why, no part of the task's name. A day after "until" is no such clause.
 */
export function undatedUntilSaid(text: string): string {
  const until = UNTIL_CLAUSE.exec(text);
  if (!DATE_TAKEN_AWAY.test(text.trim()) || !until?.[1]) return text;
  const happens = englishTerms(until[1]).some((term) => term.tags.includes('Verb'));
  return happens && dateReader.parse(until[1], SOME_DAY).length === 0 ? text.slice(0, until.index) : text;
}

/** A due date read as "whenever" or "no date" is no date: the call clears it. */
export function noDateCleared(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call') return reading;
  const key = reading.tool === 'set_due_date' ? 'date' : reading.tool === 'update_task' ? 'due_date' : undefined;
  const value = key ? reading.args[key] : undefined;
  if (!key || typeof value !== 'string' || !NO_DATE.test(value.trim())) return reading;
  return { ...reading, args: { ...reading.args, [key]: null } };
}
