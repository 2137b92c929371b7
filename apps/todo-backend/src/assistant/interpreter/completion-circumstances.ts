import type { Interpretation } from './offline-interpreter.ts';

// A task reported done with when or on the way to where it was done: "got the oil change done on my way home",
// "completed 17 before handover", "did the shopping after my shift", "picked up the parcel at lunch". The circumstance
// is no part of the task's name; a "done" left before it belongs to "got … done".

const CIRCUMSTANCE =
  /\s+(?:on\s+(?:my|the)\s+way\s+(?:home|in|back|to\s+work)|(?:before|after|during|at|on)\s+(?:my\s+|the\s+)?(?:handover|work|shift|lunch|break|nights?|lates?|earlies|school\s+run)|(?:this|last)\s+(?:morning|night|evening|afternoon)|earlier(?:\s+today|\s+on)?|(?:just\s+)?now)$/i;

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
