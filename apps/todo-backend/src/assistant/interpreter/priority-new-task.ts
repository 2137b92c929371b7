import type { Priority } from '@doable/contracts';
import { extractDate } from './phrases.ts';
import { levelOf } from './priority-levels.ts';
import { errandTagged, errandWithLevel, levelSaidLast, taskWithLevel } from './priority-marks.ts';

// A new task's level said in ways the title reader leaves in the title: before the word "task" ("add a low priority
// task to clean the garage", "create an urgent task: call mum"), after "as" ("add renew the lease as a top priority")
// or as a clause after the title ("add call mum, it's not urgent", "add fix the boiler - critical"). The sentence is
// said again with the level as "…, high priority", which the title reader takes whole.

const ADD_VERB = String.raw`(?:please\s+)?(?:add|create|new|set\s+up|put\s+(?:in|down))`;
const TASK_NOUN = String.raw`(?:task|todo|to-do|item|reminder|one)`;

/** "add a low priority task to …", "new urgent task: …": the level (second group) before the noun. */
const LEVEL_BEFORE_NOUN = new RegExp(
  String.raw`^(${ADD_VERB}|make)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+)?((?:(?:very|really|super|not|non|so|that|too)[\s-]+){0,2}[\p{L}\p{N}!]+)(?:[\s-]+(?:priority|prio))?\s+(?:new\s+)?${TASK_NOUN}\s*(?::\s*|[-–—]\s+|(?:to|called|named|titled|for)\s+|(?=\S))(.+)$`,
  'iu',
);
/** "add call mum - URGENT - tomorrow", "add call mum, important, tomorrow morning": the level between two clauses. */
const LEVEL_BETWEEN = new RegExp(
  String.raw`^(${ADD_VERB}\s+.+?)\s*(?:[,;|]|\s[-–—])\s*(?:(?:it'?s|it\s+is|this\s+is|that'?s)\s+)?([^,;|()[\]#–—-]+?)\s*(?:[,;|]|\s[-–—])\s*(.+)$`,
  'i',
);
/** "add urgent call the school tomorrow": "urgent" said first, before the title. */
const URGENT_FIRST = new RegExp(String.raw`^(${ADD_VERB})\s+(?:an?\s+)?(urgent|asap)(\s*[:!,–—-]?)\s+(.+)$`, 'i');

/**
 * "add Urgent Care copay": "Urgent" run into a capitalised word, with no mark between, starts a name, as "Sunday Times"
 * does (date-words-in-names.ts); a sentence with every word capitalised ("Add Urgent Call Mum") names none.
 */
function urgentStartsAName(said: string, mark: string, title: string): boolean {
  const words = title.split(/\s+/);
  return !mark.trim() && /^Urgent$/.test(said) && /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') && !words.every((word) => /^\p{Lu}/u.test(word));
}

/** "add renew the lease as a top priority", "add sort the photos as low priority task". */
const LEVEL_AFTER_AS = new RegExp(
  String.raw`^(${ADD_VERB}\s+.+?|put\s+.+?\s+(?:on|onto|in|to)\s+(?:my|the)\s+(?:[\p{L}-]+\s+)?(?:list|todos))\s+as\s+(?:a\s+|an\s+)?(.+?)(?:\s+${TASK_NOUN})?$`,
  'iu',
);
/**
 * "add call mum, it's not urgent", "add fix the boiler - critical", "add book the vet (this is urgent)", "add call mum
 * and make it urgent", tags after it kept.
 */
const LEVEL_CLAUSE = new RegExp(
  String.raw`^(${ADD_VERB}\s+.+?)\s*(?:[,;|.]|\s[-–—]|[([]|\s(?=(?:priority|prio)\s*[:=])|\s(?=and\s+(?:make|mark|set|flag)\s+it\b))\s*(?:(?:it'?s|it\s+is|this\s+is|that'?s|which\s+is|is|(?:and\s+)?(?:make|mark|set|flag)\s+it(?:\s+as)?)\s+)?([^,()[\]#]+?)[)\]]?((?:\s*,?\s*#[\p{L}\p{N}_-]+)*)$`,
  'iu',
);

/** "add call mum because it's urgent": the level given as the reason. */
const LEVEL_BECAUSE = new RegExp(
  String.raw`^(${ADD_VERB}\s+.+?)\s*,?\s+(?:because|since|as|'?cause|cos|coz)\s+(?:it'?s|it\s+is|this\s+is|that'?s)\s+(.+)$`,
  'i',
);

function levelIn(phrase: string): Priority | undefined {
  // "first thing tomorrow" says when, not how much it matters.
  if (extractDate(` ${phrase}`).date) return undefined;
  const level = levelOf(phrase);
  return typeof level === 'string' ? level : undefined;
}

/**
 * The add sentence said again with its level plainly ("call the plumber #home" with "add" before it), or undefined
 * when it says none of these ways.
 */
export function newTaskLevelSaid(text: string, message = text): string | undefined {
  const before = LEVEL_BEFORE_NOUN.exec(text);
  const beforeLevel = before?.[2] ? levelIn(before[2]) : undefined;
  // "make a high priority task to call mum": made new, so said with "add" ("make <task> …" changes one).
  if (before?.[1] && before[3] && beforeLevel) return `${before[1].replace(/^make$/i, 'add')} ${before[3]}, ${beforeLevel} priority`;
  const urgent = URGENT_FIRST.exec(text);
  // "add urgent report for the board, high priority": a level said again later keeps "urgent" in the title.
  if (
    urgent?.[1] &&
    urgent[4] &&
    !/\b(?:priority|prio|p[1-4]|urgent|asap|important)\b/i.test(urgent[4]) &&
    !urgentStartsAName(urgent[2] ?? '', urgent[3] ?? '', urgent[4])
  )
    return `${urgent[1]} ${urgent[4]}, high priority`;
  const between = LEVEL_BETWEEN.exec(text);
  const betweenLevel = between?.[2] && between[3] ? levelIn(between[2]) : undefined;
  const said = `${between?.[1]}, ${betweenLevel} priority, ${between?.[3]}`;
  if (betweenLevel && said !== text) return said;
  for (const pattern of [LEVEL_AFTER_AS, LEVEL_CLAUSE]) {
    const said = pattern.exec(text);
    const level = said?.[1] && said[2] ? levelIn(said[2]) : undefined;
    // Already said plainly ("add call mum, high priority"): read as it is, never said again.
    const plainly = `${said?.[1]}, ${level} priority${said?.[3] ?? ''}`;
    if (level && plainly !== text) return plainly;
  }
  // "book flights!!!": the marks at the end of the message, which the sentence is read without ("add buy milk!!!" is
  // only said loudly: the marks are read where nothing else says it is a task).
  const marked = /!{2,}\s*$/.test(message) && !/!$/.test(text) ? `${text}!!` : text;
  const because = LEVEL_BECAUSE.exec(text);
  const becauseLevel = because?.[1] && because[2] ? levelIn(because[2]) : undefined;
  if (because?.[1] && becauseLevel) return `${because[1]}, ${becauseLevel} priority`;
  // "add pick up bread critical", "add call mum urgent tomorrow": a level said last (before the day, if one is said
  // last) without a comma, in words that say nothing else.
  const adding = new RegExp(String.raw`^(${ADD_VERB})\s+(.+)$`, 'i').exec(text);
  const dated = adding?.[2] ? extractDate(adding[2]) : undefined;
  const last = adding?.[2] ? (levelSaidLast(adding[2]) ?? (dated?.date ? levelSaidLast(dated.text.trim()) : undefined)) : undefined;
  if (adding?.[1] && adding[2] && last?.title) {
    const day = levelSaidLast(adding[2]) || !dated?.date ? '' : ` ${dated.date}`;
    const plainly = `${adding[1]} ${last.title}${day}, ${last.level} priority`;
    if (plainly !== text) return plainly;
  }
  // "organise the garage sale ASAP", "important: cancel netflix": an errand with its level and no "add".
  const errand = errandWithLevel(marked);
  return errand ? `add ${errand}` : (errandTagged(text) ?? taskWithLevel(marked));
}
