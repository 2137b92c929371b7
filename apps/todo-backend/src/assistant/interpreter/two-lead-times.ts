import { BEFORE, DURATION } from './phrases.ts';

// "remind me a day before AND an hour before the flight", "ping me 1 day and 2 hours before the vet": two reminders
// asked for one task. A task holds one reminder, so the chat asks which one (or to split the task) rather than keep
// the first lead time and read the second as part of the task's name ("an hour before the flight").

const LEAD = String.raw`(?:${DURATION}|an?\s+(?:minute|hour|day|week)|the\s+(?:day|night|week|morning|evening))`;
const TWO_LEADS = new RegExp(
  String.raw`\b${LEAD}(?:\s+${BEFORE})?\s*,?\s*(?:and|&|\+|plus|then)\s+(?:(?:again|also)\s+)?${LEAD}\s+${BEFORE}\b`,
  'i',
);
/** Only a request for a reminder asks this: "a 2 day and 3 hour drive before the wedding" in a title is no reminder. */
const ASKS_A_REMINDER = /\b(?:remind(?:er)?s?|ping|nudge|alert|heads[\s-]?up|warn|notify|buzz)\b/i;

export const TWO_LEADS_ASKED = 'A task holds one reminder: which one should it be? Or add the task twice, one reminder each.';

export function twoLeadTimesSaid(text: string): boolean {
  return ASKS_A_REMINDER.test(text) && TWO_LEADS.test(text);
}
