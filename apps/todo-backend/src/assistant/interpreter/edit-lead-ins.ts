import type { Interpretation } from './offline-interpreter.ts';

// Words before a change to a task that say nothing of it: "actually", "quick one:", "oh and", "ok so", "also". Taken
// off only before a verb that changes, moves, hands over or deletes a task, or before a task named as one ("the
// dentist task …", "task 12 …"), so "quick one: call the vet" stays a task to add and "actually it should say …" stays
// a correction of a title.

const LEAD = String.raw`(?:actually|quick\s+one|oh\s+and|oh|ok(?:ay)?\s+so|and\s+also|also|and|so|right|hmm+|btw|one\s+more\s+thing)`;
const EDIT_VERB = String.raw`(?:change|update|set|switch|turn|make|rename|retitle|call|move|reschedule|postpone|push|bump|delay|assign|reassign|delegate|hand|give|let|tag|label|untag|note|put|take|forget|get\s+rid|bin|trash|scrap|drop|nuke|cancel|delete|remove|you\s+can|can|could|i\s+(?:moved|changed|renamed|pushed)|mark|file)`;
const TASK_NAMED = String.raw`(?:(?:the\s+)?(?:notes?|description|title|name|priority|due\s+date|deadline)\s+(?:of|for|on)|(?:the|my)\s+[^,:;]+?\s+(?:task|one)|(?:that|this)\s+one|task\s+#?\d+|#\d+|number\s+\d+|\d+)\s`;

const EDIT_AFTER_LEAD = new RegExp(String.raw`^(?:${LEAD}\s*[,:!.\-–—]*\s+)+(?=(?:${EDIT_VERB})\b|${TASK_NAMED})`, 'i');

/**
 * The sentence read whole, unless a lead-in before a change ended up in what was read: a task added with it in its
 * title ("quick one: change …" is no task to add) or a task named with it ("actually that one …"); then the request
 * without the lead-in.
 */
export function readAfterLeadIn(
  text: string,
  readWhole: (said: string) => Interpretation,
  readRest: (rest: string) => Interpretation,
): Interpretation {
  const whole = readWhole(text);
  const lead = EDIT_AFTER_LEAD.exec(text);
  // "actually tag it garden instead": a correction of what was just done, read (and asked about) as said.
  if (!lead || (whole.kind === 'help' && /\binstead[!.?]*$/i.test(text))) return whole;
  const firstWord =
    lead[0]
      .trim()
      .split(/[\s,:!.\-–—]+/)[0]
      ?.toLowerCase() ?? '';
  const named = whole.kind === 'call' && whole.target && 'title' in whole.target ? whole.target.title.toLowerCase() : '';
  const leadKept = whole.kind !== 'call' || whole.tool === 'add_task' || whole.tool === 'create_recurring' || named.startsWith(firstWord);
  return leadKept ? readRest(text.slice(lead[0].length)) : whole;
}
