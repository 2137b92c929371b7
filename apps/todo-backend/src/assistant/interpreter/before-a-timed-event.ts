// A deadline said as an event at a time: "due before the 9am lecture on wednesday", "add print the notes before the
// 2pm seminar tomorrow". The event's time and day are the due date; the event itself is no part of the title and no
// other task to order the task before.

const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tomorrow';
const BEFORE_EVENT = new RegExp(
  String.raw`\s+(?:due\s+)?(?:before|by|ahead\s+of)\s+(?:the|my|our)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm))\s+(?!(?:on|${DAY})\b)[\p{L}-]+(?:\s+(?!(?:on|${DAY})\b)[\p{L}-]+)?(?:\s+(?:on\s+)?(${DAY}))?$`,
  'iu',
);

/** The sentence with the event said as its due date ("… due wednesday at 9am"), or undefined. */
export function beforeATimedEvent(text: string): string | undefined {
  const said = BEFORE_EVENT.exec(text);
  if (!said?.[1]) return undefined;
  return `${text.slice(0, said.index)} due ${said[2] ? `${said[2]} ` : ''}at ${said[1]}`;
}
