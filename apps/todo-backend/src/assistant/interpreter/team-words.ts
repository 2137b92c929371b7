import { accessGiven } from './access-given.ts';
import { fieldNoMore } from './field-no-more.ts';
import { handedToSomeone } from './handed-to-someone.ts';
import { hourCorrected } from './hour-corrected.ts';
import { monthlyWeekdayTitle } from './monthly-weekday-title.ts';
import { possessiveFieldSaid } from './possessive-fields.ts';
import { projectHasOn } from './project-has-on.ts';
import type { KnownNames } from './project-names.ts';
import { tagNoLongerSaid } from './tag-no-longer-said.ts';

// How people who run a team or a club say a request in their own words: work handed to someone ("ask Priya to send
// the deck"), a field with the possessive ("the retro's title"), a tag that no longer holds, a time corrected with bare
// hours, a field taken off "any more", what a project "has on", access given, a monthly title with its day. Each
// reader says the sentence once the way the rest of the rules read it; nothing here decides what is meant.

const READERS: ((text: string, known: KnownNames) => string | undefined)[] = [
  handedToSomeone,
  possessiveFieldSaid,
  tagNoLongerSaid,
  hourCorrected,
  fieldNoMore,
  projectHasOn,
  accessGiven,
  monthlyWeekdayTitle,
];

/** The sentence said the way the rules read it, or undefined when none of these shapes is in it. */
export function inTeamWords(text: string, known: KnownNames): string | undefined {
  for (const read of READERS) {
    const said = read(text, known);
    if (said !== undefined && said !== text) return said;
  }
  return undefined;
}
