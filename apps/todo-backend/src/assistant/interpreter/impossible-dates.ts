import { dayOrdinal, MONTH_NAMES, MONTH_WORD, monthNumber } from '../calendar-words.ts';

// A day the month does not have: "pay the rent on the 31st of february", "move the gas bill to april 31". The date
// reader would roll it into the next month or drop the month into the title; which day was meant is asked.

/** The most days each month can have (February in a leap year). */
const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_THEN_MONTH = new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?(${MONTH_WORD})\b`, 'gi');
const MONTH_THEN_DAY = new RegExp(String.raw`\b(${MONTH_WORD})\s+(?:the\s+)?${DAY}\b(?![:.]\d)`, 'gi');

/** What to ask when the text names a day its month does not have, outside quotes; otherwise undefined. */
export function impossibleDateAsked(text: string): string | undefined {
  const unquoted = text.replace(/["“][^"”]*["”]|(?:^|\s)'[^']*'(?=\s|$)/g, ' ');
  const said = [
    ...[...unquoted.matchAll(DAY_THEN_MONTH)].map((match) => [match[1], match[2]] as const),
    ...[...unquoted.matchAll(MONTH_THEN_DAY)].map((match) => [match[2], match[1]] as const),
  ];
  for (const [day = '', month = ''] of said) {
    const number = monthNumber(month);
    if (number > 0 && Number(day) > (MONTH_LENGTH[number - 1] ?? 31) && Number(day) <= 31) {
      const name = MONTH_NAMES[number - 1] ?? month;
      return `${name[0]?.toUpperCase()}${name.slice(1)} has no ${dayOrdinal(Number(day))}: which day do you mean?`;
    }
  }
  return undefined;
}
