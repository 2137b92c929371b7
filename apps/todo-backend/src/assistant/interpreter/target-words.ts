import type { Interpretation } from './offline-interpreter.ts';

// The words read as the task of a change, checked last: only the task's words go on to be searched for.
// - Asked, never searched for: words holding a request that points back ("Mum's birthday is 4 March, make it come round
//   every year", "…, tick both off"), many tasks ("the rest of the work stuff"), a place in a list shown before ("that
//   first one"), a second request ("the dentist and make a new one …"), a series ended on a date ("stop repeating the
//   invoice after march").
// - Cut away: how it was asked ("can the gym be …", "i want the dog walk …"), what follows "one" or "task" ("the
//   library books one, theyre not due for ages"), a remark after a comma or a question mark, when it was done ("the gym
//   today"), quotes.

const REQUEST_POINTING_BACK =
  /(?:^|[,;:.!-]\s*|\s)(?:make|set|change|mark|move|put|turn|tick|cross|check|bump|push)\s+(?:it|that|this|them|both|those|these)(?:\s+(?:one|ones|off|done))?$|(?:^|\s)(?:tick|cross|check)\s+(?:both|them|all|those|these)\s+off$/i;

/** "the rest of the work stuff can wait", "the other ones": many tasks, named as a group. */
const MANY_NAMED =
  /^(?:the\s+)?(?:rest\s+of|remainder\s+of|others\b|other\s+(?:ones|tasks|things|stuff)\b|everything\b|all\s+(?:the|my|of)\b)/i;

/**
 * "the dentist and make a new one for the checkup", "the paint samples thing go under home projects" (and be tagged
 * diy): a second request joined to the task's words.
 */
const SECOND_REQUEST_IN_TITLE =
  /\s(?:and|then|&)\s+(?:then\s+)?(?:make|add|create|set|move|put|delete|remove|rename|reschedule|schedule|book\s+(?:a|another|the)\s+new)\s+(?:a|an|another|the|it|that|them|me)\b|\s(?:go|goes|be|get|gets)\s+(?:under|into|moved|tagged|renamed|marked)\b/i;

/** "that first one's done", "the second one": a place in a list shown before, which the chat does not keep. */
const PLACE_IN_A_LIST = /^(?:(?:that|this|the)\s+)?(?:first|second|third|fourth|fifth|top|bottom|next|previous)(?:\s+(?:one|task|item))?$/i;

/** "library books one, theyre not due …", "book club one anymore": the task's words, then a remark. */
const NAMED_THEN_REMARK =
  /^(\S.*?)\s+(?:one|task|thing|item)(?:\s*[,;–—-]\s+\S.*|\s+(?:any\s*more|altogether|completely|entirely|for\s+good|now|too|as\s+well))$/i;
/** "gate latch at last, only took 3 weekends", "slides? boss wants edits": a remark after a comma or a question mark. */
const REMARK_AFTER_COMMA =
  /^(.+?)(?:\s*,\s*(?:only|just|it|that|which|took|finally|so|but|lol|haha|phew|yay|at\s+last)\b|\s*[?!]+\s+\S).*$/i;
/** "gym today", "gate latch at last": when it was done is no word of the task. */
const WHEN_DONE_AFTER =
  /^(.+?)\s+(?:at\s+last|finally|already|today|yesterday|earlier|this\s+(?:morning|afternoon|evening)|last\s+night)$/i;
/**
 * Words around the task's that say how it was asked: "can the gym be" (due at 3pm), "i want the dog walk" (reminder at
 * 6:30), "needed for the recycling" (no reminder …).
 */
const ASKED_AROUND: RegExp[] = [
  /^(?:can|could|would|will|should)\s+(?:the\s+|my\s+)?(.+?)\s+be$/i,
  /^(?:i|we)\s+(?:want|need|would\s+like|'d\s+like|would\s+prefer|'d\s+prefer)\s+(?:the\s+|my\s+)?(.+)$/i,
  /^(?:needed|wanted|required)\s+(?:for|on)\s+(?:the\s+|my\s+)?(.+)$/i,
];
/** "that one", "it": the task the conversation is on. */
const POINTER = /^(?:that|this|it)(?:\s+one)?$/i;

/** "\"learn spanish\"", "'learn spanish' task": the task's words in quotes. */
const QUOTED = /^["“'‘](.+?)["”'’](?:\s+(?:task|one|todo|item))?$/;

/** "stop repeating the invoice after march", "… after 5 times": when the series ends, said after the task's words. */
const SERIES_END_AFTER =
  /\s(?:after|until|till|from|as\s+of|by)\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end\b|next\b|this\b|mon|tue|wed|thu|fri|sat|sun)/i;
const ASK_SERIES_END =
  'The series keeps repeating for now: here I can end one after a number of times (say "make the invoice repeat monthly for 10 times"); an end date is set in the task form.';

export function taskWordsOnly(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || !reading.target || !('title' in reading.target)) return reading;
  const title = reading.target.title.trim();
  if (reading.tool === 'update_task' && reading.args.recurring === null && SERIES_END_AFTER.test(title))
    return { kind: 'help', reason: ASK_SERIES_END };
  if (MANY_NAMED.test(title))
    return { kind: 'help', reason: 'One task at a time, please: which one? Give its number or words of its title.' };
  if (PLACE_IN_A_LIST.test(title)) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  if (SECOND_REQUEST_IN_TITLE.test(title))
    return { kind: 'help', reason: 'One thing at a time, please: which task first? Say one request, then the other.' };
  if (REQUEST_POINTING_BACK.test(title))
    return {
      kind: 'help',
      reason: 'Which task? Say its words with the change, one task at a time, for example "make the dentist repeat every year".',
    };
  const asked = ASKED_AROUND.reduce((words, shape) => shape.exec(words)?.[1] ?? words, title);
  if (POINTER.test(asked)) return { ...reading, target: { last: true } };
  const withoutRemark = REMARK_AFTER_COMMA.exec(asked)?.[1] ?? asked;
  const done = reading.tool === 'complete_task' ? (WHEN_DONE_AFTER.exec(withoutRemark)?.[1] ?? withoutRemark) : withoutRemark;
  const named = NAMED_THEN_REMARK.exec(done)?.[1] ?? done;
  const words = QUOTED.exec(named)?.[1] ?? named;
  return words === title ? reading : { ...reading, target: { title: words } };
}
