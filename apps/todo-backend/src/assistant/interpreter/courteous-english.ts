import { WEEKDAY_NAME } from '../calendar-words.ts';
import { withoutAsides } from './courteous-asides.ts';
import { COURTEOUS_CHANGES } from './courteous-changes.ts';

// English as it is written by someone who writes to the app as to a helpful person, in full and courteous sentences:
// a little story before the request ("My son says I should use this for my shopping. Please add …"), thanks and
// apologies around it ("Sorry to trouble you again, but …", "… Much obliged.", "…, dear?"), news of a task and then a
// request pointing back at it ("The chiropodist has cancelled, so please delete that appointment"), work reported
// with what follows from it ("I have posted the parcel, so you can tick that one off") and old-fashioned words for
// our verbs ("put off", "a little reminder", "put the word family on it", "read me out my list", "next Tuesday but
// one"). Each is said once the way the rest of the rules read it, before the sentence is read; nothing here decides
// what is meant.

type Rewrite = [pattern: RegExp, replacement: string | ((...groups: string[]) => string)];

const FAMILY = '(?:son|daughter|grandson|granddaughter|grandchildren|grandkids|niece|nephew|husband|wife|neighbour|neighbor|carer|friend)';

/** A sentence before the request that only tells a little story or apologises for the writer: never a task's words. */
const STORY_SENTENCE = new RegExp(
  String.raw`^(?:(?:my|our)\s+${FAMILY}\s+(?:says|said|told\s+me|thinks|set|showed|put|installed|recommended)\b|(?:(?:i'?m|i\s+am)\s+(?:sorry|afraid)[,\s]+)?(?:i'?m|i\s+am)\s+(?:not\s+(?:very\s+)?(?:good|clever|used\s+to)|new\s+to|hopeless)\s+(?:with|at|to|on)\b|i\s+hope\s+(?:you\s+are|you're)\s+(?:keeping\s+)?well\b|(?:thank\s+you|thanks)\s+(?:(?:ever\s+)?so\s+much\s+|very\s+much\s+)?for\s+(?:your|all\s+your|the|that|this|everything|helping)\b|(?:(?:i'?m\s+)?sorry|oops|oh\s+dear)[,.!]?\s+i\s+(?:just\s+)?(?:added|put\s+in|typed)\s+(?:the\s+wrong\s+(?:thing|one|task)|that\s+by\s+mistake)\b)[^.!?]*[.!]\s+(?=\S)`,
  'i',
);

/** Thanks and endearments after the request: "Much obliged.", "Thank you ever so much.", "…, dear?". */
const THANKS_AFTER =
  /(?:[,.!]\s*|\s+)(?:thank\s+you|thanks)\s+(?:ever\s+so\s+much|kindly|very\s+much\s+indeed|so\s+much(?:\s+indeed)?)[.!]*$|(?:[,.!]\s*|\s+)(?:(?:i'?m\s+)?much\s+obliged|bless\s+you|you'?re\s+very\s+kind)[.!]*$|,?\s*if\s+(?:that'?s|it'?s|that\s+is|it\s+is)\s+all\s*right(?:\s+with\s+you)?(?=[?!.]*$)|,\s*(?:my\s+)?(?:dear|dearie)(?=[?!.]*$)/i;

/** Courtesy before the request: "Sorry to trouble you again, but …", "I wonder if you could …", "Hello dear, …". */
const COURTESY_BEFORE: Rewrite[] = [
  [/^(?:good\s+(?:morning|afternoon|evening)|hello|hi)(?:\s+(?:my\s+)?dear)?\s*[,.!]\s+(?=\S)/i, ''],
  [
    /^(?:i'?m\s+)?(?:so\s+)?sorry\s+to\s+(?:trouble|bother)\s+you(?:\s+again)?\s*(?:,\s*but\s*,?\s+|[,.!]\s*(?:but\s*,?\s+)?|\s+but\s*,?\s+)/i,
    '',
  ],
  [/^i\s+(?:wonder|was\s+wondering|wondered)\s+if\s+you\s+(?:could|would|might|can)\s+(?:possibly\s+|kindly\s+)?/i, ''],
  [/^(hello|hi|good\s+(?:morning|afternoon|evening))\s+(?:my\s+)?dear\b/i, '$1'],
  [/^please\s+would\s+you\s+/i, 'please '],
  [/^(?:i\s+should|i'?d)\s+like\s+to\s+(?=add|put|make|have|see|know)/i, 'I would like to '],
  [/^(?:i\s+would|i'd)\s+be\s+(?:ever\s+so|very|most|so|really)\s+(grateful|obliged)\b/i, 'I would be $1'],
  [/^((?:could|would|can)\s+you)\s+(?:now|then|also)\s+(?=\S)/i, '$1 '],
  [
    /\b(?:(?:would|could)\s+you\s+)?(?:please\s+)?be\s+(?:so\s+kind|so\s+good|kind\s+enough|good\s+enough)\s+(?:as\s+)?(?:to|and)\s+/i,
    'please ',
  ],
  [/^(?:i'?m|i\s+am)\s+afraid\s+(?=i\b)/i, ''],
  // "I'd prefer the quarterly report on monday": a preference for a task there is, said as where it should be.
  [/^(?:i'?d|i\s+would)\s+(?:prefer|rather\s+have)\s+(the|my)\s+(\S.*?)\s+(?=(?:on|at|for|by|in)\s)/i, '$1 $2 should be '],
  // "sorry can you make …", "apologies, could you …": an apology before a request asks nothing of its own.
  [/^(?:sorry|apologies|my\s+bad)[,!.\s]+(?=(?:can|could|would|will|please|pls|kindly)\b)/i, ''],
  // "would be great if the standup just repeated every weekday", "it'd be nice if the vet was on friday": a wish for
  // a task there is, said as what it should do.
  [
    /^(?:it\s+would|it'd|would)\s+be\s+(?:really\s+|so\s+)?(?:great|nice|good|lovely|ideal|better|handy|awesome|cool|brilliant)\s+if\s+(the|my)\s+(\S.*?)\s+(?:just\s+|could\s+|would\s+)?(?:(repeated|recurred|repeat|recur)|(?:was|were|is|could\s+be|would\s+be))\s+(?=\S)/i,
    (_all: string, the: string, task: string, repeated?: string) => `${the} ${task} should ${repeated ? 'repeat' : 'be'} `,
  ],
];

/**
 * "I have posted the parcel, so you can tick that one off", "I watered the plants as you asked, you may mark it done",
 * "the man fixed the boiler, so that's finished": the work reported, with what follows from it said again.
 */
const DONE_SAID_AGAIN =
  /(?:,?\s+as\s+you\s+(?:asked|said|suggested))?(?:(?:\s*,\s*(?:so\s*,?\s+)?|\s+so\s*,?\s+)(?:you\s+(?:can|may|could)\s+(?:now\s+)?(?:tick|cross|mark|strike|take)\s+(?:that(?:\s+one)?|it|this(?:\s+one)?)\s+(?:off|done|as\s+(?:done|finished|completed?))|(?:that|it|this)(?:\s+one)?\s+(?:can|may)\s+(?:now\s+)?be\s+(?:crossed|ticked|marked|struck)\s+off)|(?:\s*,\s*so\s*,?\s+|\s+so\s*,?\s+)(?:that'?s|(?:that|it|this)(?:\s+one)?\s+is)\s+(?:finished|done|sorted)(?:\s+now)?)(?=[,.!]|$)/i;

/** News about a task, then a request pointing back at it. */
const NEWS_THEN_ASKED =
  /^(.+?)(?:\s*[,;]\s*|[.!]\s+)(?:so\s*,?\s+)?((?:please|kindly|(?:could|would|can)\s+you|you\s+(?:can|could|may))\b.*)$/i;
/** The request's pointer back at the task of the news: "it", "that appointment", "the whole task", "him" (the coalman). */
const POINTER = /\b(?:it|him|her|that\s+(?:one|appointment|task|thing|item)|the\s+whole\s+(?:task|thing))\b/i;
/**
 * The task the news starts with: "the attic" of "There's no hurry with the attic", "the chiropodist" of "The
 * chiropodist has cancelled", "the reminder about the coalman" of "I no longer need the reminder about the coalman".
 */
const NEWS_SUBJECT =
  /^(?:(?:so|oh|well|now|i\s+think)[,\s]+)*(?:there'?s\s+no\s+(?:hurry|rush)\s+(?:with|for|on|about)\s+|i\s+(?:no\s+longer|don'?t(?:\s+really)?)\s+(?:need|want)\s+|i\s+(?:have\s+)?(?:spelt|spelled|typed|written|wrote|got)\s+)?((?:the|my)\s+(?:[\p{L}'-]+\s+){0,4}?[\p{L}'-]+?)(?=\s+(?:is|are|was|were|has|have|had|got|will|won't|can|can't|cannot|isn't|aren't|should|as|wrong|now|today|any\s+more|anymore|by|no|not)\b|\s*$)/iu;
/**
 * News of more than one clause, with a name for a task ("my boss says …", "the thing I called vet") or with a date
 * ("the plumber can only come on saturday now, move that task": the date is the change): read by the rules for it.
 */
const NOT_ONE_NEWS =
  /\b(?:says|said|told|tells|because|and|but|meant|called|thinks|today|tomorrow|tonight|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening)\b|\d/i;

function pointBack(text: string): string {
  const said = NEWS_THEN_ASKED.exec(text);
  if (!said?.[1] || !said[2] || !POINTER.test(said[2]) || NOT_ONE_NEWS.test(said[1])) return text;
  const subject = NEWS_SUBJECT.exec(said[1].trim())?.[1];
  if (!subject || /^(?:the|my)\s+(?:list|wrong\s+\w+|thing|one|stuff)\b/i.test(subject)) return text;
  // "I don't need the reminder on the gym task, turn it off", "… the note on the boiler task, remove it": "it" is that
  // part of the task; only "the whole task" is the task.
  const reminder =
    /^(?:the|my)\s+(?:reminders?|notes?|description|tags?|labels?|due\s+date|date|deadline|title|name|priority)\s+(?:about|for|on|of)\s+/i.exec(
      subject,
    );
  const wholeTask = /\bthe\s+whole\s+(?:task|thing)\b/i.test(said[2]);
  if (reminder && !wholeTask && /^(?:the|my)\s+reminders?\b/i.test(subject)) {
    // "I don't need the reminder about the dentist, please delete it": the reminder goes, never the task.
    if (
      /\b(?:delete|remove|cancel|drop|clear|erase|get\s+rid\s+of|take\s+(?:it|that)\s+(?:off|away)|turn\s+(?:it|that)\s+off)\b/i.test(
        said[2],
      )
    )
      return `turn off the reminder for ${subject.slice(reminder[0].length)}`;
    // Any other request about a reminder is read by the rules for news (said-then-asked.ts).
    return text;
  }
  return said[2].replace(POINTER, reminder && wholeTask ? subject.slice(reminder[0].length) : subject);
}

/**
 * An explanation after a question ("… for a week? It has been raining."): it names no task, date or change. After a
 * full stop the words may be what was asked for ("add a note to the passport task. It is in the drawer") and stay.
 */
const WHY_AFTER =
  /(?<=\S)\?\s+(?:it\s+(?:has|'s)\s+been|it\s+is|it'?s|i'?m|i\s+am|i'?ve\s+been|the\s+weather\s+is)\b(?![^.?!]*(?:\d|\b(?:today|tomorrow|tonight|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|done|finished|urgent|important)\b))[^.?!]*[.!]?$/i;

const REWRITES: Rewrite[] = [
  // "I'm not sure whether I have done the gas bill or not": a question about it, never a change.
  [/^(?:i'?m|i\s+am)\s+not\s+(?:sure|certain)\s+(?:whether|if)\s+i\s+(have|did|had)\s+(.+?)(?:\s+or\s+not)?$/i, '$1 I $2?'],
  // "Oh dear, I marked the pension letter as done by mistake. Could you put it back?": taken back.
  [
    /^(?:oh\s+dear[,!.]?\s+)?i\s+(?:marked|ticked(?:\s+off)?|crossed(?:\s+off)?)\s+(.+?)\s+(?:as\s+(?:done|finished|completed?)\s+|off\s+)?by\s+(?:mistake|accident)\b(?:\s*,\s*(?:it|they)\s+(?:is|are|was|were|has|have)(?:n'?t|\s+not)\s+[^.,;!?]*)?(?:[,.;!]\s*(?:(?:could|would|can)\s+you\s+|please\s+|maybe\s+|just\s+)*(?:put\s+it\s+back|undo\s+(?:it|that)|untick\s+it|reopen\s+it)(?:\s+please)?)?[?!.]*$/i,
    'reopen $1',
  ],
  // "The man came and fixed the boiler": the work reported, whoever did it.
  [
    /^(?:the|a)\s+(?:man|engineer|plumber|electrician|chap|fellow|lady|woman|gas\s+man)\s+(?:came|called)(?:\s+(?:round|over|by))?\s+(?:today\s+|this\s+morning\s+)?and\s+(?=\w+ed\b)/i,
    '',
  ],
  // "I managed to get the library books back": got them back.
  [/\b(?:i\s+)?(?:have\s+)?managed\s+to\s+get\b/i, 'got'],
  // "X is the most important thing on my list, please put it at the top": top priority, said again.
  [
    /^(.+?)\s+is\s+the\s+(?:most\s+important|top)\s+(?:thing|task|job|one)(?:\s+on\s+(?:my|the)\s+list)?(?:\s*,\s*(?:so\s+)?(?:please\s+)?put\s+it\s+at\s+the\s+top(?:\s+of\s+(?:my|the)\s+list)?)?$/i,
    '$1 is top priority',
  ],
  // "the garden shed can wait until the spring, so it isn't important": not important.
  [/^(?:i\s+think\s+)?(.+?)\s+can\s+wait(?:\s+(?:until|till)\s+[^,]+)?\s*,\s*so\s+it\s+(isn'?t|is\s+not)\s+/i, '$1 $2 '],
  // "the optician is on Friday, not Wednesday, would you change it": moved to the day said first.
  [
    new RegExp(
      String.raw`^(?:i\s+think\s+)?((?:the|my)\s+.+?)\s+(?:is|was)\s+(?:on\s+)?(${WEEKDAY_NAME}|tomorrow|[^,]+?)\s*,\s*not\s+(?:on\s+)?[^,.]+?(?:\s*[,.]\s*(?:(?:would|could|can)\s+you\s+|please\s+)*(?:change|correct|fix|alter)\s+it(?:\s+please)?)?[?!.]*$`,
      'i',
    ),
    'move $1 to $2',
  ],
  // "add a note for me to telephone the optician", "make a note to ring Edna": a task to add.
  [
    /\b(?:add|make|put\s+down|write(?:\s+down)?)\s+a\s+(?:little\s+)?note\s+for\s+me\s+to\s+(?!(?:the|my|task|it|that|this|number)\b|#?\d)/i,
    'add ',
  ],
  [/\bmake\s+a\s+(?:little\s+)?note\s+to\s+(?!(?:the|my|task|it|that|this|number)\b|#?\d)/i, 'add '],
  // "write on the gas man task that he said …": a note on it.
  [/\b(?:write|put|jot)\s+(?:down\s+)?on\s+((?:the|my)\s+.+?\s+(?:task|one))\s+that\s+/i, 'add a note to $1: '],
  // "give me a little reminder": remind me.
  [/\bgive\s+me\s+an?\s+(?:little\s+|small\s+|quick\s+|gentle\s+|friendly\s+)?(?:reminder|nudge)\b/i, 'remind me'],
  // "put off the window cleaning for a week": postponed by that much.
  [/\bput\s+off\s+(.+?)\s+(?:for|by)\s+(?=(?:an?|one|two|three|four|a\s+couple\s+of|a\s+few|\d+)\s)/i, 'postpone $1 by '],
  [/\bput\s+(.+?)\s+off\s+(?:for|by)\s+(?=(?:an?|one|two|three|four|a\s+couple\s+of|a\s+few|\d+)\s)/i, 'postpone $1 by '],
  // "put the word family on the birthday card task, so I can find it": a tag.
  [/,?\s*so\s+(?:that\s+)?i\s+can\s+find\s+(?:it|them)(?:\s+again)?(?=[.!]*$)/i, ''],
  [/\b(?:put|write)\s+the\s+(?:word|label)\s+['"]?([\p{L}-]+)['"]?\s+on\s+((?:the|my|task|number)\b.+)$/iu, 'tag $2 $1'],
  // "read me out my whole list": shown.
  [
    /\bread\s+(?:me\s+)?(?:out\s+)?(?:to\s+me\s+)?((?:my|the)\s+(?:whole\s+|entire\s+)?(?:to-?do\s+)?list)\b(?:\s+(?:out|to\s+me))?/i,
    'show $1',
  ],
  // "is there anything on my list about the hospital": about that, wherever on the list.
  [/^(is\s+there\s+anything)\s+(?:on|in)\s+(?:my|the)\s+list\s+(?:about|regarding|concerning|relating\s+to|to\s+do\s+with)\b/i, '$1 about'],
  // "Please add wash the net curtains, it isn't urgent": said of the task being added.
  [/^((?:please\s+)?(?:add|put\s+down)\b.+?),\s*(?:it|that)\s+(?:isn'?t|is\s+not|'s\s+not)\s+(urgent|important)(?=[.!]*$)/i, '$1, not $2'],
  // "make number 4 a medium priority": the level.
  [/\b(make|set)\s+(.+?)\s+an?\s+(high|medium|low|top)\s+priority\b/i, '$1 $2 $3 priority'],
  // "this coming Friday": that Friday ("he's coming Tuesday" says who comes, and stays); "on Monday first thing": that
  // morning.
  [new RegExp(String.raw`\bthis\s+coming\s+(${WEEKDAY_NAME})\b`, 'i'), '$1'],
  [new RegExp(String.raw`\b(${WEEKDAY_NAME}|tomorrow)\s+first\s+thing\b`, 'i'), '$1 morning'],
  // "next Tuesday but one": the Tuesday after next, "Tuesday week".
  [new RegExp(String.raw`\bnext\s+(${WEEKDAY_NAME})\s+but\s+one\b`, 'i'), '$1 week'],
];

/**
 * The message with the courteous shapes above said the way the rest of the rules read them. A "please" before them
 * ("please I'm sorry, I added the wrong thing. Delete it.") is set aside while they are read, and kept when there are none.
 */
export function inCourteousEnglish(message: string): string {
  const polite = /^(?:please|pls|kindly)[,\s]+(?=\S)/i.exec(message.trim());
  if (polite) {
    const rest = message.trim().slice(polite[0].length);
    const read = courteousWordsOf(rest);
    if (read !== rest.trim().replace(/\.+$/, '')) return read;
  }
  return courteousWordsOf(message);
}

function courteousWordsOf(message: string): string {
  let text = message.trim();
  for (let i = 0; i < 3; i++) {
    const before = text;
    text = text.replace(STORY_SENTENCE, '').replace(THANKS_AFTER, '');
    for (const [pattern, replacement] of COURTESY_BEFORE) text = text.replace(pattern, replacement as string);
    text = withoutAsides(text.trim()).trim();
    if (text === before) break;
  }
  text = text.replace(WHY_AFTER, '').replace(/\.+$/, '').replace(DONE_SAID_AGAIN, '');
  for (const [pattern, replacement] of [...REWRITES, ...COURTEOUS_CHANGES]) text = text.replace(pattern, replacement as string);
  return pointBack(text);
}
