import { wholeDate } from './due-said.ts';

// A deadline given to a task as a thing it has: "give the bid a deadline of friday 3pm", "give task 8 a deadline: end
// of the month", "the council form has a hard deadline of 31/01", "put a deadline of the 9th on the tender". The
// deadline is the task's due date; a note said with it ("… and a note: send to Karen first") is its description, in
// the same change. Only a date and nothing else after "deadline": "give the bid a deadline reminder" and "the essay has
// a deadline extension" are no date.

export type DeadlineGiven = { ref: string; date: string; description?: string };

const KIND = '(?:(?:hard|firm|strict|new|proper|final|real)\\s+)?';
const DEADLINE = '(?:deadline|due\\s+date|hand[\\s-]?in\\s+date)';

const GIVEN: { pattern: RegExp; ref: number; rest: number }[] = [
  // "give the bid a deadline of friday 3pm", "give 8 a deadline: end of the month".
  {
    pattern: new RegExp(`^(?:give|set|assign)\\s+(.+?)\\s+(?:a|the)\\s+${KIND}${DEADLINE}\\s*(?:of\\s+|:\\s*|for\\s+|on\\s+)?(.+)$`, 'i'),
    ref: 1,
    rest: 2,
  },
  // "the council form has a hard deadline of 31/01", "my essay's got a deadline of the 14th".
  {
    pattern: new RegExp(
      `^(.+?)(?:\\s+has|'s\\s+got|\\s+has\\s+got)\\s+(?:a|the|an?\\s+absolute)\\s+${KIND}${DEADLINE}\\s+(?:of|on)\\s+(.+)$`,
      'i',
    ),
    ref: 1,
    rest: 2,
  },
  // "the report needs a deadline: friday", "the gym needs a due date of saturday".
  {
    pattern: new RegExp(
      `^(.+?)\\s+(?:needs|wants|should\\s+have|gets)\\s+(?:a|the)\\s+${KIND}${DEADLINE}\\s*(?:of\\s+|:\\s*|on\\s+)(.+)$`,
      'i',
    ),
    ref: 1,
    rest: 2,
  },
  // "put a deadline of the 9th on the tender".
  { pattern: new RegExp(`^(?:put|set|stick)\\s+(?:a|the)\\s+${KIND}${DEADLINE}\\s+of\\s+(.+?)\\s+on\\s+(.+)$`, 'i'), ref: 2, rest: 1 },
];

/** "… and a note: send to Karen first", "…, note: ask Dan": a description said after the date. */
const NOTE = /\s*(?:,\s*|\s+)(?:and\s+)?(?:a|the|with\s+a|with\s+the)?\s*(?:note|description)\s*(?::|saying|that\s+says)\s*(.+)$/i;

export function deadlineGiven(text: string): DeadlineGiven | undefined {
  const said = text.trim().replace(/[?!.]+$/, '');
  for (const { pattern, ref: refAt, rest: restAt } of GIVEN) {
    const found = pattern.exec(said);
    const ref = found?.[refAt]?.trim();
    let rest = found?.[restAt]?.trim();
    if (!ref || !rest) continue;
    const note = NOTE.exec(rest);
    if (note?.[1]) rest = rest.slice(0, note.index);
    const date = wholeDate(rest);
    if (!date) continue;
    return { ref, date, ...(note?.[1] ? { description: note[1].trim() } : {}) };
  }
  return undefined;
}
