import { MONTH_WORD } from '../calendar-words.ts';
import { errandSaid } from './errands.ts';
import { newsAndWishes } from './news-and-wishes.ts';
import { PROJECT_NEWS } from './project-news.ts';
import { ruleAndNoteNews } from './rule-and-note-news.ts';
import { isWholeDate } from './whole-dates.ts';

/** Words that name one day: a weekday, tomorrow, the weekend, a date in digits or with its month. */
const A_DAY = new RegExp(
  String.raw`\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|weekend|\d+|${MONTH_WORD})\b`,
  'i',
);

// People who rarely give a command: they say what is going on and expect the list to follow. A plan or a worry
// ("I keep meaning to fix the shelf", "my boss wants me to send the slides by monday"), an event ("there's a parents
// evening on wednesday at 6"), a shortage ("we've run out of dishwasher tablets"), a wish about a task ("I'd rather the
// gym task just said swimming"), news that it happened or is off ("the parcel went off this morning", "we don't need to
// book the venue anymore"), a question that is a request ("could the haircut be saturday instead?", "am I free
// friday?"). Each shape is said once the way the rest of the rules read it, before the sentence is read; a sentence in
// none of these shapes is left exactly as typed. Some news asks for nothing the list can do ("my sister's visiting
// next week") or for a change to many tasks in passing ("none of the school stuff matters anymore"): those are asked.

/** A task as such sentences name it: "the gym thing", "the bike one", "task 12", "7", "it". */
const REF = String.raw`(?:the|my)\s+[^,;]+?|task\s+#?\d+|#?\d+|it|that(?:\s+one)?`;
/** Who else may do or want something: "Sam", "my boss", "the client". */
const SOMEONE = String.raw`(?:[A-Z][a-z]+|(?:my|our|the)\s+[a-z]+)`;
const REMINDER_NOUN = `(?:reminder|ping|nudge|heads[- ]?up|alert)`;
const WOULD_HELP = String.raw`would\s+(?:help|be\s+(?:great|good|nice|handy|helpful|lovely|ideal|perfect|amazing))`;
const IT_WOULD_BE = String.raw`it(?:'?d|\s+would)\s+be\s+(?:great|good|nice|handy|helpful|lovely|useful|ideal)`;
const IT_WOULD_HELP = String.raw`(?:it(?:'?d|\s+would)\s+help|${IT_WOULD_BE})`;
const NOT = String.raw`(?:isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t)`;
const ANY_MORE = String.raw`(?:\s+any\s*more)?`;
/** A reason after the news: "…, they cancelled", "… - it's renewed". */
const REASON = String.raw`(?:\s*[,;.\-–—]\s*.+)?`;
const WHEN_DONE = String.raw`(?:\s+(?:today|yesterday|earlier|last\s+night|this\s+(?:morning|afternoon|evening)|at\s+last|finally))?`;
/**
 * "We don't need to talk about it anymore" names no task: words that point back ("it", "that", "them") leave only a
 * verb, and a deletion by a verb alone could take any task with that word. Left as typed: the interpreter asks.
 */
const POINTS_BACK = /\b(?:it|them)\b|\b(?:that|this|those|these)$/i;
/** "… to repeat", "… to come back every day": the words speak of a task's rule, not of the task. */
const RULE_SAID = /\bto\s+(?:\w+$|repeat|recur|come\s+(?:back|round|up)|keep|happen)/i;
/** "the babysitter on saturday": the day says which task, and is no part of its words. */
const withoutDay = (task: string) => {
  const day = /\s+(?:on\s+|for\s+)?((?:this|next|tomorrow|tonight|today|mon|tue|wed|thu|fri|sat|sun)\w*(?:\s+\w+)?)$/i.exec(task);
  return day?.[1] && isWholeDate(day[1]) ? task.slice(0, day.index) : task;
};
const deleteNamed = (task: string) => (POINTS_BACK.test(task.trim()) ? undefined : `delete ${task}`);

/** The words of a state that is never a tag: "the report isn't urgent anymore" speaks of its priority. */
const NOT_A_TAG =
  /^(?:urgent|important|critical|crucial|pressing|vital|essential|done|finished|complete|completed|needed|necessary|happening|due|late|overdue|a|priority|high|low|medium|going|on|off|relevant|true|right|possible|sorted)$/i;
/** A request said after the news ("the essay is not done, tick it off"): the sentence is read as typed, and asked about. */
const REQUEST_AFTER = /[,;.\-–—]\s*(?:please\s+)?(?:tick|mark|check|cross|complete|close|finish|delete|remove|move|add|set)\b/i;

/** What people say around the news and not about it: "phew, long day.", "the thing is,", "turns out", "… at least". */
const AROUND =
  /^(?:(?:so|phew|ugh|oh|right|well|fyi|btw)\s*[,.!]+\s*)*(?:(?:(?:long|busy|what\s+a)\s+(?:day|week|morning)\s*[.!,]+\s*)|(?:the\s+thing\s+is\s*[,:]?\s*)|(?:turns\s+out\s*,?\s*(?:that\s+)?))+|\s+(?:at\s+least|after\s+all)$/gi;
/**
 * A word before the news that the rest of the rules take off too ("fyi we're out of milk", "random thought: we're out
 * of coffee"): off while shapes are tried.
 */
const FILLER = /^(?:(?:so|fyi|btw|oh|well|honestly|anyway|ok(?:ay)?|right|um+|uh+|random\s+thought|heads\s+up)\b[,.!:]*\s+)+/i;
/** Politeness around the news ("please …", "… thanks"): off while shapes are tried, as the rest of the rules take it off. */
const POLITE = /^(?:please|pls|plz|kindly)[,\s]+|[,.!\s]+(?:please|pls|plz|thanks|thank\s+you|thx|cheers)[.!]*$/gi;

/** "on sundays", "on tuesday nights": a habit's days are a rule. */
const DAYS_OF_HABIT = /\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(\s+(?:mornings|afternoons|evenings|nights))?\b/i;
/** A body that goes on to ask for something else itself ("… can you make that every three days"): read as said. */
const ASKS_ITSELF = /[,;]|\b(?:can|could|would)\s+(?:you|u)\b/i;

const plans = (body: string) =>
  body
    .replace(/\s+(?:for\s+ages|sometime|some\s+time|at\s+some\s+point|one\s+of\s+these\s+days|soon(?:ish)?)$/i, '')
    .replace(DAYS_OF_HABIT, (_all, day: string, part?: string) => `every ${day}${part ? ` ${part.trim().replace(/s$/i, '')}` : ''}`);
/** "at 6" of an event is six in the evening: nobody mentions a parents evening at six in the morning in passing. */
const eventHour = (when: string) => when.replace(/\bat\s+([1-7])(?![:.\d]|\s*(?:am|pm|o'?clock\s+in\s+the\s+morning))/i, 'at $1pm');

/** The request a shape says, from the parts it matched; `undefined` leaves the sentence to the next shape. */
export type Said = (...groups: string[]) => string | undefined;

/** Shapes of whole sentences and the request each says; `undefined` leaves the sentence to the next shape. */
const SHAPES: [RegExp, Said][] = [
  ...newsAndWishes(REF),
  // Plans and worries: what is meant to be done is the task.
  [
    new RegExp(
      String.raw`^(?:i\s+(?:keep|kept)\s+meaning\s+to|i'?ve\s+been\s+meaning\s+to|i\s+(?:keep|kept)\s+forgetting\s+to|i\s+always\s+forget\s+to|i\s+never\s+remember\s+to|i\s+promised\s+(?:[a-z]+\s+)?(?:that\s+)?i'?d|i'?ll\s+need\s+to|i\s+will\s+need\s+to|${IT_WOULD_BE}\s+to|${SOMEONE}\s+(?:wants|asked|needs|told)\s+(?:me|us)\s+to|i'?m\s+supposed\s+to)\s+(.+)$`,
      'i',
    ),
    (body = '') => (ASKS_ITSELF.test(body) ? undefined : `add ${plans(body)}`),
  ],
  // A thing put off, named after a colon: "I've had this on my mind for ages and I keep putting it off: sort out the loft".
  [
    /^.*\b(?:(?:keep|kept)\s+putting\s+(?:it|this)\s+off|(?:been\s+)?meaning\s+to\s+do\s+(?:it|this)(?:\s+for\s+ages)?|(?:keep|kept)\s+forgetting\s+(?:it|this))\s*:\s+(.+)$/i,
    (thing = '') => (errandSaid(thing) ? `add ${thing}` : undefined),
  ],
  // A shortage: something to buy.
  [
    /^(?:(?:we|i)(?:'re|\s+are|'m|\s+am)\s+(?:all\s+|nearly\s+|almost\s+|completely\s+|totally\s+|running\s+)?(?:out\s+of|low\s+on)|(?:we|i)(?:'ve|\s+have)?\s+(?:run|ran)\s+out\s+of|there'?s\s+no|(?:we|i)(?:'ve|\s+have)\s+(?:got\s+)?no)\s+(.+?)(?:\s+left)?(?:\s+(?:again|already|now))?(?:\s|\p{Extended_Pictographic}|\u{FE0F})*$/iu,
    // "there's no milk left" and "we've got no bread" are shortages; "there's no point …" and "there's no rush" are not.
    (thing = '') =>
      ASKS_ITSELF.test(thing) || /^(?:point|need|rush|hurry|way|time|date|deadline|reminder|tags?|idea|clue)\b/i.test(thing)
        ? undefined
        : `add buy ${thing}`,
  ],
  // "the MOT needs shifting to the 3rd, garage rang", "the call has to be moved to friday": a move said as a need; the
  // reason after it is no part of the day.
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:needs|need|has|have)\s+(?:to\s+be\s+)?(?:shifting|moving|pushing|bumping|shifted|moved|pushed|bumped)\s+(?:back\s+|forward\s+)?(?:to|till|until)\s+([^,;]+?)(?:\s*[,;].*)?$`,
      'i',
    ),
    (task = '', date = '') => `move ${task} to ${date}`,
  ],
  // "I'd like the flights task to be due this friday instead of next friday", "i want the report due on the 20th": a
  // wish for a task's due date is a move; the day it had, said after, is no part of the new one.
  [
    new RegExp(
      String.raw`^(?:i'?d\s+like|i\s+would\s+like|i\s+want|i'?d\s+prefer|i\s+would\s+prefer)\s+(${REF})\s+(?:to\s+be\s+)?due\s+(.+?)(?:\s*,?\s+(?:instead\s+of|rather\s+than|not)\s+.+)?$`,
      'i',
    ),
    (task = '', date = '') => `move ${task} to ${date}`,
  ],
  // A wish for a reminder, said as what would help.
  [
    new RegExp(
      String.raw`^(?:i'?d\s+hate\s+to|i\s+(?:don'?t|do\s+not)\s+want\s+to)\s+(?:miss|forget)\s+(.+?)\s*[,;.\-–—]\s*(?:a|an)\s+${REMINDER_NOUN}\s+(.+?)\s+(?:before|ahead|beforehand)\s+${WOULD_HELP}$`,
      'i',
    ),
    (task = '', when = '') => `remind me ${when} before ${task}`,
  ],
  [new RegExp(String.raw`^(?:a|an)\s+${REMINDER_NOUN}\s+(.+?)\s+${WOULD_HELP}$`, 'i'), (when = '') => `remind me ${when}`],
  [
    new RegExp(
      String.raw`^(?:(?:could|can|may)\s+i|(?:would|is)\s+it\s+(?:be\s+)?possible\s+to|i'?d\s+like\s+to)\s+(?:get|have)\s+a\s+${REMINDER_NOUN}\s+(?:(at|on|in)\s+(.+?)\s+(?:about|for|of)\s+(.+)|(.+))$`,
      'i',
    ),
    (at, when, task, rest) => (rest ? `remind me ${rest}` : `remind me about ${task} ${at} ${when}`),
  ],
  [
    /^(?:the\s+)?reminders?\s+(?:for|on|about)\s+(.+?)\s+(?:is|are)\s+(?:driving\s+me\s+(?:mad|crazy|nuts|up\s+the\s+wall)|(?:so\s+|really\s+|too\s+)?(?:annoying|irritating)|too\s+much)$/i,
    (task = '') => `turn off the reminder for ${task}`,
  ],
  [new RegExp(String.raw`^${IT_WOULD_HELP}\s+if\s+(?:you|u)\s+(?:could|can|would)\s+(.+)$`, 'i'), (request = '') => request],
  // An event the speaker has: a task for its day, with a reminder if one would help.
  [
    new RegExp(
      String.raw`^(?:there'?s|there\s+is|i'?ve\s+got|we'?ve\s+got|i\s+have|we\s+have)\s+(?:a|an)\s+(?!(?:task|todo|to-do|item|reminder|way)\b)(.+?)\s+((?:on|at|this|next|tomorrow|tonight|today)\b.*?)(?:\s*,\s*${IT_WOULD_HELP}\s+to\s+(?:get|have)\s+a\s+reminder\s+(.+))?$`,
      'i',
    ),
    (event = '', when = '', reminder?: string) =>
      isWholeDate(when) ? `add ${event} ${eventHour(when)}${reminder ? `, remind me ${reminder}` : ''}` : undefined,
  ],
  // Questions that are requests about one task.
  [
    new RegExp(String.raw`^(?:could|can|would)\s+(${REF})\s+be\s+(?:called|named|renamed(?:\s+to)?)\s+(.+?)(?:\s+instead)?$`, 'i'),
    (task = '', title = '') => `rename ${task} to ${title}`,
  ],
  [
    new RegExp(String.raw`^(?:could|can)\s+(${REF})\s+be\s+(every\s+.+?|daily|weekly|fortnightly|monthly|yearly)(?:\s+instead)?$`, 'i'),
    (task = '', rule = '') => `make ${task} repeat ${rule}`,
  ],
  [
    new RegExp(String.raw`^(?:could|can)\s+(${REF})\s+be\s+(?:on\s+)?(.+?)(?:\s+instead)?$`, 'i'),
    (task = '', when = '') => (isWholeDate(when) ? `move ${task} to ${when}` : undefined),
  ],
  [
    new RegExp(String.raw`^(?:could|can)\s+(${REF})\s+go\s+under\s+([\p{L}\p{N}_-]+)$`, 'iu'),
    (task = '', tag = '') => `file ${task} under ${tag}`,
  ],
  [
    /^(?:we|i)\s+need\s+(.+?),?\s+(?:can|could)\s+(?:they|it|that|those|these)\s+go\s+(?:on|in|onto|into)\s+(.+)$/i,
    (thing = '', list = '') => `add ${thing} to ${list}`,
  ],
  [/^is\s+there\s+(?:a|any)\s+way\s+(?:to|i\s+can|of)\s+(?:see|view|get|look\s+at|seeing|viewing)\s+(.+)$/i, (what = '') => `show ${what}`],
  // Wishes about a task: its title, its notes, its tags.
  [
    new RegExp(
      String.raw`^i'?d\s+(?:rather|prefer(?:\s+it\s+if)?)\s+(${REF})\s+(?:just\s+)?(?:said|read|was\s+called|were\s+called)\s+(.+)$`,
      'i',
    ),
    (task = '', title = '') => `rename ${task} to ${title}`,
  ],
  [
    new RegExp(
      String.raw`^${IT_WOULD_HELP}\s+if\s+(${REF})\s+had\s+(?:a|an|some)\s+(?:note|description|comment)\s+(?:saying|that\s+says|to\s+say)\s+(.+)$`,
      'i',
    ),
    (task = '', note = '') => `add a note to ${task}: ${note}`,
  ],
  [
    new RegExp(String.raw`^${IT_WOULD_HELP}\s+if\s+(${REF})\s+had\s+(?:a|an|the)\s+([\p{L}\p{N}_-]+)\s+(?:tag|label)$`, 'iu'),
    (task = '', tag = '') => `tag ${task} with ${tag}`,
  ],
  [
    new RegExp(String.raw`^there\s+(?:shouldn'?t|should\s+not)\s+be\s+any\s+(?:tags|labels)\s+on\s+(${REF})$`, 'i'),
    (task = '') => `remove all the tags from ${task}`,
  ],
  [
    /^the\s+(?:tags|labels)\s+on\s+(.+?)\s+(?:aren'?t|are\s+not)\s+(?:right|correct)\s*[,;.\-–—]\s*(?:it'?s|it\s+is|they\s+should\s+be|it\s+should\s+be|should\s+be)\s+(?:just|only)\s+(.+)$/i,
    (task = '', tags = '') => `replace the tags on ${task} with ${tags}`,
  ],
  [
    new RegExp(
      String.raw`^the\s+([\p{L}\p{N}_-]+)\s+(?:tag|label)\s+on\s+(${REF})\s+${NOT}\s+(?:needed|necessary|wanted|right)${ANY_MORE}$`,
      'iu',
    ),
    (tag = '', task = '') => `remove the ${tag} tag from ${task}`,
  ],
  [
    new RegExp(String.raw`^(${REF})\s+${NOT}\s+(?:an?\s+)?(\p{Ll}[\p{L}-]*)(?:\s+thing)?\s+any\s*more$`, 'iu'),
    (task = '', tag = '') => (NOT_A_TAG.test(tag) ? undefined : `remove the ${tag} tag from ${task}`),
  ],
  // News that it happened, by the speaker or by someone else; or that it did not after all.
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:finally\s+|already\s+|eventually\s+)?(?:went\s+(?:off|out|in)|(?:is|are)\s+(?:all\s+)?in\s+the\s+post|(?:has|have)\s+gone\s+(?:off|out|in)|came|arrived|turned\s+up|showed\s+up|(?:has|have)\s+(?:been|come|arrived))${WHEN_DONE}$`,
      'i',
    ),
    // "the plumber still hasn't turned up": news that it did not happen is no news of it done.
    (task = '') => (/\b(?:not|never|still|yet)\b|n'?t\b/i.test(task) ? undefined : `${task} is done`),
  ],
  [
    new RegExp(
      String.raw`^${SOMEONE}\s+(?:already\s+|just\s+|kindly\s+)((?:[a-z]+ed|took|did|paid|sent|got|made|bought|brought)\s+.+?)(?:\s+for\s+(?:me|us))?$`,
    ),
    (done = '') => done,
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+${NOT}\s+(?:actually\s+|really\s+|quite\s+)?(?:finished|done|complete|completed)(?:\s+(?:yet|after\s+all))?(\s*[,;.\-–—]\s*.+)?$`,
      'i',
    ),
    (task = '', reason = '') => (REQUEST_AFTER.test(reason) ? undefined : `reopen ${task}`),
  ],
  // News that a series ended: it stops repeating.
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:has|have|is|are)\s+(?:finished|ended|stopped|over)(?:\s+for\s+good)?\s*,?\s*so\s+(?:that|it|they|this)\s+(?:doesn'?t|don'?t|does\s+not|do\s+not|shouldn'?t|won'?t)\s+need\s+to\s+(?:repeat|recur)${ANY_MORE}$`,
      'i',
    ),
    (task = '') => `stop repeating ${task}`,
  ],
  // News that it is no longer needed. That it was cancelled is news only: asked about, as guards.ts does.
  [
    new RegExp(String.raw`^no\s+need\s+to\s+(?!remind\b|be\s+reminded\b)(.+?)\s+any\s*more${REASON}$`, 'i'),
    (task = '') => deleteNamed(task),
  ],
  [
    new RegExp(
      String.raw`^(?:we|i)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+need\s+to\s+(?!be\s+reminded\b)(.+?)\s+any\s*more${REASON}$`,
      'i',
    ),
    (task = '') => deleteNamed(task),
  ],
  [
    new RegExp(String.raw`^(?:there'?s\s+)?no\s+point\s+(?:in\s+)?keeping\s+(.+?)${ANY_MORE}${REASON}$`, 'i'),
    (task = '') => `delete ${task}`,
  ],
  [
    new RegExp(String.raw`^(?:i|we)\s+(?:won'?t|will\s+not|don'?t|do\s+not)\s+need\s+(${REF})\s+any\s*more${REASON}$`, 'i'),
    // "I don't need the pay slip task to repeat anymore" speaks of its rule; "the babysitter on saturday" is the
    // babysitter, whatever its day.
    (task = '') => (RULE_SAID.test(task) ? undefined : `delete ${withoutDay(task)}`),
  ],
  [
    new RegExp(
      String.raw`^${SOMEONE}\s+(?:is|are)\s+(?:doing|handling|taking\s+care\s+of|sorting)\s+(the\s+.+?)\s+now,?\s+so\s+(?:i|we)\s+(?:don'?t|do\s+not)\s+need\s+(?:that|it|this)(?:\s+one)?${ANY_MORE}$`,
      'i',
    ),
    (task = '') => `delete ${task}`,
  ],
  // News of its priority or its date.
  [
    new RegExp(
      String.raw`^(${REF})(?:'s|\s+(?:is|are))\s+(?:becoming|getting)\s+(?:pretty\s+|quite\s+|really\s+|a\s+bit\s+|kind\s+of\s+|more\s+)?(?:urgent|important|pressing)$`,
      'i',
    ),
    (task = '') => `make ${task} high priority`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})(?:\s+stuff)?(?:'s|\s+(?:is|are))\s+(?:really\s+|more\s+|actually\s+|kind\s+of\s+)?(?:a|an)\s+([\p{L}\p{N}_-]+)\s+(?:thing|job|task)$`,
      'iu',
    ),
    (task = '', tag = '') => (NOT_A_TAG.test(tag) ? undefined : `tag ${task} with ${tag}`),
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+can\s+wait(?:\s+(?:(?:till|until)\s+([^,;]+?)(?:\s*[,;]\s+.*)?|a\s+bit|a\s+while|for\s+now|for\s+a\s+bit))?$`,
      'i',
    ),
    // "can wait until friday", "… till the weekend": a day to do it, so a move. A period ("until next week") may as well
    // lower it, and is left to the rules that ask; a season ("till spring") lowers it. An aside after it ("…, nobody's
    // in tomorrow") is no part of the date.
    (task = '', until?: string) => {
      const day = until?.replace(/^the\s+weekend$/i, 'this weekend');
      if (day && A_DAY.test(day) && isWholeDate(day)) return `move ${task} to ${day}`;
      return day && isWholeDate(day) ? undefined : `make ${task} low priority`;
    },
  ],
  [
    new RegExp(
      String.raw`^(${REF}?)(?:\s+deadline)?\s+(?:slipped|has\s+slipped|got\s+pushed(?:\s+back)?|was\s+pushed(?:\s+back)?|got\s+moved\s+back)\s+(?:by\s+)?(an?\s+\w+|\d+\s+\w+|a\s+couple\s+of\s+\w+)$`,
      'i',
    ),
    (task = '', by = '') => `postpone ${task} by ${by}`,
  ],
  [
    new RegExp(String.raw`^(${REF})\s+${NOT}\s+due\s+(?:until|till|before)\s+(.+)$`, 'i'),
    (task = '', when = '') => `${task} is due ${when}`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:doesn'?t|does\s+not)\s+(?:really\s+|actually\s+)?(?:have|need)\s+a\s+(?:deadline|due\s+date|date)${ANY_MORE}$`,
      'i',
    ),
    (task = '') => `remove the due date from ${task}`,
  ],
  [
    /^i\s+(?:won'?t|will\s+not|can'?t|cannot)\s+(?:get|make\s+it)\s+(?:to|round\s+to|around\s+to)\s+(.+?)\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week))\s*[,;.\-–—]?\s*(?:maybe\s+|probably\s+|so\s+)?(.+?)(?:\s+(?:maybe|probably|instead|then))?$/i,
    (task = '', when = '') => (isWholeDate(when) ? `move ${task} to ${when}` : undefined),
  ],
  [
    new RegExp(String.raw`^${SOMEONE}\s+(?:wants?|needs?)\s+(the\s+.+?)\s+(?:by|for|on)\s+(.+?)\s+(?:now|instead)$`, 'i'),
    (task = '', when = '') => `move ${task} to ${when}`,
  ],
  [
    // "the delivery's been moved to the 19th", "the dentist has been moved to monday": who moved it is not said.
    new RegExp(String.raw`^(${REF})(?:'s\s+been|\s+(?:has|have)\s+been|\s+has|\s+got|\s+was)?\s+moved\s+to\s+(.+)$`, 'i'),
    (task = '', when = '') => (isWholeDate(when) ? `move ${task} to ${when}` : undefined),
  ],
  // Questions about what is on.
  [/^(?:am\s+i|are\s+we)\s+(?:free|busy)\s+(?:on\s+)?(.+)$/i, (when = '') => `what's due ${when}`],
  [
    /^(?:have|do)\s+(?:i|we)\s+(?:got|have)\s+(?:much|a\s+lot|loads|lots|anything)\s+on\s+(.+)$/i,
    (when = '') => `what have I got on ${when}`,
  ],
  [
    /^(?:i'?m\s+|i\s+was\s+|just\s+)?wondering\s+(?:if|whether)\s+(?:there\s+(?:is|was|'s)|i\s+(?:have|had))\s+(?:anything|something|a\s+task)\s+(?:about|on|for)\s+(.+?)(?:\s+on\s+(?:my|the)\s+list)?$/i,
    (topic = '') => `search for ${topic}`,
  ],
  [
    /^(is\s+(?:there\s+)?anything|anything|what'?s|what\s+is)\s+(.+?)\s+still\s+(?:hanging|lying|sitting)\s+around$/i,
    (asked = '', what = '') => `${asked} ${what} still open`,
  ],
  [
    /^(did\s+i\s+(?:already\s+)?(?:put|add|write)\s+.+?)\s+on\s+here(\s+already)?$/i,
    (asked = '', already = '') => `${asked} on the list${already}`,
  ],
  ...PROJECT_NEWS,
  ...ruleAndNoteNews(REF),
];

/** News that asks for nothing a list can do, or for a change to many tasks said in passing. */
const ASKED: [RegExp, string][] = [
  [
    /^(?:i\s+wonder|i'?m\s+wondering|i\s+was\s+wondering)\s+(?:if|whether)\s+(?!(?:you|u|i|there)\b).+?\s+(?:should|ought\s+to|needs?\s+to|could)\s+(?:be|go|get|have)\b/i,
    'Shall I change it? Say what you would like, for example "make the report high priority".',
  ],
  [
    /^(?:so\s+)?(?:none|all|every\s*one|nothing)\s+of\s+(?:the|this|that|my|these|those)\s+.+?\s+(?:matters?|counts?|is\s+needed|needs\s+doing)\b/i,
    'Which tasks? I change many tasks at once only when asked plainly, for example "delete every task tagged school".',
  ],
  [
    /^(?:my\s+[a-z]+|[A-Z][a-z]+)(?:'s|\s+is|\s+are)\s+(?:visiting|coming\s+(?:over|round|to\s+stay)|staying|arriving|flying\s+in)\b(?!.*\b(?:add|remind|put|can\s+you|could\s+you|i\s+(?:need|have|must|should)\b))/i,
    'Shall I add something for it to your list? Say what, and when.',
  ],
];

/** The sentence as a plain request, asked about, or as typed when it is in none of these shapes. */
export function inDirectWords(typed: { text: string } | { ask: string }): { text: string } | { ask: string } {
  if (!('text' in typed)) return typed;
  const said = typed.text.replace(/[’‘]/g, "'").replace(/[?!.\s]+$/, '');
  for (const [shape, reason] of ASKED) if (shape.test(said)) return { ask: reason };
  const news = said.replace(AROUND, '').trim();
  for (const words of new Set([news, news.replace(POLITE, '').replace(FILLER, '').replace(POLITE, '').trim()]))
    for (const [shape, request] of SHAPES) {
      const match = shape.exec(words);
      const direct = match ? request(...match.slice(1)) : undefined;
      if (direct) return { text: direct.replace(/\s+/g, ' ').trim() };
    }
  return news === said ? typed : { text: news };
}
