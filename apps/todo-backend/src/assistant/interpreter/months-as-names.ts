import { MONTH_WORD } from '../calendar-words.ts';

// "call May about June", "email April re the contract", "lunch with June", "talk to April about March": a month named
// alone where a person or a topic goes is no due date. Only a bare month is kept: "call April on June 3" still has a
// date, and so do "in April", "by June" and "for March".

const BARE_MONTH = new RegExp(`^${MONTH_WORD}$`, 'i');
/** Words after which a name or a topic comes: a verb of getting in touch, "with", "about", "re", "and". */
const PERSON_OR_TOPIC_BEFORE =
  /(?:^|\s)(?:call|ring|phone|email|e-mail|text|message|msg|ask|tell|meet|visit|thank|invite|ping|see|with|about|re|and|&|(?:talk|speak|write|reply|chat|say\s+(?:hi|hello|thanks))\s+to)\s*$/i;

/** Whether the date chrono found (`found`, after the words `before`) is a bare month in a person's or a topic's place. */
export function monthNamesSomeone(before: string, found: string): boolean {
  return BARE_MONTH.test(found.trim()) && PERSON_OR_TOPIC_BEFORE.test(before);
}
