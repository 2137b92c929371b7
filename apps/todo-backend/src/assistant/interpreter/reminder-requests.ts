import { WEEKDAY_WORD } from './phrases.ts';
import { isWholeDate } from './whole-dates.ts';

// A reminder asked for as a thing to set up, as people used to a voice assistant ask: "create a reminder: dentist
// tomorrow at 10", "set a daily reminder at 7 a.m. to take my vitamins", "set a repeating reminder for the first of
// every month to pay the rent". Said the one way the reminder rules read: "remind me …".

const SET_UP = String.raw`^(?:set|create|make|add|put|schedule)(?:\s+up)?\s+(?:me\s+)?`;
/** "create a reminder: dentist tomorrow at 10": what follows the colon is the task with its time. */
const LABELLED = new RegExp(String.raw`${SET_UP}(?:a\s+|an\s+)?(?:new\s+)?reminder\s*[:\-–—]\s*(?=\S)`, 'i');
/** "set a daily reminder at 7 a.m. to …": how often, said as one word before the noun. */
const EVERY_WORD: Record<string, string> = {
  daily: 'day',
  nightly: 'night',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
};
const OFTEN = new RegExp(String.raw`${SET_UP}an?\s+(daily|nightly|weekly|monthly|yearly|annual)\s+reminder\s+(?:for\s+|on\s+)?(.+)$`, 'i');
/** "set a repeating reminder for the first of every month to …": the rule comes after, in its own words. */
const REPEATING =
  /^(?:set|create|make|add|put|schedule)(?:\s+up)?\s+(?:me\s+)?an?\s+(?:repeating|recurring|regular|repeat)\s+reminder\s+(?:for\s+|on\s+)?(.+)$/i;
const HAS_RULE = /\b(?:every|each)\b/i;
const WEEKDAY_FIRST = new RegExp(String.raw`^(${WEEKDAY_WORD})\b`, 'i');
const WEEKDAY_ANYWHERE = new RegExp(String.raw`\b${WEEKDAY_WORD}s?\b`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(?:the\s+(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|last|fifteenth)|${WEEKDAY_WORD})\b`, 'i');

/** "wake me up at 6 to …", "set a timer for 20 minutes to …": an alarm or a timer for a task is its reminder. */
const WAKE_ME = /^wake\s+me(?:\s+up)?\b/i;
const TIMER = /^(?:set|start)\s+(?:me\s+)?an?\s+timer\s+for\s+(.+?)\s+(to\s+.+)$/i;

/**
 * "set the reminder for 7pm", "change that reminder to 10 minutes before": the reminder of the task the chat is on.
 * After "for" only a time ("move the reminder for the dentist to 8am" names the task).
 */
const POINTED_AT = /^(?:set|change|move|make|push|switch|update|put)\s+(?:the|that|this|its)\s+(?:reminder|alarm)\s+(to|for)\s+(\S.*)$/i;
const LEAD_TIME =
  /^(?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty|forty[\s-]five)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|[mhdw])\s+(?:before|earlier|ahead)$/i;

/** "set a reminder every weekday at 8 to …": the rule said right after the noun. */
const RULE_AFTER = /^(?:set|create|make|add|put|schedule)(?:\s+up)?\s+(?:me\s+)?an?\s+reminder\s+(?=(?:every|each)\b)/i;

/** "snooze the reminder for 15 minutes": the reminder of the task the chat is on, snoozed as "it" is. */
const SNOOZE_POINTED =
  /^snooze\s+(?:the|that|this)\s+(?:reminder|alarm)\s+(?=(?:for|by)\s+(?:another\s+)?(?:[\w-]+\s+){1,2}(?:more\s+)?(?:minutes?|mins?|hours?|hrs?)$)/i;

export function reminderSetWords(text: string): string {
  if (SNOOZE_POINTED.test(text)) return text.replace(SNOOZE_POINTED, 'snooze it ');
  if (RULE_AFTER.test(text)) return text.replace(RULE_AFTER, 'remind me ');
  const pointed = POINTED_AT.exec(text);
  if (pointed?.[1] && pointed[2] && (isWholeDate(pointed[2]) || (pointed[1].toLowerCase() === 'to' && LEAD_TIME.test(pointed[2]))))
    return `remind me about it ${/^\d{1,2}(?::\d\d)?\s*(?:[ap]m)?$/i.test(pointed[2]) ? 'at ' : ''}${pointed[2]}`;
  // One wakes in the morning: a bare hour is the morning's ("wake me up at 6" is 06:00).
  if (WAKE_ME.test(text))
    return text.replace(WAKE_ME, 'remind me').replace(/\bat\s+(\d{1,2}(?::\d\d)?)(?![\d:]|\s*(?:am|pm|[ap]\.m|o'?clock)\b)/i, 'at $1am');
  const timer = TIMER.exec(text);
  if (timer?.[1] && timer[2]) return `remind me in ${timer[1]} ${timer[2]}`;
  if (LABELLED.test(text)) return text.replace(LABELLED, 'remind me: ');
  const often = OFTEN.exec(text);
  if (often?.[1] && often[2]) {
    const every = EVERY_WORD[often[1].toLowerCase()];
    const weekday = every === 'week' ? WEEKDAY_FIRST.exec(often[2])?.[1] : undefined;
    if (weekday) return `remind me every ${often[2]}`;
    // "set up a weekly reminder to call mum on sundays": the day said later, which the rules for a rule read.
    return WEEKDAY_ANYWHERE.test(often[2]) ? text : `remind me every ${every} ${often[2]}`;
  }
  const repeating = REPEATING.exec(text);
  // Only a rule said first ("every sunday …") or after its day ("the first of every month …"); else the rule rules read.
  if (repeating?.[1] && HAS_RULE.test(repeating[1]) && (/^(?:every|each)\b/i.test(repeating[1]) || DAY_FIRST.test(repeating[1])))
    return `remind me ${/^(?:every|each)\b/i.test(repeating[1]) ? '' : 'on '}${repeating[1]}`;
  return text;
}
