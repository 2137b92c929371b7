import type { Priority } from '@doable/contracts';

// A level said to have stopped: "the lease stopped being urgent", "stop flagging the report as high", "NOT URGENT
// anymore: the report". Each says the way the level goes, never the level named: a task that stopped being urgent is
// low, one no longer flagged high is back to medium. ("the boiler is not low priority" names no level: asked.)

const HIGH = String.raw`(?:urgent|important|a\s+priority|(?:high|top)(?:[\s-]+(?:priority|prio))?)`;

const CEASED: [RegExp, Priority][] = [
  [new RegExp(String.raw`^(.+?)\s+(?:has\s+|have\s+)?stopped\s+being\s+${HIGH}$`, 'i'), 'low'],
  [new RegExp(String.raw`^stop\s+(?:flagging|marking|treating|listing|showing)\s+(.+?)\s+as\s+${HIGH}$`, 'i'), 'medium'],
];
/** "NOT URGENT anymore: the report": the change first, then the task ("not urgent: book flights" is a new task). */
const STATE_FIRST =
  /^(?:not\s+(?:urgent|important|a\s+priority)\s+any\s*more|no\s+longer\s+(?:urgent|important|a\s+priority))\s*(?::|\s[-–—])\s*(.+)$/i;

/** The task and the level it goes to, or undefined. */
export function readPriorityCeased(text: string): { ref: string; priority: Priority } | undefined {
  const stateFirst = STATE_FIRST.exec(text)?.[1];
  if (stateFirst) return { ref: stateFirst, priority: 'low' };
  for (const [pattern, priority] of CEASED) {
    const ref = pattern.exec(text)?.[1];
    if (ref) return { ref, priority };
  }
  return undefined;
}
