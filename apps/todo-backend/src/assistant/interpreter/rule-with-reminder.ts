import type { Interpretation } from './offline-interpreter.ts';
import { extractRemindBefore } from './phrases.ts';

// A new series said with a reminder's lead time: "renew car insurance every year on 3 june, remind me 2 weeks before",
// "pay the rent on the 1st every month and remind me the day before". create_recurring takes no reminder, but add_task
// takes a rule as well as a lead time, and each later occurrence keeps the lead time: the series is added so, from its
// first due date. A rule with no first date to remind before ("every 3 days") is still asked about.

/** The series with its reminder as one add_task call, or undefined when no lead time or no dated series is said. */
export function seriesWithReminder(said: string, readSeries: (rest: string) => Interpretation | undefined): Interpretation | undefined {
  const reminder = extractRemindBefore(said);
  // "remind me at 8": a reminder at the due time is the series' own, said by its time.
  if (!reminder.before || reminder.before === '0m') return undefined;
  const series = readSeries(reminder.text);
  if (series?.kind !== 'call' || series.tool !== 'create_recurring' || typeof series.args.due_date !== 'string') return undefined;
  const { pattern, ...args } = series.args;
  return { kind: 'call', tool: 'add_task', args: { ...args, recurring: pattern, remind_before: reminder.before } };
}
