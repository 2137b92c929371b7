import { extractDate } from './phrases.ts';

// A task moved to a date, read as a task and the date phrase that ends the sentence: "bring the haircut forward to
// wednesday", "put off the tax return until april 1", "the meeting should be on monday", "actually the plumber is
// coming thursday", "can we do the team meeting on thursday instead", "task 3: move to friday". The date is found by
// the date reader (chrono and the day-of-month rule quick add uses); the task is what is left before it.

export type MoveSaid = { ref: string; date: string };

/** The date phrase that ends a text, and the words before it; undefined when the text does not end in a date. */
function dateAtEnd(text: string): { before: string; date: string } | undefined {
  const said = ` ${text.trim()}`;
  const { text: rest, date } = extractDate(said);
  if (!date || !said.startsWith(rest.trimEnd())) return undefined;
  const tail = said.slice(rest.trimEnd().length).trim();
  if (!tail.toLowerCase().endsWith(date.toLowerCase())) return undefined;
  // "till the weekend": the article goes with the date it leads to.
  const article = /\s+the$/i.exec(rest.trimEnd());
  if (article && !/^the\s/i.test(date)) return { before: rest.trimEnd().slice(0, article.index).trim(), date: `the ${date}` };
  return { before: rest.trim(), date };
}

/** Words after the date that change nothing: "… instead", "… now please". */
const AFTER_DATE = /(?:\s+(?:instead|now|please|then|if\s+possible|if\s+you\s+can|rather))+$/i;
/** The word that leads from the task to its date, or says which way it went: "to", "back to", "forward until". */
const LEADS_TO_DATE =
  /(?:\s+(?:back|forward|up|off|out|over|along|ahead))?(?:\s+(?:to|till|until|til|'til|for|on|at|by|into|onto)|\s*(?:→|->|=>))?$/i;

/** The task's words before the date, without the words that lead to it. */
const withoutLead = (before: string) => ` ${before}`.replace(LEADS_TO_DATE, '').trim();

/** Words that name a task: "the …", "my …", "this one", a number, "it". */
const TASK_WORDS = /^(?:(?:the|my|our|task|todo)\s+\S.*|(?:this|that)(?:\s+\S.*)?|(?:task\s+|#)?\d+|it)$/i;

/** Words that point at no one task: "everything", "what". */
const NO_TASK = /^(?:what|which|who|how|everything|anything|nothing|something|all|both|none|tasks|todos|notifications?)\b/i;

/** "i need to move …", "let's push …": the request after a lead-in; "… because of work": a reason after it. */
const WANTS =
  /^(?:i\s+(?:need|have|want|would\s+like|'d\s+like)\s+to|we\s+(?:need|have)\s+to|let'?s|(?:can|could|shall)\s+(?:we|i)(?=\s+(?:move|push|reschedule|postpone|shift|delay|bring|put|set|change|switch)\b))\s+/i;
const REASON = /\s*,?\s+(?:because|since|as|cos|cause|due\s+to)\s+.*$/i;

const MOVE_VERB =
  /^((?:can|could|shall)\s+(?:we|i)\s+(?:do|have|hold)(?=.*\binstead$)|put(?=\s.+\s(?:off|back|forward)\s)|set(?=\s+(?:the|my|task|#?\d|it\b))|make(?=\s+(?:it|that|this|task\s+\d|#?\d)\b)|change|switch|move|reschedule|re-schedule|postpone|push|delay|shift|defer|bring|put\s+off|bump|kick|slide|shove|shunt|punt|rejig|re-jig|pull(?=\s.+\s(?:forward|up|back)\s)|snooze|rebook|re-book)(?:\s+(back|forward|up|off|out|over))?\s+(.+)$/i;
/** Verbs that only ever move a task in time: the date may follow without "to" ("postpone the gym monday"). */
const ONLY_MOVES = /^(?:reschedule|re-schedule|postpone|delay|defer|put\s+off|snooze|rebook|re-book|rejig|re-jig|can|could|shall)\b/i;
/** "make it friday", "make that one 5pm": "make" moves only a task pointed at, and needs no "to". */
const POINTED_AT = /^(?:it|that(?:\s+one)?|this(?:\s+one)?|(?:task\s+|#)?\d+)$/i;
/** "move X to friday", "push X back till monday": other verbs move a task only with the word leading to the date. */
const TO_DATE = /(?:^|\s)(?:to|till|until|til|'til|for|→|->|=>)(?:\s+the)?$/i;

function verbFirst(text: string): MoveSaid | undefined {
  const said = MOVE_VERB.exec(text.replace(WANTS, '').replace(REASON, ''));
  const [verb = '', particle, body = ''] = said?.slice(1) ?? [];
  const found = body ? dateAtEnd(body.replace(AFTER_DATE, '')) : undefined;
  if (!found) return undefined;
  const tail = body.replace(AFTER_DATE, '');
  const led = tail.toLowerCase().endsWith(found.date.toLowerCase()) ? tail.slice(0, -found.date.length).trim() : found.before;
  // "move house next month", "shift the furniture on saturday", "bring the kids to school tomorrow": tasks to add.
  const makes = /^make$/i.test(verb);
  if (!ONLY_MOVES.test(verb) && !makes && !TO_DATE.test(led)) return undefined;
  if (/^(?:bring|pull)$/i.test(verb) && !/\b(?:forward|up|back|earlier)\b/i.test(particle ?? led)) return undefined;
  // "set the alarm for 6am" is a task to add; "set the dentist to friday" moves one.
  if (/^set$/i.test(verb) && !/\s(?:to|till|until)$/i.test(led)) return undefined;
  // "change the dentist to the 9th": a date only when all after "to" is one ("change X to gym on monday" is a title).
  if (/^(?:change|switch)$/i.test(verb) && (!/\sto$/i.test(led) || /\sto\s/i.test(led.replace(/\s+to$/i, '')))) return undefined;
  // "set the due date on 3 to tomorrow", "change the plumber's date to monday": the field is no part of the task.
  const ref = withoutLead(found.before)
    .replace(/^(?:the\s+)?(?:due\s+date|deadline|date|day)\s+(?:of|for|on)\s+/i, '')
    .replace(/(?:'s)?\s+(?:due\s+date|deadline|date|day)$/i, '');
  // A date left among the task's words ("… the essay to friday the 30th") is read by the rules for a field and a date;
  // a clause ("put off by the price, cancel the gym …") is no task's name.
  const leftOver = /\s(?:to|till|until|for|on)\s+(.+)$/i.exec(ref)?.[1];
  if (!ref || NO_TASK.test(ref) || /[,;]/.test(ref) || (leftOver && extractDate(` ${leftOver}`).date)) return undefined;
  if (makes && !POINTED_AT.test(ref)) return undefined;
  // The verb says a move already: the task may be named without "the" ("move dentist to friday 3pm").
  return { ref, date: found.date };
}

/**
 * "the meeting should be on monday", "the dentist is now on the 14th", "actually the plumber is coming thursday": a
 * statement of the task's date, read only with a word that says it changed ("now", "actually", "should", "instead",
 * "moved"): "the dentist is on friday" alone may be news of a new task, and is asked about.
 */
const STATEMENT =
  /^(?:(actually|so|ok|okay|oh|fyi|btw|update)[,:\s]+)*(.+?)\s+((?:is|are|'s|was|were|will|should|has|have|needs?|must|got|can)\b.*)$/i;
const CHANGED =
  /\b(?:now|actually|instead|should|needs?|must|has\s+to|have\s+to|moved|rescheduled|pushed|changed|any\s*more|can\s+(?:go|move|slip|slide))\b/i;
const PREDICATE =
  /^(?:(?:is|are|'s|was|were|will|should|has|have|needs?\s+to|has\s+to|must|got|can)\s+)(?:(?:now|actually|really|also|been|be|being|going\s+to\s+be|to\s+be)\s+)*(?:(?:coming|happening|booked|scheduled|planned|due|moved|pushed|rescheduled|set|changed|done|finished|ready|handed\s+in|submitted|sent|in|go|move|slip|slide)\s+)?(?:(?:back|forward)\s+)?/i;

/** A clause before the one about the task: "the vet rang, …", "my boss called so …". */
const LEAD_CLAUSE = /^.*?(?:,\s+|\s+(?:so|and|because|since|but|says?|said|thinks?|told\s+me)\s+)(?=(?:the|my)\s)/i;

function statement(text: string): MoveSaid | undefined {
  const said = STATEMENT.exec(text);
  // "the vet rang, the jab is now on monday": the task is in the last clause.
  const lead = said?.[2] ? LEAD_CLAUSE.exec(said[2]) : undefined;
  if (lead && said?.[2]) return statement(text.slice(text.indexOf(said[2]) + lead[0].length));
  if (!said?.[2] || !said[3] || !TASK_WORDS.test(said[2]) || !(said[1] || CHANGED.test(said[3]))) return undefined;
  const predicate = said[3].replace(AFTER_DATE, '');
  const rest = predicate.replace(PREDICATE, '');
  if (rest === predicate) return undefined;
  const found = dateAtEnd(rest);
  if (!found || withoutLead(found.before) !== '') return undefined;
  // "the essay deadline is friday now": the field named after the task is no part of its title.
  const ref = said[2]
    .replace(/(?:'s)?\s+(?:due\s+date|deadline|date)$/i, '')
    .replace(/^(?:the\s+)?(?:due\s+date|deadline|date)\s+(?:for|of|on)\s+/i, '');
  return { ref, date: found.date };
}

/** "task 3: move to friday", "the dentist - push it to monday": the task first, then the move. */
const TASK_THEN_MOVE =
  /^([^:,–—]+?)\s*(?::|,|\s[-–—])\s*(?:move|reschedule|push|postpone|shift|change|put|slide|punt|bump)\s+(it\s+|that\s+)?(?:back\s+|forward\s+)?(.+)$/i;

/** What the first clause says happened to the task: "got moved", "was changed", "has been pushed". */
const NEWS_AFTER_TASK =
  /\s+(?:got|was|were|is|are|has|have|had)\s+(?:been\s+)?(?:moved|changed|pushed|rescheduled|cancell?ed|shifted|delayed|postponed|put\s+back|brought\s+forward)$/i;

/** "well - push it to monday", "ok so, move it": words of talk before the request, never a task. */
const TALK_FIRST =
  /^(?:ok(?:ay)?|so|well|right|hmm+|um+|er+|uh+|actually|oh|also|and|then|yes|yeah|yep|no|nope|fine|sure|alright|cool|great|thanks|cheers|sorry|oops|wait|anyway|look|listen|hey|hi|please)\b/i;

function taskThenMove(text: string): MoveSaid | undefined {
  const said = TASK_THEN_MOVE.exec(text);
  // "tax return - slide it to friday": with "it" pointing back, the words first are the task, with or without "the".
  if (!said?.[1] || !said[3] || !(TASK_WORDS.test(said[1]) || (said[2] && !NO_TASK.test(said[1]) && !TALK_FIRST.test(said[1]))))
    return undefined;
  const found = dateAtEnd(said[3].replace(AFTER_DATE, ''));
  if (!found || withoutLead(found.before) !== '') return undefined;
  // "the dentist got moved, move it to friday": the news after the task is no part of its name.
  return { ref: said[1].replace(NEWS_AFTER_TASK, ''), date: found.date };
}

/** "the report's due date is wrong, it's thursday next week": the date said to be wrong, then the right one. */
const DATE_WRONG =
  /^(?:the\s+(?:due\s+date|deadline|date)\s+(?:of|on|for)\s+(.+?)|(.+?)(?:'s|s')?\s+(?:due\s+date|deadline|date))\s+is\s+(?:wrong|off|not\s+right)\s*(?:[,;:]|\s[-–—])?\s+(?:it'?s|it\s+is|it\s+should\s+be|should\s+be|make\s+it)\s+(.+)$/i;

function dateSaidWrong(text: string): MoveSaid | undefined {
  const said = DATE_WRONG.exec(text);
  const ref = said?.[1] ?? said?.[2];
  const found = said?.[3] ? dateAtEnd(said[3].replace(AFTER_DATE, '')) : undefined;
  if (!ref || !found || withoutLead(found.before) !== '' || !TASK_WORDS.test(ref)) return undefined;
  return { ref, date: found.date };
}

/** The task and its new date when the sentence moves one task to a date one of these ways, or undefined. */
export function readMoveSaid(text: string): MoveSaid | undefined {
  return dateSaidWrong(text) ?? verbFirst(text) ?? statement(text) ?? taskThenMove(text);
}
