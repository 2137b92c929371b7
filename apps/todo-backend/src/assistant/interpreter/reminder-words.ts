import { nagAsRemind } from './nag-me.ts';
import { BEFORE, DURATION } from './phrases.ts';
import { dateAtEnd, isWholeDate, isWholeRule } from './whole-dates.ts';

// The many ways people ask for a reminder ("give me a nudge at 6pm to …", "jog my memory about …", "heads up 1 day
// before the MOT", "no alerts for 5"), said the one way the reminder rules read: "remind me …". Only a sentence that
// starts so is rewritten; a reminder's words inside a title ("alarm clock battery") stay as they are.

/** What may follow a reminder said as a noun: a task, a time or a lead time ("reminder for …", "alarm 45 mins before"). */
const REMINDER_FOLLOWS = String.raw`(?=\s+(?:for|about|on|of|at|in|to|tomorrow|tonight|today|next|the\s+(?:day|night|week)|an?|half|\d+)\b)`;
const REMINDER_NOUN = String.raw`(?:reminder|heads[\s-]?up|alarm|alert|nudge|ping|notification)`;
const COUNT_WORD = '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty[\\s-]five)';

const ASKED_AS_REMIND_ME: RegExp[] = [
  // "I want that you remind me …", "I would like you to remind me …".
  /^i(?:\s+want|\s+would\s+like|'d\s+like|\s+need)\s+(?:that\s+)?you\s+(?:to\s+)?remind\s+me\b/i,
  // "i need reminding to call the garage", "I need to be reminded to …" ("reminded" may come as "reminder" from the
  // keyword speller).
  /^(?:i\s+(?:need|want|would\s+like|'d\s+like)\s+)?(?:reminding|(?:to\s+)?be\s+remind(?:ed|er))\b/i,
  // "give me a 10 minute warning before the webinar": the lead time said before the noun.
  new RegExp(
    String.raw`^(?:give|send|set)\s+(?:me\s+)?(?:a|an)(?=\s+(?:\d+|${COUNT_WORD})[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)[\s-]+(?:warning|${REMINDER_NOUN})\s+${BEFORE}\b)`,
    'i',
  ),
  // "set me a reminder …", "make me a reminder …", "give me a nudge …", "send me an alert …".
  new RegExp(String.raw`^(?:set|make|create|give|send|add|put)\s+(?:me\s+)?(?:a\s+|an\s+)?${REMINDER_NOUN}${REMINDER_FOLLOWS}`, 'i'),
  // "I need a reminder for the boiler service next monday" (a learner may leave out the "a").
  new RegExp(
    String.raw`^(?:i(?:\s+need|\s+want|'d\s+like|\s+would\s+like)|(?:can|could|may)\s+i\s+(?:get|have))\s+(?:(?:a|an)\s+)?${REMINDER_NOUN}${REMINDER_FOLLOWS}`,
    'i',
  ),
  // "reminder 2 days before the anniversary", "heads up 1 day before the MOT", "alarm for the haircut 45 mins before".
  new RegExp(String.raw`^(?:a\s+)?${REMINDER_NOUN}${REMINDER_FOLLOWS}`, 'i'),
  /^(?:jog|refresh)\s+my\s+memory\b/i,
  // "notify me the night before the trip": every verb the rules read after "remind me" is said the one way.
  /^(?:ping|alert|nudge|notify|warn|buzz|poke|prod)\s+me\b/i,
  // "give me a shout at 4pm to …", "send me a buzz tomorrow": a call for attention is a reminder.
  /^(?:give|send)\s+me\s+a\s+(?:shout|buzz|poke|prod|holler|bell)\b/i,
  // "remember me to water the plants": "remember" for "remind", as many say it.
  /^remember\s+me\b/i,
  /^(?:please\s+)?make\s+sure\s+(?:to|you)\s+remind\s+me\b/i,
  // "don't forget to remind me to …", "can you please remind me …": the request is "remind me".
  /^(?:(?:so|and|oh|also)\s+)?(?:don'?t|do\s+not)\s+forget\s+to\s+remind\s+me\b/i,
  /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+)?remind\s+me\b/i,
  // "I'll be driving all morning so remind me at 1pm to …": a reason, then the request with its time.
  /^.+?\s+so\s+(?:(?:can|could)\s+you\s+)?(?:please\s+)?remind\s+me\b(?=\s+(?:to|at|in|on|tomorrow|tonight|today|next|this|every)\b)/i,
];

/**
 * The reminder named as a field of a task: "change the reminder on the dentist to 2 hours before", "move the reminder
 * for 5 to 9am", "add a reminder to task 8 for tomorrow at 10", "the reminder for the report should be at 8am". Never
 * a due date, never a new task.
 */
const REMINDER_FIELD =
  /^(?!(?:[a-z]+\s+)?(?:a\s+)?reminder\s+to\s+(?!(?:the|my|task|it|that|this|#?\d)\b))(?:(?:please\s+)?(?:change|move|set|update|put|add|make|switch|push|give)\s+)?(?:the\s+|a\s+|my\s+|its\s+)?reminder\s+(?:on|for|of|to)\s+(.+?)\s+(?:to|for|at|should\s+be(?:\s+at)?|is(?:\s+now)?)\s+(.+)$/i;
/** "make the reminder for the flight 3 hours before": the lead time right after the task. */
const FIELD_THEN_LEAD = new RegExp(
  String.raw`^(?:(?:change|move|set|update|make|switch)\s+)?(?:the\s+|my\s+|its\s+)reminder\s+(?:on|for|of)\s+(.+?)(?<!\s(?:to|for|at|is|be))\s+((?:${DURATION}|the\s+(?:day|night|week))\s+${BEFORE})$`,
  'i',
);
const LEAD_TIME = new RegExp(String.raw`^(?:${DURATION}|the\s+(?:day|night|week))\s+${BEFORE}$`, 'i');

const NOT_FORGET = String.raw`(?:don'?t|do\s+not|dont)\s+let\s+me\s+forget`;
/** "dentist friday 2pm, don't let me forget an hour before": a lead time after "don't let me forget" asks a reminder. */
const NOT_FORGET_LEAD = new RegExp(
  String.raw`\b${NOT_FORGET}(?:\s+(?:about\s+)?it)?(?=\s+(?:${DURATION}|an?\s+(?:minute|hour|day|week)|the\s+(?:day|night|week))\s+${BEFORE}\b)`,
  'gi',
);
/**
 * The reminder named after its task: "move the dentist reminder to 8am", "the gas bill reminder should be at 6",
 * "snooze the dentist reminder till tomorrow" (a reminder put off; a task snoozed is moved, as "snooze the bins till
 * friday" is).
 */
const TASK_REMINDER_FIELD =
  /^(?:(?:change|move|set|update|push|switch|make|snooze)\s+)?(?:the\s+|my\s+)?(.+?)\s+reminder\s+(?:to|for|at|until|till|by|should\s+be(?:\s+at)?|is(?:\s+now)?)\s+(.+)$/i;
const SNOOZE_REMINDER = /^snooze\s+(?:the\s+|my\s+)?reminders?\s+(?:on|for|of|about)\s+(.+?)\s+(?:to|for|until|till|by)\s+(.+)$/i;
/**
 * "a week's notice before the passport expires", "give me 3 days' notice of the MOT", "remind me a week's notice
 * before …": notice ahead is a reminder that long before.
 */
const NOTICE_BEFORE =
  /^(?:remind\s+me\s+|(?:give|send)\s+me\s+|i\s+(?:want|need|'d\s+like|would\s+like)\s+)?((?:an?|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?))(?:'s|s'|')?\s+notice\s+(?:before|of)\b/i;
/** "remind me a week out from the deadline": "out from" a date is before it. */
const OUT_FROM = new RegExp(String.raw`^(remind\s+me\s+(?:${DURATION}|an?\s+(?:day|week|fortnight|month)))\s+out\s+from\b`, 'i');
/** "remind me again in 2 hours": the task the conversation is on, again; "remind me about it again at 6". */
const AGAIN_FIRST = /^(remind\s+me)\s+again\b(?!\s+(?:about|of|to)\b)/i;
const AGAIN_AFTER_TASK = /^(remind\s+me\s+(?:about|of)\s+.+?)\s+again\b/i;
/** "remind me about 14 tomorrow": a bare number is the task's, never the day of a month. */
const NUMBERED_TASK = /^(remind\s+me\s+(?:about|of))\s+#?(\d+)(?=\s+\S)/i;
/** "an hour and a half before", "2 and a half hours before": the lead time in minutes, as the rules read it. */
const AND_A_HALF = /\b(an?|one|two|three|\d+)\s+(?:hours?\s+and\s+a\s+half|and\s+a\s+half\s+hours?)\b/gi;
const SMALL_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
/** "remind me 1 hour prior to the meeting": "prior to" is "before". */
const PRIOR_TO = /\bprior\s+to\b/gi;
/** "buzz me 5 min early": that long before. */
const LEAD_EARLY = /(\b(?:remind|ping|buzz|nudge|alert|text|warn)\s+me\s+\S+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?))\s+early\b/gi;
/** "give the dentist a reminder an hour before", "can you give it a nudge the day before": a reminder about that task. */
const GIVE_IT_A_REMINDER =
  /^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?give\s+(it|that|this|(?:the|my)\s+[^,;]+?)\s+an?\s+(?:reminder|nudge|ping|alert)\s+((?:an?|one|two|three|\d+|the)\s.+)$/i;
/** "…, buzz me 5 min before", "… - nudge me at 8": a call for attention after the task is a reminder of it. */
const CALL_AFTER_TASK =
  /([,;]\s*|\s[-–—]\s*)(?:buzz|poke|prod|warn|alert|nudge|ping|text)\s+me\b(?=\s+(?:\d|an?\b|one\b|the\b|at\b|on\b|half\b))/gi;
/** "ping me 15 before": a lead said without its unit is in minutes. */
const LEAD_UNIT_UNSAID = /(\b(?:remind|ping|buzz|nudge|alert|warn)\s+me\s+)(\d{1,2})(?=\s+(?:before|beforehand)\b)/gi;
/** "remind me the week before so i can pot up the cuttings": why the reminder is wanted is no part of the task. */
const SO_THAT_AFTER_LEAD =
  /(\b(?:remind|ping|buzz|nudge|alert|warn)\s+me\s+[^,;]*?\bbefore)\s+so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|have\s+time\s+to)\b.*$/i;
/** "10 minutes beforehand", "a day in advance", "an hour ahead of time": after a length, each is "before". */
const BEFOREHAND = /(?<=\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?|\d[wdhm])\s+)(?:beforehand|in\s+advance|ahead\s+of\s+time)\b/gi;
/** "remind me when the dentist is due", "ping me when the MOT is due": a reminder at the due time. */
const WHEN_DUE = /^(?:remind|ping|nudge|alert|notify|tell)\s+me\s+when\s+(.+?)(?:\s+(?:is|are)|'s)\s+(?:due|on|up)$/i;
/** "set a 30 minute reminder for the webinar": the lead time said before the noun, the task after "for". */
const LEAD_NOUN_FOR = new RegExp(
  String.raw`^(?:set|add|put|give\s+me|make)\s+(?:me\s+)?an?\s+((?:\d+|${COUNT_WORD})[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?))[\s-]+(?:reminder|alert|heads[\s-]?up|warning|notification)\s+(?:for|on|before|ahead\s+of)\s+(.+)$`,
  'i',
);
/**
 * "warn me 2 days before the passport expires": the task, without what happens to it then. "before it expires" names
 * no task: left whole.
 */
const TASK_EVENT_AFTER =
  /(\bbefore\s+(?!(?:it|they|this|that)\s)(?:the\s+|my\s+)?\S.*?)\s+(?:expires|runs\s+out|starts|begins|closes|ends|kicks\s+off|is\s+due|are\s+due)$/i;
/**
 * "remind me again about task 6 tomorrow", "remind me again tomorrow about the gas bill": "again" says nothing of the
 * task, nor of the time said before it.
 */
const AGAIN_BEFORE_TASK = /^(remind\s+me)\s+again\s+(?=(?:[^\s,;]+\s+){0,4}?(?:about|of)\s+\S)/i;
/** "remind me a couple of hours before": two of them, as the rules read a count. */
const A_COUPLE = /\ba\s+couple\s+(?:of\s+)?(?=(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b)/gi;
/** "remind me 10 mins before it starts": the task's own start is when it is due. */
const IT_STARTS = /\b(before|ahead\s+of)\s+it\s+(?:starts|begins|kicks\s+off|is\s+due|'s\s+due)\b/gi;
/** "add book club wed 7pm & remind me the day before": "&" is "and". */
const AND_SIGN_REMIND = /\s*(?:&|\+)\s*(?:and\s+)?remind\s+me\b/gi;
/** "… and remind me thursday": a weekday after a later "remind me" is the reminder's day, as "on thursday" is. */
const WEEKDAY_UNLED = /(\S\s+remind\s+me\s+)(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;
/** "remind me 10 minute warning before …" (from "give me a 10 minute warning"): the noun goes, the lead time stays. */
const LEAD_NOUN = new RegExp(
  String.raw`^(remind\s+me\s+\S+[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?))[\s-]+(?:warning|${REMINDER_NOUN})(?=\s+${BEFORE}\b)`,
  'i',
);
/** "remind me to check the oven in 15", "remind me in 10 to …": a count alone after "in" is minutes. */
const MINUTES_UNSAID = /^(remind\s+me\b.*?\bin\s+\d{1,2})(?=\s+to\s|$)/i;
/** "remind me 2 call the bank": "2" for "to" before a word that is no unit of time. */
const TWO_FOR_TO = /^(remind\s+me)\s+2\s+(?!(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|[wdhm])\b)(?=[a-z]{2,})/i;

/** "30 mins before the meeting remind me", "an hour before the dentist, ping me pls": the lead time and task first. */
const LEAD_THEN_REQUEST = new RegExp(
  String.raw`^((?:${DURATION}|an?\s+(?:hour|day|week)|the\s+(?:day|night|week))\s+${BEFORE}\s+.+?)\s*[,;-]?\s+(?:(?:can|could)\s+you\s+)?(?:please\s+|pls\s+)?(?:remind|ping|alert|nudge|notify|warn)\s+me(?:\s+(?:please|pls|thanks|thx))?[.!]*$`,
  'i',
);
/** "for the meeting with the client please remind me 15 minutes before": the task first, then the lead time. */
const TASK_THEN_LEAD = new RegExp(
  String.raw`^(?:for|about|regarding|re:?|${NOT_FORGET}(?:\s+about)?)\s+(.+?)\s*,?\s+(?:(?:can|could)\s+you\s+)?(?:please\s+)?(remind\s+me\s+(?:${DURATION}|the\s+(?:day|night|week)))\s+${BEFORE}$`,
  'i',
);
/**
 * "i have a call with the landlord at 3 tomorrow, remind me 10 minutes before": the errand said as news about
 * oneself, and talk around the request ("and I always forget", "can you add it and"), are no words of its title.
 */
const HAVE_AN_ERRAND =
  /^(?:(?:so|ok|okay|well)[,\s]+)*(?:i\s+have|i'?ve\s+got|i\s+have\s+got|i\s+got)\s+(?:a|an|my|the)\s+(?=.*\bremind\s+me\b)/i;
const SELF_TALK = /\s+and\s+i\s+(?:always|often|usually|might|will|tend\s+to)\s+forget(?:\s+(?:it|things|these))?(?=\s*[,;]|\s+and\b)/i;
const ADD_IT_AND =
  /\s*,?\s*(?:and\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:add|put|note|save)\s+(?:it|that|this)(?:\s+down)?\s+and\s+(?=remind\s+me\b)/i;

/** "mute the alerts for the newsletter": other names of reminders after a verb that clears them. */
/** "kill the reminder on 7", "remove all reminders from the dentist": said the one way the rules read. */
/**
 * "turn off the dentist reminder", "kill the gym alerts": the reminder named after its task, switched off. A smoke alarm,
 * a car alarm, a burglar alarm are things in a title ("please delete the smoke alarm" deletes the task so named).
 */
const TASK_REMINDER_OFF =
  /^(?:turn\s+off|switch\s+off|disable|mute|silence|kill|cancel|remove|delete|clear|drop|scrap|stop)\s+(?:the\s+|my\s+)(.+?)\s+(?:reminders?|alerts?|notifications?|(?<!\b(?:smoke|fire|burglar|car|house|security|intruder|baby|gas|co|monoxide)\s+)alarms?)$/i;
/** "remind me on the morning of": on the due day at 09:00, which the lead-time rules read as "remind me at 9am". */
const MORNING_OF = /\bremind\s+me\s+(?:on\s+)?the\s+morning\s+of(?:\s+it)?$/i;
const CLEAR_ANY_WAY =
  /^(?:kill|nix|scrap|ditch|axe|zap|bin|lose|drop|remove|delete|clear|cancel|get\s+rid\s+of|stop|turn\s+off|switch\s+off|disable|mute|silence)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|any\s+|the\s+|my\s+|its\s+)?(?:reminders?|alerts?|notifications?|alarms?)\s+(?=(?:on|for|from|of|about)\s)/i;
/** "remind me a day in advance for the flight": the lead time, then the task after "for". */
const LEAD_FOR_TASK = new RegExp(
  String.raw`^(remind\s+me\s+(?:${DURATION}|an?\s+(?:day|hour|week)))\s+${BEFORE}\s+(?:for|of|about|with)\s+(.+)$`,
  'i',
);
const CLEAR_OTHER_NAMES =
  /^((?:remove|delete|clear|cancel|drop|turn\s+off|mute|silence|disable|switch\s+off|get\s+rid\s+of)\s+)(?:the\s+|my\s+|its\s+)?(?:alerts?|notifications?|pings?|nudges?|alarms?)\b/i;
/** "don't remind me about the gym anymore": the task ends before "any more". */
const NO_MORE_AFTER = /^((?:don'?t|do\s+not|stop|quit)\s+remind(?:ing)?\s+me\b.*?)\s+(?:any\s*more|again)$/i;
const STOP_REMINDING = /^(?:stop|quit)\s+(?:pinging|nudging|alerting|notifying|bugging|bothering|nagging|hassling|pestering)\s+me\b/i;
const NO_REMINDERS =
  /^(?:no\s+(?:more\s+)?(?:alerts?|notifications?|pings?|nudges?|alarms?)|i\s+(?:don'?t|do\s+not)\s+want\s+(?:any\s+)?(?:more\s+)?(?:reminders?|alerts?|notifications?)|i\s+(?:don'?t|do\s+not)\s+need\s+(?:to\s+be\s+remind(?:ed|er)|reminding|(?:any\s+)?(?:more\s+)?(?:reminders?|alerts?|notifications?)))\b(.*?)(?:\s+any\s*more)?$/i;
/** "remind me the day before the wedding": a lead time said as "the day", as the rules read "1 day". */
const THE_DAY_BEFORE = /^(remind\s+me\s+)the\s+(day|night|week)\s+before\b/i;
/** "remind me sometime to fix the shelf": no time said, the task alone. */
const NO_TIME_SAID = /^(remind\s+me\s+)(?:sometime|some\s+time|later|at\s+some\s+point|one\s+day)\s+(?=to\s)/i;
/** "in 10 min remind me to take the washing out", "every sunday remind me to …": the time said before the request. */
const DATE_FIRST = /^(.+?)[,\s]+remind\s+me\s+to\s+(.+)$/i;
/** "set an alarm for 7 tomorrow to call the plumber": "for" before the time is no part of it ("for 7" is no hour). */
const FOR_WHEN_TO = /^remind\s+me\s+for\s+(.+?)\s+to\s+(.+)$/i;
/** "set a reminder for monday: renew the insurance": the time, a colon (not a clock's), then the task. */
const WHEN_COLON_WHAT = /^remind\s+me\s+(?:for\s+|on\s+|at\s+)?(.+?)\s*:(?!\d)\s*(?!to\b)(\S.*)$/i;
/** "remind me on the 3rd to renew the parking": a day of the month (which chrono does not read) before the task. */
const DAY_OF_MONTH_FIRST = /^remind\s+me\s+((?:on\s+|for\s+)?the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+at\s+\S+)?)\s+to\s+(.+)$/i;
/** "remind me tomorrow morning about the bins": the time said before the task. */
const WHEN_THEN_WHAT = /^remind\s+me\s+(.+?)\s+(about|of|for)\s+(.+)$/i;

/** "remind me about the council rates a week out": a lead time said with "out" (not "out from …") is before it is due. */
const LEAD_OUT = new RegExp(
  String.raw`^((?:remind|ping|nudge|alert)\s+me\b.*?\s(?:${DURATION}|an?\s+(?:day|week|fortnight|month)))\s+out$`,
  'i',
);
/** "ping me at 9 tmrw re: the insurance claim": "re:" before the task is "about". */
const RE_COLON = /^((?:remind|ping|nudge|alert)\s+me\b.*?)\s+re:\s*(?=\S)/i;
/** "alarm 5:45am flight check-in", "set an alarm 2:50 school pickup": a clock time, then what the alarm is for. */
const ALARM_AT_FOR =
  /^(?:(?:set|add|make)\s+(?:me\s+)?(?:an?\s+)?)?alarm\s+(?:for\s+|at\s+)?(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s+(?!(?:to|for|about|tomorrow|today|tonight|on|next|this)\b)(\S.*)$/i;
/** "i need a reminder for that dentist thing, day before is fine": a reminder asked, and when said as what will do. */
const REMINDER_NEEDED_WHEN_FINE =
  /^(?:i\s+(?:need|want|would\s+like|'d\s+like)|can\s+i\s+(?:have|get))\s+an?\s+reminder\s+(?:for|about|on|of)\s+(.+?)\s*[,;–—-]\s*(?:the\s+)?(day|night|week|morning)\s+before\s+(?:is|would\s+be|'d\s+be)\s+(?:fine|ok|okay|good|great|enough|plenty)$/i;

/** "the pharmacy pickup - set a reminder 30 min before": the task first, then a lead time for its reminder. */
const TASK_THEN_LEAD_REMINDER = new RegExp(
  String.raw`^((?:the|my)\s+[^,;:]+?)\s*(?:\s[-–—]|:)\s*(?:(?:set|add|put)\s+(?:a|the)\s+reminder|remind\s+me)\s+(${DURATION}|the\s+(?:day|night|week))\s+${BEFORE}$`,
  'i',
);

export function plainReminderWords(text: string): string {
  const leadFor = TASK_THEN_LEAD_REMINDER.exec(text.trim().replace(/[.!]+$/, ''));
  if (leadFor?.[1] && leadFor[2]) return plainReminderWords(`remind me ${leadFor[2]} before ${leadFor[1]}`);
  const needed = REMINDER_NEEDED_WHEN_FINE.exec(text.trim().replace(/[.!]+$/, ''));
  if (needed?.[1] && needed[2])
    return plainReminderWords(`remind me about ${needed[1].replace(/^(?:that|this)\s+/i, 'the ')} the ${needed[2]} before`);
  let said = nagAsRemind(text)
    // "take the chicken out, can you remind me at 5": the request for a reminder after the task, said plainly.
    .replace(/\s*,\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)(?:please\s+)?(?=remind\s+me\b)/i, ', ')
    .replace(LEAD_OUT, '$1 before')
    .replace(RE_COLON, '$1 about ')
    .replace(ALARM_AT_FOR, 'set an alarm at $1 for $2')
    .replace(A_COUPLE, '2 ')
    .replace(PRIOR_TO, 'before')
    .replace(GIVE_IT_A_REMINDER, 'remind me about $1 $2')
    .replace(LEAD_EARLY, '$1 before')
    .replace(CALL_AFTER_TASK, '$1remind me')
    .replace(LEAD_UNIT_UNSAID, '$1$2 minutes')
    .replace(SO_THAT_AFTER_LEAD, '$1')
    .replace(TASK_REMINDER_OFF, 'remove the reminder for $1')
    .replace(MORNING_OF, 'remind me at 9am')
    .replace(BEFOREHAND, 'before')
    .replace(WHEN_DUE, 'remind me 0 minutes before $1')
    .replace(LEAD_NOUN_FOR, 'remind me $1 before $2')
    .replace(IT_STARTS, '$1 it')
    .replace(TASK_EVENT_AFTER, '$1')
    .replace(AND_SIGN_REMIND, ' and remind me')
    .replace(NOT_FORGET_LEAD, 'remind me')
    .replace(LEAD_THEN_REQUEST, 'remind me $1')
    .replace(AND_A_HALF, (_all, count: string) => `${(SMALL_COUNTS[count.toLowerCase()] ?? Number(count)) * 60 + 30} minutes`)
    .replace(WEEKDAY_UNLED, '$1on ')
    .replace(HAVE_AN_ERRAND, '')
    .replace(SELF_TALK, '')
    .replace(ADD_IT_AND, ', ')
    .replace(LEAD_AGAINST_OLD, '$1')
    .replace(INSTEAD_AFTER_TASK, '$1');
  said = readTaskReminderField(reminderInstead(said)).replace(FIELD_THEN_LEAD, 'remind me $2 $1');
  const field = REMINDER_FIELD.exec(said);
  if (field?.[1] && field[2] && LEAD_TIME.test(field[2].trim())) said = `remind me ${field[2].trim()} ${field[1]}`;
  else if (field?.[1] && field[2] && isWholeDate(field[2])) said = `remind me about ${field[1]} ${field[2].trim()}`;
  // "reminder: call mum sunday 6pm", "remind me - …": a reminder of the task itself.
  said = said.replace(/^(?:(?:set|add|new|make)\s+(?:a\s+)?)?(?:reminder|remind\s+me)\s*[:–—-]\s*(?!to\b)(?=\S)/i, 'remind me to ');
  for (const asked of ASKED_AS_REMIND_ME) said = said.replace(asked, 'remind me');
  // "remind me a week out from the deadline": a lead time before.
  said = said.replace(OUT_FROM, '$1 before');
  said = said
    .replace(LEAD_NOUN, '$1')
    .replace(TWO_FOR_TO, '$1 to ')
    .replace(MINUTES_UNSAID, '$1 minutes')
    .replace(AGAIN_BEFORE_TASK, '$1 ')
    .replace(AGAIN_FIRST, '$1 about it')
    .replace(AGAIN_AFTER_TASK, '$1')
    .replace(NUMBERED_TASK, '$1 #$2');
  const taskFirst = TASK_THEN_LEAD.exec(said);
  if (taskFirst?.[1] && taskFirst[2]) said = `${taskFirst[2]} before ${taskFirst[1]}`;
  // "remind me 2 hours before the dentist appointment tomorrow": when the task is due names no word of its title.
  const leadThenTask = new RegExp(String.raw`^(remind\s+me\s+(?:${DURATION}|the\s+(?:day|night|week))\s+${BEFORE}\s+)(.+)$`, 'i').exec(
    said,
  );
  // Read where it stands, a part of the day that ends a title ("the parents evening") or a task's number ("task 3")
  // names no day.
  const dueSaid = leadThenTask?.[2] ? dateAtEnd(leadThenTask[2]) : undefined;
  if (leadThenTask?.[1] && dueSaid && dueSaid.index > 0) said = `${leadThenTask[1]}${leadThenTask[2]?.slice(0, dueSaid.index).trim()}`;
  said = said.replace(LEAD_FOR_TASK, '$1 before $2');
  said = said
    .replace(CLEAR_ANY_WAY, 'remove the reminder ')
    .replace(STOP_REMINDING, 'stop reminding me')
    .replace(CLEAR_OTHER_NAMES, '$1the reminders')
    .replace(NO_MORE_AFTER, '$1');
  const none = NO_REMINDERS.exec(said);
  if (none) said = `no reminders${none[1] ?? ''}`;
  said = said.replace(
    THE_DAY_BEFORE,
    (_all, lead: string, unit: string) => `${lead}1 ${unit.toLowerCase() === 'week' ? 'week' : 'day'} before`,
  );
  said = said.replace(NO_TIME_SAID, '$1');
  const dateFirst = DATE_FIRST.exec(said);
  if (dateFirst?.[1] && dateFirst[2] && (isWholeDate(dateFirst[1]) || isWholeRule(dateFirst[1])))
    said = `remind me to ${dateFirst[2]} ${dateFirst[1]}`;
  const forWhen = FOR_WHEN_TO.exec(said);
  // A bare hour first ("7 tomorrow") is read with the "at" it stands for.
  const when = forWhen?.[1] && (/^\d/.test(forWhen[1]) ? `at ${forWhen[1]}` : forWhen[1]);
  if (when && forWhen?.[2] && isWholeDate(when)) said = `remind me ${when} to ${forWhen[2]}`;
  const colon = WHEN_COLON_WHAT.exec(said);
  if (colon?.[1] && colon[2] && isWholeDate(colon[1])) said = `remind me to ${colon[2]} ${colon[1]}`;
  const dayOfMonth = DAY_OF_MONTH_FIRST.exec(said);
  if (dayOfMonth?.[1] && dayOfMonth[2]) said = `remind me to ${dayOfMonth[2]} ${dayOfMonth[1]}`;
  const whenFirst = WHEN_THEN_WHAT.exec(said);
  if (whenFirst?.[1] && whenFirst[3] && isWholeDate(whenFirst[1])) said = `remind me ${whenFirst[2]} ${whenFirst[3]} ${whenFirst[1]}`;
  return said;
}

/** "move the dentist reminder to 8am" → "remind me about the dentist 8am"; a lead time or a delay as the reminder rules say them. */
const REMINDER_IS_AT = /\breminder\s+(?:should\s+be|is(?:\s+now)?|at)\s+(?:at\s+)?\d/i;

function readTaskReminderField(said: string): string {
  const found = SNOOZE_REMINDER.exec(said) ?? TASK_REMINDER_FIELD.exec(said);
  const task = found?.[1]?.trim();
  const value = found?.[2]
    ?.trim()
    .replace(/^(?:an?\s+)(?=hour|minute|day|week)/i, '1 ')
    // "the dentist reminder should be at 8": a bare hour said as the reminder's time is read with its "at" ("reminders
    // for 4" names task 4).
    .replace(/^(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?$)/i, REMINDER_IS_AT.test(said) ? 'at ' : '');
  // The task is a name alone: no clause ("add call the garage friday, set a reminder …") and no verb of adding.
  // Nor a verb that switches reminders off ("turn off the reminder for 12").
  if (
    !task ||
    !value ||
    /[,;:]|\b(?:a|an|set|add|new)$|^(?:add|create|new|remind|put|make|set|turn|switch|remove|delete|clear|cancel|stop|kill|disable|mute)\b/i.test(
      task,
    )
  )
    return said;
  if (LEAD_TIME.test(value)) return `remind me ${value} ${task}`;
  const delay = new RegExp(String.raw`^${DURATION}$`, 'i').test(value) && /^snooze\b/i.test(said);
  if (delay) return `remind me about ${task} in ${value}`;
  if (isWholeDate(value)) return `remind me about ${task} ${value}`;
  return said;
}

/**
 * "the dentist reminder should be two hours before, not one", "remind me a day before the Smith thing instead": the
 * lead time said against the old one, or "instead" after the task. Neither is part of the task or the time.
 */
const LEAD_AGAINST_OLD = new RegExp(String.raw`(\b${BEFORE})\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+[^,;]+$`, 'i');
const INSTEAD_AFTER_TASK = /^(remind\s+me\s+.+?\s+before\s+.+?)\s*,?\s+(?:instead(?:\s+of\s+[^,;]+)?|now|then)$/i;

/** "make the gym reminder 7am instead": the new time right after the reminder, said to replace the old one. */
const TASK_REMINDER_INSTEAD = /^(?:make|have|set)\s+(?:the\s+|my\s+)?(.+?)\s+reminder\s+(.+?)\s+(?:instead|now)$/i;

function reminderInstead(said: string): string {
  const found = TASK_REMINDER_INSTEAD.exec(said);
  const value = found?.[2]?.trim();
  if (!found?.[1] || !value || /[,;:]/.test(found[1])) return said;
  if (LEAD_TIME.test(value)) return `remind me ${value} ${found[1]}`;
  return isWholeDate(value) ? `remind me about ${found[1]} ${value}` : said;
}

/** Notice asked ahead of something ("a week's notice before the passport expires on 2 march") said as "remind me …",
 * before any rule reads the sentence: the reminder rules then read the event and its date as they read "remind me". */
export function noticeAsReminder(text: string): string {
  return text.replace(NOTICE_BEFORE, 'remind me $1 before');
}
