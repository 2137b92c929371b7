import type { Interpretation } from './offline-interpreter.ts';

// Two changes to one task in one sentence: "rename 3 to Call Sam and make it high priority", "make 10 repeat every
// weekday and rename it standup". The second change points back with "it"; both become one update_task call.

const SECOND_CHANGE = /^(.+?)\s+and\s+(?:then\s+|also\s+)?((?:make|set|mark|rename|call|change|move)\s+it\b.+)$/i;

/** The update_task fields a single change sets. */
function fieldsOf(reading: Interpretation): Record<string, unknown> | undefined {
  if (reading.kind !== 'call' || !reading.target) return undefined;
  if (reading.tool === 'update_task') return reading.args;
  if (reading.tool === 'set_priority') return { priority: reading.args.priority };
  if (reading.tool === 'set_due_date') return { due_date: reading.args.date };
  return undefined;
}

export function readTwoChanges(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const [, firstSaid, secondSaid] = SECOND_CHANGE.exec(sentence) ?? [];
  if (!firstSaid || !secondSaid) return undefined;
  const first = read(firstSaid);
  const second = read(secondSaid);
  const firstFields = fieldsOf(first);
  const secondFields = fieldsOf(second);
  if (first.kind !== 'call' || second.kind !== 'call' || !firstFields || !secondFields) return undefined;
  if (!second.target || !('last' in second.target)) return undefined;
  // The same field said twice ("… to high and make it low") is no two changes: read as said, or asked.
  if (Object.keys(secondFields).some((field) => field in firstFields)) return undefined;
  return { kind: 'call', tool: 'update_task', args: { ...firstFields, ...secondFields }, target: first.target };
}
