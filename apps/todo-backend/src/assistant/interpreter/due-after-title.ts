import { isWholeDate } from './whole-dates.ts';

// A new task said as a title and its deadline, the way a student notes homework: "econ reading due tmrw", "essay plan
// for HIST2001 due in two weeks", "add lab report 2 due the 14th". Read as "add <title> by <date>", so "due" is neither
// the title's last word nor a request to move a task.

/** "the essay due friday", "make it due …", "12 due …": a task that exists is named so; "is due" says its news. */
const NAMES_A_TASK = /^(?:the|my|this|that|it|its|task|todo|#?\d+)\b|\b(?:is|are|was|were|'s|be|now)$|\b(?:it|them)\b/i;
/** A verb of ours before the title is a change or a question, never a new task. */
const REQUEST_VERB =
  /^(?:change|switch|set|update|move|rename|edit|reschedule|postpone|push|delay|bring|mark|tag|untag|delete|remove|make|remind|every|each|search|find|show|list|sort|filter)\b/i;
/** "what's due friday", "anything due tomorrow?", "work tasks due this week": a question about the list. */
const ASKS_THE_LIST =
  /^(?:what|whats|which|when|how|is|are|do|does|did|any|anything|everything|nothing|something|all|tasks?|todos?|to-dos?|items?|stuff|things?|i|we|you|got)\b|\b(?:tasks?|todos?|to-dos?|items?|stuff|things|ones|errands|chores)$/i;
/** "the 14th": a day of the month alone, which the whole-date check leaves to what follows it. */
const DAY_OF_MONTH = /^the\s+\d{1,2}(?:st|nd|rd|th)$/i;
const CHANGED = /\b(?:now|instead|then|again|any\s*more)$/i;
const TITLE_DUE = /^(add\s+|new\s+task:?\s+)?(.+?)\s+due\s+(?:(?:on|by)\s+)?(.+)$/i;

function dueAfterTitle(text: string, added: boolean): string | undefined {
  const said = TITLE_DUE.exec(text.trim());
  const title = said?.[2]?.trim();
  const date = said?.[3]?.trim();
  if (!said || Boolean(said[1]) !== added || !title || !date) return undefined;
  // "report due tomorrow": one bare word is how a task already on the list is named; that is asked about.
  if (!added && !/\s/.test(title)) return undefined;
  if (NAMES_A_TASK.test(title) || REQUEST_VERB.test(title) || ASKS_THE_LIST.test(title) || /[,;:]/.test(title)) return undefined;
  // "report due wed now": news of a new date for a task that exists.
  if (CHANGED.test(date) || (!isWholeDate(date) && !DAY_OF_MONTH.test(date))) return undefined;
  // "by" keeps a number that ends the title apart from the date: "assgn 2 by monday", not "2 monday".
  return /^(?:in|on|at|by)\s/i.test(date) ? `add ${title} ${date}` : `add ${title} by ${date}`;
}

/** "add essay plan due in two weeks": read before the add rules, which would keep "due" in the title. */
export const addedWithDue = (text: string) => dueAfterTitle(text, true);

/** "econ reading due tmrw": read after every rule that changes a task, so a change said so is never a new task. */
export const titleWithDue = (text: string) => dueAfterTitle(text, false);
