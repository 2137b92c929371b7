import { dateReader } from '../dates.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { extractPriority } from './priority-words.ts';

// A change to one named task with a remark about the caller's day before or after it, no subject of its own: "make the
// car wash low priority, no time this week", "bump the uniform order up, need it before nights", "push the ironing
// back a day, double shift", "swapped with Jo, move the gym to thursday". The remark says why; it is no title, no task
// to add and no value. Read alone, the change is taken when the whole sentence was not understood, was read as a new
// task, or took the remark into the task's name.

/** Changes a remark may stand beside; deleting and completing are never read past words left out. */
const CHANGES = new Set(['set_priority', 'set_due_date', 'postpone_task', 'update_task', 'add_tag', 'remove_tag', 'set_reminder']);
/**
 * A remark that corrects, conditions or negates the change, is a request of its own, names a task ("the shed is") or
 * ends at its verb: never left out.
 */
const NOT_A_REMARK =
  /\b(?:wait|actually|mean|meant|sorry|rather|instead|or|not|don'?t|dont|never|unless|if|only|but|then|also|and|please|pls|add|new|create|task|todo|delete|remove|tick|mark|move|make|set|put|tag|label|change|cancel|remind|priority)\b|n't\b|[#?"“]|^(?:the|my|this|that|our)\s|\b(?:is|are|was|were|does|do|did|has|have|had|can|will|would|should|could|must)$/i;
/** A sentence that asks for a new task: its reading as one is no miss. */
const ADDS = /^(?:please\s+)?(?:add|new|create|put|todo|to-do)\b/i;
/** A length of time or a count: a value a move or a rule may take. */
const AMOUNT = /\d|\b(?:a|an|one|two|three|couple\s+of)\s+(?:days?|weeks?|hours?|months?)\b|\bfortnight\b/i;

const namedTarget = (reading: Interpretation) =>
  reading.kind === 'call' && reading.target !== undefined && !('last' in reading.target) ? JSON.stringify(reading.target) : undefined;

/** Whether the remark carries a value of the kind the change sets (a date for a move, a level for a priority). */
function carriesValue(remark: string, tool: string): boolean {
  if (tool === 'set_priority') return extractPriority(remark).priority !== undefined;
  return dateReader.parse(remark).length > 0 || AMOUNT.test(remark);
}

/** The whole reading missed the change: nothing read, a task added, or the remark or the change read into a task's name. */
function missedChange(whole: Interpretation, remark: string, request: string): boolean {
  if (whole.kind === 'help') return true;
  if (whole.kind !== 'call') return false;
  if (whole.tool === 'add_task' || whole.tool === 'create_recurring') return !ADDS.test(request) && !ADDS.test(remark);
  const name = namedTarget(whole)?.toLowerCase() ?? '';
  const changeVerb = request.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  // A clause break inside a task's name ("dentist back two days, covering") is a sentence read as one name.
  return name.includes(remark.toLowerCase()) || name.includes(changeVerb) || name.includes(', ');
}

function changeAlone(request: string, remark: string, whole: Interpretation, read: (text: string) => Interpretation) {
  if (!remark || NOT_A_REMARK.test(remark) || remark.split(/\s+/).length > 6 || !missedChange(whole, remark, request)) return undefined;
  const change = read(request);
  if (change.kind !== 'call' || !CHANGES.has(change.tool) || !namedTarget(change)) return undefined;
  return carriesValue(remark, change.tool) ? undefined : change;
}

/** The change read without the remark about the caller's day, or the whole reading. */
export function withoutDayRemark(sentence: string, read: (text: string) => Interpretation): Interpretation {
  const whole = read(sentence);
  const said = sentence.trim().replace(/[.!]+$/, '');
  const last = said.lastIndexOf(', ');
  const after = last > 0 ? changeAlone(said.slice(0, last), said.slice(last + 2).trim(), whole, read) : undefined;
  if (after) return after;
  const first = said.indexOf(', ');
  // "please swapped with Jo, move …": the "please" is the request's, said first.
  const remarkFirst = said
    .slice(0, first)
    .trim()
    .replace(/^(?:please|pls|plz)\s+/i, '');
  const before = first > 0 ? changeAlone(said.slice(first + 2), remarkFirst, whole, read) : undefined;
  return before ?? whole;
}
