import { COUNT_WORD, numberOf } from '../number-words.ts';
import { dayOrMonthAsked, pastDayAsked } from './days-asked.ts';
import { EVENT_ON_DAY } from './event-on-a-day.ts';

// Questions about the list said in everyday words the filter's readers key on in their plain form: "what haven't I
// done" (pending), "which ones have I ticked off" (completed), "anything I should have done already" (overdue),
// "show me everything tagged shopping that isn't done" (a listing with a state, never a change to a task). Which
// sentences ask for a listing at all is listing-asked.ts; the order asked for, list-order.ts.

/** What was done, said as a verb of ticking off: "ticked off", "checked off", "got through", "wrapped up". */
const DONE_SAID =
  /\b(?:ticked|checked|crossed|knocked|struck)\s+off\b|\b(?<=(?:did|have)\s+(?:i|we)\s+)(?:tick|check|cross)\s+off\b|\bgot\s+(?:done|through)\b|\bwrapped\s+up\b/gi;
/** What is still to do, said of its state: "haven't I done", "that isn't finished", "not completed yet". */
const PENDING_SAID =
  /\b(?:haven'?t|have\s+not|hasn'?t|didn'?t|did\s+not)\s+(?:i|we|you)\s+(?:yet\s+)?(?:done|finished|completed|do|finish|complete)\b|\bhave\s+(?:i|we)\s+not\s+(?:yet\s+)?(?:done|finished|completed)\b|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|not)\s+(?:yet\s+)?(?:done|finished|completed?)(?:\s+yet)?\b/gi;
/** What is still to be done, said as a need: "what needs doing", "what has to be done today". */
const NEEDED_SAID =
  /\b(?:needs?|has|have|got)\s+to\s+(?:be|get)\s+(?:done|finished|completed)\b|\bneeds?\s+doing\b|\bneed\s+to\s+get\s+(?:done|finished)\b/gi;
/** What is late, said as what should have been done: "I should have done already", "was supposed to finish". */
const LATE_SAID =
  /\b(?:(?:i|we)\s+(?:should|ought\s+to)|should\s+(?:i|we))(?:\s+have|'ve)\s+(?:done|finished|completed)(?:\s+(?:already|by\s+now))?|\b(?:should|ought\s+to)\s+(?:have\s+been|be)\s+(?:done|finished)\s+(?:already|by\s+now)|\b(?:i|we)\s+(?:was|were)\s+supposed\s+to\s+(?:have\s+)?(?:done|do|finish(?:ed)?)(?:\s+(?:already|by\s+now))?/gi;

/** "what is not urgent", "what can wait", "no rush": the low priority, never the level it negates. */
const NOT_URGENT =
  /\b(?:not|isn'?t|aren'?t)\s+(?:very\s+|that\s+|so\s+|too\s+)?(?:urgent|important)\b|\bno\s+rush\b|\bcan\s+wait\b|\bunimportant\b/gi;
/** "my top priorities", "the most important tasks": what matters most is the high priority. */
const TOP_PRIORITY = /\b(?:top|most\s+(?:important|urgent))\s+(?:priorit(?:y|ies)|tasks?|ones|things|stuff)\b/gi;

/** What slipped past its date: "what have I let slip", "everything past its due date", "missed deadlines". */
const SLIPPED_SAID =
  /\b(?:did|have)\s+(?:i|we)\s+forg[eo]t(?:ten)?\b|\b(?:did|have)\s+(?:i|we)\s+miss(?:ed)?\b|\blet\s+slip\b|\bslipped\s+through\b|\bpast\s+(?:its|their|the)\s+(?:due\s+dates?|deadlines?)\b|\bmissed\s+(?:the\s+)?(?:deadlines?|due\s+dates?)\b/gi;
/** "what chores are left", "which bills are due": a kind of task before its state, never "what tasks"/"which ones". */
const KIND_IN_STATE =
  /^(?:what|which)\s+(?!(?:tasks?|todos?|things?|stuff|items?|actions?|entr(?:y|ies)|ones?|else|of|day|time|date)\b)([\p{L}][\p{L}_-]*)\s+(?:are|is)\s+(?=(?:still\s+)?(?:left|due|overdue|pending|outstanding|remaining|open|late|coming\s+up)\b)/iu;
/** What was done, said as what the user did: "the stuff I already did", "things we've done". */
const DID_SAID = /\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:did|done)$/gi;
/** A day's possessive typed without its apostrophe: "this weeks stuff", "todays tasks", "tomorrows plan". */
const DAY_POSSESSIVE = /\b(this|next)\s+weeks\b|\b(today|tomorrow)s\b/gi;
/** "high-priority items": the level, never a tag spelt "high-priority". */
const HYPHENED_LEVEL = /\b(high|medium|low|top)-(priority|prio)\b/gi;
/** "which tasks are under finance", "what have I filed under finance", "tagged both home and garden": tags. */
const FILED_UNDER =
  /\b(?:(?:is|are)\s+(?:filed\s+)?under|(?:(?:i|we)\s+)?(?:have\s+)?filed\s+(?:away\s+)?under)\s+(?=[\p{L}#])|\b(tagged|labell?ed)\s+both\s+/giu;

export const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)';
/**
 * "due saturday", "due on next friday", "due on friday week": one day named after "due" (a window of its own, never
 * "due this week").
 */
const DUE_ON_DAY = new RegExp(
  String.raw`\bdue\s+(?:on\s+)?((?:this\s+|next\s+)?${WEEKDAY}(?:\s+week)?)\b(?!\s+\d)(?:\s+(morning|afternoon|evening|night))?`,
  'gi',
);
/** The hours of a part of a day asked about ("what's on tuesday afternoon"), from its start to its end. */
const DAY_PARTS: Record<string, [string, string]> = {
  morning: ['00:00', '12:00'],
  afternoon: ['12:00', '18:00'],
  evening: ['18:00', '24:00'],
  night: ['18:00', '24:00'],
};

/** "ten tasks", "three overdue ones": a number word before what is counted. */
const COUNT_BEFORE_TASKS = new RegExp(
  String.raw`\b${COUNT_WORD}\b(?=\s+(?:[\p{L}-]+\s+){0,2}(?:tasks|todos|to-dos|items|things|ones)\b)`,
  'giu',
);
/** "on friday", "for next monday": a day said after a question about the list (read as "due friday"). */
/** "on my plate thurs", "have I got friday": a weekday said last after what one has, without "on". */
const DAY_AFTER_HAVING = new RegExp(
  String.raw`(?<=\b(?:on\s+(?:my|the)\s+(?:plate|list|agenda|schedule|calendar)|(?:have|do)\s+(?:i|we)\s+(?:got|have)|(?:i|we)\s+(?:have\s+)?got))\s+((?:this\s+|next\s+)?${WEEKDAY})\s*\??$`,
  'i',
);
const ON_DAY = new RegExp(String.raw`(?<!\bdue)\s+(?:on|for)\s+((?:this\s+|next\s+)?${WEEKDAY})\b(?!\s+\d)`, 'gi');

/**
 * "the next 3 days", "within the next five days", "the next two weeks", "the next fortnight": from today to the end of
 * the day so many days on.
 */
export const NEXT_DAYS = new RegExp(
  String.raw`\b(?:due\s+)?(?:(?:in|within|over|for|during)\s+)?(?:(?:the\s+)?(?:next|coming)\s+(?:(\d{1,2}|${COUNT_WORD}|couple\s+of)\s+(days|weeks)|(fortnight))|this\s+(fortnight))\b`,
  'gi',
);

/** "in the next 3 hours", "within the next hour", "the next 48 hrs", "the next few hours": from now, that many hours. */
export const NEXT_HOURS = new RegExp(
  String.raw`\b(?:due\s+)?(?:(?:in|within|over|for|during)\s+)?(?:the\s+)?(?:next|coming)\s+(?:(\d{1,3}|${COUNT_WORD}|couple\s+of|few)\s+)?(?:hours?|hrs?)\b`,
  'gi',
);

/** "except the done ones", "don't show completed", "hide the finished tasks": what is still open. */
const DONE_LEFT_OUT =
  /\b(?:except(?:\s+for)?|excluding|without|but\s+not|not|other\s+than|apart\s+from|(?:don'?t|do\s+not)\s+(?:show|list|include)(?:\s+me)?|hide|leave\s+out|skip)\s+(?:the\s+|my\s+|any\s+)?(?:done|completed|finished|closed|ticked\s+off)(?:\s+(?:ones|tasks|todos|items|stuff))?\b/gi;
/** "not high priority": the other two levels (a task always has one). */
const LEVEL_LEFT_OUT = /\b(?:not|isn'?t|aren'?t|except|excluding|other\s+than)\s+(?:the\s+)?(high|medium|low)[\s-]+(?:priority|prio)\b/gi;
const OTHER_LEVELS: Record<string, string> = { high: 'medium or low', medium: 'high or low', low: 'high or medium' };

/**
 * "anything due before payday on the 28th": in a question, an event said in one word before its day bounds the window
 * by that day, as "before my holiday on the 20th" does.
 */
const EVENT_WORD_ON_DAY = new RegExp(
  String.raw`\b(before|by)\s+[\p{L}'-]+\s+on\s+(?=the\s+\d{1,2}(?:st|nd|rd|th)\b|(?:this\s+|next\s+)?${WEEKDAY}\b)`,
  'giu',
);

/** The question with its states said in the words the filter reads: "completed", "pending", "overdue". */
/** "what have I finished this month", "tasks completed this month": done in the month, said without "due". */
const DONE_IN_A_MONTH =
  /\b(?:completed?|finish(?:ed)?|done|did|ticked\s+off|checked\s+off|crossed\s+off|got\s+through|knocked\s+off)\b.*\bthis\s+month\b/i;

export function inPlainWords(sentence: string): string {
  return (
    // "what's due on the 5th", "anything in December": the window of that day or month, once a day that bounds a
    // window ("before the VAT deadline on the 7th") is read as that bound; "what was due on monday": the one gone by.
    dayOrMonthAsked(
      pastDayAsked(
        sentence
          .replace(EVENT_ON_DAY, '$1 ')
          .replace(EVENT_WORD_ON_DAY, '$1 ')
          .replace(/[?!.\s]+$/, ''),
      ),
    )
      // "what jobs have I got tomorrow", "any Work jobs overdue": jobs are what a trade calls its tasks, never a tag.
      .replace(/\bjobs\b/gi, 'tasks')
      .replace(DAY_POSSESSIVE, (_all, which?: string, day?: string) => (day ? `${day}'s` : `${which} week's`))
      .replace(HYPHENED_LEVEL, '$1 $2')
      // "list the high ones", "the low ones due today": a level said of "ones" is a priority, never a tag.
      .replace(/\b(high|medium|low)\s+(?=ones\b)/gi, '$1 priority ')
      .replace(FILED_UNDER, (_all, tagged?: string) => `${tagged ?? 'tagged'} `)
      .replace(SLIPPED_SAID, 'overdue')
      .replace(DID_SAID, 'completed')
      .replace(/\bremains\b/gi, 'remaining')
      // "what's on this afternoon", "this arvo": a part of today is today's list.
      .replace(/\bthis\s+(?:morning|afternoon|arvo|evening)\b/gi, 'today')
      // "show everything, done or not": every task.
      .replace(/\b(?:done|finished|completed)\s+or\s+not\b/gi, 'including completed')
      // "a deadline before friday", "needs to be done by the 5th": when it is due.
      .replace(/\b(?:(?:a|the|its|their)\s+)?(?:deadlines?|due\s+dates?)\s+(before|after|by)\b/gi, 'due $1')
      .replace(
        /\b(?:(?:needs?\s+to\s+|has\s+to\s+|must\s+)?be\s+(?:done|finished|completed|sorted)|needs?\s+doing)\s+(before|by)\b/gi,
        'due $1',
      )
      // "what errands do I have": the kind asked about is a tag.
      .replace(
        /^what\s+(?!tasks|todos|things|stuff|items|else)([\p{L}][\p{L}_-]*)\s+(?:do|have)\s+(?:i|we)\s+(?:have|got)\b/iu,
        'show $1 tasks',
      )
      // "what chores are left", "which bills are due this week": the kind asked about is a tag here too.
      .replace(KIND_IN_STATE, 'show $1 tasks ')
      // "anything pressing": what is urgent.
      .replace(/\bpressing\b/gi, 'high priority')
      // "home tagged tasks": the tag said before "tagged"; "stuff for home": a tag after "for".
      .replace(
        /\b([\p{L}][\p{L}_-]*)[\s-]+(?:tagged|labell?ed)\s+(?=(?:tasks|todos|items|stuff|things)\b)/giu,
        (_all, tag: string) => `tagged ${tag} `,
      )
      .replace(/\b(?:stuff|things)\s+(for|under)\s+(?=[\p{L}#])/giu, 'tasks $1 ')
      .replace(
        /\b(what(?:'s|s|\s+is)|everything|anything|stuff)\s+(?:filed\s+)?under\s+the\s+#?([\p{L}\p{N}_-]+)\s+(?:tag|label)\b/giu,
        '$1 tagged $2',
      )
      .replace(/\b(what(?:'s|s|\s+is)|everything|anything|stuff)\s+(?:filed\s+)?under\s+(?=[\p{L}#])/giu, '$1 tagged ')
      // "show me please all tasks of today": politeness inside the question names no tag.
      .replace(/\s+(?:please|pls|plz)(?=\s)/gi, '')
      // "all tasks with label fitness", "all my weekly things": every task is the default, no state asked.
      .replace(
        /\ball\s+(?=(?:the\s+|my\s+|of\s+(?:the\s+|my\s+)?)?(?:(?:daily|weekly|fortnightly|monthly|quarterly|yearly)\s+)?(?:tasks|todos|to-dos|items|stuff|things)\b)/gi,
        '',
      )
      // "show me ten tasks": a number said as a word is how many, never a tag.
      .replace(COUNT_BEFORE_TASKS, (word: string) => String(numberOf(word) ?? word))
      // "the wedding tagged ones", "my work-tagged stuff": the tasks tagged so.
      .replace(
        /\b(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?#?([\p{L}\p{N}_]+)[\s-]tagged\s+(?:ones|tasks|todos|items|things|stuff)\b/giu,
        (_all, tag: string) => `tasks tagged ${tag}`,
      )
      // "which tasks have no tags at all": "at all" says how strongly, and names no tag.
      .replace(/\s+at\s+all\b/gi, '')
      // "what is due until sunday": by its end.
      .replace(/\bdue\s+(?:until|till|til|up\s+to)\b/gi, 'due by')
      // "what's left to do before the 20th", "what do I have to do by friday": when it is due.
      .replace(/\b(to\s+do|doing)\s+(before|by)\b/gi, '$1 due $2')
      // "what's overdue since last month": what fell due before this month began, and is still open.
      .replace(/\boverdue\s+since\s+last\s+month\b/gi, 'overdue due before the end of last month 24:00')
      .replace(/\boverdue\s+since\s+last\s+week\b/gi, 'overdue due before sunday 24:00 after the start of last week')
      // "due before the end of the month": by its end, the month's last day included.
      .replace(/\bdue\s+before\s+(?=the\s+end\s+of\b)/gi, 'due by ')
      .replace(/\bdeadlines?\s+(?:have|did)\s+(?:i|we)\s+missed\b|\bdeadlines?\s+(?:i|we)(?:'ve|\s+have)?\s+missed\b/gi, 'overdue')
      // "ok what about friday", "and what about next tuesday": that day's list, asked after another.
      .replace(
        /^(?:(?:ok|okay|and|so)[,\s]+)?what\s+about\s+(?=(?:(?:this|next|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i,
        "what's on ",
      )
      // "what's on friday", "plans for friday", "what do I have on monday": that day's tasks.
      .replace(ON_DAY, (_all, day: string) => ` due ${day}`)
      // "what's on my plate thurs", "what have I got friday": the day said last without "on".
      .replace(DAY_AFTER_HAVING, (_all, day: string) => ` due ${day}`)
      .replace(DONE_LEFT_OUT, 'pending')
      .replace(LEVEL_LEFT_OUT, (_all, level: string) => `${OTHER_LEVELS[level.toLowerCase()] ?? level} priority`)
      // "due this weekend": from Saturday's start to Sunday's end; "due this month": by its end.
      .replace(
        /(?<!\b(?:before|after|by|until|till|til)\s)\b(?:due\s+)?(?:(?:(?:on|at|over|for|during)\s+)?the|this)\s+weekend\b/gi,
        'due after saturday 00:00 and due before sunday 24:00',
      )
      // "… due this month": by its end; "what did I finish this month" asks when they were done (list-filters-said.ts).
      .replace(
        /\b(?:due\s+)?(?:this|in\s+the|(?:for\s+)?the\s+rest\s+of\s+(?:the|this))\s+(month|quarter)\b/gi,
        (said: string, span: string) =>
          DONE_IN_A_MONTH.test(sentence) && !/\bdue\b/i.test(sentence) ? said : `due by the end of the ${span}`,
      )
      // "anything due next month": from its 1st to its end.
      .replace(
        /(?<!\b(?:before|after|by|until|till|til)\s)\b(?:due\s+)?(?:(?:in|for|during|over)\s+)?(?:next|the\s+coming)\s+month\b/gi,
        'due after the 1st of next month 00:00 and due before the end of next month 24:00',
      )
      // "what's my day look like", "how's my week looking": the day's agenda, the week's.
      .replace(/\b(?:my|the)\s+(day|week)(?=\s+look)/gi, (_all, span: string) => (/^day$/i.test(span) ? 'today' : 'this week'))
      .replace(NEXT_HOURS, (_all, count?: string) => {
        const hours = count === undefined ? 1 : /^couple/i.test(count) ? 2 : /^few$/i.test(count) ? 3 : Number(numberOf(count) ?? count);
        return `due after now and due before in ${hours} hour${hours === 1 ? '' : 's'}`;
      })
      .replace(NEXT_DAYS, (_all, count?: string, unit?: string, fortnight?: string, thisFortnight?: string) => {
        const number = count === undefined || /^couple/i.test(count) ? 2 : Number(numberOf(count) ?? count);
        const days = fortnight || thisFortnight ? 14 : /^weeks$/i.test(unit ?? '') ? number * 7 : number;
        return `due after today 00:00 and due before in ${days} days 24:00`;
      })
      // "what is due saturday", "what's due on friday": that day, from its start to its end.
      .replace(DUE_ON_DAY, (_all, day: string, part?: string) => {
        const [from, to] = DAY_PARTS[part?.toLowerCase() ?? ''] ?? ['00:00', '24:00'];
        return `due after ${day} ${from} and due before ${day} ${to}`;
      })
      // "show me p1s": Todoist's codes in the plural.
      .replace(/\b(p[1-4])s\b/gi, '$1')
      .replace(LATE_SAID, 'overdue')
      // As "what do I need to do": still open, or a day's agenda when a day is named.
      .replace(NEEDED_SAID, 'need to do')
      .replace(NOT_URGENT, 'low priority')
      .replace(TOP_PRIORITY, 'high priority')
      .replace(DONE_SAID, 'completed')
      .replace(PENDING_SAID, 'pending')
  );
}
