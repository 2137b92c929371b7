// A rule given to a task that exists with "make": "make grace's inhaler a daily thing", "make the pill check a weekly
// job", "make the district nurse weekly". What follows "make" names the task; the rule is what it becomes. Things one
// makes ("make the bed daily", "make dinner every night") are chores to repeat, never a task so named.

/** What is made, not changed: "the bed", "dinner", "the packed lunches", "a cup of tea". */
const MADE_THING =
  /^(?:the\s+|my\s+|our\s+|a\s+|some\s+)?(?:[\p{L}-]+\s+)?(?:beds?|dinners?|lunch(?:es)?|breakfasts?|tea|coffee|supper|meals?|soup|bread|cakes?|smoothies?|porridge|sandwich(?:es)?|list|calls?|appointments?|bookings?|payments?)$/iu;

/** The task named between "make" and a rule, or nothing when the words are no task of the caller's. */
export function taskGivenRule(named: string): string | undefined {
  // "make grace's inhaler a": the article before the rule says the rule is what the task becomes.
  const becomes = /^(.+?)\s+an?$/i.exec(named.trim())?.[1];
  const ref = (becomes ?? named).trim();
  // Without "a", only a task pointed at ("the", "my", a name's) is changed: "make dad's physio weekly".
  if (!becomes && !/^(?:the|my|our|[\p{L}]+'s)\s/iu.test(ref)) return undefined;
  // "make the rent one repeat monthly": a verb of repeating is read by the rules that know it.
  if (!ref || MADE_THING.test(ref) || /\b(?:repeat|recur|happen|come|go|be|to)\b/i.test(ref)) return undefined;
  return ref;
}
