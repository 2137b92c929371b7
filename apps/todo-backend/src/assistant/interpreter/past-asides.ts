// "add pay the water bill (arrived yesterday) due the 5th", "add the gas bill (it came on monday) due friday": an aside
// in brackets that tells what already happened is news about the task. Its day is past, never the due date, and its
// words are no part of the title; the sentence is read without it.

/** A bracketed aside in the past: a time gone by or a verb of something that already came or happened. */
const PAST_ASIDE =
  /\s*\((?=[^()]*\b(?:yesterday|ago|last\s+(?:night|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier|came|arrived|was|were|got|received|sent|posted|landed|turned\s+up|happened|delivered|issued|dated|started|went)\b)[^()]*\)/gi;

/** The sentence without its bracketed asides about the past, or as it came. */
export function withoutPastAside(text: string): string {
  return text.replace(PAST_ASIDE, '');
}
