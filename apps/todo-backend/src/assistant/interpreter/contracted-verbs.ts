import { WEEKDAY_WORD } from './phrases.ts';

// "the electrician's now wednesday", "the delivery's been moved to the 19th": after a task's name "'s" before "now" or
// "been" is "is" or "has", never a possessive (nothing of the electrician's is named). Said in full, so the task's name
// does not end in "'s".

const IS_NOW = /^((?:the|my|our)\s+[^,;:'"“”]+?)'s\s+(now|been)\b/i;

/**
 * "gutter job's not urgent anymore", "the boiler's no longer a priority": before a level denied, "'s" is "is" (with or
 * without "the"); "it's", "that's" and "let's" are read as they are.
 */
const IS_NOT_LEVEL =
  /^((?:(?:the|my|our)\s+)?(?!(?:it|that|this|what|there|here|who|he|she|let|where|how)'s)[^,;:'"“”]+?)'s\s+(not|no\s+longer)\s+(?=(?:(?:very|that|so|really|too)\s+)?(?:urgent|important|a\s+priority|high|critical|pressing)\b)/i;

/**
 * "the gym's on mondays now", "the window cleaner's every 4 weeks now": before days that come round or "every …", "'s"
 * is "is"; nothing of the gym's is named so ("mum's monthly check up" keeps its possessive).
 */
const IS_ON_DAYS = new RegExp(
  String.raw`^(?!(?:add|create|new|put|remind|set|make)\s)((?:(?:the|my|our)\s+)?(?!(?:it|that|this|what|there|here|who|he|she|let|where|how)'s)[^,;:'"“”]+?)'s\s+(?=(?:on\s+${WEEKDAY_WORD}s(?:\s+and\s+${WEEKDAY_WORD}s)?|(?:every|each)\s+(?:other\s+|second\s+|\d+\s+)?(?:week|month|fortnight|${WEEKDAY_WORD})s?)(?:\s+(?:now|from\s+now\s+on|these\s+days|instead))?[.!]?$)`,
  'i',
);

/** "the dentist got moved, it's now thursday": "it's now" after the clause that names the task is "it is now". */
const IT_IS_NOW = /([,;.–—-]\s*(?:and\s+|so\s+)?)(it|that)['’]s\s+now\b/i;

/**
 * "make the present high, the party's sunday": in a clause after the request, "'s" before a day is "is" (the party is
 * on Sunday), so the clause reads as the reason it is.
 */
const IS_ON_A_DAY_AFTER = new RegExp(
  String.raw`([,;–—]\s*(?:the|my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)'s\s+(?=(?:on\s+)?(?:${WEEKDAY_WORD}|tomorrow|today|tonight|(?:next|this)\s+\p{L}+|the\s+\d{1,2}(?:st|nd|rd|th))\b)`,
  'iu',
);

export function contractedVerbSaid(text: string): string {
  return text
    .replace(IT_IS_NOW, (_all, mark: string, pointer: string) => `${mark}${pointer} is now`)
    .replace(IS_ON_A_DAY_AFTER, '$1 is ')
    .replace(IS_ON_DAYS, (_all, task: string) => `${task} is `)
    .replace(IS_NOW, (_all, task: string, next: string) => `${task} ${next.toLowerCase() === 'now' ? 'is' : 'has'} ${next}`)
    .replace(IS_NOT_LEVEL, (_all, task: string, denial: string) => `${task} is ${denial.toLowerCase()} `);
}
