import { DateParseError, dateReader, resolveDate } from '../dates.ts';
import { SOME_DAY } from './phrases.ts';
import { isWholeDate } from './whole-dates.ts';

// New due dates said in other ways than "move X to friday": with an arrow ("reschedule dentist -> fri"), as news about
// the task ("the dentist is now on friday", "dentist got moved to friday", "the report deadline is friday now", "the
// plumber can only come on saturday now", "the car tax runs out on the 28th"), as a question ("can the MOT be on
// wednesday instead?"), a wish after the task ("the meeting with the bank, I want to make it monday at 11am"), or naming
// the date as a field ("put the date of the dentist to the 5th"). The date must be all that is left: "the dentist is
// now on the list" names none. A date taken away ("take the date off it", "it doesn't have a deadline anymore") is null.

/** The task first, then what it is now. */
const SAID = [
  /^(?:move|reschedule|postpone|push|shift|change|update|set|edit)\s+(.+?)(?:'s)?(?:\s+(?:due\s+date|deadline|date))?\s*(?:→|->|=>)\s*(.+)$/i,
  // "update 7 to be due friday", "change the report so it's due monday".
  /^(?:change|set|update|make|edit)\s+(.+?)\s+(?:to\s+be|so\s+(?:that\s+)?(?:it'?s|it\s+is))\s+due\s+(?:on\s+|by\s+|for\s+|at\s+)?(.+)$/i,
  // "dentist -> friday": an arrow to a date alone moves the task it points from.
  /^(.+?)\s*(?:→|->|=>)\s*(.+)$/i,
  /^(?:put|set|change|update|move|make)\s+the\s+(?:due\s+)?(?:date|day|deadline)\s+(?:of|for|on)\s+(.+?)\s+(?:to|for|as|on)\s+(.+)$/i,
  /^(?:set|change|update|move)\s+(.+?)(?:'s)\s+(?:date|day)\s+(?:to|as)\s+(.+)$/i,
  /^(?:the\s+)?(?:new\s+)?(?:due\s+date|deadline|date)\s+(?:for|of|on)\s+(.+?)\s*(?::|=|->|→|\s+is\s+(?:now\s+)?|\s+should\s+(?:now\s+)?be\s+)\s*(.+)$/i,
  // "put the bins task on wednesday": a task named as one, put on a day, is moved there, never added.
  /^(?:put|stick|pop)\s+((?:the\s+|my\s+)?.+?\s+(?:task|todo|one)|it|that|this|#?\d+|task\s+#?\d+)\s+(?:on|for|to)\s+(.+)$/i,
  /^(.+?)\s+(?:is|are|'s)\s+(?:actually\s+|now\s+)+(?:on|for|at|due)?\s*(.+?)$/i,
  /^(.+?)\s+(?:is|are)\s+(?:on|for)\s+(.+?)\s+(?:now|instead)$/i,
  // "the dentist is tmrw at 10:30", "the bins are monday": a task named with its article, then a day and nothing else.
  /^((?:the|my)\s+.+?)\s+(?:is|are|'s)\s+((?:tomorrow|today|tonight|(?:next|this)\s+\p{L}+|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b.*)$/iu,
  /^(.+?)\s+(?:got|has\s+been|was|is|have\s+been|has)?\s*(?:moved|rescheduled|pushed|postponed|shifted|changed|extended|brought\s+forward|put\s+back|delayed)\s+(?:back\s+)?(?:to|till|until|for)\s+(.+?)$/i,
  /^(?:set|have)\s+(.+?)\s+due\s+(?:on\s+|by\s+|for\s+|at\s+)?(.+)$/i,
  /^(.+?)(?:'s)?\s+(?:due\s+date|deadline|date)\s+is\s+(?:now\s+)?(.+?)$/i,
  /^(.+?)\s+(?:(?:is|are)\s+)?due\s+(.+?)\s+(?:now|instead)$/i,
  /^(.+?)\s+should\s+(?:be|happen)\s+(?:on|for|due)\s+(.+)$/i,
  // "the car service will have to be next friday", "the garden tidy has to wait till sunday": the day it must go to.
  /^((?:the|my)\s+.+?)\s+(?:will\s+have\s+to|'ll\s+have\s+to|has\s+to|will\s+need\s+to|needs\s+to)\s+(?:be|wait\s+(?:till|until))\s+(?!(?:done|finished|in|ready|sent|submitted|handed)\b)(?:on\s+)?(.+)$/i,
  // "the car tax runs out on the last day of february", "the passport expires on 3 may": the day it lapses is its deadline.
  // A task named alone: "add renew passport, it expires on 3 may" adds one, with its date.
  /^((?!(?:add|create|new|put|remind|make|set)\b)[^,;:]+?)\s+(?:expires|runs\s+out|lapses|is\s+up\s+for\s+renewal|(?:is\s+)?due\s+for\s+renewal)\s+(?:on|by)\s+(.+)$/i,
  // "the survey isn't till easter monday", "the plumber is not until friday": the first day it can be is its day ("not
  // till after easter" names none, and is asked).
  /^(.+?)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|won'?t\s+be|will\s+not\s+be)\s+(?:till|until|til|'til)\s+(?!after\b|before\b)(.+)$/i,
  // "the tiler can only do the 28th now": the one day a tradesman can do is the task's.
  /^(.+?)\s+can\s+only\s+(?:come|happen|make\s+it|be\s+done|be|do)\s+(?:on\s+)?(.+)$/i,
  /^(?:can|could)\s+(.+?)\s+be\s+(?:on|for|moved\s+to|done\s+on)\s+(.+)$/i,
  /^(?:can|could)\s+(?:we|you|i)\s+(?:do|have|move|hold|make)\s+((?:the|my|that|this|it|task|#?\d)\b.*?)\s+(?:on\s+|to\s+)?(.+)$/i,
  /^(?:change|switch)\s+(.+?)\s+to\s+(.+)$/i,
  // "can you make the dentist thursday at 4 instead": "make" moves a task only when "instead" or "now" says so.
  /^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?make\s+((?:the|my|that|this|it|task|#?\d)\b.*?)\s+((?:on\s+|for\s+)?\S.*?\s+(?:instead|now))$/i,
  /^set\s+(.+?)\s+for\s+(.+)$/i,
  /^slot\s+(?!in\b)(.+?)\s+in\s+(?:for|on)\s+(.+)$/i,
  /^(?:park|shelve|snooze|hold(?:\s+off(?:\s+on)?)?|put\s+off|defer|leave)\s+(.+?)\s+(?:until|till|for)\s+(.+)$/i,
  // "wrong date on the report, should be the 18th": a date corrected, the task named with the field.
  /^(?:the\s+|a\s+)?wrong\s+(?:due\s+)?(?:date|day|time|deadline)\s+(?:on|for|of|in)\s+(.+?)\s*[,;:–—-]\s*(?:it\s+)?should\s+(?:be|say|read)\s+(.+)$/i,
  // "let's do the car wash saturday instead", "I'd rather have the 1:1 on monday instead": "instead" says it exists.
  /^(?:(?:let'?s|(?:i|we)(?:'d|\s+would)\s+rather|(?:i|we)(?:'ll|\s+will)|(?:i|we)\s+(?:want|need)\s+to)\s+)?(?:do|have|hold)\s+((?:the|my|that|this|it|task|#?\d)\b.*?)\s+((?:on\s+|for\s+)?\S.*?\s+instead)$/i,
  /^(.+?)[,\s]+(?:i\s+(?:want|need|would\s+like)\s+to|i'?d\s+like\s+to|let'?s|can\s+(?:we|you)|please)\s+(?:make|move|have|do|put|set|change)\s+it\s+(?:to\s+|on\s+|for\s+)?(.+)$/i,
];

/**
 * "the report needs to be in by wednesday", "the permission slip needs doing by friday", "… before the 20th", "the report
 * will have to be done by friday": what must be done by then, named last before the verb.
 */
const NEEDS_BY =
  /^(.*?)(?:\s+will)?\s+(?:needs|has|have|need)\s+(?:to\s+be\s+(?:in|done|finished|handed\s+in|submitted|sent|ready)|doing|finishing|sending|handing\s+in)\s+(?:by|on|for|before)\s+(.+)$/i;

/** A date taken away: "take the date off it", "it doesn't have a deadline anymore", "the shed has no due date now". */
const DATE_WORD = String.raw`(?:due\s+date|deadline|date)`;
const CLEARED = [
  new RegExp(String.raw`^(?:take|get)\s+(?:the\s+)?${DATE_WORD}\s+off\s+(.+)$`, 'i'),
  new RegExp(String.raw`^(.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+have\s+(?:a\s+|any\s+)?${DATE_WORD}\s+(?:any\s*more|now)$`, 'i'),
  new RegExp(String.raw`^(.+?)\s+(?:has|have)\s+no\s+${DATE_WORD}\s+(?:any\s*more|now)$`, 'i'),
];

/** A request after the news that only says to act on it: "…, please move that task", "…, can you change that". */
const ACT_ON_IT =
  /\s*[,;.]?\s*(?:so\s+)?(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:move|change|update|reschedule|fix|adjust)\s+(?:that|it|this|the\s+task)(?:\s+(?:task|one))?(?:\s+(?:please|for\s+me))?$/i;

/** Words that ask about the list ("what is now on friday"), never name a task. */
const ASKS = /^(?:what|which|who|anything|everything|something|there|we|i|you)\b/i;

/** The words when they are one date and nothing else, without "on"/"to" before or "now"/"instead" after. */
export function wholeDate(words: string): string | undefined {
  const date = words
    .trim()
    .replace(/\s+(?:now|instead|then|please|from\s+now\s+on)$/i, '')
    .replace(/^(?:on|for|to|at)\s+/i, '')
    .trim();
  // "now" alone is no new date: "the dishes are now done now" is news of the task, not a move to this minute.
  if (!date || /^(?:right\s+)?now$/i.test(date)) return undefined;
  // What the date reader reads, taken out, leaves at most the words that join its parts ("friday the 30th at 5pm").
  // A day of the month, which the date reader does not read alone ("the 3rd", "the 14th of march").
  let rest = date;
  for (const found of dateReader.parse(date, SOME_DAY)) rest = rest.replace(found.text, ' ');
  rest = rest.replace(/\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+(?:next\s+month|\p{L}+))?/iu, ' ');
  if (!/^(?:\s|,|\b(?:the|at|of|on|\d{1,2}(?:st|nd|rd|th)?)\b)*$/i.test(rest) || rest.trim() === date) return undefined;
  try {
    resolveDate(date, 'UTC', SOME_DAY);
  } catch (error) {
    if (error instanceof DateParseError) return undefined;
    throw error;
  }
  return date;
}

/** The longest run of words at the end that is one date, and the words before it without "on"/"to"/"for". */
function dateAtEnd(words: string): { ref: string; date: string } | undefined {
  const starts = [...words.matchAll(/\s+/g)].map((space) => space.index + space[0].length);
  for (const start of starts) {
    const date = wholeDate(words.slice(start));
    // "… the campsite for august": a month alone after "for" is what the task is for, read so in context too.
    const afterFor = /\sfor\s*$/i.test(words.slice(0, start)) || /^for\s/i.test(words.slice(start));
    if (date && afterFor && dateReader.parse(`for ${date}`, SOME_DAY).length === 0) continue;
    const ref = words
      .slice(0, start)
      .replace(/\s+(?:on|to|for|at|in|by)\s*$/i, '')
      .trim();
    if (date && ref) return { ref, date };
  }
  return undefined;
}

/** "sam says the report …", "my boss told me the slides …": who brought the news, no word of the task. */
export const NEWS_BEARER =
  /^(?:(?:my|our|the)\s+)?[\p{L}-]+\s+(?:says|said|tells\s+me|told\s+me|mentioned|confirmed|reckons|thinks)\s+(?:that\s+)?(?=(?:the|my|our)\s)/iu;

/** The task as named, without the date's own words after it ("the essay deadline" is the essay). */
const taskOf = (ref: string) =>
  // "change the time to 5pm": the time alone is the time of the task last touched.
  /^(?:the|its)\s+(?:due\s+)?(?:time|date|day|deadline)$|^(?:the\s+)?(?:closing|last|final)$/i.test(ref.trim())
    ? 'it'
    : ref
        .trim()
        .replace(/^(?:(?:so|ok|okay|oh|and|also|actually|i\s+think|i\s+guess|turns\s+out)[,\s]+)+/i, '')
        .replace(NEWS_BEARER, '')
        // "make the essay task due wednesday instead": the verb that asks for the change is no word of the task.
        .replace(/^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?make\s+(?=(?:the|my|that|this)\s)/i, '')
        .replace(/(?:'s)?\s+(?:due\s+date|deadline|date)$/i, '')
        // "the grant, closing date is the 9th": the kind of date is no word of the task.
        .replace(/\s*,?\s+(?:the\s+)?(?:closing|last|final)$/i, '')
        // "the rent's due on the 3rd now": the "is" run into the task's last word.
        .replace(/['’]s$/i, '')
        // "change when the report is due to friday".
        .replace(/^when\s+(.+?)\s+(?:is|are)\s+due$/i, '$1')
        .trim();

/** The task and its new date (null: no date any more) when the sentence says one these ways, or undefined. */
/** "i need the report done by wednesday": a task named with "the"/"my", wanted done by a date. */
const WANTED_BY =
  /^(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+((?:the|my)\s+.+?)\s+(?:done|finished|in|sent|ready|submitted|handed\s+in|sorted)\s+(?:by|on|for|before)\s+(.+)$/i;

/**
 * "can the gutter clean go the week after next?", "the bike service can be mid-march": a day the task may move to. Only
 * a date and nothing else after the verb: "the kids can go to nan's on friday" is no task moved.
 */
const MAY_GO = [
  /^(?:can|could)\s+((?:the|my|that|this|task|#?\d)\b.*?)\s+(?:go|move|slip|slide)\s+(?:to\s+)?(.+)$/i,
  /^((?:the|my)\s+.+?)\s+(?:can|could)\s+(?:be|go)\s+(?:on\s+|to\s+)?(.+)$/i,
];

/** "the MATH2040 quiz is on the 3rd": a task named with "the"/"my" said to fall on a date, and nothing else, is due then. */
const FALLS_ON = /^((?:the|my)\s+.+?)\s+(?:is|are|'s)\s+on\s+(.+)$/i;

/**
 * "the car hire pickup is half 7 tomorrow", "the ferry booking is new years eve": a task named with "the"/"my" said to
 * be at a date, and nothing else, is due then. Without "the"/"my", a task of one word with a time after "at" ("check-in
 * is at 3", "lunch is at 1"): longer words without an article may be a sentence the typo rules have read into.
 */
const IS_A_DATE = /^((?:the|my)\s+.+?)\s+(?:is|are|'s)\s+(.+)$/i;
const IS_AT_A_TIME =
  /^(?!(?:what|which|who|when|where|why|how|there|here|anything|everything|nothing|something)\b)(\p{L}[\p{L}'-]*)\s+(?:is|are|'s)\s+(at\s+\d.*)$/iu;
/** "swimming is 15:45 on tuesday now": a task of one word, a clock time and "now", which says the time changed. */
const IS_NOW_AT_A_TIME =
  /^(?!(?:what|which|who|when|where|why|how|there|here|anything|everything|nothing|something|it|that|this)\b)(\p{L}[\p{L}'-]*)\s+(?:is|are|'s)\s+(?!at\s)(.*\d(?:[:.]\d\d|\s*(?:am|pm)\b).*?)\s+now$/iu;
/**
 * A length alone says how long, not when ("the drive is 2 hours", "the trip is two weeks"); a bare number first says
 * how many or how old ("my mum is 70 tomorrow"), unless it is a clock's or a day's ("9:15", "9am", "the 14th") or counts
 * from a day ("3 weeks from today").
 */
const NOT_WHEN =
  /^(?:(?:an?|one|two|three|four|five|six|\d+)\s+(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?)\b(?!\s+(?:from|on)\s)|\d+(?![:.]\d|\d|\s*(?:am|pm|a\.m|p\.m)\b|(?:st|nd|rd|th)\b|\s+(?:days?|weeks?|months?|years?)\s+(?:from|on)\s))/i;

export function readDueSaid(said: string): { ref: string; date: string | null } | undefined {
  for (const pattern of CLEARED) {
    const ref = pattern.exec(said)?.[1];
    if (ref && !ASKS.test(ref)) return { ref, date: null };
  }
  const text = said.replace(ACT_ON_IT, '');
  for (const pattern of SAID) {
    const found = pattern.exec(text);
    if (!found?.[1] || !found[2]) continue;
    // The first split may cut the task short ("can we do the quiz night next thu"): the date is the words at the end.
    const split = wholeDate(found[2]) ? { ref: found[1], date: wholeDate(found[2]) } : dateAtEnd(`${found[1]} ${found[2]}`);
    const ref = split?.ref ? taskOf(split.ref) : undefined;
    if (!ref || !split?.date || ASKS.test(ref)) continue;
    return { ref, date: split.date };
  }
  for (const pattern of MAY_GO) {
    const found = pattern.exec(text);
    const date = found?.[2] ? wholeDate(found[2]) : undefined;
    if (found?.[1] && date && !ASKS.test(found[1])) return { ref: taskOf(found[1]), date };
  }
  const fallsOn = FALLS_ON.exec(text);
  const onDate = fallsOn?.[2] ? wholeDate(fallsOn[2]) : undefined;
  if (fallsOn?.[1] && onDate) return { ref: taskOf(fallsOn[1]), date: onDate };
  const isDate = IS_A_DATE.exec(text);
  const atDate = isDate?.[2] && !NOT_WHEN.test(isDate[2]) ? wholeDate(isDate[2]) : undefined;
  if (isDate?.[1] && atDate && !ASKS.test(isDate[1])) return { ref: taskOf(isDate[1]), date: atDate };
  // "at 3" keeps its "at": a bare hour is read as a time only after it.
  const atTime = IS_AT_A_TIME.exec(text);
  if (atTime?.[1] && atTime[2] && isWholeDate(atTime[2]) && !ASKS.test(atTime[1])) return { ref: taskOf(atTime[1]), date: atTime[2] };
  const nowAt = IS_NOW_AT_A_TIME.exec(text);
  const nowAtDate = nowAt?.[2] ? wholeDate(nowAt[2]) : undefined;
  if (nowAt?.[1] && nowAtDate && !ASKS.test(nowAt[1])) return { ref: taskOf(nowAt[1]), date: nowAtDate };
  const wanted = WANTED_BY.exec(text);
  const wantedBy = wanted?.[2] ? wholeDate(wanted[2]) : undefined;
  if (wanted?.[1] && wantedBy) return { ref: taskOf(wanted[1]), date: wantedBy };
  const needs = NEEDS_BY.exec(text);
  const date = needs?.[2] ? wholeDate(needs[2]) : undefined;
  // The task is the last thing named with "the" or "my" before the verb ("my boss told me the report needs …").
  const named = needs?.[1] ? /(?:^|\s)((?:the|my)\s+(?:(?!\b(?:the|my)\b).)+)$/i.exec(needs[1])?.[1] : undefined;
  if (named && date) return { ref: taskOf(named), date };
  return undefined;
}
