import { WEEKDAY_NAME } from '../calendar-words.ts';

// A title that says "monthly" with the day it falls on: "monthly report on the first monday", "add the monthly
// newsletter on the last friday". The day is the rule's ("every first monday of the month") and "monthly" stays in the
// title: the task is called the monthly report.

const ON_NTH_DAY = new RegExp(
  String.raw`^((?:add\s+)?.*\bmonthly\b.*?)\s+on\s+the\s+(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(${WEEKDAY_NAME})(?:\s+of\s+(?:the|each|every)\s+month)?(\s.*)?$`,
  'i',
);

/** The sentence with its day said as the rule, "… every first monday of the month …", or undefined. */
export function monthlyWeekdayTitle(text: string): string | undefined {
  const said = ON_NTH_DAY.exec(text.trim());
  // "the monthly report is due on the first monday", "move the monthly report to …": a change to a task, read elsewhere.
  if (!said?.[1] || !said[2] || !said[3] || /\b(?:every|each|is|are|was|due|move|moved|change|set|push|reschedule)\b/i.test(said[1]))
    return undefined;
  return `${said[1]} every ${said[2]} ${said[3]} of the month${said[4] ?? ''}`;
}
