import { namesOneDay } from './days-asked.ts';
import type { Said } from './indirect-requests.ts';
import { isWholeDate } from './whole-dates.ts';

// More of what people say instead of a command, read by indirect-requests.ts as its other shapes: a question that is
// a request ("any chance the dentist could go to friday?"), a state that is a query ("I've got nothing on tomorrow,
// right?", "I feel like I'm behind on stuff"), news of a date or a level ("the bike service slipped to saturday", "the
// photo album isn't that important", "the visa is the most important thing right now"), a wish about a reminder or a
// note ("the reminder for the report is too early, ten minutes before is enough", "I'd like the notes on the lease to
// say …"), where a task belongs ("the passport belongs under travel") and a correction of the last change ("sorry I
// meant tomorrow not today").

const NUMBERS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
};
const NUMBER = String.raw`(?:\d+|an?|${Object.keys(NUMBERS).join('|')}|a\s+couple\s+of)`;
/** "two days" as "2 days": the rules for a shift read numbers. */
const amount = (said: string) => said.replace(/^(\w+)/, (word) => NUMBERS[word.toLowerCase()] ?? word).replace(/^a\s+couple\s+of/i, '2');

const NOT = String.raw`(?:isn'?t|is\s+not|aren'?t|are\s+not|'s\s+not)`;
const LEVEL = '(high|medium|low|top|normal)';
const REMINDER_NOUN = '(?:reminder|ping|nudge|heads[- ]?up|alert|notification)';
/** "right now", "this week": when a level is said to hold, no part of the task. */
const FOR_NOW = String.raw`(?:\s+(?:right\s+now|now|at\s+the\s+moment|for\s+now|this\s+week|today|on\s+my\s+list))?`;
/** A level said in words that is never a tag ("the gym isn't a work thing" names a tag; "a big deal" does not). */
const NOT_A_TAG = /^(?:big|priority|high|low|medium|urgent|important|one-off|done|finished|real|good|bad|huge|small)$/i;
/** A clause of news before a request ("the gate code changed, could …"): off when the request is read. */
const NEWS_FIRST = String.raw`(?:[^,;]+[,;]\s*(?:so\s+)?)?`;
/** A tag question after a statement: "…, right?", "…, do I?". */
const TAG_QUESTION = String.raw`(?:\s*,?\s*(?:right|do\s+i|have\s+i|am\s+i|is\s+that\s+right|yeah|correct|isn'?t\s+it|innit))?`;

/** "could go to friday", "could be low priority", "could be on saturday": the request the rest of a question says. */
function couldBe(task: string, rest: string): string | undefined {
  const level = new RegExp(String.raw`^be\s+(?:made\s+|set\s+to\s+)?${LEVEL}(?:\s+priority|\s+prio)?(?:\s+instead)?$`, 'i').exec(rest);
  if (level?.[1]) return `make ${task} ${level[1]} priority`;
  const moved =
    /^(?:go|move|be\s+moved|shift|be\s+shifted|be\s+pushed(?:\s+back)?|be\s+put\s+back)\s+(?:to|till|until)\s+(.+?)(?:\s+instead)?$/i.exec(
      rest,
    );
  if (moved?.[1] && isWholeDate(moved[1])) return `move ${task} to ${moved[1]}`;
  const on = /^be\s+(?:on\s+|at\s+)?(.+?)(?:\s+instead)?$/i.exec(rest);
  if (on?.[1] && isWholeDate(on[1])) return `move ${task} to ${on[1]}`;
  return undefined;
}

/** The shapes, for a task named as `REF` names it in indirect-requests.ts. */
export const newsAndWishes = (REF: string): [RegExp, Said][] => [
  // "any chance you could …", "any chance we could shift …": the request itself.
  [/^(?:is\s+there\s+)?any\s+chance\s+(?:that\s+)?(?:you|u|we|i)\s+(?:could|can|might|would)\s+(.+)$/i, (request = '') => request],
  [
    new RegExp(
      String.raw`^(?:(?:is\s+there\s+)?any\s+chance\s+(?:that\s+)?(${REF})\s+(?:could|can|might)|(?:could|can)\s+(${REF}))\s+((?:be|go|move|shift)\b.*)$`,
      'i',
    ),
    (chance = '', could = '', rest = '') => couldBe(chance || could, rest),
  ],
  // A state that is a query about a day.
  [
    new RegExp(
      String.raw`^(?:i'?ve\s+got|i\s+have|i\s+(?:don'?t|do\s+not)\s+have|i\s+haven'?t\s+got|there'?s)\s+(?:nothing|anything|much|a\s+lot|loads|lots)\s+(?:on|due|planned|to\s+do)\s+(.+?)${TAG_QUESTION}$`,
      'i',
    ),
    (when = '') => (isWholeDate(when) ? `what have I got on ${when}` : undefined),
  ],
  [
    /^i(?:\s+have\s+no|\s+don'?t\s+have\s+(?:any|a)|'?ve\s+got\s+no|\s+have\s+got\s+no)\s+(?:idea|clue)\s+what(?:\s+i'?m\s+doing|\s+i\s+have\s+on|\s+i'?ve\s+got\s+on|\s+is\s+on|'s\s+on|\s+i\s+need\s+to\s+do)\s+(.+)$/i,
    (when = '') => (isWholeDate(when) ? `what's due ${when}` : undefined),
  ],
  [
    /^(?:i\s+(?:feel|think)\s+(?:like\s+)?)?(?:i'?m|i\s+am)\s+(?:so\s+|a\s+bit\s+|way\s+|totally\s+|really\s+)?behind\s+(?:on|with)\s+(?:stuff|things|everything|my\s+(?:list|tasks|stuff|to-?dos?))$/i,
    () => "what's overdue",
  ],
  [
    /^i\s+wonder\s+(?:if|whether)\s+(?:i\s+(?:already\s+)?(?:have|had|added|put\s+down)|there'?s|there\s+is)\s+(?:(?:anything|something|a\s+task|one)\s+)?(?:about|on|for)\s+(.+?)(?:\s+(?:already|on\s+(?:my|the)\s+list))?$/i,
    (topic = '') => `search for ${topic}`,
  ],
  [
    /^i\s+wonder\s+what\s+(?:i'?ve\s+got|i\s+have|is|'?s|there\s+is)\s+(under|tagged|labelled|labeled|in)\s+(.+)$/i,
    (how = '', what = '') => (/^in$/i.test(how) ? `what's in ${what}` : `show tasks tagged ${what}`),
  ],
  [/^(?:i'?d\s+(?:like|love)\s+to|i\s+want\s+to|let\s+me)\s+see\s+(.+?)(?:\s+so\s+far)?$/i, (what = '') => `show ${what}`],
  [/^read\s+(?:me\s+(?:out\s+)?|out\s+)(.+?)$/i, (what = '') => `show ${what}`],
  [
    /^(?:is|are)\s+there\s+(?:anything|something|a\s+task|any\s+tasks?)\s+(?:about|on|for|to\s+do\s+with)\s+(.+?)\s+(?:on|in)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list$/i,
    (topic = '') => `search for ${topic}`,
  ],
  [
    /^what\s+(?:do|have|must|should)\s+i\s+(?:got\s+)?(?:need\s+|have\s+|got\s+)?to\s+(?:get\s+)?(?:do|done|finish|finished|sort|sorted|complete|completed)\s+(before|by)\s+(.+)$/i,
    // "before the 20th": a day of the month, which reads alone as a date only after such a word.
    (bound = '', when = '') =>
      isWholeDate(when) || namesOneDay(when) || /^the\s+weekend$/i.test(when) ? `what's due ${bound} ${when}` : undefined,
  ],
  // Reminders wished for or against.
  [
    new RegExp(
      String.raw`^(?:the\s+)?${REMINDER_NOUN}\s+(?:for|on|about)\s+(.+?)\s+(?:is|comes)\s+[^,;.]*?\btoo\s+(?:early|late|soon)\s*[,;.\-–—]\s*(?:just\s+|make\s+it\s+)?(.+?)\s+before(?:\s+(?:is\s+(?:enough|fine|plenty)|would\s+do|will\s+do|please))?$`,
      'i',
    ),
    (task = '', when = '') => `remind me ${when} before ${task}`,
  ],
  [
    new RegExp(
      String.raw`^i\s+(?:keep|always|often)\s+(?:missing|forgetting|miss|forget)\s+(${REF})\s*[,;]?\s+(?:so\s+)?(?:(?:can|could|may)\s+i\s+(?:get|have)\s+a\s+${REMINDER_NOUN}|(?:can|could)\s+(?:you|u)\s+(?:remind|ping|nudge|alert)\s+me)\s+(.+?)\s+before\s+(?:it|that|them)$`,
      'i',
    ),
    (task = '', when = '') => `remind me ${when} before ${task}`,
  ],
  [
    /^i\s+(?:don'?t|do\s+not)\s+(?:want|need)\s+to\s+be\s+reminded\s+(?:about|of)\s+(.+?)(?:\s+any\s*more)?$/i,
    (task = '') => `turn off the reminder for ${task}`,
  ],
  // Notes wished for: "I'd like the notes on the lease to say …", "…, could the notes on 6 say …".
  [
    new RegExp(
      String.raw`^${NEWS_FIRST}(?:i'?d\s+like|i\s+want|i'?d\s+prefer|(?:could|can)\s+(?:you\s+make\s+)?)\s*the\s+(?:notes?|description)\s+(?:on|of|for)\s+(${REF})\s+(?:to\s+)?(?:say|read)\s+(.+)$`,
      'i',
    ),
    (task = '', note = '') => `add a note to ${task}: ${note}`,
  ],
  [
    /^the\s+(?:tags|labels)\s+(?:on|of|for)\s+(.+?)\s+should\s+(?:just\s+|only\s+)?be\s+(?:just\s+|only\s+)?(.+?)\s+(?:now|from\s+now\s+on|instead)$/i,
    (task = '', tags = '') => `replace the tags on ${task} with ${tags}`,
  ],
  // "for the wedding one add a description the venue is …": said without the colon a typist would put.
  [
    new RegExp(
      String.raw`^for\s+(${REF})(?<![:\-–—])\s+(?:add|put|write)\s+(?:a\s+|the\s+)?(?:note|description|comment)\s+(?!(?:saying|that|to|on|for|in)\b|[:\-–—])(.+)$`,
      'i',
    ),
    (task = '', note = '') => `add a note to ${task}: ${note}`,
  ],
  // Where a task belongs, under a tag ("in Work" is a project's, read by projects.ts when the caller has one).
  [
    new RegExp(String.raw`^(${REF})\s+(?:belongs|should\s+go|goes|fits)\s+under\s+([\p{L}\p{N}_-]+)$`, 'iu'),
    (task = '', where = '') => `file ${task} under ${where}`,
  ],
  [
    new RegExp(String.raw`^(${REF})\s+${NOT}\s+(?:really\s+)?(?:an?\s+)(\p{Ll}[\p{L}-]*)\s+(?:thing|job)(?:\s+any\s*more)?$`, 'iu'),
    (task = '', tag = '') => (NOT_A_TAG.test(tag) ? undefined : `remove the ${tag} tag from ${task}`),
  ],
  // "the concert tickets task is no longer needed, they sold out": why, after the news, says nothing more.
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:is|are|'s)\s+(?:no\s+longer|not)\s+(?:needed|necessary|required|wanted)(?:\s+any\s*more)?\s*[,;.\-–—]\s*(?!.*\b(?:delete|remove|keep|don'?t|but|though|tick|mark|move|add)\b).+$`,
      'i',
    ),
    (task = '') => `${task} is no longer needed`,
  ],
  // News of how much a task matters.
  [
    new RegExp(
      String.raw`^(${REF})\s+${NOT}\s+(?:really\s+|that\s+|so\s+|very\s+|too\s+)?(?:a\s+(?:big\s+deal|priority)|important|urgent|pressing|high\s+priority)(?:\s+any\s*more)?(?:\s*[,;.\-–—]\s*(?:so\s+)?(?:it|that|they)\s+can\s+wait(?:\s+(?:a\s+bit|a\s+while|for\s+now))?)?$`,
      'i',
    ),
    (task = '') => `make ${task} low priority`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:is|'s)\s+(?:the|my)\s+(?:most\s+important|top|biggest|number\s+one|first)\s+(?:thing|priority|task|job)${FOR_NOW}$`,
      'i',
    ),
    (task = '') => `make ${task} high priority`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})(?:\s+[^,;]+?\s*[,;]\s*(?:so\s+)?(?:it|that|this)\s+|\s+)(?:needs?\s+(?:doing|to\s+be\s+done|sorting|to\s+happen)|has\s+to\s+(?:be\s+done|happen)|(?:should|must)\s+(?:be\s+done|come|go)|comes?|goes?)\s+first$`,
      'i',
    ),
    (task = '') => `make ${task} high priority`,
  ],
  // News of its date.
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+(?:come|do\s+it|make\s+it|happen|be\s+done)\s+(?:till|until|before)\s+(.+?)(?:\s+now)?$`,
      'i',
    ),
    (task = '', when = '') => (isWholeDate(when) ? `move ${task} to ${when}` : undefined),
  ],
  [
    new RegExp(
      String.raw`^(${REF}?)(?:\s+deadline)?\s+(?:has\s+|got\s+|was\s+|'s\s+been\s+|has\s+been\s+)?(?:slipped|pushed(?:\s+back)?|bumped|put\s+back|moved|shifted)\s+(?:by\s+)?(${NUMBER}\s+(?:days?|weeks?|months?|hours?))$`,
      'i',
    ),
    (task = '', by = '') => `postpone ${task} by ${amount(by)}`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})(?:'s|\s+has|\s+have)?\s+(?:been\s+|got\s+)?(?:brought|moved|pulled)\s+forward\s+(?:by\s+)?(${NUMBER}\s+(?:days?|weeks?|hours?))$`,
      'i',
    ),
    (task = '', by = '') => `bring ${task} forward ${amount(by)}`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:has\s+|got\s+|was\s+|'s\s+been\s+|has\s+been\s+)?(?:slipped|pushed(?:\s+back)?|bumped|put\s+back|shifted)\s+(?:to|till|until)\s+(.+)$`,
      'i',
    ),
    (task = '', when = '') => (isWholeDate(when) ? `move ${task} to ${when}` : undefined),
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:is|'s)\s+(?:now\s+)?(?:on\s+|at\s+)?(?!every\b|each\b)(.+?)\s+(?:now|instead)(?:\s*,?\s+not\s+.+)?$`,
      'i',
    ),
    (task = '', when = '') => (isWholeDate(when) ? `move ${task} to ${when}` : undefined),
  ],
  [
    new RegExp(String.raw`^(${REF})\s+(?:is|'s)\s+(?:on\s+|at\s+)?(.+?)\s*,?\s+not\s+(.+)$`, 'i'),
    (task = '', when = '', was = '') => (isWholeDate(when) && isWholeDate(was) ? `move ${task} to ${when}` : undefined),
  ],
  // "sorry I meant tomorrow not today": the last change, said again with the right day.
  [
    /^(?:sorry\s*,?\s+|oops\s*,?\s+)?i\s+meant\s+(.+?)(?:\s*,?\s+not\s+(.+))?$/i,
    (when = '', was = '') => (isWholeDate(when) && (!was || isWholeDate(was)) ? `move it to ${when}` : undefined),
  ],
  // A shortage, and the list it goes on: the thing is added there as it is named.
  [
    /^(?:(?:we|i)(?:'ve|\s+have)?\s+(?:run|ran)\s+out\s+of|(?:we|i)(?:'re|\s+are|'m|\s+am)\s+(?:all\s+)?out\s+of)\s+(.+?)\s*[,;]\s*(?:so\s+)?(?:(?:it|that|they|those)\s+(?:needs?\s+to|should|must|can)\s+go|(?:can|could)\s+(?:you|u)\s+(?:put|add)\s+(?:it|that|them))\s+(?:on|in|onto|into|to)\s+(.+)$/i,
    (thing = '', list = '') => `add ${thing} to ${list}`,
  ],
  // An occasion, and what it still needs: a task for its day.
  [
    /^(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:having|hosting|doing|throwing|going\s+to)\s+.+?\s+((?:on|this|next|tomorrow|tonight)\b.*?)\s*,?\s+and\s+(?:i|we)\s+(?:still\s+)?(?:need|have|must|ought)\s+to\s+(.+)$/i,
    (when = '', task = '') => (isWholeDate(when) ? `add ${task} ${when.replace(/^this\s+(?=\w+day\b)/i, '')}` : undefined),
  ],
];
