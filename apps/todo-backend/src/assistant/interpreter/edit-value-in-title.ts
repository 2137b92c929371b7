import type { Interpretation } from './offline-interpreter.ts';

// "i need a task to move the dentist to friday", "add push the call to 3pm": a task to add whose title changes
// something to a value. The date after "to" is that value, not when the task is due; read as a due date it leaves a
// broken title ("move the dentist to") and a due date nobody asked for. The title keeps its value whole.

/** A title that ends where its value was taken away: "move the dentist to", "put the meeting back to". */
const VALUE_TAKEN = /\s(?:to|into|onto)$/i;

/** The reading, with a value said after "to" kept in the title of a task to add. */
export function keepValueInTitle(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'add_task') return reading;
  // A reminder at a due time no longer said goes with it ("remind me to move the dentist to friday").
  const { title, due_date: due, remind_before: _atDueTime, ...rest } = reading.args;
  if (typeof title !== 'string' || typeof due !== 'string' || !VALUE_TAKEN.test(title)) return reading;
  return { ...reading, args: { ...rest, title: `${title} ${due}` } };
}
