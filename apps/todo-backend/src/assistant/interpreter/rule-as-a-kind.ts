import { WEEKDAY_WORD } from './phrases.ts';

// A task made "a <days> thing": "make the gym task a monday and thursday thing", "make the journaling a weekday
// thing", "turn the long run into a weekend one". The days are the task's new rule, said as "repeat every …", which
// the rules of a changed repeat read; read as it came, "weekday" was a due date and the sentence a task to add.

const DAYS = String.raw`(?:weekday|weekend|weeknight|${WEEKDAY_WORD}(?:\s*(?:,|and|&)\s*${WEEKDAY_WORD})*)`;

const MADE_A_KIND = new RegExp(
  String.raw`^(?:make|turn)\s+(.+?)\s+(?:into\s+)?an?\s+(${DAYS})\s+(?:thing|one|job|habit|task|routine)\b`,
  'i',
);

/** "weekends only: long run, 6am", "weekdays only - standup": the days first, as a rule said before its task. */
const DAYS_ONLY_FIRST = /^(weekday|weekend|weeknight)s\s+only\s*(?=[:–—-])/i;

/** The sentence with "a <days> thing" said as "repeat every <days>", or as it came. */
export function ruleAsAKind(text: string): string {
  return text
    .replace(MADE_A_KIND, (_all, task: string, days: string) => `make ${task} repeat every ${days}`)
    .replace(DAYS_ONLY_FIRST, (_all, days: string) => `every ${days}`);
}
