// "write up the incident report from last night", "chase the payment from last month", "the email about the shift
// from 2 days ago": a day gone by, said after "from", "of" or "about", says which thing is meant. A new task is never
// due in the past, so it is the title's, not a due date.

/** A date that is past by its words: "yesterday", "last night", "last friday", "2 days ago". */
const PAST =
  /^(?:yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+\p{L}+|(?:\d{1,3}|an?|a\s+few|a\s+couple\s+of)\s+\p{L}+\s+ago)$/iu;

/** The words that make a date name the thing before them. */
const NAMING_LEAD = /\b(?:from|of|about|since)\s*$/i;

/** Whether the date chrono found (`found`, after the words `before`) is a past day that names the thing. */
export function pastDateNamesAThing(before: string, found: string): boolean {
  return PAST.test(found.trim()) && NAMING_LEAD.test(before);
}
