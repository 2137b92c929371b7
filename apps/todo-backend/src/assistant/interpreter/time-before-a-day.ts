// "ring the agency about next month 09:00 monday": chrono joins the clock time to the date words before it ("next month
// 09:00", which the title keeps) and reads the day after it alone. A clock time said just before the day that is read
// is that day's time.

/**
 * A clock time at the end of the words before the day: "09:00", "at 7:30", "6pm", "at 6 am", or a bare hour after a
 * word that leads to a time ("by 5 today": at 5, read as the afternoon as any bare hour from 1 to 6 is).
 */
const CLOCK_AT_END =
  /(?:,\s*|\s+|^)(?:at\s+)?(\d{1,2}:\d{2}(?:\s*(?:am|pm))?|\d{1,2}\s*(?:am|pm))\s*,?\s*$|(?:,\s*|\s+)(?:at|by|before)\s+(\d{1,2})\s*$/i;

/** The clock time said just before a day, with where its words start in `before`, or undefined. */
export function timeBeforeADay(before: string): { index: number; time: string } | undefined {
  const clock = CLOCK_AT_END.exec(before);
  if (clock?.[1]) return { index: clock.index, time: clock[1] };
  return clock?.[2] ? { index: clock.index, time: `at ${clock[2]}` } : undefined;
}
