import { wholeDate } from './due-said.ts';
import { EDIT_VERB, ERRAND } from './vocabulary.ts';
import { isWholeDate } from './whole-dates.ts';

// A due date moved, said as a question about waiting or as news with the old time: "can the pharmacy call wait till
// friday", "could 7 wait until monday", "the carer visit is now 3pm not 2", "grace's pickup is 4.15 today not 5.30".
// The old time after "not" only confirms the change; the new one is the due date. Said shorter still, by someone whose
// plans keep changing: "it's not friday any more, it's monday", "the 3rd not the 2nd for the school trip money",
// "friday instead", "plumber now 3pm friday".

export interface MovedTime {
  ref: string;
  date: string;
}

/**
 * "can the X wait till friday": asked of us, a move. Said as news ("the report can wait until next week") it may mean
 * a lower priority as well, and is asked about elsewhere.
 */
const WAIT_UNTIL = /^(?:can|could)\s+((?:the|my|our|task)\s.+?|#?\d+|it|that)\s+wait\s+(?:till|until|til|'til)\s+(.+)$/i;

/**
 * "the X is now 3pm not 2", "grace's pickup is 4.15 today not 5.30": a task named with "the", "my" or a name's. Without
 * them ("gym is tomorrow not today") the words may be about the day, not a task, and are asked about.
 */
const CORRECTED =
  /^((?:the|my|our)\s.+?|[\p{L}]+'s\s.+?)\s+(?:is|are|'s)\s+(?:now\s+)?(?:at\s+|on\s+)?(.+?)\s*,?\s+(?:now\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:at\s+|on\s+)?(\S+(?:\s+\S+)?)$/iu;

/** The old time after "not": a time or a day, never a word ("the report is now friday not urgent" is no move). */
const OLD_TIME =
  /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|noon|midday|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow)$/i;

/** A task as said in these shorter ways: "it", a number, or words with "the", "my" or a name's. */
const TASK = String.raw`(?:it|that|#?\d+|(?:the|my|our)\s.+?|[\p{L}]+'s\s.+?)`;

/** "it's not friday any more, it's monday", "the vet isn't on the 3rd anymore - it's the 5th". */
const NOT_ANY_MORE = new RegExp(
  String.raw`^(${TASK})(?:'s|\s+is|\s+are)\s+not\s+(?:on\s+|at\s+)?(\S+(?:\s+\S+)?)\s+any\s*more\s*[,;:.–—-]*\s*(?:(?:it|that|they)(?:'s|'re|\s+is|\s+are)|but|now)\s+(.+)$`,
  'iu',
);
const ISNT_ANY_MORE = new RegExp(
  String.raw`^(${TASK})\s+(?:isn't|aren't)\s+(?:on\s+|at\s+)?(\S+(?:\s+\S+)?)\s+any\s*more\s*[,;:.–—-]*\s*(?:(?:it|that|they)(?:'s|'re|\s+is|\s+are)|but|now)\s+(.+)$`,
  'iu',
);

/** "the 3rd not the 2nd for the school trip money", "two weeks out for the eye test": the date first, then its task. */
const DATE_FOR_TASK = new RegExp(
  String.raw`^(.+?)(?:\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+|at\s+)?(\S+(?:\s+\S+)?))?\s+for\s+(${TASK})$`,
  'iu',
);

/** "friday instead", "the dentist - friday instead": a date alone (or after its task), instead of the one it has. */
const DATE_INSTEAD = new RegExp(String.raw`^(?:(${TASK})\s*[-–—:,]\s*)?(.+?)\s+instead(?:\s+(?:then|please))?$`, 'iu');

/** "plumber now 3pm friday", "gym now at 6": a task of a few words, then "now" and its new date. */
const NOW_BARE = /^((?:the\s+)?\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2})\s+now\s+(.+)$/iu;

/** Words that start a request or a question, never a task's name: "call mum now at 3" is an errand. */
const NOT_A_NAME =
  /^(?:add|create|new|remind|what|which|who|anything|everything|is|are|do|does|can|could|i|we|you)\b|\s(?:is|are|was|were)$/i;

/** The old date said after "not": a time or a day, never a word ("the report is now friday not urgent" is no move). */
const oldTime = (said: string | undefined) => said === undefined || OLD_TIME.test(said.trim());

export function movedTimeSaid(text: string): MovedTime | undefined {
  const notAnyMore = NOT_ANY_MORE.exec(text) ?? ISNT_ANY_MORE.exec(text);
  const nowDate = notAnyMore?.[3] ? wholeDate(notAnyMore[3]) : undefined;
  if (notAnyMore?.[1] && nowDate && oldTime(notAnyMore[2])) return { ref: notAnyMore[1], date: nowDate };
  const dateFor = DATE_FOR_TASK.exec(text);
  const forDate = dateFor?.[1] ? wholeDate(dateFor[1]) : undefined;
  if (dateFor?.[3] && forDate && oldTime(dateFor[2])) return { ref: dateFor[3], date: forDate };
  const instead = DATE_INSTEAD.exec(text);
  const insteadDate = instead?.[2] ? wholeDate(instead[2]) : undefined;
  if (insteadDate) return { ref: instead?.[1] ?? 'it', date: insteadDate };
  const nowBare = NOW_BARE.exec(text);
  // "at 3" is read whole, with its "at": a bare hour is the afternoon's.
  const bareDate = nowBare?.[2] ? (wholeDate(nowBare[2]) ?? (isWholeDate(nowBare[2]) ? nowBare[2] : undefined)) : undefined;
  // "it's now next thursday at 4": the task last touched.
  const name = (nowBare?.[1]?.trim() ?? '').replace(/^(?:it|that|this)['’]s$/i, 'it');
  if (bareDate && name && !NOT_A_NAME.test(name) && !ERRAND.test(name) && !EDIT_VERB.test(name)) return { ref: name, date: bareDate };

  const wait = WAIT_UNTIL.exec(text);
  if (wait?.[1] && wait[2] && isWholeDate(wait[2])) return { ref: wait[1], date: wait[2] };
  const corrected = CORRECTED.exec(text);
  if (corrected?.[1] && corrected[2] && corrected[3] && OLD_TIME.test(corrected[3]) && isWholeDate(corrected[2]))
    return { ref: corrected[1], date: corrected[2] };
  return undefined;
}
