import { errandSaid } from './errands.ts';
import { englishTerms } from './word-roots.ts';

// English as learners write it, said once the way the rest of the rules read it before anything else reads the
// sentence (second-language.ts reads more of it later, once the sentence is in plainer words): "you" after "please"
// ("please you delete …"), "for me" and "please" after the verb ("cancel for me the …", "add please …"), "not more" for
// "no longer", a day said with "for" ("change the dentist for friday"), a correction said as "is not X, is Y", the
// task first and the request after it ("the tasks with tag family, show me"), "remember me" and "an alarm" for a
// reminder, a date said before the news it dates ("next week thursday I have the interview, add it"). Nothing here
// decides what is meant; each shape becomes words another rule already reads.

import { WEEKDAY_NAME } from '../calendar-words.ts';
import type { Rewrite } from './second-language-more.ts';
import { isWholeDate } from './whole-dates.ts';

/** Where a day follows: "friday", "the 3rd", "next week", "tomorrow". */
const DAY_AHEAD = String.raw`(?=(?:the\s+)?(?:day\s+after\s+tomorrow|\d|next|this|tomorrow|today|tonight|${WEEKDAY_NAME})\b)`;
/** A length of time a reminder comes before: "15 minutes", "one day", "an hour". */
const LENGTH = String.raw`(?:\d+|an?|one|two|three|four|five|six|half)\s+(?:an?\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)`;
const LEVEL = '(high|low|medium|normal|urgent)';
/** A verb that starts a request to the list. */
const REQUEST_VERB = String.raw`(?:add|create|make|put|write|remind|remember\s+me|change|rename|move|delete|erase|remove|cancel|mark|set|show)`;

/**
 * "the vet: for tuesday and low priority", "the report, change it: priority high and for monday": a task, then its
 * new day and level as a list. Said as the move and the level the change rules read; anything else in the list, or
 * one item without the "change it" that says a change is meant, leaves the sentence as it is.
 */
function fieldListAfterTask(text: string): string {
  const said = /^(the\s+[^,:]+?|(?:the\s+)?task\s+#?\d+)\s*[,:]\s*((?:change|modify)\s+it\s*:\s*)?(.+?)[.!]?$/i.exec(text);
  if (!said?.[1] || !said[3]) return text;
  const parts = said[3].split(/\s*,\s*(?:and\s+)?|\s+and\s+/i).filter(Boolean);
  if (parts.length < (said[2] ? 1 : 2)) return text;
  let level: string | undefined;
  let day: string | undefined;
  for (const part of parts) {
    const levelSaid = new RegExp(
      String.raw`^(?:(?:the\s+)?priority\s+${LEVEL}|${LEVEL}\s+priority|(?:very\s+)?(urgent|important))$`,
      'i',
    ).exec(part);
    const daySaid = /^(?:for|on|to|due)\s+(.+)$/i.exec(part)?.[1] ?? part;
    if (levelSaid && !level) level = (levelSaid[1] ?? levelSaid[2] ?? levelSaid[3] ?? '').toLowerCase();
    else if (!day && isWholeDate(daySaid)) day = daySaid;
    else return text;
  }
  const levelWords = level === 'urgent' || level === 'important' ? level : `${level} priority`;
  if (day && level) return `move ${said[1]} to ${day} and make it ${levelWords}`;
  if (day) return `move ${said[1]} to ${day}`;
  return `make ${said[1]} ${levelWords}`;
}

/**
 * "next week thursday I have the interview, add it please", "on friday I must go to the bank, add it": the date said
 * after the news, where the rule for news and then a request reads it.
 */
function dateBeforeNews(text: string): string {
  const said = /^(.+?)\s+(i\s+(?:have|must|need\s+to)\s+.+?)(\s*,\s*(?:please\s+)?(?:add|put|note)\s+(?:it|this|that)\b.*)$/i.exec(text);
  // "next week thursday": the day of that week, said the way the date reader reads it.
  const day = said?.[1]?.replace(new RegExp(String.raw`^next\s+week\s+(${WEEKDAY_NAME})$`, 'i'), '$1 next week');
  if (!said?.[2] || !day || !isWholeDate(day)) return text;
  return `${said[2]} ${day}${said[3]}`;
}

/**
 * "tomorrow at 3pm meeting with the teacher of Luca": a diary note, the day first and then the event with someone, is
 * a task to add for that day ("meeting" alone is read as something going on, never a title).
 */
function eventNotedAfterDay(text: string): string {
  const said = /^(.+?)\s+((?:meeting|appointment|appt|call|dinner|lunch|breakfast|coffee|visit|interview|class|lesson)\s+with\s+.+)$/i.exec(
    text,
  );
  return said?.[1] && said[2] && isWholeDate(said[1]) ? `add ${said[2]} ${said[1]}` : text;
}

const REWRITES: Rewrite[] = [
  // "please you delete the meeting", "please you can add …": "you" said after "please", as "bitte Sie" and "por favor
  // usted" put it.
  [new RegExp(String.raw`^((?:please|pls|kindly)[,\s]+)?you\s+(?:can\s+)?(?=${REQUEST_VERB}\b)`, 'i'), '$1'],
  // "add please the task …", "delete please the gym": "please" after the verb.
  [new RegExp(String.raw`^(${REQUEST_VERB})\s+please[,\s]+`, 'i'), 'please $1 '],
  // "please to change the date …": "to" after "please" (said or already taken off), as "bitte zu" and "prière de" put it.
  [/^((?:please|pls|kindly)[,\s]+)?to\s+(?=(?:change|move|delete|remove|add|set|make|mark|put|rename|update|create|remind)\b)/i, '$1'],
  // "mark it back to not done": back to a state is "as" that state.
  [
    /\b(mark|set|put|make|switch|change|turn)\s+(it|that|this|them)\s+back\s+to\s+(?=(?:not\s+done|undone|open|incomplete|unfinished|pending|not\s+finished)\b)/i,
    '$1 $2 as ',
  ],
  // "remind me please to bring the passport copy": "please" after "remind me".
  [/^(remind\s+me)\s+please[,\s]+(?=to\b|about\b)/i, 'please $1 '],
  // "cancel for me the appointment", "erase for me task 9": for whom, said before what.
  [
    /^((?:please\s+)?(?:cancel|delete|erase|remove|mark|move|change|rename|find|search)\s+)for\s+me\s+(?=the\b|my\b|task\b|#?\d|it\b|all\b)/i,
    '$1',
  ],
  // "add for me meeting with the teacher on wednesday": the new task after "for me".
  [/^((?:please\s+)?(?:add|create|put|write)\s+)for\s+me\s+(?=\p{L})/iu, '$1'],
  // "I was wrong, the garden is not yet done, …": an admission before the news says nothing of the task ("sorry, that
  // one should be …" is left to the rules for corrections).
  [/^(?:i\s+was\s+wrong|i\s+made\s+a\s+mistake)\s*,\s*(?=the\b|my\b)/i, ''],
  // "please you put done on the dentist": the task marked done.
  [/^((?:please\s+)?)(?:put|set|give)\s+(done|finished|completed?)\s+(?:on|to|at|for)\s+(.+)$/i, '$1mark $3 as $2'],
  // "the electricity bill I have paid it yesterday": when it was done says nothing of which task.
  [
    /^((?:the|my)\s+[^,]+?,?\s+(?:i|we)\s+(?:have\s+|had\s+)?\w+\s+(?:it|them))\s+(?:yesterday|today|this\s+morning|last\s+night|just\s+now|now)$/i,
    '$1',
  ],
  // "the yoga is not more", "I not need more the task 12", "I don't go more to the course", "the report, not more
  // high priority", "the gym not more every week": "not … more" for "no longer", never a level or a rule to set; a
  // verb left bare at the end ("…, delete") is said of the task before it.
  [
    /^((?:the|my)\s+[^,]+?|(?:the\s+)?task\s+#?\d+),?\s+(?:is\s+|are\s+)?not\s+more\s+((?:very\s+)?(?:urgent|important)|high(?:\s+priority)?)$/i,
    '$1 is no longer $2',
  ],
  [
    /^((?:the|my)\s+[^,]+?|(?:the\s+)?task\s+#?\d+),?\s+(?:is\s+)?not\s+more\s+(?:every|each|daily|weekly|monthly)\b.*$/i,
    'no longer repeat $1',
  ],
  [/\b(is|are)\s+not\s+more\b/i, '$1 no more'],
  [/^i\s+(?:do\s+not|don'?t|not)\s+(need|go|use|do|play|attend|visit|take)\s+more\s+([^,]+?)(?=\s*,|$)/i, "I don't $1 $2 anymore"],
  [/,\s*(delete|erase|remove|cancel)\s*[.!]?$/i, ', $1 it'],
  // "the electricity bill it is paid already": the subject said again as "it" ("the bill, it is paid": the same).
  [
    /^((?:the|my)(?:\s+(?!(?:but|and|now|so|then|used|is|are|was|were|be)\b)[\p{L}'-]+){1,4})\s+(?:it|they)\s+(is|are|was|were)\b/iu,
    '$1 $2',
  ],
  // "…, please make done", "…, mark done": done of the task just named.
  [/,\s*((?:please\s+)?)(?:make|mark|put)\s+(?:as\s+)?(done|finished|complete|completed)\s*[.!]?$/i, ', $1mark it $2'],
  [/\b(delete|erase|remove)\s+(it|that|them)\s+from\s+(?:the|my)\s+(?:to-?do\s+)?list\b/i, '$1 $2'],
  // "delete it the last one I did add", "remove the one I added last": the task just added.
  [
    /\b(?:it\s+)?the\s+last\s+(?:one|task)\s+(?:that\s+)?(?:i|we)\s+(?:did\s+add|have\s+added|added|did\s+make|made|created|wrote)\b/i,
    'the task I just added',
  ],
  [/\bthe\s+(?:one|task)\s+(?:that\s+)?(?:i|we)\s+(?:added|made|created|wrote)\s+last\b/i, 'the task I just added'],
  // "every week on monday I go swimming, add it": the request after a routine said as news asks for the routine.
  [/^((?:every|each)\b.+?)\s*,\s*(?:please\s+)?(?:add|put|note|write)\s+(?:it|this|that)(?:\s+please)?\s*[.!]?$/i, '$1'],
  // "delete the task of the car and of the gym": two tasks, each said with "of", as two tasks are said otherwise.
  [/\b(the\s+(?:task|tasks)\s+of\s+[^,]+?)\s+and\s+of\s+(?=the\b|my\b)/i, '$1 and the task of '],
  // "the report put it in done", "the dentist I have moved it to friday": the task first, then what was done to it.
  [/^((?:the|my)\s+[^,]+?),?\s+(?:put|set|mark)\s+(?:it|that)\s+(?:in|on|as|to)\s+(done|finished|completed?)$/i, 'mark $1 as $2'],
  [
    new RegExp(
      String.raw`^((?:the|my)\s+[^,]+?),?\s+(?:i|we)\s+(?:have\s+|had\s+)?(?:moved|changed|put|pushed|postponed|passed)\s+(?:it|them)\s+(?:to|for|on)\s+${DAY_AHEAD}`,
      'i',
    ),
    'move $1 to ',
  ],
  // "take away all what is finished": "all what" for "everything that", as "alles was" and "tout ce que" say it.
  [/\ball\s+what\b/i, 'everything that'],
  [/^take\s+away\s+(?=everything\b|all\b)/i, 'remove '],
  // "take away from the dentist the tag urgent": the task before the tag.
  [
    /^(?:take\s+away|take\s+out|remove|erase|delete)\s+from\s+(.+?)\s+the\s+(tag|label)\s+#?([\p{L}\p{N}_-]+)$/iu,
    'remove the $2 $3 from $1',
  ],
  // "put the priority high for report", "for the car wash the priority is low": the level said of a task.
  [
    new RegExp(String.raw`^(?:put|set|give|make)\s+the\s+priority\s+${LEVEL}\s+(?:for|to|on|of|at)\s+(.+)$`, 'i'),
    'set the priority of $2 to $1',
  ],
  [new RegExp(String.raw`^for\s+(.+?),?\s+the\s+priority\s+(?:is|must\s+be|should\s+be)\s+${LEVEL}$`, 'i'), 'set the priority of $1 to $2'],
  // "add buy new glasses, for me is important": how much it matters to the writer.
  [/,\s*for\s+me\s+(?:it\s+)?is\s+((?:very\s+)?(?:important|urgent))\b/i, ', it is $1'],
  // "change the dentist for friday", "pass the gym for monday": a task moved "for" a day.
  [
    new RegExp(
      String.raw`^((?:please\s+)?)(?:change|pass)\s+((?!the\s+(?:name|title|description|notes?|priority|tags?|labels?|date|day)\b)(?:the|my|task|#|it\b|that\b)(?:(?!\b(?:to|title|name|description|notes?|priority)\b).)*?)\s+for\s+${DAY_AHEAD}`,
      'i',
    ),
    '$1move $2 to ',
  ],
  // "put the hairdresser on saturday instead of friday": a day in place of another is a move, never a task to add.
  [
    new RegExp(
      String.raw`^((?:please\s+)?)(?:put|change|pass)\s+((?:the|my|task|#|it\b|that\b).*?)\s+(?:on|for|to)\s+${DAY_AHEAD}(.+?\s+instead\s+of\s+.+)$`,
      'i',
    ),
    '$1move $2 to $3',
  ],
  // "the task 3 is for tomorrow, not for today", "the call with the bank, is not today, is on monday at 11": the right
  // day said against the wrong one.
  [
    new RegExp(
      String.raw`^((?:the\s+)?task\s+#?\d+|the\s+[^,]+?),?\s+is\s+(?:for|on)\s+${DAY_AHEAD}([^,]+?),?\s+not\s+(?:for\s+|on\s+)?[^,]+$`,
      'i',
    ),
    'move $1 to $2',
  ],
  [
    new RegExp(
      String.raw`^((?:the\s+)?task\s+#?\d+|the\s+[^,]+?),?\s+(?:it\s+)?is\s+not\s+[^,]+,\s*(?:it\s+)?is\s+(?:for\s+|on\s+|at\s+)?${DAY_AHEAD}(.+)$`,
      'i',
    ),
    'move $1 to $2',
  ],
  // "for the meeting with Tom I want an alarm 15 minutes before", "the alarm of the vet, change it to 30 minutes
  // before", "… and remember me one day before": a reminder set before a task.
  [
    new RegExp(
      String.raw`^for\s+(.+?),?\s+(?:i\s+)?(?:want|need|would\s+like)\s+(?:an?\s+)?(?:alarm|reminder|alert)\s+(${LENGTH})\s+before$`,
      'i',
    ),
    'remind me $2 before $1',
  ],
  [
    new RegExp(
      String.raw`^the\s+(?:alarm|reminder|alert)\s+(?:of|for|on)\s+(.+?),?\s+(?:change|put|set|make|move)\s+it\s+(?:to|at|on)\s+(${LENGTH})\s+before$`,
      'i',
    ),
    'remind me $2 before $1',
  ],
  [new RegExp(String.raw`\bremember\s+me\s+(?=${LENGTH}\s+before\b)`, 'i'), 'remind me '],
  // "make alarm 10 minutes before the call": an alarm without its article.
  [new RegExp(String.raw`^(?:make|set|put|give)\s+(?:me\s+)?(?:an?\s+)?(?:alarm|alert)\s+(?=${LENGTH}\s+before\b)`, 'i'), 'remind me '],
  // "when I have the dentist?", "what means priority?": a question in the order of a statement.
  [/^when\s+(i|we)\s+(have|go|see|meet)\b/i, 'when do $1 $2'],
  [/^what\s+means\s+(.+?)(\?*)$/i, 'what does $1 mean$2'],
  [/^(what|which\s+tasks?|which\s+ones?)\s+(i|we)\s+did\s+(?=finish|complete|do|make|close)/i, '$1 did $2 '],
  // "which tasks are not made?", "which tasks are not done?": the open ones asked for, never a task "which tasks" to
  // reopen.
  [
    /^(?:which|what)\s+(?:tasks|ones|things|todos)\s+(?:are|is)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:done|made|finished|completed?)(?:\s+yet)?(\s*\?*)$/i,
    'which tasks are not yet done$1',
  ],
  // "the tasks with tag family, show me": what to show said first.
  [
    /^(the\s+(?:tasks|todos|ones|things)\b[^,]+?),\s*(?:please\s+)?(?:show|give|list)(?:\s+(?:me|them|it))?(?:\s+please)?\s*[.!]?$/i,
    'show me $1',
  ],
  // "what is still to do for today": what is left.
  [/\bstill\s+to\s+do\b/i, 'left'],
  // "I had a task for the passport, where is it?": the task asked for.
  [/^i\s+(?:had|have|made|wrote)\s+a\s+task\s+(for|about|with|of)\s+(.+?),\s*where\s+is\s+it(\?*)$/i, 'where is the task $1 $2$3'],
  // "for monday morning put: send invoice": the day first, then what to put on the list.
  [
    /^for\s+(.+?)\s+(?:put|write|add|note)\s*:\s*(.+)$/i,
    (all: string, day = '', what = '') => (isWholeDate(day) ? `add ${what} for ${day}` : all),
  ],
  // "write in my list: passport renew", "not forget: buy gift for Marta", "can you add that I must call my mother".
  [/^(?:write|put|note)\s+(?:in|on|into)\s+(?:my|the)\s+(?:to-?do\s+)?list\s*:\s*/i, 'add to my list: '],
  [/^(?:write|put|note)\s+(?:in|on|into)\s+(?:my|the)\s+(?:to-?do\s+list|list|calendar|agenda|diary)\s+(?=\S)/i, 'add '],
  // "make new task call the plumber": a new task without its article.
  [/^(?:make|do|create)\s+(?:me\s+)?new\s+(task|todo|to-do|item)\b/i, 'add a new $1'],
  [/^not\s+(?=forget\b)/i, "don't "],
  [/\badd\s+that\s+(?:i|we)\s+(?:must|have\s+to|need\s+to|should)\s+/i, 'add '],
  // "add potatoes in the list of Groceries": the list named after it.
  [/\s+(?:in|on|to|into)\s+the\s+list\s+of\s+([\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+)?)$/iu, ' to the $1 list'],
  // "tomorrow at the 10": an hour said with an article ("alle 10", "à la 10"); "at the 10th" is a day.
  [/\bat\s+the\s+(\d{1,2}(?::\d\d)?)\b(?!\s*(?:of|st|nd|rd|th)\b)/i, 'at $1'],
  // "at 3 of afternoon": the hour of that part of the day.
  [
    /\b(1[0-2]|0?[1-9])\s*(?:o'?clock\s+)?of\s+(morning|afternoon|evening|night)\b/i,
    (_all: string, hour = '', part = '') => `${hour}${part.toLowerCase() === 'morning' ? 'am' : 'pm'}`,
  ],
  // "for the gym task put the name: gym with Paolo", "I wrote wrong the task 6, is "Buy the bread" not "Buy the brad"": a
  // new name, the wrong one said after it in quotes set aside.
  [/^for\s+(.+?)\s+(?:put|write|set|give)\s+(?:the\s+|as\s+)?(?:new\s+)?(?:name|title)\s*:?\s+/i, 'rename $1 to '],
  [
    /^i\s+(?:wrote|typed|spelled|spelt)\s+wrong\s+(.+?),\s*(?:it\s+)?is\s+("[^"]+"|'[^']+'|.+?)(?:,?\s+(?:and\s+)?not\s+(?:"[^"]+"|'[^']+'))?$/i,
    'correct the title of $1, it is $2',
  ],
  // "the meeting with Anna, in the description put: room 3": a note for the task named first.
  [/^(the\s+[^,]+?),\s*in\s+the\s+(description|notes?)\s+(?:put|write|add)\s*:\s*/i, 'for $1 add a $2: '],
  // "the task presentation must go in the Work": a task moved to a project.
  [/^the\s+task\s+(.+?)\s+(?:must|should|has\s+to|shall|can)\s+go\s+(?:in|into|to)\s+(?:the\s+)?(.+)$/i, 'move the task $1 to $2'],
];

/** "i need finish the visa form": "to" left out after a need, before an errand ("I want X removed" is a wish of a change). */
const NEED_WITHOUT_TO =
  /^((?:i|we)\s+(?:need|want))\s+(?!to\b|help\b|a\b|an\b|the\b|some\b|more\b)(?!.*\b(?:removed|deleted|gone|done|finished|completed|cancell?ed|moved|changed|renamed|tagged|marked)\s*$)(?=\S)/i;
/** "i need to finish the visa form by friday, (it) is important": a new task's level said after it. */
const NEED_THEN_LEVEL =
  /^((?:i|we)\s+(?:need|have|must|gotta|got)\b.+?),\s*(?:it'?s|its|it\s+is|is|this\s+is)\s+(?:very\s+|really\s+|super\s+|so\s+)?(important|urgent)\s*(?:for\s+me)?[.!]*$/i;

export function inLearnersEnglish(message: string): string {
  const need = NEED_WITHOUT_TO.exec(message);
  const after = need ? message.slice(need[0].length) : '';
  // A verb with its object after it ("i need milk" is a thing needed, "milk" alone no errand).
  const verbFirst = /\s\S/.test(after.trim()) && (englishTerms(after)[0]?.tags.includes('Infinitive') ?? false);
  let text = need?.[1] && (errandSaid(after) || verbFirst) ? `${need[1]} to ${after}` : message;
  text = text.replace(NEED_THEN_LEVEL, '$1, high priority');
  for (const [pattern, replacement] of REWRITES)
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  return eventNotedAfterDay(dateBeforeNews(fieldListAfterTask(text)));
}
