import type { Priority } from '@doable/contracts';
import { clauseLevel, levelOf } from './priority-levels.ts';
import type { PrioritySaid } from './priority-said.ts';
import { LOW_PRIORITY, PRIORITY_VALUE, priorityValue } from './priority-words.ts';

// A priority said as a clause about the task, then maybe a request pointing back at it: "the newsletter can wait,
// lower it", "the proposal is super urgent now, flag it", "the gym can wait, it's not important". When the clause and
// the request disagree, the user is asked.

const STRONGER = String.raw`(?:(?:very|really|super|so|extremely|highly|quite|most|the\s+most)\s+)?`;
/** What a clause says of the task to make it high: "is super urgent now", "is the most important thing this week". */
const HIGH_STATEMENT = new RegExp(
  String.raw`^(?:is|are|'s)\s+(?:now\s+|also\s+)?(?:${STRONGER}(?:urgent|important|pressing)|(?:the\s+)?(?:top|most\s+important|highest\s+priority|first)(?:\s+(?:thing|task|one|priority))?)\b.*$`,
  'i',
);
/** A clause naming the level: "is low prio now", "is p2 now", "is the priority now" (high). */
const LEVEL_STATEMENT = new RegExp(
  String.raw`^(?:is|are|'s)\s+(?:now\s+)?(?:a\s+|the\s+)?(?:(${PRIORITY_VALUE})\s*(?:priority|prio)?|()priority)(?:\s+now)?$`,
  'i',
);
/** A clause saying the task can wait: "can wait", "is not urgent", "is no rush". */
const LOW_STATEMENT = new RegExp(
  // "can wait until friday" says a date as well: not read here.
  String.raw`^(?:can\s+wait|(?:is|are|'s)\s+(?:${LOW_PRIORITY}))(?:\s+(?:now|for\s+now|any\s*more|a\s+bit|a\s+while|for\s+a\s+(?:bit|while)))?$`,
  'i',
);

/**
 * The task a clause speaks of, after a lead-in that reports it ("my manager says", "the client called and"): a noun
 * phrase with "the"/"my"/"this"/"that" before it, so "I think it" or "she" is never read as a task.
 */
const SUBJECT =
  /^(?:.*?\b(?:says?|said|thinks?|told\s+me|and|so|now|that)\s+)?((?:the|my|this|that|task|#)\b.*?|#?\d+)\s+(?:(?:really|actually|honestly|definitely|probably|still|just)\s+)*((?:is|are|can)\b.*|'s\b.*)$/i;

/** "I really need the childcare form done first", "we need the boiler sorted asap": high. */
const NEED_FIRST =
  /^(?:i|we)\s+(?:really\s+|just\s+)?(?:need|want|have\s+to\s+get)\s+(.+?)\s+(?:done|finished|sorted)\s+(?:first|asap|today)$/i;

/** The request after the clause: "lower it", "bump it up", "flag it please", "make it top priority", "please put high". */
const POINTS_BACK =
  /^(?:so\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:(lower|drop|demote|downgrade|deprioriti[sz]e)|(raise|bump|flag|escalate|prioriti[sz]e|upgrade|up)|(?:make|set|mark|put|move|change))(?:\s+(?:it|that|this)(?:\s+one)?)?(?:\s+(up|down))?(?:\s+(?:to|as|at|on))?(?:\s+(?:a\s+)?(.+?))?(?:\s+please)?$/i;

/** The level a request says, or the direction of its verb. */
function requestLevel(request: string): Priority | 'none' | undefined {
  const said = POINTS_BACK.exec(request.trim());
  if (!said) return undefined;
  if (said[4]) {
    const level = priorityValue(said[4].replace(/\s+(?:priority|prio)$/i, '').replace(/^top$/i, 'high'));
    return level ?? undefined;
  }
  // "bump it down", "drop it up": the direction said last wins over the verb's own.
  if (said[3]) return said[3].toLowerCase() === 'down' ? 'low' : 'high';
  if (said[1]) return 'low';
  if (said[2]) return 'high';
  return 'none';
}

/** "…, it's not important", "…, that can wait": a second clause saying the level of the same task. */
function levelSaidOfIt(clause: string): Priority | undefined {
  const said = /^(?:(?:it|that|this)(?:\s+one)?)(?:'s|\s+is|\s+(?=can\b))\s*(.+)$/i.exec(clause.trim());
  const level = said?.[1] ? levelOf(said[1].replace(/^can\s+wait\b/i, 'can wait')) : undefined;
  return typeof level === 'string' ? level : undefined;
}

/** "the newsletter can wait, lower it", "the dentist is most important now": a clause, then maybe the request. */
export function clauseThenRequest(text: string): PrioritySaid | undefined {
  const [clause = '', ...rest] = text.split(/\s*[,;]\s+|\s+[-–—]\s+/);
  if (rest.length > 1) return undefined;
  const need = NEED_FIRST.exec(clause);
  const subject = need ? undefined : SUBJECT.exec(clause);
  const ref = need?.[1] ?? subject?.[1];
  if (!ref) return levelThenRequest(clause, rest[0]);
  const level = LEVEL_STATEMENT.exec(subject?.[2] ?? '');
  const stated: Priority | undefined = need
    ? 'high'
    : level
      ? (priorityValue(level[1] ?? 'high') ?? undefined)
      : HIGH_STATEMENT.test(subject?.[2] ?? '')
        ? 'high'
        : LOW_STATEMENT.test(subject?.[2] ?? '')
          ? 'low'
          : undefined;
  if (!stated) return need ? undefined : levelThenRequest(clause, rest[0]);
  const request = rest[0];
  if (request === undefined) {
    // Said alone, only a plain statement is a change: "the dentist is most important now", "the newsletter can wait".
    return need ? undefined : { ref, priority: stated };
  }
  const asked = requestLevel(request) ?? levelSaidOfIt(request);
  if (!asked) return undefined;
  if (asked !== 'none' && asked !== stated)
    return { ask: `Which priority for ${ref.replace(/^(?:the|my)\s+/i, '')}: ${stated} or ${asked}? Say "set it to high", "… low".` };
  return { ref, priority: stated };
}

/**
 * A clause read as a level by the general reader, then maybe a request: "the tax return is not low priority, make it
 * high" is high; "not low" alone says no level, and is asked.
 */
function levelThenRequest(clause: string, request: string | undefined): PrioritySaid | undefined {
  const said = clauseLevel(clause);
  if (!said) return undefined;
  const asked = request === undefined ? 'none' : requestLevel(request);
  if (!asked) return undefined;
  const ref = said.ref;
  const name = ref.replace(/^(?:the|my)\s+/i, '');
  if (typeof said.level === 'string') {
    if (asked !== 'none' && asked !== said.level)
      return { ask: `Which priority for ${name}: ${said.level} or ${asked}? Say "set it to high", "… low".` };
    return { ref, priority: said.level };
  }
  if (asked !== 'none' && asked !== said.level.not) return { ref, priority: asked };
  return { ask: `Which priority for ${name}: high, medium or low?` };
}
