import { dateReader } from '../dates.ts';
import { SOME_DAY } from './phrases.ts';

// "book the chimney sweep next month sometime", "plan the holiday in march at some point": "sometime" after a date
// says when within it, not how much the task matters. Alone ("sort the photos sometime") it is still a low priority;
// here it goes, and the date stays.

const SOMETIME = /[,\s]+(?:sometime|some\s*time|at\s+some\s+point)(?=\s*(?:[,.!?]|$))/i;

/** "book a haircut at some point next week": "at some point" before a date is "sometime", read with it. */
const AT_SOME_POINT_BEFORE =
  /\bat\s+some\s+point\s+(?=(?:next|this|in|during|over|on|before|by|around|later|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi;

export function sometimeWithinDate(sentence: string): string {
  const text = sentence.replace(AT_SOME_POINT_BEFORE, 'sometime ');
  const said = SOMETIME.exec(text);
  if (!said) return text;
  const before = text.slice(0, said.index);
  const date = dateReader.parse(before, SOME_DAY).at(-1);
  if (!date || date.index + date.text.length !== before.length) return text;
  return before + text.slice(said.index + said[0].length);
}
