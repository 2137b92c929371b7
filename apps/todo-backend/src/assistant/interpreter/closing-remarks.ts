import { dateReader } from '../dates.ts';
import type { Interpretation } from './offline-interpreter.ts';

// A short remark after a change to a task, no verb and no value of its own: "rang Dr Patel's secretary, sorted",
// "clear the date on the pads order, no rush". It says how the caller feels about the change and is no part of it.
// Read alone, the change before the comma is taken when the whole sentence read the remark into the task's name, or
// read a change to one of a task's fields ("clear the date on …") as a new task or not at all. Anything else is left.

/** At most four words, none a number, none pointing back or asking for something: "sorted", "no rush at all". */
const REMARK = /^(?:[\p{L}'’]+[\s!.]*){1,4}$/u;
const NOT_A_REMARK =
  /\b(?:it|that|this|them|those|one|add|delete|remove|tick|mark|move|make|set|put|tag|assign|change|cancel|please|can|could|would)\b/i;

/** "clear the date on the pads order": a field of a task named, never a task to add. */
const FIELD_CHANGED =
  /^(?:clear|remove|take\s+off|delete|drop|change|set|move|update)\s+(?:the\s+)?(?:due\s+date|date|deadline|reminder|note|description)\s+(?:on|of|from|for)\s+\S/i;

const LISTINGS = new Set(['list_tasks', 'filter_tasks', 'search_tasks', 'sort_tasks']);

const namedTarget = (reading: Interpretation) =>
  reading.kind === 'call' && reading.target !== undefined && !('last' in reading.target) ? JSON.stringify(reading.target) : undefined;

export function withoutClosingRemark(sentence: string, read: (text: string) => Interpretation): Interpretation {
  const whole = read(sentence);
  const said = sentence.trim().replace(/[.!]+$/, '');
  const comma = said.lastIndexOf(', ');
  const remark = comma > 0 ? said.slice(comma + 2).trim() : '';
  if (!remark || !REMARK.test(remark) || NOT_A_REMARK.test(remark) || dateReader.parse(remark).length > 0) return whole;
  const request = said.slice(0, comma);
  const wholeTarget = namedTarget(whole);
  const tookRemark = wholeTarget?.toLowerCase().includes(remark.toLowerCase());
  const fieldChangeMisread =
    FIELD_CHANGED.test(request) && (whole.kind !== 'call' || whole.tool === 'add_task' || whole.tool === 'create_recurring');
  // "nit check done, all clear": a remark read as a listing ("all"), after words that say a task is done. A sentence
  // asked about as a whole ("the vet might be done, not sure") stays asked.
  const doneMissed = whole.kind === 'call' && LISTINGS.has(whole.tool) && whole.target === undefined;
  if (!tookRemark && !fieldChangeMisread && !doneMissed) return whole;
  const change = read(request);
  if (change.kind !== 'call' || !namedTarget(change) || change.tool === 'add_task') return whole;
  if (doneMissed && !tookRemark && !fieldChangeMisread && change.tool !== 'complete_task') return whole;
  // The remark only shortens the task's name: the same change, never another one.
  if (tookRemark && whole.kind === 'call' && change.tool !== whole.tool) return whole;
  return change;
}
