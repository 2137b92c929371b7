import { MONTH_WORD } from '../calendar-words.ts';
import { WEEKDAY_WORD } from './phrases.ts';

// "move the carpet fitting to the week of the 14th", "add paint the hall the week commencing 9 march": a week, not a
// day, which a due date needs. Read as it came, the date after "of" became the due date (or, worse, "the week of" the
// title's last words). Asked which day; a question about the list ("what's on the week of the 14th") is left alone.

/** "every week starting monday" is a rule and its first day, not a week. */
const WEEK_OF = new RegExp(
  String.raw`\b(?<!\b(?:every|each|a|per)\s+)(?:the\s+)?week\s+(?:of|commencing|beginning|starting)\s+(?:the\s+|on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|${MONTH_WORD}\b|${WEEKDAY_WORD}\b|next\b)|\bw\/c\s+\S`,
  'i',
);
const ASKS_ABOUT_LIST = /^(?:what|which|show|list|any|anything|is|are|do|does|how|when|find|search)\b/i;

export function weekOfAsked(text: string): string | undefined {
  // 'rename it "boiler install - w/c 9th Feb"': a week inside a quoted title is the title's words.
  const unquoted = text.replace(/["“][^"”]*["”]/g, '""');
  if (ASKS_ABOUT_LIST.test(text.trim()) || !WEEK_OF.test(unquoted)) return undefined;
  return 'Which day of that week? Say for example "monday the 14th".';
}
