import type { Said } from './indirect-requests.ts';
import { isWholeDate, isWholeRule } from './whole-dates.ts';

// News of how often a task comes round ("the gym is mondays and wednesdays now", "the bins aren't weekly anymore, every
// other week"), wishes for its rule or its notes ("I'd like the vitamins to be daily", "the flight task should mention
// seat 14C"), and doubts whether a task was ever added ("not sure if I added the dentist"): each said as the request
// the other rules read (by indirect-requests.ts, as its other shapes).

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)';

/** "on thursdays", "mondays and wednesdays", "weekly": the words as a rule when they are one, else undefined. */
function asRule(words: string): string | undefined {
  const said = words
    .trim()
    .replace(/^on\s+/i, '')
    // "every year on the same date": the day it has.
    .replace(/\s+(?:on|at)\s+the\s+same\s+(?:date|day|time)$/i, '')
    .replace(new RegExp(`^(?!every|each)(?=${DAY}s\\b)`, 'i'), 'every ')
    .replace(new RegExp(`\\b(${DAY})s\\b`, 'gi'), '$1');
  return isWholeRule(said) ? said : undefined;
}

/** "the rent task should repeat …": the words before "repeat" are no task's. */
const MODAL_LAST = /\b(?:should|must|will|would|could|can|to|shall)$/i;
const NOW = String.raw`(?:\s+(?:now|instead|from\s+now\s+on|these\s+days))?`;
const ANY_MORE = String.raw`(?:\s+any\s*more)?`;
const COMES = String.raw`(?:comes?|happens?|is|are|runs?|goes\s+out|go\s+out|takes\s+place|repeats?|recurs?|meets?)`;

/** "… weekly now, not fortnightly", "…, not every other": the rule it had, said after the new one; it says it changed. */
const OLD_RULE = String.raw`(?:\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:every|each|daily|nightly|weekly|fortnightly|biweekly|monthly|quarterly|yearly|annually|on\s)[^,;]*)?`;

/** Words no task's bare name holds: pronouns, question words, words for tasks at large, and the verbs of requests. */
const NOT_IN_A_NAME =
  '(?:i|we|you|he|she|they|it|its|this|that|these|those|them|there|here|what|which|who|when|where|how|why|any|every|each|some|no|everyone|nothing|something|anything|tasks|todos|things|stuff|ones|items|is|are|has|have|was|moves?|changes?|switch(?:es)?|make|set|let|get|change|update|put|turn|move|task|repeat|recur|add|create|new|please|pls|ok|okay|so|and|then|can|could|would|will|should|do|does|did)';
const NAME_WORD = String.raw`(?!${NOT_IN_A_NAME}\b)[\p{L}\p{N}][\p{L}\p{N}'-]*?`;
/**
 * A club night or a chore named as people name them in news of its rule, without "the": "training's moving to wednesdays",
 * "goalie training is on mondays and fridays now". A few words, none of them one of NOT_IN_A_NAME ("any tasks that
 * recur monthly?", "ok make it repeat every week", "add run on saturdays"), said with a whole rule only.
 * "everything's moving to wednesdays" is read so too, and asked about as any change to many tasks.
 */
const BARE_NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;

/** The shapes, for a task named as `REF` names it in indirect-requests.ts. */
export const ruleAndNoteNews = (REF: string): [RegExp, Said][] => [
  [
    new RegExp(String.raw`^(${REF}|${BARE_NAME})\s+((?:now\s+|only\s+)*)(${COMES})\s+((?:now\s+|only\s+)*)(.+?)(${NOW}${OLD_RULE})$`, 'iu'),
    // "the quiz is on tuesday nights" may be a new event as well: "is" speaks of a change only with "now" or "only". So
    // does a verb without its "s": in "school run every weekday 8:15" or "team meet every friday" it is the name's noun.
    (task = '', before = '', verb = '', after = '', rule = '', now = '') => {
      const said = asRule(rule);
      const changed = !/^(?:is|are|come|happen|run|repeat|recur|meet|go\s+out)$/i.test(verb) || `${before}${after}${now}`.trim() !== '';
      return said && changed && !MODAL_LAST.test(task) ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  [
    new RegExp(
      // "the match isn't every other week any more, it's every saturday": the old rule in a few words, then the new one.
      String.raw`^(${REF}|${BARE_NAME})\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+\S+(?:\s+\S+){0,3}?\s+any\s*more\s*[,;.\-–—]\s*(?:it'?s\s+|they'?re\s+|now\s+|just\s+)*(.+?)${NOW}$`,
      'iu',
    ),
    (task = '', rule = '') => {
      const said = asRule(rule);
      return said ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  // "the big shop isn't weekly any more, it's a one-off", "the bins are no longer fortnightly": the rule it had, denied
  // with nothing in its place but "a one-off", stops the repeat; the task stays (never a new task "… every week").
  [
    new RegExp(
      String.raw`^(${REF}|${BARE_NAME})\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|(?:is|are)\s+no\s+longer)\s+(.+?)${ANY_MORE}(?:\s*[,;.\-–—]\s*(?:(?:it'?s|it\s+is|they'?re|they\s+are|just|only|now)\s+)*(?:a\s+)?one[-\s]?(?:off|time)(?:\s+(?:thing|job|task))?(?:\s+(?:on\s+|for\s+|due\s+)?(.+?))?${NOW})?$`,
      'iu',
    ),
    // "…, it's just a one-off this friday": the day it has now, with the repeat stopped.
    (task = '', rule = '', day = '') => {
      if (!asRule(rule)) return undefined;
      const dated = isWholeDate(day) && !/^(?:now|instead|from\s+now\s+on|these\s+days)$/i.test(day.trim());
      return dated ? `stop repeating ${task} and make it due ${day}` : `stop repeating ${task}`;
    },
  ],
  [
    new RegExp(String.raw`^(?:could|can)\s+(${REF})\s+be\s+(.+?)${NOW}$`, 'i'),
    (task = '', rule = '') => {
      const said = asRule(rule);
      return said ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  [
    new RegExp(String.raw`^i'?d\s+(?:like|prefer|rather)\s+(${REF})\s+to\s+(?:be|repeat|happen|come\s+round)\s+(.+)$`, 'i'),
    (task = '', rule = '') => {
      const said = asRule(rule);
      return said ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  [new RegExp(String.raw`^(?:could|can)\s+(${REF})\s+stop\s+(?:repeating|recurring)$`, 'i'), (task = '') => `stop repeating ${task}`],
  // "stop the weekly repeat on call grandma", "remove the recurrence from the rent task", "turn off repeating for the
  // vitamins": the rule of a task, named as a thing of its own, taken off.
  [
    new RegExp(
      String.raw`^(?:stop|end|cancel|remove|delete|drop|clear|turn\s+off|switch\s+off|get\s+rid\s+of)\s+(?:the\s+)?(?:\w+\s+)?(?:repeat|repeating|recurrence|recurring|repetition|rule|schedule)\s+(?:on|of|for|from|in)\s+(${REF}|.+)$`,
      'i',
    ),
    (task = '') => `stop repeating ${task}`,
  ],
  // "the newsletter's going monthly", "training is going fortnightly from now on".
  [
    new RegExp(String.raw`^(${REF}|${BARE_NAME})(?:'s|\s+(?:is|are))\s+going(?:\s+to\s+be)?\s+(.+?)${NOW}$`, 'iu'),
    (task = '', rule = '') => {
      const said = asRule(rule);
      return said ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  // "the book club is moving to the last thursday of every month", "training's moving to wednesdays", "the committee
  // meeting moves to the second tuesday of the month".
  [
    new RegExp(
      String.raw`^(${REF}|${BARE_NAME})(?:(?:\s+(?:is|are|has|have)\s+|'s\s+)(?:moving|moved|changing|changed|switching|switched|going)|\s+(?:moves|changes|switches))\s+(?:over\s+)?to\s+(.+?)${NOW}$`,
      'iu',
    ),
    (task = '', rule = '') => {
      const said = asRule(rule);
      return said ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  [
    new RegExp(
      String.raw`^(?:change|make|set|switch)\s+(${REF})\s+so\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+happens|it\s+comes(?:\s+round)?|it\s+repeats)\s+(.+?)(?:\s+(?:instead\s+of|rather\s+than|not)\s+.+)?$`,
      'i',
    ),
    (task = '', rule = '') => {
      const said = asRule(rule);
      return said ? `make ${task} repeat ${said}` : undefined;
    },
  ],
  // "the team meeting is a one-off now", "the vitamins won't repeat anymore", "I don't need the vitamins to come back
  // every day anymore": the rule goes, the task stays.
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:is|'s)\s+(?:just\s+|only\s+)?(?:a\s+one[- ]?(?:off|time\s+thing)|not\s+(?:recurring|repeating))${NOW}(?:\s*[,;.\-–—]\s*(?:it|that|they)\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|shouldn'?t)\s+(?:repeat|recur)${ANY_MORE})?$`,
      'i',
    ),
    (task = '') => `stop repeating ${task}`,
  ],
  [
    new RegExp(
      String.raw`^(${REF})\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|shouldn'?t|should\s+not)\s+(?:repeat|recur)${ANY_MORE}$`,
      'i',
    ),
    (task = '') => `stop repeating ${task}`,
  ],
  [
    new RegExp(
      String.raw`^(?:i|we)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+need\s+(${REF})\s+to\s+(?:repeat|recur|come\s+(?:back|round|up)|keep\s+coming\s+(?:back|round)|happen)(?:\s+(?:every|each)\s+\S+(?:\s+\S+)?)?${ANY_MORE}$`,
      'i',
    ),
    (task = '') => `stop repeating ${task}`,
  ],
  // "bin day is every tuesday, can you add put the bins out": the rule said first, then what comes round with it.
  [
    /^[^,;]+?\s+(?:is|are)\s+((?:every|each)\s+[^,;]+?|on\s+\w+days)\s*[,;]\s*(?:so\s+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?add\s+(.+)$/i,
    (rule = '', task = '') => {
      const said = asRule(rule);
      return said ? `add ${task} ${said}` : undefined;
    },
  ],
  // Notes and tags wished for.
  [
    new RegExp(
      String.raw`^(?:could|can)\s+(${REF})\s+have\s+(?:a|an|some)\s+(?:note|description|comment)\s+(?:saying|that\s+says|to\s+say)\s+(.+)$`,
      'i',
    ),
    (task = '', note = '') => `add a note to ${task}: ${note}`,
  ],
  [
    new RegExp(String.raw`^(${REF})\s+should\s+(?:really\s+|probably\s+|also\s+)?mention\s+(?:that\s+)?(.+)$`, 'i'),
    (task = '', note = '') => `add a note to ${task}: ${note}`,
  ],
  [
    new RegExp(String.raw`^i'?d\s+rather\s+(${REF})\s+(?:didn'?t|did\s+not)\s+have\s+any\s+(?:tags|labels)$`, 'i'),
    (task = '') => `remove all the tags from ${task}`,
  ],
  // Doubts whether it was added at all: a search.
  [
    /^(?:i'?m\s+)?not\s+sure\s+(?:if|whether)\s+i\s+(?:already\s+)?(?:added|put(?:\s+down)?|wrote(?:\s+down)?)\s+(.+?)(?:\s+(?:on|to)\s+(?:my|the)\s+list)?(?:\s+already)?$/i,
    (topic = '') => `search for ${topic}`,
  ],
  [
    /^i\s+(?:can'?t|cannot|don'?t)\s+remember\s+(?:if|whether)\s+(.+?)\s+(?:is|was)\s+(?:on|in)\s+(?:my|the)\s+list(?:\s+already)?$/i,
    (topic = '') => `search for ${topic}`,
  ],
];
