import { extractDate } from './phrases.ts';
import { recurrencePattern } from './recurrence.ts';

// A rhythm word after an article names a kind of thing, not how often to do it: "buy the weekly magazine", "cancel
// the monthly wine subscription", "print a weekly chore chart", "read the every day carry guide" are one-off tasks.
// Said of the task itself ("a weekly task to …", "a daily reminder", "make it a daily thing", "on a monthly repeat",
// "on a weekly basis") it stays the rule. Opening a name of several words with nothing else said ("add daily planner
// refill", "add yearly tax paperwork") it names a thing too, unless what it names is something one does again and
// again ("add weekly team meeting", "add daily standup at 9:15" are series).

const RHYTHM_WORD = String.raw`(?:daily|weekly|fortnightly|bi-?weekly|monthly|bi-?monthly|quarterly|yearly|annual|nightly|every\s?day)`;

/** What a rule is said of: the task, the reminder, its repeat or its schedule. */
const SAID_OF_THE_TASK = String.raw`(?:task|todo|to-do|reminder|thing|one|repeat|basis|schedule|routine|series|event|item)s?\b`;

/** The article, the rhythm word, then a word of the thing's name. */
const RHYTHM_IN_A_NAME = new RegExp(
  String.raw`\b((?:the|a|an|my|our|your|his|her|their|this|that)\s+)${RHYTHM_WORD}\s+(?!${SAID_OF_THE_TASK})(?=\p{L})`,
  'giu',
);

/** What happens on a rhythm, so a rhythm word before it is the task's rule: meetings, calls, reviews, workouts. */
const DONE_AGAIN =
  /^(?:meetings?|calls?|sync|stand-?ups?|reviews?|checks?|check-?ins?|catch-?ups?|retros?|planning|prep|workouts?|runs?|walks?|cleans?|shops?|sessions?|class(?:es)?|lessons?|practi[cs]e|chores?|routines?|reports?|updates?|reminders?|tasks?)$/i;

/** "daily planner refill": a rhythm word opening a name of two or more words, no date, tag or other rule said. */
function rhythmOpensAName(said: string): boolean {
  // "every day take vitamins" opens with a rule said as one, never a name.
  const opened = new RegExp(String.raw`^(?!every)${RHYTHM_WORD}\s+(.+?)(?:\s+(?:to|in|into|under)\s+.+)?$`, 'i').exec(said.trim());
  const words = opened?.[1]?.split(/\s+/) ?? [];
  return (
    words.length >= 2 &&
    words.every((word) => /^\p{L}[\p{L}'-]*$/u.test(word) && !/^(?:tagged|every|each|priority|at|on|by)$/i.test(word)) &&
    !DONE_AGAIN.test(words.at(-1) ?? '') &&
    !recurrencePattern(opened?.[1] ?? '') &&
    !extractDate(opened?.[1] ?? '').date
  );
}

/**
 * True when the only rule in the sentence is a rhythm word naming a kind of thing ("the weekly magazine"): no series
 * is made of it. A rule said beside it still is ("send the weekly report every friday").
 */
export function rhythmOnlyInAName(sentence: string): boolean {
  if (rhythmOpensAName(sentence)) return true;
  const withoutRhythm = sentence.replace(RHYTHM_IN_A_NAME, '$1');
  return withoutRhythm !== sentence && !recurrencePattern(withoutRhythm);
}
