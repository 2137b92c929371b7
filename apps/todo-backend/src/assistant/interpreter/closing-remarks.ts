import { dateReader } from '../dates.ts';
import type { Interpretation } from './offline-interpreter.ts';

// A short remark after a change to a task, no verb and no value of its own: "rang Dr Patel's secretary, sorted",
// "clear the date on the pads order, no rush", "bump the pads order up, running low". It says how the caller feels
// about the change and is no part of it: when the whole sentence reads the remark into the task's name, adds a task,
// or is not read at all, the change before the comma is read alone.

/** At most four words, none a number: "sorted", "no rush at all", "all good now", "phew". */
const REMARK = /^(?:[\p{L}'’]+[\s!.]*){1,4}$/u;

const changesANamedTask = (reading: Interpretation) =>
  reading.kind === 'call' && reading.target !== undefined && !('last' in reading.target) && reading.tool !== 'add_task';

/** The whole reading took the remark in: as a task's words, as a new task, or not at all. */
function remarkMisread(whole: Interpretation, remark: string): boolean {
  if (whole.kind !== 'call') return true;
  if (whole.tool === 'add_task' || whole.tool === 'create_recurring') return true;
  return JSON.stringify(whole.target ?? {})
    .toLowerCase()
    .includes(remark.toLowerCase());
}

export function withoutClosingRemark(sentence: string, read: (text: string) => Interpretation): Interpretation {
  const whole = read(sentence);
  const said = sentence.trim().replace(/[.!]+$/, '');
  const comma = said.lastIndexOf(', ');
  const remark = comma > 0 ? said.slice(comma + 2).trim() : '';
  if (!remark || !REMARK.test(remark) || dateReader.parse(remark).length > 0 || !remarkMisread(whole, remark)) return whole;
  const change = read(said.slice(0, comma));
  return changesANamedTask(change) ? change : whole;
}
