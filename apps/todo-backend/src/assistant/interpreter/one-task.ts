import { NOT_KNOWN } from './conditions.ts';
import type { Interpretation } from './offline-interpreter.ts';

// A change names one task. Words after the verb that name several ("4 and 5", "everything from today", "all the tasks
// tagged work") or carry a second request ("the gym task and add yoga") are never one task's title: the user is asked.

/** "the 5th task", "the last one", "the first item": a place in a list the user sees, not one the chat knows. */
const PLACE_IN_LIST =
  /^(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|top|bottom|next|previous|other)\s+(?:one|task|todo|item)(?:\s+(?:on|in)\s+(?:my|the)\s+list)?$/i;
/** "the last tick", "my last change": a change the user made, not a task; which task it was is asked. */
const LAST_CHANGE = /^(?:the\s+|my\s+)?(?:last|latest|previous)\s+(?:tick|untick|change|edit|rename|deletion)$/i;
/** "the last three", "the first 2 tasks", "the top few": several tasks by their place in a list, never one. */
const PLACES_IN_LIST =
  /^(?:the\s+)?(?:first|last|top|bottom|next|previous|other)\s+(?:two|three|four|five|six|seven|eight|nine|ten|couple|few|\d+)(?:\s+(?:ones|tasks|todos|items|of\s+them))?(?:\s+(?:on|in)\s+(?:my|the)\s+list)?$/i;
/** "the task I just added", "what I just made", "the one you just created": the task the conversation last touched. */
const JUST_MADE =
  /^(?:the\s+(?:task|todo|one|item)|what|that)\s+(?:(?:that|which)\s+)?(?:i|you|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:added|made|created|put\s+in|entered|wrote)(?:\s+(?:just\s+now|now|a\s+moment\s+ago|by\s+mistake))?$/i;

/**
 * "change the time to 5pm", "set the priority to high": a field named alone (or only its article, once the field's word
 * is read off) is the field of the task last touched.
 */
const FIELD_ALONE = /^(?:the|its)(?:\s+(?:due\s+)?(?:time|date|day|deadline|priority|title|name|description|notes?))?$/i;

/** When it is to be done, after the task: "delete it now", "close the gym task already". */
const WHEN_AFTER = /\s+(?:now|right\s+now|already|right\s+away|immediately|at\s+once|for\s+good|asap)$/i;

/** The words of a reference without when it is to be done, "it" when they name the task just added. */
export function pointingBack(refText: string): string {
  const ref = refText.trim().replace(WHEN_AFTER, '');
  return JUST_MADE.test(ref) || FIELD_ALONE.test(ref) ? 'it' : ref;
}

/** "4 and 5", "#3, #4": several numbers. */
const SEVERAL_NUMBERS = /^(?:tasks?\s+)?#?\d+(?:\s*(?:,|and|&|\+)\s*(?:tasks?\s+)?#?\d+)+$/i;
/** "the report and the slides", "my essay and the slides": two tasks, each named with its article. */
const TWO_NAMED = /^(?:the|my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:and|&)\s+(?:the|my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu;
/** "walk the dog and feed the cat": two things to do, each a verb and what it is done to. */
const TWO_DOINGS =
  /^\p{L}+(?:\s+(?:up|out|in|off|down|back|over))?\s+(?:the|my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:and|&)\s+\p{L}+(?:\s+(?:up|out|in|off|down|back|over))?\s+(?:the|my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu;
/** "yesterday", "this morning": when, said alone, names no task ("completed yesterday" says when, not which). */
const WHEN_ALONE =
  /^(?:today|tonight|yesterday|tomorrow|earlier(?:\s+today)?|just\s+now|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week))$/i;
/** "everything from today", "all the tasks tagged work", "every task in the morning", "both the dentist and the vet". */
const MANY_WORDS = /^(?:everything|all|every|each|both)\b/i;
/** "the important ones", "my work ones": tasks of a kind, never one task so titled. */
const ONES_OF_A_KIND = /^(?:the|my|those|these)\s+(?:\S+\s+){1,3}ones$/i;
/** "the two gym tasks", "both vet tasks", "the gym tasks": tasks said in the plural, never one task so titled. */
const TASKS_IN_PLURAL =
  /^(?:(?:the|my|those|these|both)\s+)(?:(?:two|three|four|both|\d+)\s+)?(?:\S+\s+){0,3}(?:tasks|todos|to-dos|items)$/i;
/** "one of the quotes", "either of the vet tasks", "the quotes both": which of several is not said. */
const ONE_OF_SEVERAL =
  /^(?:one|any|either|some|a\s+couple|two|three)\s+of\s+(?:the|my|those|these|them)\b|^(?:the|my|those|these)\s+[^,;]+?\s+(?:both|all)$/i;
/**
 * "the dentist or maybe the vet", "the vet. or was it the dentist?", "the gym one... or the yoga one": the user is not
 * sure which task they mean.
 */
const UNSURE_WHICH = /\bor\s+(?:maybe|perhaps|possibly|was\s+it|is\s+it|did\s+i\s+mean)\b|(?:\.{2,}|…)\s*or\s+(?:the|my)\s/i;
/** "… and add yoga", "…, then move it": a second request joined to the task's words. */
const SECOND_REQUEST =
  /(?:(?:\s|,)(?:and|then|also|plus)\s+(?:then\s+|also\s+)?|,\s+(?:please\s+)?)(?:add|create|delete|remove|move|mark|complete|rename|tag|untag|set|change|reschedule|postpone|put|reopen|re-open|uncheck|untick|unmark|search|find|show|list)\b/i;

const ONE_REQUEST = 'One thing at a time, please: which task first? Say one request, then the other.';

/**
 * "delete the gym stuff", "move the car stuff into Home Projects": the tasks about a thing, never one task so titled,
 * when the change would delete or move it ("the bike stuff is really a hobby thing", "the bank stuff is super important"
 * and "the passport stuff is sorted" say something of what the user calls so, and are read as one task).
 */
const STUFF_ABOUT_A_THING = /^(?:the|my|our|that|this)\s+(?:\S+\s+){1,3}(?:stuff|things)$/i;

/** Asked when a change names the stuff about a thing: which of those tasks is not said. */
export function stuffAboutAThing(refText: string): string | undefined {
  return STUFF_ABOUT_A_THING.test(refText.trim())
    ? 'Which task? I change one task at a time: give its number or words of its title.'
    : undefined;
}

/** "3 and 4", "the dentist and the vet": several tasks named one by one, each of which the user may mean. */
export function severalTasksNamed(refText: string): string | undefined {
  const ref = refText.trim();
  return SEVERAL_NUMBERS.test(ref) || TWO_NAMED.test(ref) || TWO_DOINGS.test(ref)
    ? 'One task at a time, please: which task first?'
    : undefined;
}

/** Why the words cannot name one task, or a value cannot be one value (a second request after it), or undefined. */
export function notOneTask(refText: string, values: unknown[] = []): string | undefined {
  const ref = refText.trim();
  const several = severalTasksNamed(ref);
  if (several) return several;
  if (PLACE_IN_LIST.test(ref) || WHEN_ALONE.test(ref) || LAST_CHANGE.test(ref)) return 'Which task? Give its number or words of its title.';
  if (PLACES_IN_LIST.test(ref)) return 'Which tasks? I change one task at a time: give its number or words of its title.';
  if (MANY_WORDS.test(ref) || ONES_OF_A_KIND.test(ref) || TASKS_IN_PLURAL.test(ref) || ONE_OF_SEVERAL.test(ref))
    return 'Which task? I change one task at a time: give its number or words of its title.';
  if (UNSURE_WHICH.test(ref)) return 'Which task do you mean? Give its number or words of its title.';
  if (SECOND_REQUEST.test(ref)) return ONE_REQUEST;
  // "move the report to friday and tag it work": a date with a second request after it.
  if (values.some((value) => typeof value === 'string' && SECOND_REQUEST.test(` ${value}`))) return ONE_REQUEST;
  return undefined;
}

/** "… and add milk to groceries": a second request that adds, joined to a new task's words. */
const SECOND_ADD = /\s(?:and|then)\s+(?:also\s+|then\s+)?(?:add|put|create)\s+\S/i;

/**
 * "remind me to call mom at 5 and add milk to groceries": a new task whose project came from a second request that adds
 * is two requests, never one task titled "call mom and add milk" in Groceries. Asked.
 */
export function twoAddsAsOne(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'add_task' || !reading.args.project) return reading;
  return SECOND_ADD.test(String(reading.args.title ?? '')) ? { kind: 'help', reason: ONE_REQUEST } : reading;
}

/**
 * "add get petrol. add wash the car", "add milk and add eggs": a second task to add, said after the first (a note, a
 * reminder or a tag added is part of the one request).
 */
const ANOTHER_ADD =
  /^(?:(?:please|pls|ok|so)\s+)*(?:add|create|new|put)\s.*?(?:[.;,]|\s(?:and|then))\s+(?:(?:then|also|pls|please)\s+)?(?:add|create|new\s+(?:task|todo|to-do))\s+(?!(?:an?\s+|the\s+|some\s+)?(?:notes?|reminders?|tags?|labels?|descriptions?|comments?|due\s+date|date|priority|deadline)\b)\S/i;

/** "new task call the bank new task call the school": said aloud, the second "new task" starts the second task. */
const NEW_TASK_SAID_AGAIN = /^(?:(?:please|pls|ok|okay|so)\s+)*(new\s+(?:task|todo|to-do))\b[:\s]+\S.*\s\1\b[:\s]+\S/i;

/** Asked when a message adds two tasks, which are said one at a time. */
export function anotherAddAsked(text: string): string | undefined {
  return ANOTHER_ADD.test(text) || NEW_TASK_SAID_AGAIN.test(text) ? ONE_REQUEST : undefined;
}

/** "show me what is due this week and delete the old ones": a second request joined to the first. */
export function secondRequestIn(text: string): string | undefined {
  return SECOND_REQUEST.test(text) ? ONE_REQUEST : undefined;
}

/**
 * "the slides, it is personal now", "the gym because it closed", "the report, not finished yet", "the gym task, I
 * already did it another way", "the plumber job, sorted now": why, said after the task, names no task.
 */
export function withoutReason(refText: string): string {
  // "7 its a duplicate", "task 4 as it's done": after a number, whatever follows says why.
  // "12 (the cancel gym one)": a number with a reminder of what it is in brackets.
  const numbered =
    /^((?:task\s*)?#?\d+)\s+(?:it'?s|its|it\s+is|that'?s|as|cause|cos|coz|bc)\b/i.exec(refText.trim()) ??
    // "9. It is no longer relevant": a sentence after the number says why.
    /^((?:task\s*)?#?\d+)\s*[.!;]\s+\S/i.exec(refText.trim()) ??
    /^((?:task\s*)?#?\d+)\s*\([^)]*\)$/i.exec(refText.trim());
  if (numbered?.[1]) return numbered[1];
  // "the cake task - plans changed": after the task named as one, a dash says why.
  const dashed = /^(.+?\s(?:task|todo|one))\s+[-–—]\s+.+$/i.exec(refText.trim());
  if (dashed?.[1]) return dashed[1];
  // "the gym - I skipped it in the end": a dash before what someone did says why, whatever names the task.
  const done = /^(.+?)\s+[-–—]\s+(?:i|we|they|he|she)\s+(?:\w+\s+)?(?:[a-z]+ed|did|went|got|made|forgot|had)\b.*$/i.exec(refText.trim());
  if (done?.[1]) return done[1];
  // "the locker cleanout, not sure when i'm in": what the caller does not know yet says why, and names no task.
  const unknown = new RegExp(String.raw`^(.+?)\s*,\s*${NOT_KNOWN}\b.*$`, 'i').exec(refText.trim());
  if (unknown?.[1]) return unknown[1];
  return refText.replace(
    /\s*[.!]\s+(?:it|this|that|they|i|we|not|no|because|since)\b.*$|\s*,\s*(?:(?:it|that|this|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+isn'?t|\s+has)|because|since|(?:i\s+|we\s+)?(?:need|have|got)\s+to\s+(?:redo|fix|change|do\s+it\s+again)|(?:still\s+)?not\s+(?:done|finished|complete|ready)|not\s+(?:happening|going\s+to\s+happen|needed|a\s+priority|urgent|important)|(?:i|we)\s+(?:wasn'?t|weren'?t|haven'?t|didn'?t|already|no\s+longer|don'?t)|(?:all\s+)?(?:sorted|fixed|resolved|handled|dealt\s+with)(?:\s+now)?$)\b.*$|\s+(?:because|since)\s+.*$/i,
    '',
  );
}
