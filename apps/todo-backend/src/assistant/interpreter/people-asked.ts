import { namesOneDay } from './days-asked.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { clean } from './phrases.ts';
import { type KnownNames, knownProject } from './project-names.ts';
import { isWholeDate } from './whole-dates.ts';

// What is on for one person or thing, asked in a household's words: "anything I need to do for Emma?", "what do we
// have to sort out for the party". Their tasks are found by the words; a day ("for tomorrow"), a span or the list
// itself is a listing, read by the rules after this one, as is a project of the caller's ("for work" when they have
// a Work project).

const FOR_SOMEONE =
  /^(?:is\s+there\s+)?(?:anything|what|stuff|things)\s+(?:else\s+)?(?:do\s+)?(?:i|we)\s+(?:still\s+)?(?:need|have|got)\s+to\s+(?:do|sort(?:\s+out)?|get|buy|remember|organi[sz]e)\s+for\s+(?:the\s+|my\s+|our\s+)?(.+)$/i;

/** A time, a state or the list itself after "for": never words of a task. */
const NOT_A_TOPIC =
  /\b(?:today|tonight|tomorrow|week|weekend|fortnight|month|year|days|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day|now|later|soon|overdue|due|tasks?|list|everything|anything|all|priority|prio|urgent|tagged|labell?ed|completed|pending)\b/i;

/** "anything for the kids?", "got anything for my mum": said with "the" or "my", someone or something, never a day or a tag. */
const ANYTHING_FOR =
  /^(?:(?:is\s+there|have\s+(?:i|we)\s+got|(?:do|have)\s+(?:i|we)\s+(?:have|got)|got)\s+)?anything\s+(?:on\s+)?for\s+(?:the|my|our)\s+(.+)$/i;

export function forSomeoneAsked(text: string, known: KnownNames): Interpretation | undefined {
  const said = text.trim().replace(/[?!.]+$/, '');
  const topic = FOR_SOMEONE.exec(said)?.[1] ?? ANYTHING_FOR.exec(said)?.[1];
  if (!topic || NOT_A_TOPIC.test(topic) || namesOneDay(topic) || knownProject(topic, known)) return undefined;
  return { kind: 'call', tool: 'search_tasks', args: { query: clean(topic) } };
}

/**
 * "whats on saturday for the kids", "what's on tomorrow for Mia": a day's listing asked for someone in the household.
 * The tools filter by day or search by words, not both; the day's list holds their tasks, so the day is listed.
 */
const DAY_FOR_SOMEONE = /^((?:what'?s|whats|what\s+is|anything)\s+on\s+)(.+?)\s+for\s+(?:(?:the|my|our)\s+[\p{L}-]+|\p{Lu}[\p{L}-]*)$/iu;

export function dayAskedForSomeone(text: string): string | undefined {
  const said = DAY_FOR_SOMEONE.exec(text.trim().replace(/[?!.]+$/, ''));
  return said?.[1] && said[2] && isWholeDate(said[2]) ? `${said[1]}${said[2]}` : undefined;
}
