// "add pay the water bill (arrived yesterday) due the 5th", "add the gas bill (it came on monday) due friday": an aside
// in brackets that tells what already happened is news about the task. Its day is past, never the due date, and its
// words are no part of the title; the sentence is read without it. So is a remark of its own in brackets, a clause
// with its own subject that gives no deadline: "call the gp monday 8am (they open at 8 and it's a scrum)" is due Monday
// 8:00, never at 8 today.

/** A bracketed aside in the past: a time gone by or a verb of something that already came or happened. */
const PAST_ASIDE =
  /\s*\((?=[^()]*\b(?:yesterday|ago|last\s+(?:night|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier|came|arrived|was|were|got|received|sent|posted|landed|turned\s+up|happened|delivered|issued|dated|started|went)\b)[^()]*\)/gi;

/** A bracketed clause with its own subject ("they open at 8", "he wants cash") that says nothing of a deadline. */
const REMARK_ASIDE =
  /\s*\((?=\s*(?:they|he|she|it|it'?s|its|we|there(?:'s)?|that'?s)\s)(?![^()]*\b(?:due|by|deadline|until|till|before)\b)[^()]*\)/gi;

/** A deadline in brackets, "(due friday)", "(it's due by the 5th)": said after the title, as without them. */
const DEADLINE_ASIDE = /\s*\(\s*(?:(?:it|it'?s|its)\s+(?:is\s+)?)?((?:due|by|before|until|till)\s[^()]*?)\s*\)/gi;

/** The sentence without its bracketed asides about the past and its bracketed remarks, or as it came. */
export function withoutPastAside(text: string): string {
  return text.replace(PAST_ASIDE, '').replace(REMARK_ASIDE, '').replace(DEADLINE_ASIDE, ', $1');
}
