import { recurrencePattern } from './recurrence.ts';

// A rhythm word after an article names a kind of thing, not how often to do it: "buy the weekly magazine", "cancel
// the monthly wine subscription", "print a weekly chore chart", "read the every day carry guide" are one-off tasks.
// Said of the task itself ("a weekly task to …", "a daily reminder", "make it a daily thing", "on a monthly repeat",
// "on a weekly basis") it stays the rule.

const RHYTHM_WORD = String.raw`(?:daily|weekly|fortnightly|bi-?weekly|monthly|bi-?monthly|quarterly|yearly|annual|nightly|every\s?day)`;

/** What a rule is said of: the task, the reminder, its repeat or its schedule. */
const SAID_OF_THE_TASK = String.raw`(?:task|todo|to-do|reminder|thing|one|repeat|basis|schedule|routine|series|event|item)s?\b`;

/** The article, the rhythm word, then a word of the thing's name. */
const RHYTHM_IN_A_NAME = new RegExp(
  String.raw`\b((?:the|a|an|my|our|your|his|her|their|this|that)\s+)${RHYTHM_WORD}\s+(?!${SAID_OF_THE_TASK})(?=\p{L})`,
  'giu',
);

/**
 * True when the only rule in the sentence is a rhythm word naming a kind of thing ("the weekly magazine"): no series
 * is made of it. A rule said beside it still is ("send the weekly report every friday").
 */
export function rhythmOnlyInAName(sentence: string): boolean {
  const withoutRhythm = sentence.replace(RHYTHM_IN_A_NAME, '$1');
  return withoutRhythm !== sentence && !recurrencePattern(withoutRhythm);
}
