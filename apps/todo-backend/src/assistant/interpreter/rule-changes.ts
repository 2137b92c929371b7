import { dayOrdinal, WEEKDAY_NAMES } from '../calendar-words.ts';
import { recurrencePattern } from './recurrence.ts';
import { taskGivenRule } from './rule-made.ts';

// A rule changed on a task that exists: "stop the repeat on the newsletter", "make the gym one fortnightly", "the
// water filter needs doing every 2 months, make it repeat". Read before any rule creates a task, so a sentence that
// names a task and changes its rule never adds a new one.

export interface RuleChange {
  ref: string;
  /** The new rule, or null when the task stops repeating. */
  recurring: string | null;
  /** The next due date, when a time of day is said with the rule ("the vitamins should be daily at 8"). */
  at?: string;
}

/** "… at 8", "… at 7:30am", "… at noon": a time of day after the rule. */
const AT_TIME = /^(.*?)[,\s]*\b(at\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon|midday|midnight))$/i;
/** A rule on dates of the month or the year: its next date is not said by a time of day. */
const ON_DATES = /BYMONTHDAY|BYMONTH|BYSETPOS|BYDAY=[+-]?\d/i;
/** RRULE's weekday codes, in the order of WEEKDAY_NAMES (Monday first). */
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The next due date of a rule said with a time: "at 8", "monday or thursday at 7" for a rule on weekdays, "the 1st at 9"
 * for one on a day of the month; undefined for a rule whose next date a time cannot say (the last friday, in march).
 */
function firstAt(pattern: string, time: string): string | undefined {
  const monthDay = /BYMONTHDAY=(\d{1,2})(?:;|$)/i.exec(pattern)?.[1];
  if (monthDay && !/BYMONTH=|BYDAY/i.test(pattern)) return `the ${dayOrdinal(Number(monthDay))} ${time}`;
  if (ON_DATES.test(pattern)) return undefined;
  const days = /BYDAY=([A-Z,]+)/i.exec(pattern)?.[1]?.split(',');
  return days ? `${days.map((day) => WEEKDAY_NAMES[WEEKDAY_CODES.indexOf(day.toUpperCase())] ?? day).join(' or ')} ${time}` : time;
}

const REPEAT_NOUN = '(?:repeats?|repeating|recurrence|recurring|repetition|schedule|series)';
const REPEAT_VERB = '(?:repeat(?:ing)?|recur(?:ring)?)';

/** "stop the repeat on the newsletter", "no more repeating for 8", "the standup shouldnt repeat anymore". */
const STOP = [
  new RegExp(
    String.raw`^(?:stop|end|cancel|remove|delete|drop|kill|take|turn\s+off|switch\s+off|clear)\s+(?:the\s+)?${REPEAT_NOUN}\s+(?:on|of|for|from|off)\s+(.+)$`,
    'i',
  ),
  new RegExp(String.raw`^no\s+(?:more\s+)?${REPEAT_NOUN}\s+(?:on|of|for)\s+(.+)$`, 'i'),
  /^(.+?)\s+(?:shouldn'?t|shouldnt|should\s+not|doesn'?t|doesnt|does\s+not|won'?t|needn'?t|mustn'?t)\s+(?:need\s+to\s+)?(?:repeat|recur)(?:\s+any\s*more)?$/i,
  // "i don't want the laundry to repeat any more", "no need for the rent to repeat", "the rent is no longer recurring".
  /^no\s+need\s+for\s+(.+?)\s+to\s+(?:repeat|recur)(?:\s+any\s*more)?$/i,
  /^(.+?)\s+(?:is|are)\s+(?:no\s+longer|not)\s+(?:a\s+)?(?:recurring|repeating)(?:\s+(?:task|one|thing))?(?:\s+any\s*more)?$/i,
  /^i\s+(?:don'?t|dont|do\s+not)\s+(?:want|need)\s+(.+?)\s+(?:to\s+(?:repeat|recur)|repeating|recurring)(?:\s+any\s*more)?$/i,
  new RegExp(String.raw`^(?:stop|quit)\s+(.+?)\s+(?:from\s+)?${REPEAT_VERB}(?:\s+any\s*more)?$`, 'i'),
  // "no longer repeat 9", "the newsletter no longer needs to repeat", "the bins never need to recur".
  /^(?:no\s+longer|never|don'?t|do\s+not)\s+(?:repeat|recur)\s+(.+?)(?:\s+any\s*more)?$/i,
  /^(.+?)\s+(?:no\s+longer|never)\s+(?:needs?\s+to\s+|has\s+to\s+|should\s+|will\s+)?(?:repeats?|recurs?)(?:\s+any\s*more)?$/i,
  // "it should only happen once", "the vet only needs doing once".
  /^(.+?)\s+(?:should|will|must|needs?\s+to|is\s+to)?\s*(?:only\s+)?(?:happen|be\s+done|occur|be|needs?\s+doing)\s+(?:only\s+)?once(?:\s+now)?$/i,
  /^make\s+(.+?)\s+(?:a\s+)?(?:one[\s-]?off|one[\s-]?time|single|non-?recurring|non-?repeating)(?:\s+(?:task|thing|one))?$/i,
];

/** Words that start a new task, never one that exists: "make a task to …", "put a new reminder …". */
const NEW_THING =
  /^(?:a|an|new|another|some)\b|^(?:i|we|you)$|\b(?:task|todo|reminder)\s+(?:to|for|called)\b|\b(?:task|todo|reminder|one)\s+(?:that|which)$|^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:add|create|make\s+(?:me\s+)?(?:a|an|new)|put\s+down|set\s+up)\s|^up\s/i;

/** The task's words before the rule: "make the gym one", "turn the gym task into a", "put 3 on a". */
/** "set 12 to repeat", "the rent task should repeat": the words between the task and the rule's verb. */
const MODAL = String.raw`(?:\s+(?:to|should|will|must|can|needs\s+to|has\s+to))?`;

const HEADS = [
  // "update the recurrence of the gym to monthly": the rule named as a field of its task.
  new RegExp(
    String.raw`^(?:change|set|update|switch|edit|adjust|make)\s+((?:the\s+)?(?:${REPEAT_NOUN}|rule|frequency)\s+(?:of|for|on)\s+.+?)\s+(?:to|as|into)$`,
    'i',
  ),
  /^(?:change|switch|move)\s+(.+?)\s+from\s+.+?\s+to$/i,
  // "make the gym task recurring weekly": the rule's verb as a state.
  new RegExp(
    String.raw`^(?:make|set|have|let|get|change|switch|update)\s+(.+?)${MODAL}\s+(?:happen|repeat(?:ing)?|recur(?:ring)?|come\s+back|go|be)$`,
    'i',
  ),
  /^(?:turn|change|switch|convert)\s+(.+?)\s+(?:into|to)(?:\s+(?:a|an))?$/i,
  /^(?:set|put|move|switch)\s+(.+?)\s+(?:on|onto|to)(?:\s+(?:a|an))?(?:\s+repeat)?$/i,
  // "change the gym task so it repeats on tuesdays".
  /^(?:change|set|update|fix|edit|adjust)\s+(.+?)\s+so\s+(?:that\s+)?(?:it|that)(?:\s+(?:will|can|should|only))?\s+(?:repeats?|recurs?|happens?|is|goes)$/i,
  // "repeat the vet task every 6 months", "the gym should be every monday now".
  // A bare noun after "repeat" is the title's ("repeat prescription every 28 days"): a task is named with "the", "my", a number.
  /^(?:repeat|recur)\s+(?!:)((?:the|my|our|that|this|it|task|#?\d+)\b.*)$/i,
  // "the lawn mowing can be weekly now", "the bins could go fortnightly".
  /^(.+?)\s+(?:should|must|will|needs\s+to|has\s+to|can|could)\s+(?:be|happen|go)$/i,
  // "i want the gym to be every monday", "we'd like the bins to go fortnightly": a wish for a task named with "the"/"my".
  /^(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+((?:the|my|our)\s+.+?)\s+to\s+(?:be|happen|go|repeat|recur)$/i,
  /^(?:can|could|should|will)\s+(.+?)\s+(?:repeat|recur|come\s+back)$/i,
  // "hoovering is now on wednesdays and saturdays", "the bins have moved to every other tuesday", "the bins moved to
  // wednesdays": news of a new rule (a weekday alone, "moved to friday", is no rule and never reaches here).
  /^(.+?)\s+(?:is|are|happens|happen|goes|go)\s+now(?:\s+on)?$/i,
  /^(.+?)\s+(?:(?:has|have)\s+)?(?:moved|changed|switched)\s+to(?:\s+on)?$/i,
  // "the bin collection's gone fortnightly", "the bins have gone to every other week": "gone" as "become".
  /^(.+?)(?:'s|\s+(?:has|have))\s+(?:gone|become)(?:\s+to)?(?:\s+on)?$/i,
  new RegExp(String.raw`^(?:make\s+sure\s+)?(.+?)${MODAL}\s+(?:comes?\s+back|repeats?|recurs?)$`, 'i'),
];

/** What may follow the rule: "… a daily one", "… on a monthly repeat", "… instead", "… again". */
const TAIL = new RegExp(
  String.raw`^(?:(?:one|task|thing|job|habit|basis|instead|again|then|now|from\s+now\s+on|going\s+forward|${REPEAT_NOUN})\b\s*)*$`,
  'i',
);

/**
 * "make it monthly", "make the gym one fortnightly", 'make "water the tomatoes" every other day': a bare "make" changes
 * only a task named as one, or by its title in quotes.
 */
const NAMED_AS_TASK = /^(?:it|that|this|that\s+one|this\s+one|#?\d+|task\s+\d+|.+\s+(?:task|one|todo)|"[^"]+"|“[^”]+”)$/i;

function ruleSet(text: string): RuleChange | undefined {
  const rule = recurrencePattern(text);
  if (!rule) return undefined;
  const at = text.toLowerCase().lastIndexOf(rule.matched.toLowerCase());
  const head = text.slice(0, at).trim();
  // "put 3 on a monthly repeat, on the 15th": a day of the month said after the rule belongs to it.
  const after = text.slice(at + rule.matched.length).trim();
  const time = AT_TIME.exec(after);
  const untimed = time ? (time[1] ?? '') : after;
  const monthDay = /^(.*?)[,\s]*\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)$/i.exec(untimed);
  const pattern = monthDay && /^monthly$/i.test(rule.pattern) ? `FREQ=MONTHLY;BYMONTHDAY=${Number(monthDay[2])}` : rule.pattern;
  const tail = monthDay ? (monthDay[1] ?? '') : untimed;
  if (!TAIL.test(tail)) return undefined;
  // "the vitamins should be daily at 8", "the rent should be monthly on the 1st at 9": the time says the next due date.
  // "switch the heating on every morning at 6": after "on" a time makes the chore's rule, never a change of the heating.
  if (time && /\s(?:on|onto)$/i.test(head)) return undefined;
  // "the last friday of every month at 5": a rule on a weekday of the month names its own next day.
  const first = time?.[2] ? (rule.timedDay ? `${rule.timedDay} ${time[2]}` : firstAt(pattern, time[2])) : undefined;
  if (time?.[2] && !first) return undefined;
  const timeOfDay = first ? { at: first } : {};
  // "filter change for the aircon is every 3 months": a frequency said of a task is its rule, never a task called
  // "… is" ("the quiz is on tuesday nights", days alone, may be news of a habit, and is asked about).
  const saidOfIt = /^(.+?)\s+(?:is|are)(?:\s+only)?$/i.exec(head)?.[1];
  if (
    saidOfIt &&
    !NEW_THING.test(saidOfIt) &&
    /^(?:every|each|daily|weekly|fortnightly|biweekly|monthly|yearly|annually)\b/i.test(rule.matched)
  )
    return { ref: saidOfIt, recurring: pattern, ...timeOfDay };
  for (const shape of HEADS) {
    // "I want the bins task to repeat weekly": who wants it is no part of the task.
    const ref = shape
      .exec(head)?.[1]
      ?.replace(/^(?:i\s+(?:want|need|would\s+like)|i'?d\s+like)\s+/i, '')
      .trim();
    // "meal prep - repeat every monday": a label and its rule, a new task, unless the task is named as one.
    const labelled = /[-–—,:]$/.test(ref ?? '') && !/^(?:the|my|task|#?\d|it|that|this)\b/i.test(ref ?? '');
    // "complete the laundry and make it repeat weekly": a request before "and make it", read one at a time elsewhere.
    if (/\s(?:and|then)\s+(?:make|set|have|get|let)\s+(?:it|that)$/i.test(ref ?? '')) return undefined;
    if (ref && !NEW_THING.test(ref) && !labelled) return { ref, recurring: pattern, ...timeOfDay };
  }
  const [, bare, article] = /^make\s+(.+?)(\s+an?)?$/i.exec(head) ?? [];
  // "make the tuck shop roster a weekly thing": a task named with "the" made "a <rule> thing" is that task's rule.
  const madeAThing = article !== undefined && /^(?:the|my)\s/i.test(bare ?? '') && /\b(?:thing|task|one)\b/i.test(tail);
  if (bare && (NAMED_AS_TASK.test(bare) || madeAThing) && !NEW_THING.test(bare)) return { ref: bare, recurring: pattern, ...timeOfDay };
  const given = bare && !NEW_THING.test(bare) ? taskGivenRule(`${bare}${article ?? ''}`) : undefined;
  if (given) return { ref: given, recurring: pattern, ...timeOfDay };
  return undefined;
}

/** "change the recurrence of 5 to monthly": the rule named as a field of its task is not the task's name. */
const RULE_FIELD = new RegExp(String.raw`^(?:the\s+)?(?:${REPEAT_NOUN}|rule|frequency)\s+(?:of|for|on)\s+(?=\S)`, 'i');

/** "change it from every day to every weekday": the rule after "to" is the new one. */
const FROM_TO = /^(?:change|switch|move|make|turn)\s+(.+?)\s+from\s+(.+?)\s+(?:to|into)\s+(.+)$/i;
/** "make the yoga weekly instead of daily": the rule it replaces says the task exists. */
const INSTEAD_OF = /^(?:make|have|set|change|switch)\s+(.+?)\s+(?:instead\s+of|rather\s+than|not)\s+(.+)$/i;
/** "every 3 days not every 2", "every 4 weeks instead of 6": the old rule said as a count alone, in the new one's unit. */
const BARE_COUNT = /^(?:every\s+)?(?:\d{1,3}|other|two|three|four|five|six|seven|eight|nine|ten)$/i;
const RULE_UNIT = /\b(days?|weeks?|months?|years?)\b/i;

/** The rule it replaces, said whole ("not daily", "instead of weekly") or as a count in the new rule's unit. */
function isOldRule(old: string, newRule: string): boolean {
  if (recurrencePattern(old) ?? recurrencePattern(`every ${old}`)) return true;
  return RULE_UNIT.test(newRule) && BARE_COUNT.test(old.trim());
}

/** A rule changed from one to another, said with both: the task and the new rule. */
function ruleReplaced(text: string): RuleChange | undefined {
  const fromTo = FROM_TO.exec(text);
  const newRule = fromTo?.[3] ? recurrencePattern(fromTo[3]) : undefined;
  if (fromTo?.[1] && fromTo[2] && newRule && recurrencePattern(fromTo[2]) && !NEW_THING.test(fromTo[1]))
    return { ref: fromTo[1], recurring: newRule.pattern };
  // The new rule ends the words before "instead of"; the task is what comes before it.
  const instead = INSTEAD_OF.exec(text);
  // "… every other friday now, not weekly": "now" says it changed, and is no part of the rule.
  const said = instead?.[1]?.trim().replace(/(?:\s+(?:now|from\s+now\s+on|going\s+forward))?\s*,$/i, '') ?? '';
  const rule = said ? recurrencePattern(said) : undefined;
  if (!instead?.[2] || !rule || !isOldRule(instead[2], rule.matched) || !said.toLowerCase().endsWith(rule.matched.trim().toLowerCase()))
    return undefined;
  const ref = said
    .slice(0, said.length - rule.matched.trim().length)
    .trim()
    .replace(/\s+(?:to|into|on\s+a)$/i, '')
    .trim();
  return ref && !NEW_THING.test(ref) ? { ref, recurring: rule.pattern } : undefined;
}

/**
 * "the bins go out every thursday now", "the plants need doing every 5 days from now on": the task said as news, its
 * new rule, and "now" to say it changed.
 */
const NEWS =
  /^((?:the|my)\s+.+?)\s+(?:go(?:es)?(?:\s+out)?|happens?|is|are|takes?\s+place|runs?|comes?|needs?\s+(?:doing|done|to\s+be\s+done))\s+(.+?)\s+(?:now|from\s+now\s+on|going\s+forward)$/i;

/** "the gym is now every 2 weeks", "task 4 happens from now on every monday": "now" before the new rule. */
const NEWS_NOW =
  /^((?:the|my)\s+.+?|task\s+#?\d+|#?\d+|it)\s+(?:go(?:es)?(?:\s+out)?|happens?|is|are|takes?\s+place|runs?|comes?|repeats?|recurs?)\s+(?:now|from\s+now\s+on|going\s+forward)\s+(.+)$/i;

function ruleAsNews(text: string): RuleChange | undefined {
  const news = NEWS.exec(text) ?? NEWS_NOW.exec(text);
  const rule = news?.[2] ? recurrencePattern(news[2]) : undefined;
  if (!news?.[1] || !news[2] || !rule || rule.matched.trim().length !== news[2].trim().length) return undefined;
  return { ref: news[1], recurring: rule.pattern };
}

/** "the gym should repeat mon wed fri": days said after the verb of repeating are the rule's, as after "every". */
const DAYS_AFTER_REPEAT = /\b(repeats?|recurs?|repeating|recurring)\s+(?:on\s+)?(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)(?!\S+s\b)/i;

/** "make the rent repeat on the 1st": a day of the month alone after the verb of repeating is a monthly rule's. */
const MONTH_DAY_AFTER_REPEAT = /\b(repeats?|recurs?|repeating|recurring)\s+(?:on\s+)?(the\s+\d{1,2}(?:st|nd|rd|th))$/i;

/** "actually make it every 3 weeks", "ok so stop the bins repeating": a word that only leads in. */
const LEAD_IN = /^(?:(?:actually|ok|okay|so|oh|hmm|wait|right|and)[,\s]+)+/i;

/** "stop repeating", "stop recurring": said of the task last spoken of. */
const STOP_ALONE = new RegExp(String.raw`^(?:stop|quit|no\s+more)\s+${REPEAT_VERB}(?:\s+any\s*more)?$`, 'i');

/**
 * "the laundry should be weekly not daily", "the timesheet should go out every other friday now, not weekly": said as
 * what the task should be, read as "make the laundry weekly not daily".
 */
const SHOULD_INSTEAD =
  /^(.+?)\s+(?:should|must|needs\s+to|has\s+to)\s+(?:be\s+(?:done|sent(?:\s+out)?)|be|repeat|recur|happen|go(?:\s+out)?|run)\s+(?=.+(?:\s+|,\s*)(?:instead\s+of|rather\s+than|not)\s+\S)/i;
/** "change how often the bins repeat to every 2 weeks": the task inside "how often … repeats". */
const HOW_OFTEN = /^(?:change|set|update|switch|make)\s+how\s+often\s+(.+?)\s+(?:repeats?|recurs?|happens?|comes?\s+back)\s+(?=to\s)/i;

function ruleChangeOf(said: string): RuleChange | undefined {
  const change = ruleChangeSaid(said);
  return change ? { ...change, ref: change.ref.replace(RULE_FIELD, '') } : undefined;
}

function ruleChangeSaid(said: string): RuleChange | undefined {
  const text = said
    .replace(LEAD_IN, '')
    .replace(SHOULD_INSTEAD, 'make $1 ')
    .replace(HOW_OFTEN, 'change $1 ')
    .replace(DAYS_AFTER_REPEAT, '$1 every ')
    .replace(MONTH_DAY_AFTER_REPEAT, '$1 every month on $2');
  if (STOP_ALONE.test(text)) return { ref: 'it', recurring: null };
  const replaced = ruleReplaced(text) ?? ruleAsNews(text);
  if (replaced) return replaced;
  for (const shape of STOP) {
    const ref = shape.exec(text)?.[1]?.trim();
    if (ref) return { ref, recurring: null };
  }
  const set = ruleSet(text);
  return set ? { ...set, ref: set.ref.replace(RULE_FIELD, '') } : undefined;
}

/**
 * The task named in a first clause, said of it: "the passport photo only needs doing once", "oops, the dentist isn't
 * recurring", "the water filter needs doing every 2 months".
 */
const SAID_OF =
  /^(?:(?:oops|ok|okay|so|right|hmm|actually)[,\s]+)*(.+?)\s+(?:only\s+|really\s+|just\s+)?(?:needs|needed|need|is|isn'?t|is\s+not|has|should|was|happens|comes)\b(.*)$/i;

/** "…, and delete the yoga one": a second request, never a reason. */
const ANOTHER_REQUEST =
  /^(?:and\s+|then\s+|also\s+|please\s+)*(?:add|create|delete|remove|move|mark|complete|rename|tag|untag|set|change|make|put|reschedule|postpone|stop)\b/i;

/** "…, make it repeat", "…, stop it recurring": the change is said of "it", the task and maybe the rule before. */
const OF_IT = new RegExp(
  String.raw`^(?:so\s+|please\s+)?(?:(?:make|set|have)\s+(?:it|that)\s+(?:repeat|recur(?:ring)?|a\s+recurring\s+(?:task|one))|(?:stop|end)\s+(?:it|that)\s+(?:from\s+)?${REPEAT_VERB}|make\s+(?:it|that)\s+(?:a\s+)?(one[\s-]?off|one[\s-]?time|single))$`,
  'i',
);

/** ", not every month", " not weekly lol": the rule it had, said after the new one, is no part of it. */
const OLD_RULE_AFTER =
  /\s*,?\s+(?:and\s+)?not\s+(?:every\s+(?:\d+\s+)?[\p{L}]+|daily|weekly|fortnightly|biweekly|monthly|yearly|annually)(?:\s+(?:any\s*more|lol|haha))*[.!]*$/iu;

export function readRuleChange(text: string): RuleChange | undefined {
  const whole = ruleChangeOf(text) ?? (OLD_RULE_AFTER.test(text) ? ruleChangeOf(text.replace(OLD_RULE_AFTER, '')) : undefined);
  if (whole) return whole;
  const comma = text.lastIndexOf(',');
  if (comma < 0) return undefined;
  const first = text.slice(0, comma).trim();
  const last = text.slice(comma + 1).trim();
  // "stop the gym from repeating, I quit": a reason after the request.
  const beforeReason = ruleChangeOf(first);
  if (beforeReason && !OF_IT.test(last) && !ANOTHER_REQUEST.test(last)) return beforeReason;
  const ofIt = OF_IT.exec(last);
  if (!ofIt) return undefined;
  const said = SAID_OF.exec(first);
  const ref = said?.[1]?.replace(/^.*,\s*/, '').trim();
  if (!ref || NEW_THING.test(ref) || /^(?:i|we|you|it|that|this)$/i.test(ref)) return undefined;
  const stops = /\b(?:stop|end|one[\s-]?off|one[\s-]?time|single)\b/i.test(last);
  if (stops) return { ref, recurring: null };
  const rule = recurrencePattern(said?.[2] ?? '');
  return rule ? { ref, recurring: rule.pattern } : undefined;
}
