import { recurrencePattern } from './recurrence.ts';

// "make the chem lab weekly": a task that exists made to repeat, or a chore whose verb is "make"? Unless what is made
// is a thing chores make ("make the bed every morning"), the words cannot tell, so the chat asks; it never adds a task
// titled by half the sentence.

/** Things a chore makes ("make the bed every morning", "make my lunch daily"): a new task, never a task changed. */
const MADE_THINGS =
  /\b(?:beds?|breakfast|lunch(?:es)?|dinner|tea|coffee|food|meals?|smoothies?|bread|cake|list|calls?|payments?|appointments?|bookings?|reservations?|backups?)$/i;
const MAKE_THE = /^make\s+((?:the|my|our)\s+.+)$/i;

export function makeWithRuleAsked(text: string): string | undefined {
  const said = MAKE_THE.exec(text.trim())?.[1];
  const rule = said ? recurrencePattern(said) : undefined;
  if (!said || !rule || !said.toLowerCase().endsWith(rule.matched.trim().toLowerCase())) return undefined;
  const thing = said.slice(0, said.length - rule.matched.trim().length).trim();
  if (!thing || /\b(?:repeat|recur|happen)\w*$/i.test(thing) || MADE_THINGS.test(thing)) return undefined;
  const when = rule.matched.trim();
  return `Should "${thing}" repeat ${when}, or is "make ${thing}" a new task ${when}? Say "make ${thing} repeat ${when}" or "add make ${thing} ${when}".`;
}
