import { recurrencePattern } from './recurrence.ts';

// "locker cleanout - monthly not weekly pls", "the gym: every tuesday instead of every day": a task named as a label,
// then a rule set against the rule it had. The rule it replaces says the task exists, so this is a change of its rule,
// never a new series titled with the leftover words ("locker cleanout - monthly not"). Read as "make <task> <rule>
// instead of <old rule>", which the rule changes read.

/** The label, the new rule, the old rule, and a courtesy after it that says nothing of either. */
const LABELLED =
  /^(.+?)\s*(?:\s[-–—]|:|,)\s+(.+?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(.+?)(?:[,\s]+(?:pls|please|plz|thanks|ta|thx))?[.!]*$/i;

/** A request to add: the task is new, whatever rule it was set against. */
const ADDED = /^(?:please\s+)?(?:add|create|new)\b/i;

/** Words that start a request or a new thing, never the name of a task that exists. */
const REQUEST_OR_NEW = /^(?:add|create|new|make|set|put|remind|every|each|repeat|a|an|another)\b/i;

/** Whether the words are a rule and nothing else ("monthly", "every other week"). */
function wholeRule(words: string): boolean {
  const rule = recurrencePattern(words);
  return Boolean(rule && rule.matched.trim().toLowerCase() === words.trim().toLowerCase());
}

/** The sentence as a change of the labelled task's rule, or as it came. */
export function ruleAgainstRule(text: string): string {
  const said = LABELLED.exec(text.trim());
  if (!said?.[1] || !said[2] || !said[3]) return text;
  const [, label, rule, old] = said;
  if (recurrencePattern(label) || !wholeRule(rule) || !wholeRule(old)) return text;
  // "add water the plants - daily not weekly": a new task, and the rule after "not" is the one not meant.
  if (ADDED.test(label)) return `${label} ${rule}`;
  if (REQUEST_OR_NEW.test(label)) return text;
  return `make ${label} ${rule} instead of ${old}`;
}
