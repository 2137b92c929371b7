import { WEEKDAY_NAME } from '../calendar-words.ts';

// Changes as a courteous writer words them, each said once the way the rest of the rules read it: a correction with
// the old words after it ("should say bring the scones, not the cakes"), an appointment that comes round ("the
// chiropodist comes every six weeks, so could you make that one repeat"), a wish with its setting-up after it ("I
// should like to water the garden every other day, if you would set that up"), reminding no longer needed, no hurry,
// rather important, labels put on by mistake, the ones marked family, days said the old way ("Wednesday next", "a week
// on Tuesday"), a visit that cannot be until a day, and putting a task back by a length of time.

type Rewrite = [pattern: RegExp, replacement: string];

/** "please", "could you", "would you kindly": the asking before a request. */
const ASKING = String.raw`(?:(?:please|kindly)\s+|(?:could|would|can)\s+you\s+(?:please\s+|kindly\s+)?)*`;

export const COURTEOUS_CHANGES: Rewrite[] = [
  // "the task about the fete should say bring the scones, not the cakes": the old words after "not" are no title's.
  [/\b((?:should|must|ought\s+to|needs?\s+to)\s+(?:say|read|be\s+called)\s+.+?)\s*,\s*not\s+(?:the|a|an|some)\s+[^,]+$/i, '$1'],
  // "I no longer need reminding about the bin collection": the reminder goes.
  [/^i\s+(?:no\s+longer|don'?t|do\s+not)\s+need\s+(?:reminding|to\s+be\s+reminded)\s+(about|of)\s+/i, 'stop reminding me $1 '],
  // "I should like to water the garden every other day, if you would please set that up": the wish is the task.
  [
    /^(?:i\s+should|i\s+would|i'd)\s+like\s+to\s+(.+?)\s*,?\s*if\s+you\s+(?:would|could|can)\s+(?:please\s+)?(?:set|put|add|write|note)\s+(?:that|it|this)(?:\s+(?:up|down|in))?(?:\s+for\s+me)?$/i,
    'add $1',
  ],
  // "the chiropodist comes every six weeks, so could you make that one repeat": that task repeats so.
  [
    new RegExp(
      String.raw`^((?:the|my)\s+.+?)\s+(?:comes?|calls?|visits?|happens?|is|are)(?:\s+(?:round|around|by|over))?\s+((?:every|each|once\s+a)\b.+?)\s*,?\s*so\s+${ASKING}(?:make|set)\s+(?:that|it|this)(?:\s+one)?\s+(?:repeat|recur)(?:\s*,?\s*please)?[?.!]*$`,
      'i',
    ),
    'make $1 repeat $2',
  ],
  // "make the hairdresser one come round every four weeks": repeat so.
  [/\bmake\s+(.+?)\s+(?:come(?:\s+(?:round|around|by|over))?|happen|recur|go)\s+(?=(?:every|each|once)\b)/i, 'make $1 repeat '],
  // "There is no hurry at all with the photo albums, they can wait": no rush.
  [
    /^there(?:'s|\s+is)\s+no\s+(?:hurry|rush)\s+(?:at\s+all\s+)?(?:with|for|on|about)\s+([^,.;]+?)(?:\s*,\s*(?:it|they)\s+can\s+wait)?[.!]*$/i,
    '$1 is no rush',
  ],
  // "the letter to the council is rather important, so could you put it at the top?": important.
  [
    new RegExp(
      String.raw`^(.+?)\s+is\s+(?:rather|quite|very|most|really|terribly|awfully)\s+(important|urgent)(?:\s*,\s*so\s+${ASKING}put\s+it\s+(?:at\s+the\s+top|first)(?:\s+of\s+(?:my|the)\s+list)?)?[?.!]*$`,
      'i',
    ),
    '$1 is $2',
  ],
  // "I put a church label on the jumble sale by mistake": that label comes off.
  [
    /^i\s+(?:put|added|stuck)\s+(?:a|an|the)\s+([\p{L}-]+)\s+(?:label|tag)\s+(?:on|to)\s+(.+?)\s+by\s+(?:mistake|accident)\b.*$/iu,
    'remove the $1 tag from $2',
  ],
  // "show me the ones marked family": tasks with that tag ("the ones marked done" are finished ones, read as they are).
  [
    /\b(?:the\s+)?(?:ones|tasks|items|things|jobs)\s+(?:marked|labell?ed|filed\s+under)\s+(?:as\s+|with\s+)?(?!(?:done|complete|completed|finished|urgent|important|high|low|medium|as)\b)['"]?([\p{L}-]+)['"]?/iu,
    'tasks tagged $1',
  ],
  // "by Wednesday next": next Wednesday; "a week on Tuesday": the Tuesday after next.
  [new RegExp(String.raw`\b(${WEEKDAY_NAME})\s+next\b(?!\s+(?:week|month|year)\b)`, 'i'), 'next $1'],
  [new RegExp(String.raw`\ba\s+week\s+on\s+(${WEEKDAY_NAME})\b`, 'i'), '$1 week'],
  // "The plumber cannot come until a week on Tuesday, so please change it": moved to that day.
  [
    new RegExp(
      String.raw`^((?:the|my)\s+.+?)\s+(?:cannot|can'?t|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:come|make\s+it|do\s+it|be\s+done)\s+(?:until|till)\s+(.+?)(?:\s*[,.;]\s*(?:so\s+)?${ASKING}(?:change|move|alter|update)\s+(?:it|that)(?:\s+please)?)?$`,
      'i',
    ),
    'move $1 to $2',
  ],
  // "put the car tax back by a fortnight": postponed by that much.
  [/\bput\s+back\s+(.+?)\s+(?:for|by)\s+(?=(?:an?|one|two|three|four|a\s+couple\s+of|a\s+few|\d+)\s)/i, 'postpone $1 by '],
  [/\bput\s+(.+?)\s+back\s+(?:for|by)\s+(?=(?:an?|one|two|three|four|a\s+couple\s+of|a\s+few|\d+)\s)/i, 'postpone $1 by '],
  // "…, I have not got the money yet": why the writer asks for the change, after it.
  [
    /^((?:please\s+)?(?:postpone|move|push|delay|reschedule|delete|remove|cancel)\b.+?)\s*,\s*(?:as\s+|because\s+)?i\s+(?:have\s+not|haven'?t|can'?t|cannot|am\s+not|'m\s+not|don'?t|do\s+not|won'?t)\b[^,]*$/i,
    '$1',
  ],
  // "Take the date off the spring cleaning, dear, I shall do it whenever I can": the endearment and the promise go.
  [/,\s*(?:my\s+)?(?:dear|dearie)\s*,\s*(?=\S)/i, ', '],
  [
    /\s*,\s*i\s+(?:shall|will|'ll)\s+(?:do|get\s+to)\s+(?:it|them)\s+(?:whenever|when)\s+i\s+(?:can|get\s+(?:a|the)\s+chance|have\s+(?:the\s+)?time)$/i,
    '',
  ],
  // "Did I put in something about the optician?": whether such a task is there, found by its words.
  [
    /^(?:did|have)\s+i\s+(?:put\s+in|put\s+down|added|add|write\s+down|written\s+down|got|make\s+a\s+note\s+of)\s+(?:something|anything)\s+(?:about|for|regarding)\s+(.+?)(?:\s+(?:on|in)\s+(?:my|the)\s+list)?\??(?:\s+i\s+(?:cannot|can'?t|don'?t|do\s+not)\s+(?:remember|recall)[.!]*)?$/i,
    'search for $1',
  ],
  // "put down that I must collect my spectacles": the thing to do is the task.
  [
    /\b(?:put\s+down|note(?:\s+down)?|make\s+a\s+note|write\s+down|jot\s+down)\s+that\s+i\s+(?:must|need\s+to|have\s+to|should|ought\s+to|am\s+to)\s+/i,
    'add ',
  ],
  // "I shan't be going to the bowls club on Saturday after all, so please take it off": that task goes.
  [
    new RegExp(
      String.raw`^i\s+(?:shan'?t|won'?t|will\s+not|shall\s+not|can'?t|cannot|am\s+not|'m\s+not)\s+(?:be\s+)?(?:going|able\s+to\s+go|make\s+it)\s+to\s+(.+?)(?:\s+(?:on\s+)?(?:${WEEKDAY_NAME}|tomorrow|today|tonight|next\s+week))?(?:\s+after\s+all)?\s*,?\s*so\s+${ASKING}(?:take\s+it\s+off|remove\s+it|delete\s+it|cross\s+it\s+off)(?:\s+(?:the|my)\s+list)?(?:\s+please)?[.!?]*$`,
      'i',
    ),
    'delete $1',
  ],
  // "I wonder, is there anything I have forgotten to do?": overdue.
  [/^i\s+(?:wonder|was\s+wondering)\s*,\s*/i, ''],
  [/\banything\s+(?:that\s+)?i\s+(?:have|'ve|might\s+have|may\s+have)\s+(?:forgotten|missed)(?:\s+to\s+do)?\b/i, 'anything overdue'],
];
