import type { Interpretation } from './offline-interpreter.ts';

// Words before a change to a task that say nothing of it: "actually", "quick one:", "oh and", "ok so", "um", "Hi!".
// A hedge ("maybe", "I think") is not one either: completions.ts reads it (a hedged deletion is asked about).
// The sentence is read whole first; the lead-in is taken off only when it ended up in what was read ("actually that
// one should be p1" naming a task "actually that"), when it made a change into a task to add ("quick one: change the
// name of 12 …" is no new task), or when the whole sentence was not understood. So "quick one: call the vet" stays a
// task to add and "actually it should say …" stays a correction of a title.

const LEAD = String.raw`(?:actually|quick\s+one|oh\s+and|oh|ok(?:ay)?\s+so|ok(?:ay)?|and\s+also|also|and|so|right|hmm+|um+|uh+|btw|one\s+more\s+thing|hi|hey|hello)`;

const AFTER_LEAD = new RegExp(String.raw`^(?:${LEAD}\s*[,:!.\-–—]*\s+)+(?=\S)`, 'i');

/** A new task or series: what a lead-in glued to a change turns it into. */
const ADDS = new Set(['add_task', 'create_recurring']);

/** The lead-in's words, whole, in what was read. */
function holdsLead(reading: Interpretation, lead: string): boolean {
  const words = lead
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const read = JSON.stringify(reading).toLowerCase();
  return words.some((word) =>
    new RegExp(`(?:^|[^\\p{L}])${word}(?:$|[^\\p{L}])`, 'u').test(read.replace(/"(?:kind|tool|args|target|title|last|id|reason)"/g, '')),
  );
}

/** The sentence read whole, or without its lead-in when the lead-in spoilt the whole reading. */
export function readAfterLeadIn(
  text: string,
  readWhole: (said: string) => Interpretation,
  readRest: (rest: string) => Interpretation,
): Interpretation {
  const whole = readWhole(text);
  const lead = AFTER_LEAD.exec(text);
  // "actually tag it garden instead": a correction of what was just done, read (and asked about) as said.
  if (!lead || (whole.kind === 'help' && /\binstead[!.?]*$/i.test(text))) return whole;
  if (whole.kind === 'call' && holdsLead(whole, lead[0])) return readRest(text.slice(lead[0].length));
  const rest = readRest(text.slice(lead[0].length));
  // "quick one: put the dentist in Work": a question about the request is better than a task titled with it.
  const addedInstead = whole.kind === 'call' && ADDS.has(whole.tool);
  if (addedInstead && rest.kind === 'help' && rest.reason) return rest;
  if (rest.kind !== 'call') return whole;
  if (whole.kind === 'help' && !whole.reason) return rest;
  if (addedInstead && !ADDS.has(rest.tool)) return rest;
  return whole;
}
