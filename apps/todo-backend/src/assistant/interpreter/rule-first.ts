import { MONTH_NAME } from '../calendar-words.ts';
import { BEFORE } from './phrases.ts';
import { recurrencePattern } from './recurrence.ts';

// A new series said the way people think it: the rule first and the errand after it ("every sunday I must call mum",
// "Mondays: weigh in", "last saturday of the month - car boot sale"), or the errand wrapped in talk ("so I go swimming
// every wednesday, can you set that up as a recurring thing").

/** A clause that marks the task just named done: ", tick it off", "- mark that as done", ", it's done". */
const DONE_POINTED_BACK =
  /[,;.:!–—-]\s*(?:so\s+|please\s+|pls\s+|you\s+can\s+)?(?:(?:tick|check|cross|mark)\s+(?:it|that|this)(?:\s+one)?\s+(?:off|(?:as\s+)?(?:done|complete|completed|finished))|(?:it'?s|that'?s)\s+(?:done|finished))(?:\s+(?:please|pls|thanks))?[.!]*$/i;

/** "i hate", "we really love", "i can't stand": a feeling about what follows, never an errand. */
const FEELING =
  /^(?:i|we)\s+(?:(?:really|just|so|kind\s+of|kinda)\s+)?(?:hate|love|like|dislike|loathe|dread|enjoy|prefer|miss|adore|can'?t\s+stand|cannot\s+stand)$/i;

/** The sentence opens with its rule and goes on to say what repeats, or ends with "on <days>" after the errand. */
export function ruleSaidFirst(text: string): boolean {
  const rule = recurrencePattern(text);
  if (!rule) return false;
  const at = text.toLowerCase().indexOf(rule.matched.toLowerCase());
  // "pay the cleaner (on mondays)": the brackets go with the rule.
  const bracketed = /\(\s*$/.test(text.slice(0, at)) && /^\s*\)/.test(text.slice(at + rule.matched.length));
  const before = text
    .slice(0, at)
    .replace(bracketed ? /\s*\(\s*$/ : /$/, '')
    .trim();
  const after = text
    .slice(at + rule.matched.length)
    .replace(bracketed ? /^\s*\)/ : /^/, '')
    .trim();
  // "weekly sync sent, tick it off": news that a task so titled is done, pointed back at, never a new series.
  if (/^(?:on)?$/i.test(before))
    return after.length > 0 && !/^(?:tasks?|todos?|items?)\b|\?$/i.test(after) && !DONE_POINTED_BACK.test(after);
  // "retro with the team on alternate mondays", "tidy the shed once a fortnight", "yoga on weekdays at 7am", "church
  // coffee rota first sunday of the month": a rule that ends the sentence, maybe with its time.
  // "the quiz is on tuesday nights": news about a task, never a new one titled "the quiz is".
  if (/\b(?:is|are|was|were|'s)$/i.test(before)) return false;
  // "i hate mondays", "we love fridays": how someone feels about the days, nothing to do on them.
  if (FEELING.test(before)) return false;
  const timeAfter = after === '' || /^(?:(?:at|@|from)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?$|^(?:at\s+)?(?:noon|midnight)$/i.test(after);
  return (
    timeAfter &&
    /^(?:on|once)\s|^mon(?:day)?\s*(?:-|–|to|thru|through)\s*fri|(?:days|nights|weekends|mornings|afternoons|evenings|ly|of\s+the\s+month)$/i.test(
      rule.matched.trim(),
    ) &&
    before.length > 0 &&
    !/^(?:what|which|show|list|any|anything)\b/i.test(before) &&
    // "anything due the last friday of the month": a day things are due on, never a series.
    !/\bdue$/i.test(before)
  );
}

/** Talk around the errand, never its words: who must do it, and the request to make it repeat. */
const LEAD_IN =
  /^(?:(?:so|and|then|also|ok|okay)[,\s]+)*(?:(?:make\s+)?sure\s+(?:that\s+)?)?(?:(?:i|we)\s+(?:(?:must|have\s+to|need\s+to|should|gotta|got\s+to|want\s+to|will|always|usually)\s+)?(?:have\s+(?!to\b))?|(?:must|have\s+to|need\s+to|gotta|got\s+to|(?:remember|don'?t\s+forget|(?:don'?t|do\s+not)\s+let\s+me\s+forget)\s+to)\s+)?/i;
const REMINDER_LEAD =
  /^(?:(?:want|need|would\s+like|'d\s+like)\s+)?(?:a\s+)?(?:daily\s+|weekly\s+|monthly\s+|yearly\s+|recurring\s+|repeating\s+)?(?:reminder|task|todo|routine|habit)\s*(?:(?:that|which)\s+(?:repeats|recurs)\s+)?(?:to\s+|for\s+|:\s*)/i;
const REQUEST_AFTER =
  /\s*[,;-]?\s*(?:(?:can|could|would|will)\s+you\b.*|(?:please\s+)?(?:make|set|put)\s+(?:that|it|this)\s+(?:up\s+)?(?:as\s+)?(?:a\s+)?(?:recurring|repeating)(?:\s+(?:task|thing|one|todo))?|(?:as\s+)?a\s+(?:recurring|repeating)\s+(?:task|thing|one|todo))$/i;

/** "at 7 in the morning", "8 in the evening": an hour with its part of the day, said the short way ("7am", "8pm"). */
export function hourWithDayPart(text: string): string {
  return text.replace(
    /\b(\d{1,2}(?::\d{2})?)\s+in\s+the\s+(morning|afternoon|evening)\b|\b(\d{1,2}(?::\d{2})?)\s+at\s+night\b/gi,
    (_all, hour?: string, part?: string, nightHour?: string) => `${hour ?? nightHour}${part && /^morning$/i.test(part) ? 'am' : 'pm'}`,
  );
}

export function withoutRuleChatter(title: string): string {
  // "walk the dog every weekday from 7am": the time went with the rule; the word that led to it goes too.
  const trimmed = title
    .replace(REQUEST_AFTER, '')
    .replace(/\s+(?:from|starting|beginning|by|before)$/i, '')
    // "add call grandma to repeat every sunday", "timesheet - repeats every friday": the request to repeat went with the rule.
    .replace(
      /(?:\s+(?:to|that|which|and|as(?:\s+an?)?)\s+|\s*[-–—,:]\s*)(?:repeats?|recurs?|recurring|repeating)(?:\s+(?:task|thing|one))?$/i,
      '',
    )
    // "water plants every 3 days remind me at 8am": the time went with the rule; the request for it goes too.
    .replace(/[,;\s]+(?:and\s+)?(?:remind|ping|nudge|alert|notify)\s+me$/i, '')
    // "VAT return every 3 months, next one due the 7th": the first date went with the rule; the words leading to it go too.
    .replace(
      /\s*[,;]\s*(?:and\s+)?(?:the\s+)?(?:next|first)(?:\s+(?:one|time|payment|return))?(?:\s+(?:is|will\s+be|falls?))?(?:\s+(?:due|on))?$/i,
      '',
    )
    // "meal prep recurring weekly", "team sync every monday at 9am sharp": the rule's own words.
    .replace(/\s+(?:recurring|repeating|sharp|on\s+the\s+dot)$/i, '')
    // "take out the bins (every tuesday)": the brackets the rule was said in.
    .replace(/\s*\(\s*\)/g, '')
    .trim();
  // "Every Friday => expense report": the mark between the rule and the errand goes with the rule.
  const led = trimmed
    .replace(/^[\s:=>→–—-]+/u, '')
    .replace(LEAD_IN, '')
    .replace(REMINDER_LEAD, '')
    // "a task that repeats every 2 weeks to change the sheets": the rule went; the words around it go too.
    .replace(/^(?:that|which)\s+(?:repeats|recurs)\s+(?:to\s+|for\s+|:\s*)?/i, '')
    .trim();
  // "add vacuum every saturday 🧹": a picture at the end says nothing of the errand.
  const bare = (led || trimmed).replace(/(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))+$/u, '').trim();
  return bare || led || trimmed;
}

/**
 * "put the recycling out every other wk", "put out the food waste caddy": "put" is the errand's own verb unless a
 * task, an item or a list follows it.
 */
export function recurringBodyOf(text: string, stripped: string): string {
  if (/^put\s+(?!(?:a|an|new|task|todo|to-do|item|reminder|on|onto|in|into|to)\b)/i.test(text)) return text;
  return stripped;
}

/** "every year on my birthday", "on our anniversary every year": a day only the person knows. */
const OCCASION =
  /\b(?:on|for)\s+(?:my|his|her|their|our|your|the\s+kids'?|[\p{L}-]+'s)\s+(?:birthday|bday|b-day|anniversary|name\s*day|wedding\s+anniversary)\b/iu;

/** "every few days", "every so often", "every january": a rhythm without a number or a day. */
const VAGUE_RULE = new RegExp(
  String.raw`\b(?:every|each)\s+${MONTH_NAME}\b(?!\s+\d)|\b(?:every|each)\s+(?:few|several|some|many|couple)\s+(?:days|weeks|months|years)\b|\bevery\s+(?:so\s+often|now\s+and\s+then|once\s+in\s+a\s+while)\b`,
  'i',
);

/**
 * "every 2 hours drink water", "every 90 minutes stretch", "take my tablets every 4 hours": more often than a day,
 * which no series holds. After the errand only with a number: "add stretch every hour" may be the task's own words.
 */
const SUB_DAILY_RULE =
  /^(?:every|each)\s+(?:\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|ninety|few|couple\s+of)?\s*(?:hours?|hrs?|minutes?|mins?)\b|\b(?:every|each)\s+(?:\d+|two|three|four|five|six|eight|ten|twelve)\s+(?:hours|hrs|minutes|mins)\b/i;

/** "every year in december": a month without its day, which a first date would only guess. */
const MONTH_WITHOUT_DAY = new RegExp(String.raw`\b(?:every|each)\s+year\s+in\s+${MONTH_NAME}\b(?!\s+\d)`, 'i');

/** "every sunday at 6pm call mum, remind me an hour before": a lead time on a new series, which it cannot take. */
const REMINDER_ON_RULE = new RegExp(
  String.raw`\b(?:remind|ping|alert|nudge|notify|warn)\s+me\b.*?\b${BEFORE}\b|\b(?:reminder|heads[\s-]?up)\b.*?\b${BEFORE}\b|\b(?:with|and|plus)\s+an?\s+(?:\d+|an?|one|two|three|\w+teen|\w+ty)[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:reminder|heads[\s-]?up|warning)\b`,
  'i',
);

/** "every day at 7am and 6pm": two times of day, which one series cannot hold. */
const TWO_TIMES = /\b\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))\s*(?:and|&|,)\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?![\p{L}\d])/iu;
/** "at 7pm and 11pm", "at 19:00 and 23:00": two times of day, where one task or one series takes one. */
/**
 * "daily at 9 and 9", "at 8 and 6 every day": two bare hours after "at", each a time of day (the pills taken morning and
 * night), where the clause ends or the rule comes next; "at 9 and 10 people" is no time.
 */
const TWO_BARE_HOURS =
  /\bat\s+\d{1,2}\s*(?:and|&)\s*(?:at\s+)?\d{1,2}(?=\s*(?:$|[,.;!?]|(?:to|every|each|daily|on|tomorrow|today|tonight)\b))/i;
export const twoTimesSaid = (said: string): boolean => TWO_TIMES.test(said) || TWO_BARE_HOURS.test(said);
/** "every morning and evening", "each morning and night": two parts of the day, as two times are. */
const TWO_PARTS_OF_DAY =
  /\b(?:every|each)\s+(?:morning|afternoon|evening|night)\s+(?:and|&)\s+(?:every\s+|each\s+)?(?:morning|afternoon|evening|night)\b/i;

/**
 * The question to ask when a rule is said without what it needs: an occasion whose date was not said ("every year on
 * my birthday"), or a rhythm without a number ("every few days"). Never a guess, and never "every" left in a title.
 */
export function ruleLeftUnclear(said: string, pattern: string | undefined): string | undefined {
  if (pattern && REMINDER_ON_RULE.test(said))
    return 'Which first? I add a repeating task and its reminder one at a time: add it, then say "remind me 1 hour before".';
  if (pattern && (twoTimesSaid(said) || TWO_PARTS_OF_DAY.test(said)))
    return 'A task repeats at one time of day: which one? Or add one task for each.';
  if (MONTH_WITHOUT_DAY.test(said)) return 'On which day of that month? Say for example "every year on december 1".';
  if (!pattern && SUB_DAILY_RULE.test(said))
    return 'A task repeats at most once a day: say for example "every day at 9am", or add one task for each time.';
  if (!pattern) return VAGUE_RULE.test(said) ? 'How often? Say for example "every 3 days".' : undefined;
  const dated = /BYMONTH=|BYMONTHDAY=|BYDAY=/i.test(pattern) || /\d/.test(said.replace(OCCASION, ''));
  if (dated || !OCCASION.test(said)) return undefined;
  return 'On which date? Say for example "every year on march 3 call grandma".';
}

const DAY = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?';
/**
 * "water plants mon, wed, fri", "gym monday and thursday", "water the plants mon wed fri": several days after the
 * errand, said without "every".
 */
const DAYS_LISTED = new RegExp(
  String.raw`\b${DAY}(?:(?:\s*(?:,|&|\/|\band\b|\bor\b)\s*|\s+)${DAY})+\b(?:\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?$`,
  'i',
);
const ASKS_ABOUT_LIST = /^(?:what|which|show|list|any|anything|is|are|do|does|how|when|find|search)\b|\?$/i;

/**
 * The question to ask when days are listed after an errand without "every": each of them every week, or one of them
 * once? Never a title "water plants mon, wed" due on the last day.
 */
export function daysListedUnclear(text: string): string | undefined {
  // "the gym thing should repeat mon wed fri": the verb of repeating says the days are a rule's.
  if (ASKS_ABOUT_LIST.test(text.trim()) || recurrencePattern(text) || /\b(?:repeats?|recurs?|repeating|recurring)\b/i.test(text))
    return undefined;
  if (!DAYS_LISTED.test(text)) return undefined;
  return 'Every week on those days, or once? Say for example "every mon, wed and fri water plants", or name one day.';
}

/**
 * "cancel the gym trial monthly on the 1st", "cancel netflix wednesday 7pm - ping me 2h before": "cancel" with a rule
 * or a reminder's lead time is an errand to add (nothing is deleted on a schedule), said again with "add".
 */
export function cancelAsErrand(text: string, leadTime: (text: string) => string | undefined): string | undefined {
  if (!/^cancel\s+(?!(?:the\s+|my\s+|its\s+)?(?:reminders?|repeats?|recurrence|series|alerts?)\b)/i.test(text)) return undefined;
  return recurrencePattern(text) || leadTime(text) ? `add ${text}` : undefined;
}
