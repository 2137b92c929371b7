import { extractDate } from './phrases.ts';
import { priorityWord } from './priority-words.ts';
import { isWholeDate } from './whole-dates.ts';

// 'swap "eggs" for "free range eggs"', "swap oat milk for almond milk": one title for another, a rename. A day after
// "for" is no title but the day the task moves to ("swap the dentist for friday"), and words with a day in them are a
// trade to make ("swap shifts with jo b4 sat"); a level is read by the rules for priorities, and a tag swapped by the
// rules for tags.

const SWAP = /^swap\s+(?:out\s+)?(.+?)\s+(?:for|with)\s+(.+)$/i;
/** "swap the laundry from weekly to every other week": a change from one value to another, said as "change". */
const SWAP_FROM_TO = /^(?:swap|switch|flip)\s+(?!(?:the\s+)?(?:tags?|labels?)\b)(.+?\s+from\s+.+?\s+to\s+\S.*)$/i;

/** The sentence said as a rename ("rename eggs to free range eggs"), or as it came. */
export function swapSaid(text: string): string {
  const fromTo = SWAP_FROM_TO.exec(text.trim())?.[1];
  if (fromTo) return `change ${fromTo}`;
  const said = SWAP.exec(text.trim().replace(/[.!]+$/, ''));
  // "swap the work tag on 5 for home": a tag swapped, read by the rules for tags.
  if (!said?.[1] || !said[2] || /\b(?:tags?|labels?)\b|#/i.test(said[0])) return text;
  const title = said[2].replace(/^["“']|["”']$/g, '');
  if (isWholeDate(title)) return `move ${said[1]} to ${title}`;
  // "swap rota with jo b4 sat": a trade to make by a day, an errand; never a title with a date in it.
  if (extractDate(title).date) return text;
  if (priorityWord(title.replace(/\s+(?:priority|prio)$/i, ''))) return text;
  return `rename ${said[1]} to ${said[2]}`;
}

/**
 * "swap the dates of the two dentist tasks", "swap the priorities of 4 and 5": a field traded between two tasks ("swap
 * the tags on 9 for garden and weekend" gives one task new tags).
 */
const FIELDS_SWAPPED =
  /^(?:swap|switch|exchange|trade)\s+(?:round\s+|around\s+)?(?:the\s+)?(?:due\s+)?(?:dates?|deadlines?|days?|times?|priorities|levels?|titles?|names?|tags?|notes?)\s+(?:of|on|for|between)\s+(?!.*\sfor\s)(?=.*\b(?:and|&|two|both|with)\b)\S/i;

/** Why a field swapped between two tasks is asked (two changes, each of a task to find), or undefined. */
export function fieldsSwappedAsked(text: string): string | undefined {
  return FIELDS_SWAPPED.test(text.trim())
    ? 'Two changes, one task at a time: say the first, for example "move the dentist to friday", then the other.'
    : undefined;
}
