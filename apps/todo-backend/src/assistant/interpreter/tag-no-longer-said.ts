import { type KnownNames, knownProject } from './project-names.ts';

// A tag taken off by saying what no longer holds: "the deck is no longer blocked, remove the tag", "the venue booking
// isn't urgent any more - drop the label", "5 is not blocked anymore, untag it". Said the way the rules read it:
// "remove the blocked tag from the deck". Without the request for the tag ("the deck is no longer blocked") the words
// may be news about the work, and are read by other rules. A word that names one of the caller's projects ("the report
// is not work anymore, remove the tag") may mean the project as well, and is asked about.

const NO_LONGER =
  /^(.+?)\s+(?:is\s+no\s+longer|are\s+no\s+longer|isn'?t|aren'?t|is\s+not|are\s+not)\s+#?([\p{L}\p{N}_-]+)(?:\s+any\s*more)?\s*(?:[,;.]|\s[-–—])\s*(?:so\s+)?(?:please\s+|you\s+can\s+|can\s+you\s+)?(?:(?:remove|drop|clear|delete)\s+(?:the|that|its)\s+(?:tag|label)|take\s+(?:the|that|its)\s+(?:tag|label)\s+off|untag\s+(?:it|that))$/iu;

/** "remove the <tag> tag from <task>" when the sentence says so, or undefined. */
export function tagNoLongerSaid(text: string, known: KnownNames): string | undefined {
  const said = NO_LONGER.exec(text.trim());
  if (!said?.[1] || !said[2] || knownProject(said[2], known)) return undefined;
  return `remove the ${said[2].toLowerCase()} tag from ${said[1]}`;
}
