// "nag me to take my meds every evening at 8", "every first monday nag me to check the alarms", "dentist tues at 2,
// pester me the day before", "no more nagging about the dentist": someone who forgets asks to be nagged, pestered or
// hassled where others say "remind me". Said the one way the reminder rules read, wherever it stands in the sentence,
// but only when a task, a time or a lead time follows ("it nags me that the shed is a mess" asks nothing), and never
// of someone else ("nag my husband to do the bins" is no reminder of the caller's).

const NAG = '(?:nag|pester|hassle|badger)';
/** What the reminder rules read after "remind me": a task, a time, a lead time, a rule, "again", "about it". */
const FOLLOWS = String.raw`(?=[\s,]+(?:to|about|of|re|at|in|on|by|every|each|daily|again|later|before|when|tomorrow|tonight|today|this|next|the|an?|half|one|two|three|\d)\b|\s*$)`;
const NAG_ME = new RegExp(String.raw`\b${NAG}\s+me\b${FOLLOWS}`, 'gi');
/** "no more nagging about the dentist", "no nagging for the gym please": the reminder switched off. */
const NO_MORE_NAGGING = /^no\s+(?:more\s+)?(?:nagging|pestering|hassling|badgering)\s+(?=(?:me\s+)?(?:about|for|on|of|re)\b)(?:me\s+)?/i;

export function nagAsRemind(text: string): string {
  return text.replace(NO_MORE_NAGGING, 'no more pings ').replace(NAG_ME, 'remind me');
}
