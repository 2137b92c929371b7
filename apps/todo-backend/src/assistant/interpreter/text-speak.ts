import type { Interpretation } from './offline-interpreter.ts';
import type { KnownNames } from './project-names.ts';
import { correctVerb } from './typos.ts';
import { englishTerms } from './word-roots.ts';

// How people type on a phone with one thumb: digits for the words they sound like ("move it 2 friday", "reminders 4
// the gym"), no commas between a task and what to do with it ("nvm the dr appt delete it"), clipped words ("nvm",
// "hav", "2 dys", "every wk") and "sat" for Saturday. Put back into the words the rest of the interpreter reads, only
// where the reading is sure: "buy 2 lemons" keeps its lemons, "remind me 2 days before" its two days.

/** Words that make a digit a count: "2 days", "4 mins", "2 x". */
const UNIT = String.raw`(?:days?|dys|weeks?|wks?|hours?|hrs?|h|minutes?|mins?|m|months?|mo|years?|yrs?|times|x|pm|am|p|a|[:.]\d)\b`;
const WEEKDAY = '(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)';
const DATE_WORD = String.raw`(?:tomorrow|tmrw|tmr|tmrow|2moro|today|2day|tonight|tonite|next|nxt|this|the\s+\d|${WEEKDAY})\b`;
/** Verbs whose value follows "to": "push the mtg one 2 tmrw", "set 4 2 high", "rename it 2 gym w jo". */
const TO_VERB = '(?:move|mv|push|bump|shift|set|make|change|chg|rename|retitle|reschedule|resched|postpone|delay|raise|lower|lowr|switch)';

const DIGIT_WORDS: [RegExp, string][] = [
  // "rename it 2 gym w jo", "remind me 2 pay rent": after a pronoun a digit that counts nothing is "to".
  [new RegExp(String.raw`\b(it|that|them|me)\s+2\s+(?!\d|${UNIT})(?=[a-z])`, 'gi'), '$1 to '],
  // "ping me in 10 mins 2 check laundry": after a length of time, "to" what.
  [new RegExp(String.raw`(\d\s*(?:mins?|minutes|hrs?|hours?|days?|dys|wks?|weeks?))\s+2\s+(?!\d|${UNIT})(?=[a-z])`, 'gi'), '$1 to '],
  // "remind me tmrw @ 8am 2 call the garage": after a time of day, "to" what.
  [new RegExp(String.raw`(\d(?:am|pm)|\d:\d{2})\s+2\s+(?!\d|${UNIT})(?=[a-z])`, 'gi'), '$1 to '],
  // "change the title of 6 2 buy oat milk", "set priorty of the vet 2 high": after the field of a task, "to" its value.
  [
    new RegExp(
      String.raw`\b((?:title|name|pri[a-z]*|description|notes?|due\s+date|date)\s+of\s+\S+(?:\s+(?!to\b)\S+){0,3}?)\s+2\s+(?!\d|${UNIT})(?=[a-z])`,
      'gi',
    ),
    '$1 to ',
  ],
  // "add note 2 the vet thing", "reminders 4 the gym": before "the" or "my", never as the task's number ("rename 2 the …").
  [/(?<=\S+\s+\S+\s+)(?<!\b(?:task|number|no\.?|item|todo)\s+)2\s+(?=(?:the|my|ur|your)\s)/gi, 'to '],
  [/(?<=\S+\s+\S+\s+)(?<!\b(?:task|number|no\.?|item|todo)\s+)4\s+(?=(?:the|my|ur|your)\s)/gi, 'for '],
  // "push the mtg one 2 tmrw": before a date, after the task.
  [new RegExp(String.raw`(?<=\S+\s+\S+\s+)2\s+(?=${DATE_WORD})`, 'gi'), 'to '],
  // "set 4 2 high", "move 4 2 garden club", "push the mtg one 2 …": after the task a verb of change names.
  [
    new RegExp(
      String.raw`^(${TO_VERB}\s+(?:(?:task\s+|#)?\d+|(?:(?:the|my)\s+)?\S.*?\s+(?:one|thing|task)|it|that))\s+2\s+(?!\d|${UNIT})(?=[a-z])`,
      'i',
    ),
    '$1 to ',
  ],
];

/** A number that names a place, not an hour: "flat 7a", "platform 2a", "room 3p". */
const NOT_A_PLACE = String.raw`(?<!\b(?:flat|apt|apartment|unit|room|house|no\.?|number|platform|gate|bus|route|seat|row|block|bay|level|floor)\s+)`;

const CLIPPED: [RegExp, string][] = [
  [/\bnvm\b/gi, 'never mind'],
  // "delete evrything", "mark evrythin done": everything, so asked about as every bulk change is.
  [/\bev[a-z]{0,3}th(?:ing|in|ng)\b/gi, 'everything'],
  // "del 3 n 4": two tasks, asked about as "3 and 4" is.
  [/\b(\d+)\s+n\s+(?=#?\d+\b)/gi, '$1 and '],
  // "every tues n thurs", "mon n wed": two days.
  [new RegExp(String.raw`\b(${WEEKDAY})\s+n\s+(?=${WEEKDAY}\b)`, 'gi'), '$1 and '],
  [/^dun\b/i, 'done'],
  // "mark 4 dn", "gym dn": done, said last.
  [/(?<=\S\s+)dn(?=\s*$)/i, 'done'],
  // "adddd get bread", "remiiind me": a letter held down is one letter twice, which the typo rules read.
  [/^(\S*?)(\p{L})\2{2,}/u, '$1$2$2'],
  // "eggs!! tmrw", "milk!! 2moro": the marks after a word say how much, not what.
  [/(?<=\p{L})!+(?=\s+\S)/gu, ''],
  // "anythin overdue", "somethin for tmrw", "urgent stuf": the letter left off.
  [/\b(any|some|no|every)thin\b/gi, '$1thing'],
  [/\bstuf\b/gi, 'stuff'],
  // "car svc nxt tues", "move 4 2 the wkend": next, weekend.
  [/\bnxt\b/gi, 'next'],
  [/\bwk-?ends?\b/gi, 'weekend'],
  // "add pay gas bill in friday": a day is "on", the keyboard's slip put "in" ("hotel check-in sunday" has no slip).
  [new RegExp(String.raw`(?<!-)\bin\s+(?=${WEEKDAY}(?:\s|$))`, 'gi'), 'on '],
  // "dentist thurs 3", "call mum tmrw 6": a bare hour after the day is its time ("at 3", read as the afternoon).
  [new RegExp(String.raw`\b(${WEEKDAY}|tomorrow|tmrw|tmr|2moro|today|2day|tonight)\s+((?:1[0-2]|[1-9]))$`, 'i'), '$1 at $2'],
  // "call the council b4 5", "pay the nursery by 3": a bare hour last, after "by", is the time it is due ("move 4 before
  // 5" puts a task before another).
  [
    /^(?!(?:move|put|sort|order|place|drag)\b)(.*\S)(?<!\b(?:\d+|an?)\s*(?:m|mins?|minutes?|h|hrs?|hours?|days?|wks?|weeks?))\s+(?:by|before|b4)\s+((?:1[0-2]|[1-9]))$/i,
    '$1 at $2',
  ],
  // "the yoga 1", "make the gym 1 repeat": "one", the task named by a word or two.
  [
    /\b((?:the|that|this|my)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s+1(?=\s*$|\s*[,.!?]|\s+(?:repeat|to|2|as|is|done|pls|plz|thx|off|from)\b)/gi,
    '$1 one',
  ],
  // "add bread n delete 4": "and" before a second request, which is then asked about.
  [/\s+n\s+(?=(?:delete|del|remove|rm|mark|move|tick|complete|rename|set|show|list|untag|tag)\b)/gi, ' and '],
  // "clear it all out", "bin em all", "tick them all off": every task, so confirmed first as every bulk change is.
  // Said as the request itself: "the report has too many tags, remove them all" is about the tags.
  [/^(clear|delete|del|remove|wipe|bin|trash|nuke|scrap|erase)\s+(?:it|them|em|'em)\s+all(?:\s+(?:out|away))?\b/i, '$1 everything'],
  [/^(tick|check|cross)\s+(?:it|them|em|'em)\s+all\s+off\b/i, '$1 off everything'],
  // "evry wk", "evry day": every.
  [/\bevry\b/gi, 'every'],
  // "gym mon wed fri 7am evry wk": the days, then "every week" said last.
  [
    new RegExp(
      String.raw`^(.+?)(?:\s+on)?\s+(${WEEKDAY}(?:\s+(?:and\s+|&\s+|\+\s+)?${WEEKDAY})*)((?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?)\s+every\s+(?:wk|week)$`,
      'i',
    ),
    '$1 every $2$3',
  ],
  // "urgent stuf this wk?", "overdue things": a kind of task with no verb is asked to be seen.
  [
    /^(?=(?:urgent|important|overdue|late|(?:hi|high|low|med|medium|top)\s+prio(?:rity)?|p[1-4])\s+(?:stuff|things|tasks|ones|items)\b)/i,
    'show ',
  ],
  // "dentist now fri 2pm", "flight to rome now fri", "the party is now on sat": the task's new date.
  [
    new RegExp(
      String.raw`^(?!(?:what|which|who|when|where|how|anything|something|everything|nothing|it|that|this|add|new|create|put|remind|todo|task|can|could|please|pls|i|we|show|list)\b)((?:the\s+|my\s+)?[\p{L}'-]+(?:\s+(?!(?:is|are|was|were)\b)[\p{L}'-]+){0,3})\s+(?:is\s+|are\s+)?now\s+(?:on\s+|at\s+)?(?=(?:${WEEKDAY}|tomorrow|tmrw|2moro|today|tonight|next|the\s+\d)\b)`,
      'iu',
    ),
    'move $1 to ',
  ],
  // "report v urgent": very.
  [/\bv\s+(?=(?:urgent|important|imp)\b)/gi, 'very '],
  [/\b(every|evry|each|per|a|next|nxt|this)\s+mo\b/gi, '$1 month'],
  [/\bnite\b/gi, 'night'],
  // "study for the bio test tn", "call nan tn at 7": tonight, said last or before its time ("tn" inside a title stays).
  [/(?<=\S\s+)tn(?=\s*$|\s*[,.!?]|\s+(?:at\s+)?\d)/gi, 'tonight'],
  // "dentist 3p tmrw", "gym 7a": an hour with the first letter of pm or am ("15p" stays pence, "flat 7a" a flat).
  [new RegExp(String.raw`${NOT_A_PLACE}\b((?:1[0-2]|0?[1-9])(?::[0-5]\d)?)p\b`, 'gi'), '$1pm'],
  [new RegExp(String.raw`${NOT_A_PLACE}\b((?:1[0-2]|0?[1-9])(?::[0-5]\d)?)a\b`, 'gi'), '$1am'],
  // "pay gas bill by 15th": the day of the month without its "the".
  [/\b(by|on|before|till|until|from|after)\s+(?=(?:[12]?\d|3[01])(?:st|nd|rd|th)\b)/gi, '$1 the '],
  [/\bhav\b/gi, 'have'],
  [/\b(\d+)\s*dys\b/gi, '$1 days'],
  [/\bevery\s+wk\b/gi, 'every week'],
  [/\b(?:evryday|evrday|everyday)\b(?=\s+(?:at\s+)?\d|\s*$)/gi, 'every day'],
  // "b4 sat", "get screws sat", "sat 10am": Saturday, unless someone sat ("the cat sat", "I sat the exam").
  [
    /(?<!\b(?:i|we|he|she|they|you|who|cat|dog)\s+)\bsat\b(?=\s*$|\s+(?:at\s+)?\d|\s+(?:morning|afternoon|evening|night|nite)\b)/gi,
    'saturday',
  ],
  [/\b(by|before|b4|on|until|till|after|from)\s+sat\b/gi, '$1 saturday'],
  // "bday one urgent", "gym thing p1": a task named as one in a word or two, then how much it matters (no verb before:
  // "make that one urgent" is read as it is).
  [
    /^(?!(?:make|set|give|mark|put|change|turn|bump|raise|lower|flag|move|get|have|that|this|it|its|last|which|what)\b)((?:the\s+|my\s+)?[^\s]+(?:\s+[^\s]+)?\s(?:one|thing))\s+(?=(?:p[1-4]|urgent|asap|important|not\s+urgent|no\s+rush|(?:hi|high|low|med|medium|top)\s+prio(?:rity)?)$)/i,
    '$1 is ',
  ],
  // "whats left": a question, never a task called "whats" that left.
  [/^whats\b/i, "what's"],
  // "take bins out 8ish", "dinner sat 7ish": about that hour, which is the hour to put down.
  // Only last or before a day: "2ish lemons" counts lemons.
  [
    new RegExp(
      String.raw`(?<!\b(?:at|by|around|about|before|after|till|until|from)\s+)\b(\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)\s*-?ish\b(?=\s*$|\s*[,;.!?]|\s+${DATE_WORD})`,
      'gi',
    ),
    'at $1',
  ],
  [new RegExp(String.raw`\b(\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)\s*-?ish\b(?=\s*$|\s*[,;.!?]|\s+${DATE_WORD})`, 'gi'), '$1'],
  // "show hi prio stuff": high, not a greeting.
  [/\bhi\s+(?=prio\b|priority\b|pri\b)/gi, 'high '],
  // "desc on 5 gate code 8812": after a task's number, the rest is the note.
  [/^((?:desc|description|notes?)\s+(?:on|for|of)\s+(?:task\s+|#)?\d+)\s+(?=[^\s:–—-])/i, '$1: '],
  // "9 not done reopen", "the essay not done yet": the task is not done, so it opens again ("the report is not done"
  // is read elsewhere).
  [
    /^((?:task\s+|#)?\d+|(?:the|my)\s+[^,;]+?(?<!\s(?:is|are|was|were|be|been|isn't|'s))|it|that(?:\s+one)?)\s+not\s+(done|finished|complete|completed)(?:\s+yet)?(?:\s*,?\s*(?:reopen|re-open|open)(?:\s+it)?(?:\s+(?:again|pls|plz|please))*)?$/i,
    "$1 isn't $2",
  ],
];

/** What may follow "remind me" without a "to": a time, a date, a task, a rule or a lead time, never the thing to do. */
const NOT_A_VERB = String.raw`(?:me|us|to|for|with|from|and|so|about|abt|of|in|at|on|by|before|b4|after|every|evry|each|everyday|daily|weekly|monthly|yearly|hourly|again|when|whenever|if|what|how|why|where|who|later|soon|now|then|sometime|sometimes|it|that|this|them|him|her|everyone|the|my|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|half|quarter|once|twice|first|last|tomorrow|tmrw|tmr|2moro|tonight|tonite|today|2day|next|nxt|noon|midnight|morning|afternoon|evening|night|weekdays?|weekends?|${WEEKDAY})\b`;
const REMIND_WHAT_NEXT = new RegExp(String.raw`^(remind)\s+(me\s+)?(?!${NOT_A_VERB}|\d)(?=[a-z]+\s)`, 'i');
/** "remind me to call mom 5": a bare hour last in a reminder is its time, "at 5" (which the rules read as 5pm). */
const BARE_HOUR_LAST =
  /^(remind\s+me\s+to\s+.+?[a-z]\s)(?<!\b(?:at|by|before|after|in|on|till|until|around|about|half|quarter|past|to|from|for|every|each|of|x)\s)((?:1[0-2]|[1-9]))$/i;

/** Words that lead into a request or turn it down: no comma goes after them ("so remove it", "don't delete it"). */
const LEAD_WORD =
  "(?:so|and|then|please|pls|plz|just|can|could|would|will|shall|should|must|may|might|you|u|to|me|now|also|do|don'?t|dont|not|never|i|we|won'?t|wont)";

/**
 * "nvm the dr appt delete it", "scrap the gym thing its cancelled", "dont need the car wash anymore del it": the task,
 * then what to do with it or why, without the comma a keyboard would have put between them.
 */
const COMMA_LEFT_OUT: [RegExp, string][] = [
  [
    new RegExp(
      String.raw`(?<=[^\s,;.:!?-])(?<!\b${LEAD_WORD})\s+(?:delete|del|remove|rmv|rm|bin|scrap|trash|ditch)(\s+(?:it|that|this)(?:\s+(?:pls|plz|please|thx|thanks))?)$`,
      'i',
    ),
    ', delete$1',
  ],
  // "dont need the gym thing anymore, del": the command alone after the reason.
  [/,\s*(?:delete|del|remove|rmv|rm|bin|scrap|trash|ditch)(?:\s+(?:pls|plz|please|thx|thanks))?$/i, ', delete it'],
  // Not after a word that already joins the reason on ("since it was cancelled").
  [
    /^((?:delete|del|remove|scrap|bin|trash|ditch|drop|cancel|nix|axe|forget(?:\s+about)?)\s+(?:the|my)\s+\S.*?)(?<!\b(?:since|because|as|cause|cos|coz|bc|and|so|but))\s+(it'?s|its|it\s+(?:got|was|is))\s+(?=(?:been\s+)?(?:cancell?ed|called\s+off|off|sorted|done|not\s+happening|over)\b)/i,
    '$1, $2 ',
  ],
];

/**
 * "report v urgent!!", "the tax return super important": a thing named in a word or without a verb, then how much it
 * matters with a word that says how much, is said of the task so named ("buy milk very urgent" names a thing to do: a
 * new task).
 */
const HOW_MUCH_AFTER =
  /^((?:the\s+|my\s+)?[\p{L}'-]+(?:\s+(?!(?:is|are|was|were)\b)[\p{L}'-]+)?)\s+(?=(?:very|super|really|so)\s+(?:urgent|important)$)/iu;

function saidOfTask(text: string): string {
  const thing = HOW_MUCH_AFTER.exec(text)?.[1];
  if (!thing || /^(?:it|that|this|add|new|todo|task)\b/i.test(thing)) return text;
  // One word ("report") or a word after "the" is a name; two words may be a thing to do ("call mum").
  const named = /^(?:the|my)\s/i.test(thing) || !/\s/.test(thing) || !englishTerms(thing).some((term) => term.tags.includes('Verb'));
  return named ? text.replace(HOW_MUCH_AFTER, '$1 is ') : text;
}

/** A request as the rest of the interpreter reads it, with phone typing put back into words. */
export function readTextSpeak(said: string, known: KnownNames): string {
  // "pls 📦 return the parcel fri": an emoji left first once "pls" went, a reaction like the ones before it (a tick or a
  // bin before the words means done or delete, and is read elsewhere).
  let text = said.replace(/^(?:(?![✅✓✔☑🗑])\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+(?=\S)/u, '');
  for (const [pattern, word] of CLIPPED) text = text.replace(pattern, word);
  text = saidOfTask(text);
  for (const [pattern, word] of DIGIT_WORDS) text = text.replace(pattern, word);
  // "add eggs 2 groceries", "move 4 2 garden club": "to" a project the caller has, said last or before when and how
  // urgent ("buy 2 work gloves" keeps its two).
  for (const name of known.projects ?? []) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(
      new RegExp(
        String.raw`(?<=\S+\s+\S+\s+)2\s+(?=(?:the\s+|my\s+)?${escaped}(?:\s+(?:list|project))?(?:$|\s+(?=asap\b|urgent\b|p[1-4]\b|!|by\b|on\b|at\b|\d|${DATE_WORD})))`,
        'i',
      ),
      'to ',
    );
  }
  for (const [pattern, word] of COMMA_LEFT_OUT) text = text.replace(pattern, word);
  // "remind call mom 5", "remnd me take meds 9pm": "remind me to" said short, its verb maybe misspelt. The verb is only
  // put right here when the sentence is such a reminder ("Reminder - pick up the parcel" stays as it is).
  const remind = correctVerb(text);
  const filled = remind.replace(REMIND_WHAT_NEXT, '$1 me to ').replace(BARE_HOUR_LAST, '$1at $2');
  return /^remind\s/i.test(remind) && !/^reminders?\b/i.test(text) && filled !== remind ? filled : text;
}

/** Words a title keeps as typed though the interpreter read them in full: "txt landlord abt the boiler". */
const TYPED_AS: [typed: string, read: string][] = [
  ['abt', 'about'],
  ['snd', 'send'],
  ['2', 'to'],
  ['4', 'for'],
  ['n', 'and'],
  ['w/', 'with'],
  ['frm', 'from'],
];

/** A reading whose title says the user's words, not the ones read in their place. */
export function keepTypedWords(said: string, reading: Interpretation): Interpretation {
  if (reading.kind !== 'call') return reading;
  const saidWords = said.toLowerCase().split(/[\s,;:!?]+/);
  const kept = (text: string) =>
    TYPED_AS.reduce(
      (words, [typed, read]) =>
        saidWords.includes(typed) && !saidWords.includes(read) ? words.replace(new RegExp(String.raw`\b${read}\b`, 'gi'), typed) : words,
      text,
    );
  // The title and the note alike: "add note 2 the car task - spare key w/ dad" keeps "w/".
  const args = { ...reading.args };
  for (const key of ['title', 'description'] as const) {
    const value = args[key];
    if (typeof value === 'string') args[key] = kept(value);
  }
  return args.title === reading.args.title && args.description === reading.args.description ? reading : { ...reading, args };
}
