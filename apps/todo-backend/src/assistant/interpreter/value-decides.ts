import type { ToolName } from '@doable/contracts';
import { BOUNDED } from './field-named.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { clean, extractDate } from './phrases.ts';
import { levelOf } from './priority-levels.ts';
import { type KnownNames, knownProject } from './project-names.ts';

// "update the dentist to p1", "switch 12 to friday", "can that one be moved to the 20th?", "I moved task 12 to next
// monday": a verb that says no field, and a value that says which one. The value is read whole: a level is the
// priority, a date the due date, one of the caller's projects the project; anything else is left to the other rules.

const SAY_NO_FIELD = [
  // "move the dentist from thursday to friday", "shift 12 from Work to Home Projects": where it was is no part of it.
  /^(?:move|push|shift|reschedule|change|switch|swap)\s+(.+?)\s+from\s+.+?\s+(?:to|till|until|into)\s+(.+)$/i,
  // "give 12 a due date of friday", "give the dentist a deadline of the 20th".
  /^give\s+(.+?)\s+(?:a\s+|the\s+)?(?:due\s+date|deadline|date)\s+(?:of\s+)?(.+)$/i,
  /^(?:change|switch|swap|turn|update|set)\s+(.+?)\s+(?:to|into)\s+(.+)$/i,
  // "can the dentist one be moved to saturday?", "could 12 be pushed to friday".
  /^(?:can|could)\s+(.+?)\s+be\s+(?:moved|pushed|changed|switched|set|made|bumped|put|shifted|rescheduled)\s+(?:to|into|in|for|till|until)\s+(.+)$/i,
  // "I'd like it moved to next monday", "we want the dentist pushed to friday".
  /^(?:i'?d\s+like|i\s+would\s+like|i\s+want|we'?d\s+like|we\s+want)\s+(.+?)\s+(?:moved|pushed|changed|switched|set|made|bumped|put|shifted|rescheduled)\s+(?:to|into|till|until|for)\s+(.+)$/i,
  // "I moved task 12 to next monday": what was done is what the list should say.
  /^(?:i|we)(?:'ve|\s+have)?\s+(?:moved|pushed|changed|switched|rescheduled|shifted|bumped)\s+(.+?)\s+(?:to|into|till|until|for)\s+(.+)$/i,
  // "task 12 -> next monday", "that one: urgent", "number 12 should be next monday": a task named so that it ends
  // where the value starts, then the value ("dentist: friday" may be a task to add, and is left to those rules).
  new RegExp(String.raw`^(${BOUNDED})\s*(?::|->|→|=>)\s*(?:(?:move|push|change|set)\s+(?:it\s+)?(?:to\s+)?)?(.+)$`, 'i'),
  new RegExp(
    String.raw`^(${BOUNDED})\s+(?:should\s+be|is\s+now|needs\s+to\s+be|has\s+to\s+be|must\s+be)\s+(?:due\s+|moved\s+to\s+)?(.+)$`,
    'i',
  ),
];

/**
 * A reference with a field in it, not a task alone ("change the priority of 5 to …", "set 12 priority to …", "set 3 back
 * to normal"), is read by the rules naming fields.
 */
const A_FIELD =
  /\b(?:priority|prio|urgency|importance|due|deadline|date|title|name|notes?|description|tags?|labels?|project|reminder)\b|\sback$|^(?:when|what|how)\b/i;

type Decided = { tool: ToolName; ref: string; args: Record<string, unknown> };

/** The call a value decides, or undefined when the sentence is not of this shape or its value says no one field. */
export function readValueDecides(text: string, known: KnownNames): Decided | undefined {
  for (const pattern of SAY_NO_FIELD) {
    const said = pattern.exec(text);
    const ref = said?.[1]?.trim();
    const value = said?.[2]?.trim().replace(/\s+instead$/i, '');
    if (!ref || !value || A_FIELD.test(ref)) continue;
    const level = levelOf(value);
    if (typeof level === 'string') return { tool: 'set_priority', ref, args: { priority: level } };
    const project = knownProject(value.replace(/^(?:the|my)\s+/i, '').replace(/\s+(?:project|list)$/i, ''), known);
    if (project) return { tool: 'move_task', ref, args: { project } };
    const date = extractDate(` ${value}`);
    if (date.date && !clean(date.text)) return { tool: 'set_due_date', ref, args: { date: value } };
    return undefined;
  }
  return undefined;
}

/** "…, not thursday", "… instead of high", "not friday, saturday": the value said not to be meant, with its comma. */
const NOT_THAT_VALUE = [/^(.*[^\s,])\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+([^,]+?)$/i, /^(?:not|no)\s+([^,]+?)\s*,\s*(.+)$/i];

/** "instead of 2": an hour said alone, the time it replaces. */
const BARE_HOUR = /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?$/;

/** The kind of value a phrase is, read whole: a level or a date. */
function valueKind(said: string): 'level' | 'date' | undefined {
  if (typeof levelOf(said) === 'string') return 'level';
  const date = extractDate(` ${said}`);
  return date.date !== undefined && !clean(date.text) ? 'date' : undefined;
}

/** "move the dentist to saturday": the kind of the value its last few words say, if any. */
function endsInValue(said: string): 'level' | 'date' | undefined {
  const words = said.trim().split(/\s+/);
  for (let count = Math.min(4, words.length - 1); count >= 1; count--) {
    const kind = valueKind(words.slice(-count).join(' '));
    if (kind) return kind;
  }
  return undefined;
}

/**
 * "make the dentist 3pm instead of 2": the sentence with the value not meant, read as a change ("… instead") unless it
 * adds a task ("call mum on sunday, not saturday" adds "call mum", without the "instead").
 */
export function readWithoutValueNotMeant(text: string, read: (text: string) => Interpretation): Interpretation | undefined {
  const meant = withoutValueNotMeant(text);
  if (!meant) return undefined;
  const changed = read(`${meant} instead`);
  const adds = changed.kind === 'call' && (changed.tool === 'add_task' || changed.tool === 'create_recurring');
  return adds ? read(meant) : changed;
}

/**
 * The sentence without a value it says is not meant ("move the dentist to saturday, not friday" → "move the dentist to
 * saturday"), or undefined when it says none: the value said not to be meant is never read as the new one.
 */
function withoutValueNotMeant(text: string): string | undefined {
  // Only beside the value meant, of the same kind: "the gas bill is not urgent" says a level, and keeps its "not".
  const after = NOT_THAT_VALUE[0]?.exec(text);
  const replaced = after?.[2] && (valueKind(after[2]) ?? (BARE_HOUR.test(after[2]) ? 'date' : undefined));
  if (after?.[1] && replaced && replaced === endsInValue(after[1])) return after[1];
  const before = NOT_THAT_VALUE[1]?.exec(text);
  if (before?.[1] && before[2] && valueKind(before[1]) && valueKind(before[1]) === endsInValue(before[2])) return before[2];
  return undefined;
}
