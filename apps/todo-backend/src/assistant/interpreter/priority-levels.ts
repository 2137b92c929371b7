import type { Priority } from '@doable/contracts';
import { priorityValue } from './priority-words.ts';
import { englishTerms } from './word-roots.ts';

// A priority said of a task, read in two steps: the sentence is split into the task and the phrase that says the
// level ("make | 11 | less urgent", "the tax return | is not the most important", "p1 for | the passport renewal"),
// then the phrase alone is read as a level, negations and comparisons included. The split is tried at every word, so
// the task's words are whatever is left once a whole phrase reads as a level: no list of task words is needed.

/** A level, or a level negated that says no other ("not low": high or medium?). */
export type LevelSaid = Priority | { not: Priority };

/** Words around a level that change nothing: "really", "now", "back to", "at all", "this week", "than the slides". */
const LEAD =
  /^(?:(?:there'?s|there\s+is|back\s+to|as|to|at|into|in|on|a|an|the|my|our|now|also|actually|just|only|really|very|super|so|extremely|highly|quite|truly|definitely|officially|pretty|fairly|rather|kind\s+of|sort\s+of|kinda|sorta|a\s+bit|a\s+little|way|much|far|a\s+lot)\s+)+/i;
const TAIL =
  /(?:\s+(?:now|any\s*more|any\s+longer|(?:till|until|til)\s+later|for\s+later|at\s+all|for\s+now|right\s+now|today|this\s+week|then|instead|please|again|too|for\s+me|for\s+us|on\s+my\s+list|on\s+the\s+list|of\s+all|than\s+.+|tbh|to\s+be\s+honest|honestly|imo|lol|though|tho|i\s+think|i\s+guess|i\s+reckon|btw|fyi|by\s+the\s+way|thanks|thx|ty|pls|plz|ok|okay|(?:because|since|'?cause|cos)\s+.+))+$/i;
const PRIORITY_WORD = '(?:priority|prio|pri|importance)';

/** A level said by itself: the phrase must be all level words, else undefined. */
const HIGH = new RegExp(
  String.raw`^(?:urg(?:e|a)?nt|important|pressing|critical|crucial|asap|a\s*s\s*a\s*p|high|hi|highest|top|max(?:imum)?|(?:a\s+)?big\s+deal|(?:a\s+)?must(?:[\s-]do)?|(?:mission|business|time)[\s-]critical|time[\s-]sensitive|(?:an\s+)?emergency|(?:a\s+|the\s+)?(?:top\s+|high\s+|big\s+|first\s+|number\s+one\s+)?${PRIORITY_WORD}(?:\s+(?:one|1|#\s*1|no\.?\s*1|number\s+one))?|number\s+one|(?:the\s+)?most\s+important(?:\s+(?:thing|task|one|item|job))?|(?:the\s+)?(?:top|first|number\s+one)\s+(?:thing|task|item|job)|(?:ca|can)n[o']?t\s+wait|(?:at\s+)?(?:the\s+)?top\s+of\s+(?:the\s+|my\s+)?(?:pile|heap|stack|list|priorities|priority\s+list))(?:\s+${PRIORITY_WORD})?$`,
  'i',
);
const MEDIUM = new RegExp(String.raw`^(?:medium|normal|mid|middle|average|moderate|med)(?:\s+${PRIORITY_WORD})?$`, 'i');
const LOW = new RegExp(
  String.raw`^(?:low|lowest|min(?:imum)?|minor|trivial|no\s+(?:rush|hurry|urgency|big\s+deal)|(?:can|could)\s+(?:wait|slide|slip)|(?:(?:can|could)\s+go\s+)?(?:(?:on|to)\s+)?(?:the\s+)?back[\s-]?burner|(?:can|could)\s+go\s+(?:to\s+)?(?:the\s+)?bottom(?:\s+of\s+(?:the\s+|my\s+)?(?:pile|heap|stack|list))?|whenever|someday|some\s+day|some\s*time|at\s+some\s+point|one\s+day|eventually|low[\s-]key|optional|(?:a\s+)?nice[\s-]to[\s-]have|(?:the\s+)?(?:bottom|least\s+important)(?:\s+(?:thing|task|one|item|job))?(?:\s+of\s+(?:the\s+|my\s+)?(?:pile|heap|stack|list|priorities|priority\s+list))?)(?:\s+${PRIORITY_WORD})?$`,
  'i',
);
/** "more urgent", "higher priority", "less important", "lower": a comparison says the direction. */
const COMPARED = new RegExp(
  String.raw`^(?:(more|higher|greater|bigger)|(less|lower|smaller))(?:\s+(?:of\s+a\s+)?(?:urg(?:e|a)?nt|important|pressing|${PRIORITY_WORD}|on\s+the\s+list|up|down))?$`,
  'i',
);
const NEGATION =
  /^(?:(?:not|isn'?t|aren'?t)\s+(?:that|too|so|very|really|particularly|especially|terribly|all\s+that)|not|no\s+longer|never|isn'?t|aren'?t)\s+(.+)$/i;

function tidy(phrase: string): string {
  let said = phrase
    .trim()
    .replace(/[!.?]+$/, '')
    .replace(/\s+/g, ' ');
  // "medium is fine for the vet", "low's ok": a level said to be enough is that level.
  said = said.replace(/^(\S+(?:\s+(?:priority|prio))?)(?:'s|\s+is|\s+would\s+be)\s+(?:fine|ok|okay|enough|plenty)$/i, '$1');
  for (let i = 0; i < 3; i++) said = said.replace(TAIL, '').replace(LEAD, '').trim();
  return (
    said
      // "non-urgent", "unimportant": a negation in the word.
      .replace(/^non[\s-]+(?=urgent|important|critical|essential|pressing)|^un(?=important)/i, 'not ')
      // "a low priority one": the noun after a level is no part of it ("priority one" alone is high).
      .replace(/^((?:high|low|medium|normal|top|urgent|important)(?:[\s-]+(?:priority|prio))?)\s+(?:one|task|item|thing|job)$/i, '$1')
  );
}

/** The level a phrase says, whole: "p1", "asap", "less urgent", "not the most important", "top of the pile". */
export function levelOf(phrase: string): LevelSaid | undefined {
  const said = tidy(phrase);
  if (!said) return undefined;
  const negated = NEGATION.exec(said);
  if (negated?.[1]) {
    const inner = levelOf(negated[1]);
    if (inner === undefined || typeof inner === 'object') return undefined;
    // "not urgent" is low; "not low" says only what it is not.
    return inner === 'high' ? 'low' : { not: inner };
  }
  // "priority: low", "prio high": the word naming the field, then the level.
  const level = /^(?:priority|prio)\s*[:=]?\s*(high|highest|top|medium|normal|low|lowest)$/i.exec(said)?.[1];
  if (level) return levelOf(level);
  // "priority: urgent", "prio = not important": any level after the field's name.
  const named = /^(?:priority|prio)\s*[:=]\s*(.+)$/i.exec(said)?.[1];
  if (named) return levelOf(named);
  const code = priorityValue(said.replace(/^(?:priority|prio)\s+(?:p?([1-4]))$/i, 'p$1'));
  if (code && !/^(?:top|urgent|high|highest|medium|normal|low|lowest)$/i.test(said)) return code;
  const compared = COMPARED.exec(said);
  if (compared) return compared[1] ? 'high' : 'low';
  if (LOW.test(said)) return 'low';
  if (MEDIUM.test(said)) return 'medium';
  if (HIGH.test(said)) return 'high';
  return undefined;
}

/** Words that name a task: "the …", "my …", "this one", a number, "it", or a doing ("calling the bank"). */
const TASK_WORDS =
  /^(?:(?:the|my|our|task|todo)\s+[^:→>]+|(?:this|that)(?:\s+[^:→>]+)?|(?:task\s+|#)?\d+|it|(?!(?:every|any|no|some)thing\b)\p{L}+ing\s+[^:→>]+)$/iu;
/**
 * Words that ask about the list or point at no task: "what is urgent", "everything is low", "show client stuff that's
 * high priority" (a listing, never a task called "show client stuff that").
 */
const NO_TASK =
  /^(?:what|which|who|how|where|why|when|there|everything|anything|nothing|something|all|both|none|tasks|todos|priority|prio|importance|show|list|display|gimme|give\s+me|find)\b/i;
/** Several tasks named together: "the shed and the fence", "5 and 6". */
const SEVERAL = /\s(?:and|&|,)\s*(?:the|my|task|#?\d)\b|\b\d+\s*(?:,|and|&)\s*#?\d/i;

/** "gas bill is not a priority": a few words without "the" name a task too, unless they are a person or a question. */
const BARE_SUBJECT =
  /^(?!(?:i|you|we|he|she|they|there|here|who|what|which|everything|anything|nothing|something|all|tasks?|todos?)\b)[\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+){0,3}$/iu;

export type LevelSentence = { ref: string; level: LevelSaid } | { several: string };

function named(ref: string, level: LevelSaid, bare = false): LevelSentence | undefined {
  const task = ref
    .trim()
    .replace(/^(?:to\s+)?(?:the\s+|its\s+)?(?:priority|prio|importance)\s+(?:of|for|on)\s+/i, '')
    .replace(/^to\s+/i, '')
    // "the report's priority" is the report's; "the tidy at mum's" keeps its "'s", no field follows it.
    .replace(
      /(?:'s(?=(?:\s+(?:the|a|an|its))?\s+(?:priority|prio|importance)$))?(?:\s+(?:the|a|an|its))?(?:\s+(?:priority|prio|importance))?$/i,
      '',
    );
  if (SEVERAL.test(task)) return { several: task };
  // "the mortgage call a low": a level left in the task's words says the split is wrong.
  if (/\s(?:high|low|medium|normal|top|urgent)$/i.test(task)) return undefined;
  // "make the description of 5 say …": a field and its value, not a task.
  if (/\b(?:say|says|read|reads|description|notes?|title|name|tags?|labels?|deadline|due)\b/i.test(task)) return undefined;
  if (!task || NO_TASK.test(task) || !(TASK_WORDS.test(task) || (bare && BARE_SUBJECT.test(task)))) return undefined;
  return { ref: task, level };
}

/** "make 11 less urgent", "give the tax return a p2", "flag the mortgage call as important": verb, task, level. */
// "lower", "drop", "raise" say a direction of their own, read by the rules for those ("lower the newsletter priority").
const LEVEL_VERB = /^(make|mark|set|flag|consider|rate|treat|change|switch|turn|give|put|move|bump|push)\s+(.+)$/i;

function verbFirst(text: string): LevelSentence | undefined {
  const said = LEVEL_VERB.exec(text);
  if (!said?.[1] || !said[2]) return undefined;
  const words = said[2].split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const value = words.slice(i).join(' ');
    const level = levelOf(value);
    if (level === undefined) continue;
    // "put it on top", "move it to the top": an order in the list, not a priority.
    if (/^(?:put|move|push|bump)$/i.test(said[1]) && !/\b(?:priority|priorities|prio|p[1-4]|![1-3]|pile|heap|stack|burner)\b/i.test(value))
      return undefined;
    // "bump X down to p3": the level said must go the verb's way.
    if (/^(?:push|bump)$/i.test(said[1]) && level !== 'high') return undefined;
    return named(words.slice(0, i).join(' '), level);
  }
  return undefined;
}

/** What a clause says of its subject, as a level: "is not the most important", "can wait", "should be p1". */
function predicateLevel(predicate: string): LevelSaid | undefined {
  // "matters most", "doesn't matter much": said with "matter" instead of a level.
  if (/^(?:(?:really|still)\s+)?matters?\s+(?:(?:the\s+)?most|a\s+lot|more(?:\s+than\s+.+|\s+now)?)$/i.test(predicate)) return 'high';
  // "the expenses matter less now": less than they did.
  if (/^matters?\s+(?:a\s+lot\s+|much\s+)?less(?:\s+than\s+.+|\s+now)?$/i.test(predicate)) return 'low';
  if (
    /^(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:really\s+)?matter(?:\s+(?:much|that\s+much|at\s+all|now|any\s*more))*$/i.test(predicate)
  )
    return 'low';
  const said = predicate
    .trim()
    .replace(/^(is|are|was|were|should|must|could|would|does|do|has|have)n'?t\b/i, '$1 not')
    .replace(/^(?:can'?t|cannot)\s+wait\b/i, "can't wait")
    // "can definitely wait", "can easily wait a week": how sure is no part of the level.
    .replace(
      /^(can'?t|cannot|can|could)\s+(?:(?:definitely|easily|totally|probably|surely|certainly|safely|really|just|still|prob)\s+)+wait\b/i,
      '$1 wait',
    )
    .replace(/^(?:is|are|'s|was|were)\s+(not\s+)?(?:(?:now|also|actually|still|really|definitely)\s+)*/i, (_all, not = '') => not)
    // "needs to happen asap", "has to get done first": when it happens says how much it matters.
    .replace(
      /^(?:needs?\s+to|has\s+to|have\s+to|must|should)\s+(?:happen|get\s+done)\s+(?=first|asap|immediately|right\s+away|straight\s+away)/i,
      '',
    )
    .replace(
      /^(?:will|shall|should|must|can|could|would|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(not\s+)?(?:(?:now|also|actually|really|definitely|probably|just)\s+)*be(?:come)?\s+/i,
      (_all, not = '') => not,
    )
    .replace(/^(?:(?:has|have)\s+(?:become|got|gotten)|becomes?|became|seems?|feels?|looks?|sounds?|got|gets|is\s+getting)\s+/i, '')
    // "doesn't need to be high priority": not that level.
    .replace(/^(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:need|have)\s+to\s+be\s+/i, 'not ')
    // "should have low priority", "has top priority".
    .replace(/^(?:(?:should|must|can|could|will|needs?\s+to)\s+)?(?:have|has|get|gets)\s+/i, '')
    // "should be done first", "can be done whenever", "needs doing asap": when it is done says how much it matters.
    .replace(
      /^((?:not\s+)?)(?:needs?\s+(?:doing|done|sorting|handling|finishing)|done|finished|handled|sorted|tackled|dealt\s+with)\s+(?=first|before|immediately|right|straight|asap|whenever|some\s*day)/i,
      '$1',
    );
  if (
    /^(?:(?:(?:(?:should|must|will|has\s+to|needs?\s+to)\s+)?(?:comes?|go|goes)\s+)?first|before\s+anything\s+else|immediately|right\s+away|straight\s+away)$/i.test(
      said,
    )
  )
    return 'high';
  // "takes priority over the rest", "should be prioritised", "can be deprioritized": the verb says the level.
  if (/^takes?\s+(?:top\s+)?(?:priority|precedence)(?:\s+over\s+.+)?$/i.test(said)) return 'high';
  const verbed = /^(de-?)?prioriti[sz]ed$/i.exec(said);
  if (verbed) return verbed[1] ? 'low' : 'high';
  return levelOf(said);
}

/** "the tax return is urgent", "the car wash can wait", "calling the bank is top priority": subject, then its level. */
const SUBJECT_THEN =
  /^(?:(?:actually|so|ok|okay|well|also|oh|hmm+|wait|right|btw|fyi|i\s+think|i\s+guess|i\s+reckon|honestly)[,\s]+)*(.+?)(?:\s+|(?='s\s+(?:not|no|now|also|really|very|super|so|less|more|top|high|low|medium|urgent|important|critical|the|a|p[1-4])\b))((?:is|are|'s|was|were|isn'?t|aren'?t|can|can'?t|cannot|could|should|shouldn'?t|must|will|needs?\s+to|needs?(?=\s+(?:doing|sorting|handling|finishing|done)\s)|(?:comes?|goes)(?=\s+first\b)|takes?(?=\s+(?:top\s+)?(?:priority|precedence)\b)|has\s+to|have\s+to|ought\s+to|(?:has|have)\s+(?:become|got|gotten)|has|have|becomes?|became|seems?|feels?|looks?|got|gets|matters?|doesn'?t|does\s+not|don'?t|(?:really|still)\s+matters?)\b.*)$/i;

/** A clause before the one about the task: "my landlord called so …", "the vet rang, …". */
const LEAD_CLAUSE = /^.*?(?:,\s+|\s+(?:so|and|because|since|now|but)\s+)(?=(?:the|my)\s)/i;

function subjectFirst(text: string): LevelSentence | undefined {
  const said = SUBJECT_THEN.exec(text);
  if (!said?.[1] || !said[2]) return undefined;
  const level = predicateLevel(said[2]);
  if (level === undefined) return undefined;
  // "my landlord called so the rent payment is now urgent": the task is in the last clause.
  const lead = LEAD_CLAUSE.exec(said[1]);
  // "the fence and the gate can wait": without a verb before it, the first part is a second task, not a clause.
  if (lead && !englishTerms(lead[0]).some((term) => term.tags.includes('Verb'))) return { several: said[1] };
  if (lead) return subjectFirst(text.slice(lead[0].length));
  // "the renewal really is not urgent": a word about how it is said is no part of the task.
  const subject = said[1].replace(/(?:\s+(?:really|actually|honestly|now|also|definitely|probably|still|just))+$/i, '');
  return named(subject, level, true);
}

/** "p1 for the passport renewal", "no rush on the photo album": the level, then the task after "for"/"on". */
function levelFirst(text: string): LevelSentence | undefined {
  for (const at of text.matchAll(/\s+(?:for|on)\s+/gi)) {
    const value = text.slice(0, at.index);
    // "priority for the boiler: low": the word alone names the field, not a level.
    const level = /^(?:the\s+)?(?:priority|prio)$/i.test(value) ? undefined : levelOf(value);
    const ref = text.slice(at.index + at[0].length);
    if (level !== undefined && TASK_WORDS.test(ref)) return named(ref, level);
  }
  return undefined;
}

/** "the tax return: p1", "the newsletter - low priority": the task, then its level after a colon or a dash. */
const ADDS = /^(?:add|create|new|put|todo|remind|remember)\b/i;

function levelAfterColon(text: string): LevelSentence | undefined {
  const said = /^([^:,–—=]+?)\s*(:|=|\s[-–—]|,)\s*(.+)$/.exec(text);
  if (!said?.[1] || !said[3]) return undefined;
  const level = levelOf(said[3]);
  // "report: high priority": a colon sets the words apart enough to name a task without "the"; words that start with a
  // verb ("fix the sink: high priority", "add pay rent - high") are a task to add.
  const bare = (said[2] === ':' || said[2] === '=') && !ADDS.test(said[1]) && !englishTerms(said[1])[0]?.tags.includes('Verb');
  return level === undefined ? undefined : named(said[1], level, bare);
}

/** "I want the gas bill as high priority", "could the gas bill be urgent": a wish, then the task and its level. */
const WISHED = [
  /^(?:i(?:\s+(?:want|need|would\s+like|wanna)|'d\s+like)|let'?s\s+(?:make|have|get))\s+(.+?)\s+(?:to\s+be|as|at|on)\s+(.+)$/i,
  /^(?:can|could|should|shall)\s+(.+?)\s+be\s+(.+)$/i,
];

function wished(text: string): LevelSentence | undefined {
  for (const pattern of WISHED) {
    const said = pattern.exec(text);
    const level = said?.[2] ? levelOf(said[2]) : undefined;
    if (said?.[1] && level !== undefined) return named(said[1], level);
  }
  return undefined;
}

/** "gas bill to high", "the newsletter to low prio": the task, then "to" and a level; words that start with a verb are a task to add. */
const CHANGE_VERB =
  /^(?:bump|lower|raise|drop|knock|move|push|set|make|put|change|switch|turn|give|mark|flag|kick|bring|upgrade|downgrade|escalate|demote|shift)\b/i;

function levelAfterTo(text: string): LevelSentence | undefined {
  const said = /^(.+?)\s+to\s+((?:high|medium|normal|low|top|lowest|highest)(?:\s+(?:priority|prio))?)$/i.exec(text);
  if (!said?.[1] || !said[2] || ADDS.test(said[1]) || CHANGE_VERB.test(said[1]) || englishTerms(said[1])[0]?.tags.includes('Verb'))
    return undefined;
  const level = levelOf(said[2]);
  return level === undefined ? undefined : named(said[1], level, true);
}

/** A priority said of one task by a verb, a subject, a level first or a level after the task; undefined otherwise. */
export function readLevelSentence(text: string): LevelSentence | undefined {
  const said = verbFirst(text) ?? subjectFirst(text) ?? wished(text) ?? levelFirst(text) ?? levelAfterColon(text) ?? levelAfterTo(text);
  // "add read klara and the sun, no hurry": a new task's title may say "and"; it names no second task to change.
  return said && 'several' in said && ADDS.test(text) ? undefined : said;
}

/** What a clause alone says of its subject's level ("the tax return is not low priority"), for a request after it. */
export function clauseLevel(clause: string): { ref: string; level: LevelSaid } | undefined {
  const said = subjectFirst(clause);
  return said && 'ref' in said ? said : undefined;
}
