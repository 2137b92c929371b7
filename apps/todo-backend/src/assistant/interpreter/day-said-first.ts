import { errandSaid } from './errands.ts';

// "tomorrow gym 7am", "fri dentist 3pm": a day said first and its time last, the thing between them. The date reader
// joins a day and a time only when they are said together, so the day goes next to its time: "gym tomorrow 7am".
// "tomorrow get the car washed": a day said first, then an errand, is the errand on that day ("got the car washed" is
// news of one done, "get" a thing to do).
const DAY = String.raw`today|tonight|tomorrow|tmrw|tmr|2moro|(?:(?:next|this)\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?`;
const DAY_FIRST_TIME_LAST = new RegExp(
  String.raw`^(${DAY})\s+(?!(?:at|@|and|or|is|are|i|we|you)\b)([\p{L}][^,;:?]*?)\s+((?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:at\s+|@\s*)?\d{1,2}:\d{2})$`,
  'iu',
);
const DAY_FIRST = new RegExp(String.raw`^(${DAY})\s*[,:–—-]?\s+(?!(?:at|@|and|or|is|are|i|we|you)\b)([\p{L}][^?]*)$`, 'iu');

export function daySaidFirst(text: string): string {
  const said = DAY_FIRST_TIME_LAST.exec(text.trim());
  if (said?.[1] && said[2] && said[3]) return `${said[2]} ${said[1]} ${said[3]}`;
  const errand = DAY_FIRST.exec(text.trim());
  return errand?.[1] && errand[2] && errandSaid(errand[2]) ? `${errand[2]} ${errand[1]}` : text;
}
