import type { Interpretation } from './offline-interpreter.ts';

// A task reported done with when or on the way to where it was done: "got the oil change done on my way home",
// "completed 17 before handover", "did the shopping after my shift", "picked up the parcel at lunch". The circumstance
// is no part of the task's name; a "done" left before it belongs to "got … done". So is how it stood against its
// deadline: "sent the quote with a day to spare", "filed the return just in time", "got the bid in before the deadline".

/** How it stood against its deadline ("… ahead of the" when the deadline's own word was read already). */
const AGAINST_THE_DEADLINE = String.raw`with\s+(?:an?|\d+|a\s+few|two|three|four|five|ten)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+to\s+spare|just\s+in\s+time|in\s+the\s+nick\s+of\s+time|(?:right\s+|bang\s+)?on\s+time|(?:well\s+|just\s+)?(?:ahead\s+of|before)\s+(?:(?:the\s+|its\s+)?(?:deadline|cut-?off|due\s+date)|the|its)`;
const CIRCUMSTANCE = new RegExp(
  String.raw`\s+(?:${AGAINST_THE_DEADLINE}|on\s+(?:my|the)\s+way\s+(?:home|in|back|to\s+work)|(?:before|after|during|at|on)\s+(?:my\s+|the\s+)?(?:handover|work|shift|lunch|break|nights?|lates?|earlies|school\s+run)|(?:this|last)\s+(?:morning|night|evening|afternoon)|earlier(?:\s+today|\s+on)?|(?:just\s+)?now)$`,
  'i',
);

/** "got the oil change done on my way home": "done" said inside the sentence, a circumstance after it. */
const GOT_DONE_THEN = /\b(?:got|had)\s+.+\s+done\s+\S/i;

export function withoutCircumstance(message: string, reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'complete_task' || !reading.target || !('title' in reading.target)) return reading;
  const title = reading.target.title.trim();
  if (!CIRCUMSTANCE.test(title) && !(GOT_DONE_THEN.test(message) && /\s+done$/i.test(title))) return reading;
  const rest = title
    .replace(CIRCUMSTANCE, '')
    .replace(/\s+done$/i, '')
    .trim();
  if (!rest) return reading;
  const numbered = /^(?:task\s*)?#?(\d+)$/i.exec(rest);
  return { ...reading, target: numbered?.[1] ? { id: Number(numbered[1]) } : { title: rest } };
}

/**
 * "mark the bins as done for this week", "the bins are done, next one is tuesday": a repeating task's occurrence done;
 * the period and the next date are the series', said again as the completion alone.
 */
const DONE_FOR_A_PERIOD =
  /\b(done|finished|completed?)\s+for\s+(?:this|the)\s+(?:week|month|fortnight)$|\b(done|finished|completed?)\s*[,;.]\s*(?:and\s+)?(?:the\s+)?next\s+(?:one|time)(?:'s|\s+is|\s+will\s+be)\s+[^,;]+$/i;

export function doneForAPeriodSaid(text: string): string {
  return text.trim().replace(DONE_FOR_A_PERIOD, (_all, done?: string, doneThen?: string) => done ?? doneThen ?? '');
}

/** How it went, said after the task: "went with admiral", "sent it to Jo", "took ages", "it was fine". */
const AFTERWORD =
  /^(?:went|sent|took|cost|was|were|it|it's|it’s|they|he|she|only|turned|ended|so|really|such|loved|amazing|great|brilliant)\b/i;
/** A correction is another reading: "tick off the dentist, no sorry, the vet". */
const CORRECTION = /\b(?:no|sorry|i\s+mean|wrong|instead|reopen|undo|not|oops)\b/i;

/**
 * "sorted the car insurance, went with admiral in the end", "finished the team report, sent it to Jo": the clause after
 * the first says how it went, and is no task's name; the task done is the one the first clause names.
 */
export function doneBeforeAfterword(
  message: string,
  reading: Interpretation,
  readClause: (clause: string) => Interpretation,
): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'complete_task' || !reading.target || !('title' in reading.target)) return reading;
  const [first, ...after] = message.trim().split(/\s*[,;]\s*|\s+[-–—]\s+/);
  if (
    !first ||
    !AFTERWORD.test(after.join(', ')) ||
    CORRECTION.test(message) ||
    first.toLowerCase().includes(reading.target.title.toLowerCase())
  )
    return reading;
  const firstReading = readClause(first);
  return firstReading.kind === 'call' && firstReading.tool === 'complete_task' && firstReading.target && 'title' in firstReading.target
    ? firstReading
    : reading;
}

/** A word said before the news, never a task's name: "just remembered - …" read as "just" done. */
const FILLER = /^(?:just|so|ok|okay|oh|um|erm|well|and|also|anyway|right|hey)$/i;

/** "my mom called today": someone else rang the user, which does not say the user's call is made. */
const SOMEONE_CALLED = /^(?:my|our)\s+[\p{L}'’]+\s+(?:called|rang|phoned|texted|emailed|messaged)\b/iu;
/** "check if the parcel has arrived": a thing to find out is to be done later, never news of something done. */
const TO_FIND_OUT = /\b(?:check|see|find\s+out|ask)\s+(?:if|whether)\b/i;

/**
 * A completion that names no task done is asked about instead: one of a filler word ("just remembered - …"), of "add …"
 * ("add get the photos done"), or news of someone else's call ("my mom called today"). One named by something to find
 * out ("in a month check whether the hedge has taken") is the task to add, when it reads as one.
 */
export function doneOfNoTaskAsked(message: string, reading: Interpretation, readAdd: (request: string) => Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'complete_task' || !reading.target || !('title' in reading.target)) return reading;
  // "add get passport photos done": asked to add, never news that something named "add …" is done.
  if (FILLER.test(reading.target.title.trim()) || /^(?:add|create)\s/i.test(reading.target.title) || SOMEONE_CALLED.test(message.trim()))
    return { kind: 'help' };
  if (!TO_FIND_OUT.test(reading.target.title)) return reading;
  const added = readAdd(`add ${message.trim()}`);
  return added.kind === 'call' && added.tool === 'add_task' ? added : { kind: 'help' };
}
