// What a sentence said aloud carries that a typed one does not: fillers ("um", "okay so like"), a word said twice
// ("the the"), hedges ("kind of", "really", "I guess"), a correction said in passing ("friday no wait saturday",
// "every four days actually make that five"), numbers as words ("at eight", "three thirty", "the thirtieth", "a couple
// of days") and no commas between clauses ("the tax return is urgent now can you bump it up"). Written as it would
// have been typed before the sentence is read, so the rules for typed sentences read it.

import { MONTH_WORD } from '../calendar-words.ts';
import { AFTERNOON_HOURS, dateReader } from '../dates.ts';
import { ORDINAL_DAYS } from '../number-words.ts';
import { withClauseBreaks } from './clause-breaks.ts';
import { correctionsSetOff } from './corrections-set-off.ts';
import { withDaysLeftOut } from './days-left-out.ts';
import { anotherAddAsked } from './one-task.ts';
import { WEEKDAY_WORD } from './phrases.ts';
import { fromRecogniser } from './spoken-words.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;
const HOUR_WORD = String.raw`(?:${NUMBER_WORDS.slice(1).join('|')})`;
const MINUTE_WORDS: Record<string, string> = {
  "o'clock": '00',
  oclock: '00',
  'oh five': '05',
  ten: '10',
  fifteen: '15',
  twenty: '20',
  'twenty five': '25',
  'twenty-five': '25',
  thirty: '30',
  'thirty five': '35',
  'thirty-five': '35',
  forty: '40',
  'forty five': '45',
  'forty-five': '45',
  fifty: '50',
  'fifty five': '55',
  'fifty-five': '55',
};
const MINUTE_WORD = String.raw`(?:o'?clock|oh\s+five|(?:twenty|thirty|forty|fifty)(?:[\s-]five)?|fifteen|ten)`;
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(
  ORDINAL_DAYS,
)
  .filter((word) => !word.includes(' '))
  .join('|')})`;

const numberOf = (word: string) => NUMBER_WORDS.indexOf(word.toLowerCase() as (typeof NUMBER_WORDS)[number]);
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** A clock time as typed: "10", "10:30", "6pm". */
const CLOCK = String.raw`\d{1,2}(?::\d{2})?(?:\s*[ap]m)?`;
/** A filler between two times ("at 10 uh 10:30"): the speaker thought again, and the second time is the one meant. */
const TIME_THOUGHT_AGAIN = new RegExp(
  String.raw`\b${CLOCK}[,.]*\s+(?:u+m+|u+h+|e+r+m+|u+h+m+|e+r+)[,.]*\s+(?=${CLOCK}(?![\p{L}\d]))`,
  'giu',
);

/** "um", "uh", "erm" anywhere; "like" after "so"/"okay" or before a time ("like at five", "like an hour ago"). */
function withoutFillers(text: string): string {
  return (
    text
      .replace(TIME_THOUGHT_AGAIN, '')
      .replace(/(?<![\p{L}'])(?:u+m+|u+h+|e+r+m+|u+h+m+|a+h+|e+r+)(?![\p{L}'])[,.]*\s*/giu, '')
      .replace(/\b((?:so|okay|ok|and|oh|yeah)\s+)like\s+/gi, '$1')
      // "done with the ironing so yeah tick that off": "yeah" after "so" or "and" only fills the pause.
      .replace(/\b(so|and|okay|ok)\s+yeah\b\s*/gi, '$1 ')
      .replace(/^like\s+/i, '')
      .replace(
        /\s+like\s+(?=(?:at|around|about|by|every|each|twice|once|really|so|super|totally|kind\s+of|sort\s+of)\s|an?\s+(?:hour|minute|day|week)s?\b|in\s+general\b)/gi,
        ' ',
      )
      // "can you like add …", "just like mark it done": "like" before the verb of the request.
      .replace(
        /\b(you|u|just|please)\s+like\s+(?=(?:add|put|make|set|move|mark|tick|delete|remove|remind|show|tell|change|rename|tag|push|get)\b)/gi,
        '$1 ',
      )
      // "I need to call the insurance company and uh can you set it for wednesday": the when, asked for in passing.
      .replace(
        /\s+(?:and\s+)?(?:(?:can|could|would)\s+you\s+)(?:set|put|schedule|make)\s+(?:it|that)\s+(?=(?:for|on|at|due)\s+(?:\d|the\s+\d|today|tonight|tomorrow|next|this|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*|noon|midnight|end)\b)/giu,
        ' ',
      )
      // "pick up the the prescription", "book the the the dentist": a word said twice or more while thinking.
      .replace(/\b(the|a|an|to|my|and|i|it|on|at|for|of|in|is|that)(?:\s+\1\b)+/gi, '$1')
      // "call the call the plumber", "pick up the pick up the parcel": a verb and its article said again.
      .replace(/\b((?:[\p{L}]+\s+){1,2}(?:the|a|an|my))\s+\1\b/giu, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/** Words before "really" that make it soften what the user says: "I really need", "doesn't really need", "is really". */
const HEDGED_AFTER_WORD =
  /(?:^|\s)(?:i|we|you|they|it|he|she|do|does|did|don'?t|doesn'?t|didn'?t|is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t|i'm|it's|that's|not|should|would|could|must|can|will|just|also|still|so|and|but|now)\s+$|[,;:]\s*$/i;
/** Words after "really" that it softens: a need, a state or how much a task matters ("really urgent", "really not"). */
const HEDGED_WORD =
  /^(?:not|is|isn'?t|are|aren'?t|can'?t|cant|cannot|need|needs|must|should|have|has|want|wants|do|does|don'?t|doesn'?t|urgent|important|pressing|time-sensitive|matters?|that|very|quite)\b/i;

/**
 * "I really need to …", "the report doesn't really need a date", "make it really urgent": "really" softens the request.
 * In a title it describes ("read really good book", "buy really nice wine") and stays.
 */
function reallyHedges(before: string, after: string): boolean {
  return HEDGED_AFTER_WORD.test(before) || HEDGED_WORD.test(after);
}

/** "kind of urgent", "really", "I guess", "at some point": what softens a request and names nothing in it. */
function withoutHedges(text: string): string {
  let rest = text
    .replace(/\b(is|are|was|were|it's|its|that's|'s)\s+(?:kind|sort)\s+of\s+/gi, '$1 ')
    .replace(/(?<=\S\s)really\s+(?=\S)/gi, (really: string, at: number, all: string) =>
      reallyHedges(all.slice(0, at), all.slice(at + really.length)) ? '' : really,
    )
    .replace(/^i\s+was\s+(?:just\s+)?thinking(?:\s+that)?\s+(?=\S)/i, '')
    .replace(
      /^((?:(?:please|so|ok(?:ay)?|and)\s+)*)i\s+was\s+(?:just\s+)?wondering\s+(?=(?:do|does|did|is|are|have|has|what|when|which|where)\b)/i,
      '$1',
    )
    .replace(/\b(so|can\s+you|could\s+you|you\s+can)\s+(?:maybe\s+|just\s+)+/gi, '$1 ')
    // "I'm totally done with the gym": how done says nothing of the task ("I'm so done with …" may be a sigh, and stays).
    .replace(
      /\b(i'?m|i\s+am|we'?re|we\s+are)\s+(?:totally|completely|fully|finally|officially|all)\s+(done|finished|through)\s+with\b/gi,
      '$1 $2 with',
    )
    // "done with the gym for today", "finished the slides for now": for how long is no part of the task.
    .replace(
      /^((?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:all\s+)?(?:done|finished|through)\s+with\s+.+?|(?:i\s+)?(?:just\s+)?(?:finished|completed|did)\s+.+?)\s+for\s+(?:today|tonight|now|the\s+(?:day|night|week|time\s+being)|this\s+week)$/i,
      '$1',
    )
    // "I keep forgetting to water the plants": a need, said as what goes wrong without it.
    .replace(/\b(i|we)\s+(?:keep|always)\s+forget(?:ting)?\s+to\s+/gi, '$1 need to ')
    // "share groceries with my flatmate her email is jo@example.com": the address says who is meant.
    .replace(/\b(?:my|our)\s+[\p{L}]+(?:\s+[\p{L}]+)?,?\s+(?:her|his|their)\s+e-?mail(?:\s+address)?\s+is\s+(\S+@\S+)/giu, '$1')
    // "a new list for the wedding call it Wedding Plans": the name given is the name.
    .replace(/\b(list|project)\s+(?:for|about)\s+(?:the|my|our|a)\s+[^,]+?,?\s+(?:and\s+)?(?:call|name)\s+it\s+/gi, '$1 called ')
    .replace(/\s+(?:at\s+some\s+point|one\s+of\s+these\s+days|sometime\s+soon)(?=\s*(?:[,;]|$)|\s+(?:so|can|could|and)\s)/gi, '');
  for (let i = 0; i < 3; i++) {
    const before = rest;
    rest = rest
      // "… I guess", "… I think it is", "… I guess it belongs there": a hedge or a reason after the request.
      .replace(/(?<=^\S+(?:\s+\S+){2,})\s+i\s+(?:guess|think|suppose|reckon)(?:\s+(?!(?:you|so)\b).*)?$/i, '')
      .replace(/\s+i\s+(?:guess|think|suppose|reckon)(?=\s+(?:you|so)\b)/gi, '')
      .replace(/\s+(?:though|really|or\s+something|whenever\s+really|if\s+that\s+makes\s+sense|(?:like\s+)?in\s+general)$/i, '')
      .replace(/(?:,?\s+and)?\s+thanks?(?:\s+you)?\s+(?:(?:so\s+much\s+)?for\s+(?:the|your|all\s+the)\s+help|again)$/i, '')
      // "… okay thanks bye": a sign-off said while the recogniser still listens.
      .replace(
        /(?<!\b(?:and|many|big))(?:[,.!\s]+(?:okay|ok|right|alright|great|cool|lovely))?[,.!\s]+(?:thanks|thank\s+you|thx|cheers)(?:[,.!\s]+(?:bye|cheers|see\s+you))?[.!]*$/i,
        '',
      )
      .replace(/\s+(?:since|because|'cause|cos)\s+(?:i|we)\b.*$/i, '')
      // "make it high priority, it's urgent": why, said after the level it explains, says it again.
      .replace(
        /(\b(?:high|top)\s+priority|\burgent|\bp1|\basap)\b(.*?)\s*,?\s+(?:it'?s|it\s+is|that'?s)\s+(?:(?:really|so|very|super|quite|pretty|a\s+bit)\s+)?(?:urgent|important|pressing)$/i,
        '$1$2',
      )
      .trim();
    if (rest === before) break;
  }
  return rest;
}

/**
 * "at half seven", "by quarter past four", "at quarter to nine", "set a reminder for quarter to six" (with the hour as a
 * number, the date reader reads it); "to half three" the date reader reads as said.
 */
const CLOCK_IN_WORDS = new RegExp(
  String.raw`\b(at|by|around|until|till)\s+(half\s+past|half|quarter\s+past|quarter\s+to)\s+(${HOUR_WORD})\b|\b(for|to)\s+(half\s+past|quarter\s+past|quarter\s+to)\s+(${HOUR_WORD})\b`,
  'gi',
);

/** "at eight", "three thirty", "the thirtieth", "a couple of days": numbers as words, written as numbers. */
function withNumbers(text: string): string {
  return (
    text
      .replace(
        new RegExp(
          String.raw`\b(at|by|around|until|till)\s+(${HOUR_WORD})(?:\s+(${MINUTE_WORD}))?\b(?![\s-]+(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|times?|of)\b)`,
          'gi',
        ),
        (_all, word: string, hour: string, minutes?: string) =>
          `${word} ${numberOf(hour)}${minutes ? `:${MINUTE_WORDS[minutes.toLowerCase().replace(/\s+/g, ' ')] ?? '00'}` : ''}`,
      )
      // "push the gym back to eight tomorrow morning": an hour moved to, before the day it is on.
      .replace(
        new RegExp(
          String.raw`\b(to|till|until)\s+(${HOUR_WORD})(?=\s+(?:tomorrow|today|tonight|this\s+(?:morning|afternoon|evening))\b)`,
          'gi',
        ),
        (_all, word: string, hour: string) => `${word} ${numberOf(hour)}`,
      )
      .replace(
        new RegExp(String.raw`\b(${HOUR_WORD})\s+(${MINUTE_WORD})\b(?=\s*(?:am|pm|in\s+the|tonight|today|tomorrow|on|,|$))`, 'gi'),
        (_all, hour: string, minutes: string) => `${numberOf(hour)}:${MINUTE_WORDS[minutes.toLowerCase().replace(/\s+/g, ' ')] ?? '00'}`,
      )
      .replace(
        new RegExp(
          String.raw`\bthe\s+(${ORDINAL_WORD})\b(?=\s+of\s+(?:${MONTH_WORD}|every|each|the\s+month)\b|\s+at\b|\s+now\b|\s+instead\b|\s*[,;.]|\s*$)`,
          'gi',
        ),
        (_all, word: string) => {
          const n = ORDINAL_DAYS[word.toLowerCase().replace(/[\s-]+/g, ' ')] ?? 0;
          return n ? `the ${n}${suffix(n)}` : `the ${word}`;
        },
      )
      .replace(/\ba\s+couple\s+(?:of\s+)?(?=(?:days|weeks|hours|minutes|mins|months)\b)/gi, '2 ')
      // "at half seven", "quarter past four", "quarter to nine": the clock said in words.
      .replace(
        CLOCK_IN_WORDS,
        (_all, atWord?: string, atSaid?: string, atHour?: string, forWord?: string, forSaid?: string, forHour?: string) => {
          const [word, said, hour] = atWord ? [atWord, atSaid ?? '', atHour ?? ''] : [forWord ?? '', forSaid ?? '', forHour ?? ''];
          const n = numberOf(hour);
          const quarterTo = /^quarter\s+to$/i.test(said);
          const minutes = /^half/i.test(said) ? '30' : quarterTo ? '45' : '15';
          return `${word} ${quarterTo ? ((n + 10) % 12) + 1 : n}:${minutes}`;
        },
      )
      // "7:30 in the evening", "8 in the morning": the part of the day says which half of the clock.
      .replace(/\b(\d{1,2}(?::\d{2})?)\s+(?:in\s+the\s+(?:evening|afternoon)|at\s+night)\b/gi, '$1pm')
      .replace(/\b(\d{1,2}(?::\d{2})?)\s+in\s+the\s+morning\b/gi, '$1am')
      // "around 6 pm", "about six pm": the time of day, as "at".
      .replace(/\b(\d{1,2}(?::\d{2})?)\s+(am|pm)\b/gi, '$1$2')
      // "push it back to seven pm": an hour said as a word before am or pm is that hour wherever it stands.
      .replace(
        new RegExp(String.raw`(?<!\b(?:around|about)\s+)\b(${HOUR_WORD})\s*(am|pm)\b`, 'gi'),
        (_all, hour: string, half: string) => `${numberOf(hour)}${half.toLowerCase()}`,
      )
      .replace(/\b(?:at\s+)?(?:around|about|round\s+about)\s+(?=\d{1,2}(?::\d{2})?(?:am|pm)\b)/gi, 'at ')
      .replace(
        new RegExp(String.raw`\b(?:at\s+)?(?:around|about)\s+(${HOUR_WORD})\s*(am|pm)\b`, 'gi'),
        (_all, hour: string, half: string) => `at ${numberOf(hour)}${half.toLowerCase()}`,
      )
  );
}

/**
 * "no wait", "no sorry", "sorry I mean", "actually make that", "no just": what follows replaces what was said before it.
 * "sorry" alone corrects only before a task or a day ("the recycling sorry the compost", "tonight sorry tomorrow night"),
 * never after the words it belongs to ("say sorry to Jo", "a sorry card").
 */
const CORRECTION =
  /\s*,?\s+(?:no\s+wait|wait\s+no|no\s+sorry|sorry\s+no|no\s+actually|no\s+i\s+mean|sorry\s+i\s+mean|i\s+mean|or\s+rather|scratch\s+that|no\s*,?\s+just|(?:no|actually|sorry|wait)\s+make\s+(?:that|it)|(?<!\b(?:a|an|the|say|said|saying|feel|felt|so|very|am|i'?m|im|was|be|been|really|too|not|and)[\s,]+)sorry(?=\s*,?\s+(?:the|my|tomorrow|tonight|today|next|this|on|at)\b))\s*,?\s+/i;
const NUMBER = String.raw`(?:#?\d+(?::\d{2})?(?:am|pm)?|${NUMBER_WORDS.join('|')})`;
const LEVEL = String.raw`(?:high|medium|low|normal|urgent|top|p[1-4])`;
const KINDS = [new RegExp(`^${NUMBER}$`, 'i'), new RegExp(`^${LEVEL}$`, 'i'), new RegExp(`^${WEEKDAY_WORD}$`, 'i')];

/** "… and then text Jo", "…, then paid the gas bill": a second thing said after the first. */
// "… and then I don't": a subject after "then" tells what happened, no second request.
const AND_THEN =
  /(?:\s+and|\s*,)\s+then\s+(?!(?:again|after|at|on|by|in|from|till|until|tomorrow|today|tonight|next|every|each|the\s+day|i|we|he|she|they|\d)\b)\p{L}/iu;
/** A change to one named task, which may change two things of it ("rename 4 to … and then add a note …"). */
const ONE_TASK_CHANGED = /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:rename|change|move|make|set|update|push|tag|give|mark)\b/i;

/** A correction that takes the whole request back: "no wait don't", "no, leave the name". */
const TAKEN_BACK =
  /^(?:don'?t|dont|do\s+not|never\s*mind|forget\s+(?:it|that)|cancel(?:\s+that)?|leave\s+(?:it|that|the\s+(?:name|title|date|notes?|tags?|priority))(?:\s+(?:as\s+it\s+is|alone))?|stop)$/i;

/** The chat's own verbs, which start a request: a correction starting with one is the whole request said again. */
const WHOLE_REQUEST = /^(?:remind|add|create|delete|remove|move|mark|complete|rename|tag|untag|reschedule|postpone|show|list|nudge|ping)$/i;

/** A day said as a correction: "next thursday", "tomorrow", "on monday". */
const DAY_WORD = new RegExp(`^(?:tomorrow|today|tonight|${WEEKDAY_WORD})$`, 'i');
const DAY_SAID_AGAIN = new RegExp(`^(?:(?:next|this|on)\\s+)?(?:tomorrow|today|tonight|${WEEKDAY_WORD})\\b`, 'i');

/** Words that go on with a request after the task it names: "mark the gas bill done", "move the vet to …". */
const REQUEST_GOES_ON = /^(?:done|as|to|off|complete|completed|finished|now|on|at|by|for|from|with|till|until|high|low|medium|urgent)$/i;

/** Verbs of adding, after which all that was said is the task. */
const ADDS = /^(?:add|create|new|put)$/i;

/** Words after which a value is said: "rename 12 to …", "tag it as …", "call it …". */
const VALUE_LEADS = /^(?:to|as|into|called|named)$/i;

export type Corrected = { text: string } | { ask: string };

/** Words after which a number is a time of day: "at 6", "@ 6", "by 5". */
const BEFORE_A_TIME = /^(?:at|@|by|before|after|from|until|till|around|about)$/i;

/**
 * "@ 6 no wait 7", "10am no 11": a time corrected to a bare hour stays in the half of the day of the time it corrects
 * (6 alone is read as the evening's, so its correction 7 is 7pm; 11 after 10am is 11am).
 */
function inSameHalfOfDay(said: string[], at: number, meant: string): string {
  const corrected = said[at] ?? '';
  if (!/^\d{1,2}(?::\d{2})?$/.test(meant)) return meant;
  const half = /([ap]m)$/i.exec(corrected)?.[1];
  if (half) return `${meant}${half.toLowerCase()}`;
  if (!BEFORE_A_TIME.test(said[at - 1] ?? '') || !/^\d{1,2}(?::\d{2})?$/.test(corrected)) return meant;
  const inAfternoon = (hour: number) => hour >= AFTERNOON_HOURS.from && hour <= AFTERNOON_HOURS.to;
  const [hour, meantHour] = [Number.parseInt(corrected, 10), Number.parseInt(meant, 10)];
  return inAfternoon(hour) && !inAfternoon(meantHour) && meantHour < 12 ? `${meant}pm` : meant;
}

/** The sentence with each correction put in place of what it corrects, or a question when that is unclear. */
export function withCorrections(text: string): Corrected {
  let rest = text;
  for (let match = CORRECTION.exec(rest); match; match = CORRECTION.exec(rest)) {
    const said = rest.slice(0, match.index).split(/\s+/);
    // What follows the correction's own clause ("…, thanks!", "…, and make it urgent") stays as said.
    const after = rest.slice(match.index + match[0].length);
    const clauseEnd = /[,;!?]|\.(?:\s|$)/.exec(after)?.index ?? after.length;
    const meant = after.slice(0, clauseEnd).split(/\s+/).filter(Boolean);
    const first = meant[0]?.toLowerCase();
    if (!first || said.length === 0) return { ask: 'What did you mean? Say the request again as you mean it.' };
    // "move the gym to tomorrow no wait the day after": a day corrects the day said, never names a task; which is asked.
    if (/^(?:the|my)$/i.test(first) && dateReader.parse(meant.join(' ')).some((found) => found.index === 0))
      return { ask: 'Which day did you mean? Say the request again as you mean it.' };
    // "delete all of them no wait don't": the request is taken back, and nothing is done.
    if (TAKEN_BACK.test(meant.join(' '))) return { ask: 'Nothing done. Which task, if any? Say what you would like when you are ready.' };
    // The correction starts with a word said before ("book the village hall no wait book the church hall"): from there.
    let from = said.map((word) => word.toLowerCase()).lastIndexOf(first);
    // Or it is a request of its own ("wake me... I mean remind me at 5"): it replaces all that was said.
    if (from < 0 && WHOLE_REQUEST.test(first)) from = 0;
    // "add call the plumber scratch that buy more coffee": all that followed the verb of adding is struck out.
    if (from < 0 && /^scratch\s+that/i.test(match[0].trim()) && ADDS.test(said[0] ?? '')) from = 1;
    // Or it is a word of a kind said before ("mark 7 as done no wait 8", "high priority no wait medium"): that word.
    const kind = KINDS.find((pattern) => pattern.test(first));
    let to = from;
    // "mark the gas bill done I mean the water bill": the correction ends where its last word was said the first time,
    // and what followed that ("done") stays.
    const last = meant.at(-1)?.toLowerCase();
    const lastSaid = last && meant.length > 1 ? said.map((word) => word.toLowerCase()).lastIndexOf(last) : -1;
    if (from >= 0 && lastSaid > from) to = lastSaid + 1;
    // "… done I mean the car service": a task corrected by other words ends where the words of the request go on.
    else if (from >= 0 && meant.length > 1 && /^(?:the|my)$/i.test(first)) {
      const goesOn = said.findIndex((word, index) => index > from + 1 && REQUEST_GOES_ON.test(word));
      if (goesOn > 0) to = goesOn;
    }
    // "delete that, I mean the task I just added", "mark it done I mean the water bill": a task named in place of "it".
    const pointer = said.findLastIndex((word, index) => index > 0 && /^(?:it|that|this)[,.;]?$/i.test(word));
    if (from < 0 && meant.length > 1 && /^(?:the|my)$/i.test(first) && pointer > 0) {
      from = pointer;
      to = pointer + 1;
    }
    if (from < 0 && kind) {
      from = said.findLastIndex((word) => kind.test(word));
      to = from + 1;
    }
    // "the car service is tomorrow wait no next thursday": a day said again replaces the day said before.
    if (from < 0 && DAY_SAID_AGAIN.test(meant.join(' '))) {
      from = said.findLastIndex((word) => DAY_WORD.test(word));
      if (from > 0 && /^(?:next|this|on)$/i.test(said[from - 1] ?? '')) from -= 1;
      to = said.findLastIndex((word) => DAY_WORD.test(word)) + 1;
    }
    // "delete everything in groceries no just the milk": a task said again after the verb replaces what the verb took.
    if (from < 0 && /^(?:the|my)$/i.test(first) && meant.length > 1 && WHOLE_REQUEST.test(said[0] ?? '')) {
      from = 1;
      const goesOn = said.findIndex((word, index) => index > from && REQUEST_GOES_ON.test(word));
      to = goesOn > 0 ? goesOn : said.length;
    }
    // A single word corrects the last word said ("tag 9 as garden no wait outdoor").
    if (from < 0 && meant.length === 1) {
      from = said.length - 1;
      to = said.length;
    }
    // Or it is the value after the last word that leads to one ("rename 12 to the village hall no wait buy coffee").
    const slot = said.findLastIndex((word, index) => index > 0 && VALUE_LEADS.test(word));
    if (from < 0 && slot > 0) {
      from = slot + 1;
      to = from;
    }
    if (from < 0) return { ask: `Did you mean "${said.join(' ')}" or "${meant.join(' ')}"? Say the request again as you mean it.` };
    if (kind === KINDS[0] && to === from + 1) meant[0] = inSameHalfOfDay(said, from, meant[0] ?? '');
    const tail = to > from ? [...meant, ...said.slice(to)] : meant;
    rest = [[...said.slice(0, from), ...tail].join(' '), after.slice(clauseEnd)].join('');
  }
  return { text: rest };
}

/** The word after a bare "no", when it is of a kind that can correct a word said just before it. */
const BARE_NO = /(?<!\b(?:wait|sorry|actually))\s*,?\s+no\s*,?\s+(?=(#?[\p{L}\d:]+)(?:[,.!?;]|\s|$))/giu;
/** "no not seven eight": "no, not" and the word taken back, before the word meant. */
const NOT_THAT_ONE = /\s*,?\s+no\s*,?\s+not\s+([\p{L}\d#:]+)\s*,?\s+(?=[\p{L}\d#])/giu;
/** How many words back a bare "no" may correct: "mark 5 done no 6" reaches back over "done". */
const BARE_NO_REACH = 3;
/** "delete the dentist no the vet": "no" may be a slip for "not", so which task is meant is not sure. */
const NO_BEFORE_TASK = /\S(?<!\b(?:wait|sorry|actually))\s*,?\s+no\s*,?\s+(?:the|my|that|this)\s+\S/i;

/**
 * "friday no saturday", "sat 10am no 11", "mark 5 done no 6": a bare "no" before a word of the kind said just before
 * it corrects that word, as "no wait" does. Any other "no" ("prescription no 55812", "no rush") stays as said.
 */
function withBareNoCorrections(said: string): Corrected {
  // "mark task seven as done no not seven eight": the word taken back is said again before the one meant.
  const text = said.replace(NOT_THAT_ONE, (match: string, word: string, offset: number) =>
    new RegExp(`(?:^|\\s)${word.replace(/[^\p{L}\d]/gu, '')}(?:\\s|$)`, 'iu').test(said.slice(0, offset)) ? ' no wait ' : match,
  );
  if (NO_BEFORE_TASK.test(text)) return { ask: 'Which task did you mean? Say the request again with just that one.' };
  return {
    text: text.replace(BARE_NO, (match: string, next: string, offset: number) => {
      const kind = KINDS.find((pattern) => pattern.test(next));
      if (!kind) return match;
      const before = text.slice(0, offset).split(/\s+/).slice(-BARE_NO_REACH);
      return before.some((word) => kind.test(word.replace(/^@/, '').replace(/[,.;:!?]+$/, ''))) ? ' no wait ' : match;
    }),
  };
}

/**
 * "scratch that, the report is done": what was said before this message is taken back, and the new request follows.
 * "scratch that haircut task" is a task to delete, and stays.
 */
function withoutEarlierTakenBack(text: string): string {
  return text.replace(
    /^(?:scratch|strike)\s+that[,.;]?\s+(?=(?:the|my|i|i'm|we|it|it's|add|mark|tick|move|delete|remove|put|remind|new)\b)/i,
    '',
  );
}

/** The sentence as it would have been typed; a correction that cannot be placed becomes a question. */
export function fromDictation(said: string): Corrected {
  // "add email the school and also ring the dentist": a second request, asked one at a time ("and also add …" opening
  // the message follows what was said before it).
  const after = said.replace(/^\s*and\s+also\s+/i, '');
  if (/\s(?:and\s+)?also\s+(?:can\s+you\s+)?\S/i.test(after) && /\band\s+also\b/i.test(after))
    return { ask: 'One thing at a time, please: say the first request, then the other.' };
  const typed = fromRecogniser(said);
  const twoAdds = anotherAddAsked(typed);
  if (twoAdds) return { ask: twoAdds };
  const unfilled = withBareNoCorrections(correctionsSetOff(withoutEarlierTakenBack(withoutFillers(typed))));
  if ('ask' in unfilled) return unfilled;
  const corrected = withCorrections(unfilled.text);
  if ('ask' in corrected) return corrected;
  const then = AND_THEN.exec(corrected.text);
  // "rename 4 to … and then add a note …": two changes to one task, read as one change; anything else is two requests.
  if (then && !ONE_TASK_CHANGED.test(corrected.text))
    return { ask: 'One thing at a time, please: which task first? Say one request, then the other.' };
  if (then) corrected.text = corrected.text.replace(/\s*,?\s+and\s+then\s+|\s*,\s*then\s+/i, ' and ');
  return { text: withClauseBreaks(withoutHedges(withNumbers(withDaysLeftOut(corrected.text)))) };
}
