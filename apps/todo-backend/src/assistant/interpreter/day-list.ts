import { WEEKDAY_WORD } from './phrases.ts';

// A day's list is that day: "put call Dave on thursday's list", "add it to tomorrow's to-do list", "what's on
// monday's agenda". Read as the day itself, the list's words leave the title and the day becomes the due date.

const DAY_LIST = new RegExp(
  String.raw`\s+(?:on|onto|to|for|in)\s+(?:my\s+)?(today|tonight|tomorrow|${WEEKDAY_WORD})(?:'s|s'|’s)\s+(?:to-?do\s+|todo\s+)?(?:list|agenda|plan|tasks|todos)\b`,
  'i',
);

/** The sentence with a day's list said as the day, or as it came. */
export function dayListSaid(text: string): string {
  return text.replace(DAY_LIST, (_all, day: string) => ` on ${day}`);
}
