import { inActiveVoice } from './office-passive.ts';
import { OFFICE_PHRASES, OFFICE_QUESTIONS } from './office-phrases.ts';
import { englishTerms } from './word-roots.ts';

// English as people write it at work, in an email or a ticket: a greeting and a sign-off around the request ("Hi,
// … Kind regards, Mark"), an announcement before it ("Please be advised that …"), a reason before or after it ("As the
// client has postponed, please move …", "…, as changes were requested"), the passive ("I would like the report to be
// marked as high priority"), nouns for actions ("Removal of task 18"), tasks named by their subject ("the item
// regarding the vendor contract") and the topic said first ("With reference to task 22, please amend the title to …").
// Each is said once the way the rest of the rules read it, before the sentence is read; nothing here decides what is
// meant.

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';

/** "Hi,", "Dear Doable,", "Good morning,", "I hope you are well.", "Please see below.": the letter before the request. */
const GREETING =
  /^\s*(?:(?:(?:dear|hi|hello|hey)(?:\s+(?:doable|team|there|all|everyone))?|good\s+(?:morning|afternoon|evening|day))\s*[,!.:]|i\s+hope\s+(?:you\s+are|you're|this\s+(?:message|email|note)\s+finds\s+you|all\s+is)\s+well\s*[,!.]?|(?:please\s+see\s+(?:below|the\s+following)|apologies\s+for\s+the\s+(?:delay|late\s+reply)|sorry\s+for\s+the\s+delay|thank\s+you\s+for\s+your\s+(?:help|patience|time))\s*[,!.:]?)\s+(?=\S)/i;
/** "Kind regards, Mark", "Best regards", "Thanks in advance": the letter after the request, with the name signed. */
const SIGN_OFF =
  /(?:[.!?,]\s*|\n\s*)(?:(?:kind|best|warm|warmest)\s+(?:regards|wishes)|with\s+thanks|thanks\s+in\s+advance|(?:many\s+)?thanks|thank\s*you|cheers|regards|(?:yours\s+)?(?:sincerely|faithfully)|best)[,.!]*(?:\s+[\p{L}.'-]+){0,2}[.!]*\s*$/iu;
/** "(sent from my iPhone)", "Sent from my phone": what the mail program adds under the letter. */
const SENT_FROM = /\s*\(?\bsent\s+from\s+my\s+[\w-]+(?:\s+[\w-]+)?\)?\s*$/i;
/**
 * "Please be advised that", "I'm pleased to confirm that": news announced. "Please ensure that" only before a rule
 * ("… no longer repeats"): "ensure that the invoice is paid" asks for work, never says it is done.
 */
const ANNOUNCED =
  /^(?:(?:please|kindly)\s+(?:be\s+advised|note)|be\s+advised|(?:i\s+am|i'm)\s+(?:pleased|happy|glad)\s+to\s+(?:confirm|report|say|advise)|i\s+can\s+confirm|this\s+is\s+to\s+confirm|for\s+your\s+information|just\s+to\s+confirm)\s*[,:]?\s+(?:that\s+)?|^(?:(?:please|kindly)\s+|(?:could|can|would)\s+you\s+(?:please\s+)?)?ensure\s+(?:that\s+)?(?=(?:the|our|my|task)\b[^.;]*\b(?:repeat|recur)\w*)/i;
/** "Per our discussion,", "As agreed,", "Following today's call,": where the request comes from, said first. */
const AS_AGREED =
  /^(?:per\s+(?:our|your|my)\s+(?:discussion|conversation|call|meeting|email)|as\s+(?:discussed|agreed|requested|mentioned)|following\s+(?:our|your|today'?s|this\s+morning'?s|yesterday'?s)\s+(?:discussion|conversation|call|meeting))\s*[,:;]\s*/i;
/** "As the client has postponed, please …": the reason before the request. */
const REASON_FIRST =
  /^(?:as|since|because|given\s+that|following|further\s+to|in\s+light\s+of|owing\s+to|due\s+to)\s+[^,;]+?[,;]\s*(?=(?:please|kindly|could|can|would|i\s+would)\b)/i;
/** "…, as further changes have been requested": the reason after it ("as soon as", "as well" are no reason). */
const REASON_AFTER = /,\s*(?:as|since|because|given\s+that|due\s+to)\s+(?!soon\b|well\b|usual\b)[^,]+$/i;

/** "Removal of task 18", "Completion of the action on …": the action said as a noun. */
const ACTION_NOUNS: Record<string, string> = {
  creation: 'add',
  addition: 'add',
  removal: 'remove',
  deletion: 'delete',
  completion: 'complete',
  closure: 'close',
  cancellation: 'cancel',
  reopening: 'reopen',
};
const ACTION_NOUN = new RegExp(`^(?:the\\s+)?(${Object.keys(ACTION_NOUNS).join('|')})\\s+of\\s+`, 'i');
/** "add of a task for onboarding …" (from "Creation of a task for …"): the task's label before what it is for. */
const TASK_FOR = /^add\s+(?:a|an)\s+(?:new\s+)?(?:task|item|action|todo)\s+(?:for|to|regarding|about)\s+/i;

/** "I would like the report to be marked as …", "I'd like task 9 to be removed": the wish, said as the request. */
const PASSIVE_WISH = /^(?:i\s+would\s+like|i'd\s+like|i\s+want|please\s+arrange\s+for)\s+(.+?)\s+to\s+be\s+([a-z]+)\b\s*(.*)$/i;
/** "I would like the budget task to recur monthly": the wish for what the task does. */
const ACTIVE_WISH = /^(?:i\s+would\s+like|i'd\s+like|i\s+want)\s+((?:the|my|task|#?\d)\b.+?)\s+to\s+(recur|repeat)\b\s*(.*)$/i;
/** "A task needs to be created to send …", "A recurring task is required to send …": a task asked for in the passive. */
/** "Please ensure that the invoice is paid": work asked for, to add ("pay the invoice"), never news that it is done. */
const ENSURE_DONE =
  /^(?:(?:please|kindly)\s+|(?:could|can|would)\s+you\s+(?:please\s+)?)?(?:ensure|make\s+sure)\s+(?:that\s+)?((?:the|our|my)\s+.+?)\s+(?:is|are|gets?|has\s+been)\s+([a-z]+)\b\s*(.*)$/i;
const TASK_NEEDED =
  /^(an?\s+(?:new\s+)?(?:recurring\s+|repeating\s+)?(?:task|item|todo|reminder))\s+(?:(?:needs|has)\s+to\s+be\s+(?:created|added|set\s+up|raised|logged)|is\s+(?:required|needed))\s+(?=to\b|for\b)/i;

/** The verb a participle comes from ("marked" → "mark", "sent" → "send"), or undefined for a word that is none. */
function verbOf(participle: string): string | undefined {
  const term = englishTerms(`it was ${participle} today`)[2];
  if (!term?.tags.includes('Verb')) return undefined;
  if (term.root && term.root !== participle) return term.root;
  return /ed$/i.test(participle) ? participle.replace(/(?<=[tvszc])ed$/i, 'e').replace(/ed$/i, '') : undefined;
}

/**
 * "the vendor call has been cancelled; kindly remove it", "the team lunch will no longer take place; please remove the
 * corresponding task": the task is the subject of the news, and the request after it points back at it.
 */
const NEWS_THEN_REQUEST =
  /^(?:(?:as|since|because|given\s+that)\s+[^,;]+,\s*)?((?:the|our|my)\s+[^,;.]+?)\s+(?:is|are|was|were|has|have|had|will|won't|can|cannot|can't|should|isn't|aren't|no\s+longer)\b[^.;]*[.;]\s*(?:(?:please|kindly)\s+|(?:could|can|would)\s+you\s+(?:please\s+)?)*((?:delete|remove|close|complete|cancel|mark|move|reschedule|set|tag|drop)(?:\s+off)?)\s+(?:it|this|that|the\s+(?:corresponding|related|relevant|associated)\s+(?:task|item|action|todo))\b(.*)$/i;

/** "the item regarding the vendor contract", "the action on the board pack": a task named by its subject. */
const SUBJECT_WORD = String.raw`(?:regarding|concerning|relating\s+to|related\s+to|in\s+relation\s+to|with\s+regard\s+to|re:?|on(?!\s+(?:${WEEKDAY}|the\s+\d|\d|today|tomorrow|next|this)\b))`;
const BY_SUBJECT = new RegExp(
  // "the task about …" is read already, with what it says of the subject ("about renewing the TV licence").
  String.raw`\bthe\s+(?:(?:task|todo)\s+${SUBJECT_WORD}|(?:item|action(?:\s+item)?|ticket|entry)\s+(?:about|${SUBJECT_WORD}))\s+(?:(the|my|our)\s+)?`,
  'gi',
);

/** "With reference to task 22, could you please amend the title to …", "Re: budget – please mark as done". */
const TOPIC_FIRST =
  /^(?:with\s+(?:reference|regard|respect)\s+to|regarding|concerning|in\s+relation\s+to|re:?|for(?=\s+(?:the|my|our)\s+[^,]*\b(?:item|task|ticket|action|entry)\s*,\s*(?:please|kindly|could|would|can)\b))\s+(.+?)\s*(?:[,;:]|\s[-–—])\s*(?:(?:please|kindly|pls)\s+|(?:could|can|would)\s+you\s+(?:please\s+|kindly\s+)?)*(.+)$/i;

function topicIntoRequest(topic: string, request: string): string {
  // "For the onboarding item, please append the following note: …": a note on the topic (the note's own "it" stays).
  const note = /^(?:add|append|put|attach|include)\s+(?:the\s+following|a|this)\s+(?:note|comment|description)\s*:\s*/i.exec(request);
  if (note) return `add a note to ${topic}: ${request.slice(note[0].length)}`;
  if (/\b(?:it|this|that)\b/i.test(request)) return request.replace(/\b(?:it|this|that)\b/i, topic);
  // "Re the compliance training: please set a reminder for Monday at 9am": a reminder about the topic.
  const reminder = /^(?:(?:set|add|create)\s+(?:a\s+)?reminder|remind\s+me)\s+(?:for\s+|on\s+)?(?=\S)/i.exec(request);
  if (reminder) return `remind me about ${topic} ${request.slice(reminder[0].length)}`;
  const field = /\b(?:the\s+)?(title|name|description|notes?|due\s+date|deadline|priority|tags?|labels?)\b(?!\s+of\b)/i.exec(request);
  if (field) return `${request.slice(0, field.index + field[0].length)} of ${topic}${request.slice(field.index + field[0].length)}`;
  const bare = /^((?:mark|tick\s+off|close|delete|remove|complete|cancel|reopen|move|reschedule))\b(?=\s+(?:as|to|for)\b|\s*$)/i.exec(
    request,
  );
  if (bare?.[1]) return `${bare[1]} ${topic}${request.slice(bare[0].length)}`;
  return `${topic}, ${request}`;
}

/** "quarterly" said last of a task is its rule; "#quarterly", "tagged quarterly" is a tag. */
const QUARTERLY = /(?<!(?:#|\b(?:tagged|tag|labell?ed|label)\s+#?))\bquarterly(?=\s*(?:[,.;!?]|$)|\s+(?:on|from|starting)\b)/i;

const REWRITES: [RegExp, string | ((...groups: string[]) => string)][] = [
  // "as soon as possible": "asap", the priority it says.
  [/\bas\s+soon\s+as\s+(?:possible|you\s+can|feasible)\b/i, 'asap'],
  // "I would be grateful if you could add …": the request after it.
  [/^(?:i\s+would|i'd)\s+(?:be\s+(?:grateful|obliged)|appreciate\s+it)\s+if\s+you\s+(?:could|would|can)\s+(?:please\s+)?/i, ''],
  // "raise a task to …", "log a ticket for …": a task to add ("raise the priority" is another thing).
  [/\b(?:raise|log|open)\s+(?:a|an)\s+(?:new\s+)?(?:task|ticket|item|action)\b/i, 'add a task'],
  // "the deadline has been extended to the 14th": moved.
  [/\b(has\s+been|is|was|got)\s+extended\s+(?=(?:to|until|till)\b)/i, '$1 moved '],
  // "amend the title": "change".
  [/\bamend\b/i, 'change'],
  // "the title of task 14 should read …": the new title.
  [/\b(title|name|description|notes?)\s+((?:of|on|for)\s+.+?\s+)?(?:should|must|is\s+to|needs\s+to)\s+(?:read|say)\b/i, '$1 $2should be'],
  // "add the following task: …", "add the following note to …".
  [/\b(add|put)\s+the\s+following\s+(note|description|comment)\b/i, '$1 a $2'],
  [/\b(add|create)\s+the\s+following(?:\s+(?:task|item|action|todo))?\s*:\s*/i, '$1 '],
  // "Kindly set up a quarterly task to review the supplier list": a task every three months, said by its adjective.
  [/\b(?:set\s+up|create|add|schedule|log)\s+an?\s+quarterly\s+(?:task|item|reminder|todo)\s+(?:to|for)\s+(.+)$/i, 'add $1 quarterly'],
  [QUARTERLY, 'every 3 months'],
  // "set up a recurring task to submit the timesheet every Friday": the rule said after it.
  [
    /\b(?:set\s+up|create|add|log)\s+an?\s+(?:new\s+)?(?:recurring|repeating)\s+(?:task|item|todo)\s+(?:to|for)\s+(?=.*\b(?:every|each)\b)/i,
    'add ',
  ],
  // "schedule the payroll check every other Wednesday": a rule to add.
  [/^((?:(?:please|kindly)\s+|(?:could|can|would)\s+you\s+(?:please\s+)?)*)schedule\s+(?=.*\bevery\b)/i, '$1add '],
  // "schedule a call with the plumber for tuesday": something new to do on a day ("schedule the dentist for friday"
  // moves one; "schedule a meeting with finance" says no day, and is asked).
  [
    /^((?:(?:please|kindly)\s+|(?:could|can|would)\s+you\s+(?:please\s+)?)*)schedule\s+(?:in\s+)?an?\s+(?=.*\s(?:for|on|at|by|next|this|tomorrow|today|tonight)\s+\S)/i,
    '$1add ',
  ],
  // "first thing Monday": that morning.
  [new RegExp(String.raw`\bfirst\s+thing\s+(?:on\s+)?(${WEEKDAY}|tomorrow)\b`, 'i'), '$1 morning'],
  // "… and send me a reminder 30 minutes beforehand", "a reminder one day in advance".
  [/\s+and\s+(?:send|give)\s+me\s+a\s+reminder\s+/i, ', remind me '],
  [/\b(before)hand\b|\bin\s+advance\b/i, 'before'],
  // "add a reminder for me to book the car wash on saturday": remind me to.
  [
    /(?:\b(?:would|do)\s+you\s+mind\s+)?\b(?:add|adding|set|setting|create|creating|make|put\s+in|give\s+me)\s+(?:a\s+)?reminder\s+for\s+me\s+(?=to\s)/i,
    'remind me ',
  ],
  // "I would appreciate a reminder about the vendor contract …".
  [/^i\s+would\s+(?:appreciate|like)\s+a\s+reminder\s+(?:about|for|on|regarding)\s+/i, 'remind me about '],
  // "let me know which …", "advise what …", "provide a list of …": asking to be shown.
  [/^(?:let\s+me\s+know|advise(?:\s+me)?|confirm|tell\s+me)\s+(?:whether|if)\s+there\s+(is|are)\s+/i, '$1 there '],
  [/^(?:let\s+me\s+know|advise(?:\s+me)?|confirm|tell\s+me)\s+(?:whether|if)\s+there['’]s\s+/i, 'is there '],
  // "tell me if anything is due on Tuesday": anything due on Tuesday, never a task "whether anything" to move.
  [/^(?:let\s+me\s+know|advise(?:\s+me)?|confirm|tell\s+me)\s+(?:whether|if)\s+(anything|any\s+tasks?)\s+(?:is|are)\s+/i, '$1 '],
  [/^(?:let\s+me\s+know|advise(?:\s+me)?|confirm|tell\s+me)\s+(?=(?:what|which|how|whether|if)\b)/i, ''],
  // "what has been completed (to date)": what the user finished, never a task called "what".
  [/^what\s+(?:has|have)\s+been\s+(?:completed|done|finished|closed)\b/i, 'what have I finished'],
  [/^(?:provide|send|give)\s+(?:me\s+)?(?:with\s+)?a\s+list\s+of\s+/i, 'list '],
  [/\s+(?:to\s+date|currently\s+in\s+use|at\s+present|currently)(?=[\s?.!]*$)/i, ''],
  [/\b(?:remain|are\s+still|remain\s+outstanding\s+and)\s+open\b/i, 'are pending'],
];

/** "please" before the whole letter ("please Kindly let me know …", "please As I will be travelling, …"). */
const PLEASE_FIRST =
  /^(?:please|pls|kindly)[,\s]+(?=\S)(?!(?:be\s+advised|note|ensure|make\s+sure|let\s+me\s+know|advise|provide|confirm)\b)/i;

/**
 * The request said the way the rest of the rules read it. A "please" before the office shapes is set aside while they
 * are read (the rules read politeness later), and kept when there are none.
 */
export function inPlainOfficeWords(text: string): string {
  const polite = PLEASE_FIRST.exec(text);
  if (polite) {
    const rest = text.slice(polite[0].length);
    const read = officeWordsOf(rest);
    if (
      read !==
      rest
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/\.+$/, '')
    )
      return read;
  }
  return officeWordsOf(text);
}

function officeWordsOf(text: string): string {
  // The sign-off is found by the line or sentence it starts, before the lines are joined.
  let said = text
    .replace(SENT_FROM, '')
    .replace(SIGN_OFF, (signOff: string) => (/^[?]/.test(signOff) ? '?' : ''))
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  for (let i = 0; i < 3; i++) said = said.replace(GREETING, '');
  // Several times: "Good morning. Please be advised that … As …, please …".
  for (let i = 0; i < 3; i++) {
    const before = said;
    said = said
      .replace(ANNOUNCED, '')
      .replace(AS_AGREED, '')
      .replace(REASON_FIRST, '')
      .replace(/^(?:please|kindly)\s+(?=(?:let\s+me\s+know|advise|provide|confirm|(?:check|tell\s+me)\s+(?:whether|if))\b)/i, '')
      .replace(
        /^(?:could|can|would)\s+you\s+(?:please\s+)?(?=(?:let\s+me\s+know|advise|provide|confirm|(?:check|tell\s+me)\s+(?:whether|if))\b)/i,
        '',
      );
    if (said === before) break;
  }
  // A full stop ends the sentence; "!!!" after the words may say it is urgent, and stays.
  said = said.replace(/\.+$/, '').replace(REASON_AFTER, '');
  const noun = ACTION_NOUN.exec(said);
  if (noun?.[1]) said = `${ACTION_NOUNS[noun[1].toLowerCase()]} ${said.slice(noun[0].length)}`.replace(TASK_FOR, 'add ');
  said = said
    .replace(PASSIVE_WISH, (all: string, what: string, participle: string, rest: string) => {
      // "I'd like the dentist to be high priority": "be" before a level, not a participle, is read as it is.
      const verb = verbOf(participle);
      return verb ? `${verb} ${what} ${rest}`.trim() : all;
    })
    .replace(ACTIVE_WISH, (_all, what: string, verb: string, rest: string) => `make ${what} ${verb} ${rest}`.trim())
    .replace(ENSURE_DONE, (all: string, what: string, participle: string, rest: string) => {
      const verb = verbOf(participle);
      return verb ? `add ${verb} ${what} ${rest}`.trim() : all;
    })
    .replace(TASK_NEEDED, 'create $1 ')
    .replace(NEWS_THEN_REQUEST, (_all, what: string, verb: string, rest: string) => `${verb} ${what}${rest}`);
  said = inActiveVoice(said);
  const topic = TOPIC_FIRST.exec(said);
  if (topic?.[1] && topic[2]) said = topicIntoRequest(topic[1].trim(), topic[2].trim());
  for (const [pattern, replacement] of [...OFFICE_QUESTIONS, ...REWRITES, ...OFFICE_PHRASES])
    said = said.replace(pattern, replacement as string);
  return said.replace(BY_SUBJECT, (_all, article?: string) => `${article ?? 'the'} `);
}
