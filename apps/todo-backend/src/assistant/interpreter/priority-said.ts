import type { Priority } from '@doable/contracts';
import { clauseThenRequest } from './priority-clauses.ts';
import { levelOf, readLevelSentence } from './priority-levels.ts';
import { PRIORITY_VALUE, priorityValue } from './priority-words.ts';
import { distance, english } from './word-roots.ts';

// Priorities said of a task already there in other ways than "set X to high": a clause about the task and a request
// pointing back at it (priority-clauses.ts), Todoist's codes said of it ("the visa application is p1 now"), the word "priority" around it ("priority for #19: medium",
// "give to the task 4 the priority medium"), an arrow ("task 23 → high") and verbs that say the direction ("demote",
// "escalate", "shelve").

export type PrioritySaid = { ref: string; priority: Priority } | { ask: string };

const LEVEL = `(${PRIORITY_VALUE}|top)`;
/** The level around the word "priority", or after an arrow. */
const SAID_WITH_PRIORITY = [
  // "the visa application is p1 now", "this one can be p2".
  /^(.+?)\s+(?:is|can\s+be|should\s+be|is\s+now)\s+(?:now\s+)?(p[1-4]|![1-3])(?:\s+now)?$/i,
  // "give to the task 4 the priority medium".
  new RegExp(String.raw`^give\s+(?:to\s+)?(.+?)\s+(?:the\s+|a\s+)?(?:priority|prio)\s+${LEVEL}$`, 'i'),
  // "for the task visa please priority high".
  new RegExp(String.raw`^for\s+(.+?)\s*,?\s+(?:please\s+)?(?:set\s+)?(?:the\s+)?(?:priority|prio)\s*(?:to\s+|:\s*|=\s*)?${LEVEL}$`, 'i'),
  // "priority for #19: medium", "priority of the boiler -> low".
  new RegExp(String.raw`^(?:the\s+)?(?:priority|prio)\s+(?:for|of|on)\s+(.+?)\s*(?::|=|→|->|=>|\s(?:to|is|should\s+be))\s*${LEVEL}$`, 'i'),
  // "task 23 → high", "the shed -> p2".
  new RegExp(String.raw`^(.+?)(?:'s)?(?:\s+(?:priority|prio))?\s*(?:→|->|=>)\s*${LEVEL}(?:\s+(?:priority|prio))?$`, 'i'),
  // "set prio of 5 low", "change the priority for the gym high", "set urgency of the budget to high".
  new RegExp(
    String.raw`^(?:set|change|make|put)\s+(?:the\s+)?(?:priority|prio|urgency|importance)\s+(?:of|for|on)\s+(.+?)\s+(?:to\s+|as\s+)?${LEVEL}$`,
    'i',
  ),
  // "the report needs to be high priority", "the gym has to be p1".
  new RegExp(
    String.raw`^(?!(?:what|which|who|it|there|everything|anything)\b)(.+?)\s+(?:needs\s+to\s+be|must\s+be|has\s+to\s+be|ought\s+to\s+be)\s+(?:a\s+)?${LEVEL}(?:\s+(?:priority|prio))?$`,
    'i',
  ),
  // "budget task priority low", "the task budget put priority high": the task, then the word "priority" and the level.
  new RegExp(
    String.raw`^(?:the\s+task\s+)?(?!(?:add|create|new|todo|remind|set|make|put|give|change|switch|raise|lower|bump|drop|up|increase|decrease|reduce|boost|knock|upgrade|downgrade|reset|remove|clear|what|which|show|list|tasks|all|any)\b)(.+?)\s+(?:(?:put|set|give|make)\s+)?(?:the\s+)?(?:priority|prio)\s*(?:to\s+|:\s*|=\s*|is\s+)?${LEVEL}$`,
    'i',
  ),
  // "for the budget high priority".
  new RegExp(String.raw`^for\s+(.+?)\s*,?\s+${LEVEL}\s+(?:priority|prio)$`, 'i'),
  // "change budget to high prio", "put the budget task in high priority".
  new RegExp(
    String.raw`^(?:set|change|switch|make|put|move|turn)\s+(.+?)\s+(?:to|as|at|on|into|in)\s+${LEVEL}\s+(?:priority|prio|pri)$`,
    'i',
  ),
  // "report priority 1", "the gym prio 3": Todoist's levels said with the word.
  /^(?!(?:add|create|new|todo|remind|set|make|put|give|change|what|which|show|list|tasks|all|any)\b)(.+?)(?<!\s(?:be|is|as|to|at|on|of|for))\s+(?:is\s+)?(?:priority|prio)\s*(?:#|no\.?\s*|level\s+)?([1-4])$/i,
  // "5 to high", "prio 5 high", "5 high priority", "make 5 a p2": a task's number with the level.
  new RegExp(String.raw`^((?:task\s+)?#?\d+)\s+(?:to\s+)?${LEVEL}(?:\s+(?:priority|prio))?$`, 'i'),
  new RegExp(String.raw`^(?:priority|prio)\s+((?:task\s+)?#?\d+)\s+(?:to\s+)?${LEVEL}$`, 'i'),
  /^(?:make|set)\s+(.+?)\s+an?\s+(p[1-4]|![1-3])$/i,
  // "make the smoke alarm a priority", "make the gas bill a top priority".
  /^(?:make|mark|set)\s+(.+?)\s+(?:as\s+)?an?\s+(top\s+|high\s+|big\s+)?()priority$/i,
  // "make the car MOT super urgent".
  /^(?:make|mark|set|flag)\s+(.+?)\s+(?:as\s+)?(?:very|really|super|so|extremely|highly|quite)\s+(urgent|important)$/i,
];

/** Words that turn a level round: "not urgent", "less important", "no longer a priority". */
const NEGATED = /\b(?:not|no|never|less|least)\b|n't\b/i;

/** "bump the newsletter down a notch", "knock the gym down", "bump up the rent": the direction said, not the verb's. */
const NOTCH = [
  // "tone down the newsletter", "dial up the boiler": the direction after a verb that has none of its own.
  /^(?:tone|dial|scale|ramp|crank)\s+(up|down)\s+(.+?)(?:\s+(?:a\s+(?:notch|level|peg|bit)|one(?:\s+level)?))?$/i,

  /^(?:bump|knock|kick|drop|crank)\s+(?!up\b|down\b)(.+?)\s+(up|down)(?:\s+(?:a\s+(?:notch|level|peg|bit)|one(?:\s+level)?))?$/i,
  /^(?:bump|knock|kick)\s+(up|down)\s+(.+?)(?:\s+(?:a\s+(?:notch|level|peg|bit)|one(?:\s+level)?))?$/i,
];

/** "reduce the priority of the gym", "drop the priority on 5" (never a deletion), "increase priority for 5". */
const MORE_OR_LESS = new RegExp(
  String.raw`^(reduce|decrease|lessen|drop|lower|increase|raise|boost|up|bump(?:\s+up)?|bump\s+down|turn\s+up|turn\s+down)\s+(?:the\s+|its\s+)?(?:priority|prio|importance|urgency)\s+(?:of|on|for)\s+(.+?)(?:\s+(?:to|as)\s+${LEVEL}(?:\s+(?:priority|prio))?)?$`,
  'i',
);

/**
 * "increase the car wash priority", "bump up the gym's priority", "lower the report's importance": the task, then the
 * word "priority" (a field named first is read by MORE_OR_LESS).
 */
const TASK_PRIORITY_MORE_OR_LESS = new RegExp(
  String.raw`^(reduce|decrease|lessen|drop|lower|increase|raise|boost|up|bump(?:\s+up)?|bump\s+down|knock\s+down|turn\s+up|turn\s+down)\s+(?!(?:the\s+|its\s+)?(?:priority|prio|importance|urgency)\b)((?:(?!\s(?:to|as|at|up|down)\s).)+?)(?:'s|s')?\s+(?:priority|prio|importance|urgency)(?:\s+(?:to|as)\s+${LEVEL}(?:\s+(?:priority|prio))?)?$`,
  'i',
);

/** "lower the report one level", "move the report up in priority", "push the gym down the list": a step up or down. */
const STEP =
  /^(raise|lower|bump|drop|knock|move|push|bring|kick|take)\s+(?!up\b|down\b)(.+?)\s+(?:(up|down)\s*)?(?:a\s+notch|one\s+(?:level|notch|step)|a\s+(?:level|step|peg|bit)|in\s+(?:priority|importance)|(?:the\s+)?(?:list|priorities|priority\s+list))$/i;

/**
 * "demote the photo album", "escalate the roof leak", "shelve the patio project, lowest prio", "downgrade the report
 * to medium", "flag the boiler", "star the boiler" (high), "unflag the boiler", "unstar the boiler" (back to medium, the default).
 */
const DIRECTION_VERB =
  /^(demote|downgrade|shelve|de-?prioriti[sz]e|escalate|expedite|upgrade|prioriti[sz]e|flag|unflag|star|unstar|boost)\s+(.+?)(?:\s+(?:for\s+now|for\s+the\s+moment|for\s+a\s+(?:bit|while)|now|please|pls|over\s+(?:everything|all|anything|the\s+rest)(?:\s+else)?|(?:as\s+)?(?:high|urgent|important|top|critical)(?:[\s-]+(?:priority|prio))?))?(?:\s*[,–—-]\s*(.+)|\s+(to\s+(?:a\s+)?\S+(?:\s+(?:priority|prio))?))?$/i;
/** After "flag", words that say something else than a priority: "flag the contract as important", "flag it for Sam". */
const FLAG_SAYS_MORE = /\s(?:as|with|for|to|by|on)\s/i;

const LEVEL_WORDS = ['high', 'urgent', 'medium', 'important', 'priority'];

/**
 * A level word typed fast ("hgh", "hight priority", "urgnet") where a level goes: last, or before "priority". A word
 * English knows ("sigh", "night") is kept.
 */
function misspeltLevels(text: string): string {
  return text.replace(/\b([a-z]{3,9})(?=\s*(?:(?:priority|prio)\s*)?$|\s+(?:priority|prio)\b)/i, (word) => {
    const lower = word.toLowerCase();
    if (LEVEL_WORDS.includes(lower) || english().world().model.one.lexicon[lower] !== undefined) return word;
    // "urgently", "urgency", "priorities": other forms of a level word, not misspellings of it.
    if (LEVEL_WORDS.some((level) => lower.startsWith(level) && lower.length > level.length + 1) || /(?:ly|ies|cy|ce|ed|ing|s)$/.test(lower))
      return word;
    const fixed = LEVEL_WORDS.filter((level) => level[0] === lower[0] && distance(lower, level) <= (lower.length >= 6 ? 2 : 1));
    return fixed.length === 1 && fixed[0] ? fixed[0] : word;
  });
}

/** "I've decided the report is urgent", "turns out the gym can wait": a lead-in that says the level is meant. */
const DECIDED =
  /^(?:i(?:'ve|\s+have)?\s+decided(?:\s+that)?|(?:it\s+)?turns\s+out(?:\s+that)?|(?:it\s+)?looks\s+like)[,\s]+(?=(?:the|my|task|#?\d)\b)/i;

const DOUBTED = /^(?:i\s+(?:don'?t|do\s+not|didn'?t)\s+(?:think|believe|feel|reckon|suppose)|i\s+doubt|i'?m\s+not\s+sure|not\s+sure)\b/i;

/** Several tasks named together ("the shed and the fence", "5 and 6"): one at a time. */
const SEVERAL = /\s(?:and|&|,)\s*(?:the|my|task|#?\d)\b|^#?\d+\s*(?:,|and|&)\s*#?\d/i;

const FIELD_OF = /^(?:the\s+|its\s+)?(?:priority|prio|importance|urgency)\s+(?:of|on|for)\s+(?=\S)/i;

/** A verb that finishes or deletes a task, then a level set apart after it. */
const DONE_OR_GONE =
  /^(?:finish|complete|close|delete|remove|scrap|ditch|drop|bin|trash|nuke|kill|forget)\s+(.+?)\s*(?:[,;:]|\s[-–—])\s*(.+)$/i;

/** A priority said of a task one of these ways, a question when its parts disagree or it names several, or undefined. */
export function readPrioritySaid(sentence: string): PrioritySaid | undefined {
  // "for the budget please high priority": "please" inside the sentence says nothing of the task or the level.
  const text = sentence
    .replace(/\s+(?:please|pls|plz)(?=\s)/gi, '')
    .replace(DECIDED, '')
    // "its urgent", "thats not a priority": the apostrophe left out before a level.
    .replace(
      /^(it|that)s\s+(?=(?:not|no|now|really|very|super|so|less|more|top|high|low|medium|urgent|important|critical|a|p[1-4])\b)/i,
      "$1's ",
    )
    // "the reading list can wait, low priority": the clause and the level say the same; the task ends before "can".
    .replace(/^(.+?)\s+can\s+wait\s*[,;:–—-]\s*((?:low)\b.*)$/i, 'make $1 $2')
    // "set the gym back to normal": "back" says it was that level before, nothing of the task.
    .replace(/\s+back(?=\s+(?:down\s+|up\s+)?to\s+(?:a\s+)?(?:high|medium|normal|low|top|p[1-4]|urgent)\b)/i, '');
  // "finish the essay - top priority", "scrap the newsletter, low priority": done, gone or more important? Asked.
  const doneOrGone = DONE_OR_GONE.exec(text);
  const level = doneOrGone?.[2] ? levelOf(doneOrGone[2]) : undefined;
  if (doneOrGone?.[1] && typeof level === 'string')
    return {
      ask: `Should ${doneOrGone[1]} be ${level} priority, or did you mean to finish or delete it? Say "make … ${level} priority" or "done with …".`,
    };
  const said = readLevel(misspeltLevels(text));
  // "I don't think the report is urgent": a doubt about the level says none; asked, never the level doubted.
  if (said && DOUBTED.test(text)) return { ask: 'Which priority should it have: high, medium or low?' };
  if (said && SECOND_STATEMENT.test(text)) return { ask: 'One task at a time, please: which priority for which task first?' };
  if (said && 'ref' in said && SEVERAL.test(said.ref)) return { ask: `One task at a time, please: which of ${said.ref} first?` };
  // "prioritise 3 over 4": an order between two tasks, not a level of one.
  if (said && 'ref' in said && /\sover\s/i.test(said.ref)) return { ask: 'Which priority for which task: high, medium or low?' };
  // "change the priority of the boiler to high priority": the field named before the task is no part of it.
  return said && 'ref' in said ? { ...said, ref: said.ref.replace(FIELD_OF, '') } : said;
}

/** "remove the priority from 5", "reset the passport's priority": back to the default level, never a deletion ("drop the priority" lowers it). */
const NO_PRIORITY = [
  /^(?:remove|clear|reset|delete|take\s+off|get\s+rid\s+of|undo)\s+(?:the\s+|its\s+|any\s+)?(?:priority|prio)\s+(?:from|of|on|for)\s+(.+)$/i,
  /^(?:remove|clear|reset)\s+(.+?)(?:'s)?\s+(?:priority|prio)$/i,
];
/** "remove the urgent flag from the boiler", "take the star off it": the mark of a high level taken off, never a deletion. */
const MARK_OFF =
  /^(?:remove|clear|take|drop|get\s+rid\s+of)\s+(?:the\s+|its\s+)?(?:urgent\s+|important\s+|high[\s-]priority\s+|priority\s+)?(?:flag|star)\s+(?:off\s+|from\s+|on\s+|of\s+)(.+?)(?:\s+off)?$/i;

/**
 * "put a flag on the taxes", "mark the boiler with a star", "give it a star": the mark of a high level put on ("put a star
 * on the tree" may be a chore: only a flag is put on).
 */
const MARK_ON = [
  /^(?:put|add|stick|place|pop)\s+(?:a|an|the)\s+(?:urgent\s+|red\s+|priority\s+)?flag\s+(?:on|to|against|next\s+to|by)\s+(.+)$/i,
  /^(?:mark|tag)\s+(.+?)\s+with\s+(?:a|an)\s+(?:urgent\s+|red\s+|priority\s+)?(?:flag|star)$/i,
  /^give\s+(.+?)\s+(?:a|an)\s+(?:urgent\s+|red\s+|priority\s+)?(?:flag|star)$/i,
];

/** "raise the boiler to urgent", "reduce the gym to low": a verb with a direction, the task, then the level it goes to. */
const VERB_TO_LEVEL =
  /^(raise|increase|boost|lower|reduce|decrease|drop)\s+(?!(?:the\s+|its\s+)?(?:priority|prio|importance|urgency)\b)(.+?)\s+(?:(?:up|down)\s+)?to\s+(.+)$/i;

function verbToLevel(text: string): PrioritySaid | undefined {
  const said = VERB_TO_LEVEL.exec(text);
  // "raise the budget's priority to high": the field named, read by MORE_OR_LESS and TASK_PRIORITY_MORE_OR_LESS.
  if (!said?.[1] || !said[2] || !said[3] || /\b(?:priority|prio|importance|urgency)$/i.test(said[2])) return undefined;
  const level = levelOf(said[3]);
  if (typeof level !== 'string') return undefined;
  // "lower the boiler to urgent" says two ways: asked.
  const up = /^(?:raise|increase|boost)$/i.test(said[1]);
  if ((up && level === 'low') || (!up && level === 'high')) return { ask: 'Which priority should it have: high, medium or low?' };
  return { ref: said[2], priority: level };
}

/** "set priority 1 on the report", "give prio 3 to the gym", "set p2 on the groceries task": the level first, then the task. */
const NUMBER_FIRST =
  /^(?:set|give|make|put|assign|stick|slap)\s+(?:(?:priority|prio)\s*(?:#|no\.?\s*|level\s+)?|(?:an?\s+)?p)([1-4])\s+(?:on|for|to)\s+(.+)$/i;

/**
 * A second task said with its own level after a first one with its level: "the report is urgent and the shed can
 * wait" ("the client called and the proposal is urgent" says one level).
 */
const SECOND_STATEMENT =
  /\b(?:urgent|important|priority|prio|wait|high|low|medium|p[1-4]|critical)\b.*\s(?:and|but|while|whereas)\s+(?:the|my)\s+\S.*?\s+(?:is|are|'s|can|could|should|needs?)\s+(?:\S+\s+)*?(?:urgent|important|priority|prio|wait|high|low|medium|p[1-4])\b/i;

function readLevel(text: string): PrioritySaid | undefined {
  const numberFirst = NUMBER_FIRST.exec(text);
  if (numberFirst?.[1] && numberFirst[2]) return { ref: numberFirst[2], priority: priorityValue(`p${numberFirst[1]}`) ?? 'medium' };
  const noPriority = NO_PRIORITY.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  if (noPriority) return { ref: noPriority, priority: 'medium' };
  const markOff = MARK_OFF.exec(text)?.[1];
  if (markOff) return { ref: markOff, priority: 'low' };
  const markOn = MARK_ON.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  if (markOn) return { ref: markOn, priority: 'high' };
  // "take the MOT off high priority": no longer high, back to the default level.
  const offHigh = /^take\s+(.+?)\s+off\s+(?:high|top|urgent)(?:\s+(?:priority|prio))?$/i.exec(text)?.[1];
  if (offHigh) return { ref: offHigh, priority: 'medium' };
  const toLevel = verbToLevel(text);
  if (toLevel) return toLevel;
  // "mark the newsletter as not urgent", "make it less important": a negated level is read by the rules for those.
  if (NEGATED.test(text)) return clauseThenRequest(text) ?? levelSentence(text);
  for (const pattern of SAID_WITH_PRIORITY) {
    const said = pattern.exec(text);
    if (!said?.[1]) continue;
    const level =
      said[2] === undefined || /^(?:top|high|big)?\s*$/i.test(said[2])
        ? 'high'
        : priorityValue(said[2].replace(/^top$/i, 'high').replace(/^([1-4])$/, 'p$1'));
    if (level) return { ref: said[1], priority: level };
  }
  const moreOrLess = MORE_OR_LESS.exec(text) ?? TASK_PRIORITY_MORE_OR_LESS.exec(text);
  if (moreOrLess?.[1] && moreOrLess[2]) {
    // "lower the priority of the gym to medium": the level said wins over the verb's direction.
    const said = moreOrLess[3] ? priorityValue(moreOrLess[3].replace(/^top$/i, 'high')) : undefined;
    return {
      ref: moreOrLess[2],
      priority: said ?? (/^(?:reduce|decrease|lessen|drop|lower)$|down$/i.test(moreOrLess[1]) ? 'low' : 'high'),
    };
  }
  const step = STEP.exec(text);
  if (step?.[1] && step[2]) {
    const down = step[3] ? step[3].toLowerCase() === 'down' : /^(?:lower|drop|knock)$/i.test(step[1]);
    // "move the report in priority": neither way said.
    if (step[3] || !/^(?:move|push|bring|bump|kick|take)$/i.test(step[1])) return { ref: step[2], priority: down ? 'low' : 'high' };
  }
  const [toned, after, before] = NOTCH.map((pattern) => pattern.exec(text));
  if (toned?.[1] && toned[2]) return { ref: toned[2], priority: toned[1].toLowerCase() === 'down' ? 'low' : 'high' };
  if (after?.[1] && after[2]) return { ref: after[1], priority: after[2].toLowerCase() === 'down' ? 'low' : 'high' };
  if (before?.[1] && before[2]) return { ref: before[2], priority: before[1].toLowerCase() === 'down' ? 'low' : 'high' };
  const verb = DIRECTION_VERB.exec(text);
  if (verb?.[1] && verb[2] && !(/(?:flag|star)$/i.test(verb[1]) && FLAG_SAYS_MORE.test(` ${verb[2]} `))) {
    // A flag or star taken off leaves the task at the default level, as "take X off high priority" does.
    if (/^un(?:flag|star)$/i.test(verb[1]) && !verb[3] && !verb[4]) return { ref: verb[2], priority: 'medium' };
    const direction: Priority = /^(?:demote|downgrade|shelve|de-?prioriti[sz]e|unflag|unstar)$/i.test(verb[1]) ? 'low' : 'high';
    const after = (verb[3] ?? verb[4])?.replace(/^(?:to\s+)?(?:a\s+)?/i, '').replace(/\s+(?:priority|prio)$/i, '');
    const level = after ? priorityValue(after.replace(/^lowest$/i, 'low')) : direction;
    if (level === direction) return { ref: verb[2], priority: direction };
    // "downgrade the report to medium": a level said that goes the verb's way; "downgrade it to high" is not read.
    if (verb[4] && level === 'medium') return { ref: verb[2], priority: level };
    return after ? undefined : { ref: verb[2], priority: direction };
  }
  return levelSentence(text) ?? clauseThenRequest(text);
}

/** The general reading: the task and a phrase that says its level ("make 11 less urgent", "p1 for the visa form"). */
function levelSentence(text: string): PrioritySaid | undefined {
  const said = readLevelSentence(text);
  if (!said) return undefined;
  if ('several' in said) return { ask: `One task at a time, please: which of ${said.several} first?` };
  if (typeof said.level === 'string') return { ref: said.ref, priority: said.level };
  return { ask: `Which priority for ${said.ref.replace(/^(?:the|my)\s+/i, '')}: high, medium or low?` };
}

/** "medium prio: book the dentist check-up", "low priority - sort the photos": a level as a label, then the new task. */
const LEVEL_LABEL = /^(?:high|top|medium|normal|low|lowest|highest)[\s-]*(?:priority|prio)\s*(?::|\s[-–—])\s*(.+)$/i;
/** After the label, words asking about the list are a question, never a title. */
const ASKS_ABOUT_LIST = /^(?:show|list|what|which|how|find|search|my|all|any|tasks?|todos?)\b/i;

export function priorityLabelFirst(text: string): boolean {
  const said = LEVEL_LABEL.exec(text);
  return said?.[1] !== undefined && !ASKS_ABOUT_LIST.test(said[1]);
}
