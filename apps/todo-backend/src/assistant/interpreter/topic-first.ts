import type { Interpretation } from './offline-interpreter.ts';
import { parseTaskRef } from './phrases.ts';
import { englishTerms } from './word-roots.ts';

// The task said first, as a topic, and the request after it pointing back: "the task with the car, rename it to car
// inspection", "the task of the bike, delete it please", "this task with the painting I do not need, remove". The
// request is read alone, with "it" for the task, and the task named first takes the place of "it".

/**
 * "the task with the car", "this todo about the visa", "the task garage", "the one about the boiler", "the thing about
 * the car insurance": a task named through what it is about.
 */
const TASK_THEN_WORDS =
  /^(?:the|this|that|my)\s+(?:(?:task|todo|to-do|item)\s+(?:(?:called|named|titled|about|of|for|with|on)\s+)?|(?:one|thing)\s+(?:called|named|titled|about|with)\s+)(.+?)(?:\s*[,;:]|\s+[-–—])\s+(.+)$/i;
/** "the vet one, delete it": the words, then "task" or "one". */
const WORDS_THEN_TASK = /^((?:the|this|that|my)\s+(?:[^\s,;:]+\s+){1,4}(?:task|todo|to-do|one))(?:\s*[,;:]|\s+[-–—])\s+(.+)$/i;
/** "boiler thing: remove the urgent tag": a few words and "thing", "task" or "one" before a colon, "the" or not. */
const BARE_TOPIC = /^((?:[^\s,;:]+\s+){1,3}(?:task|one|thing))\s*:\s+(.+)$/i;
/**
 * "I realised the bank task needs more detail - add a note saying …": a clause about "the <words> task", then the
 * request. The first such phrase of the clause of at most four words is the task.
 */
const TASK_IN_CLAUSE =
  /^[^,;:]*?\b((?:the|this|that|my)\s+(?:[^\s,;:]+\s+){1,4}(?:task|todo|to-do|one))\b[^,;:]*?(?:\s*[,;:]|\s+[-–—])\s+(.+)$/i;

/**
 * "the dentist, I did it already", "for the report, it is done", "the school run - call it school run + breakfast
 * club": any few words first, when what follows points back at them ("it", "that").
 */
const WORDS_THEN_IT =
  /^(?:(?:for|about|regarding|as\s+for)\s+)?((?:the|this|that|my)\s+(?:[^\s,;:]+\s+){0,3}[^\s,;:–—-]+)(?:\s*[,;:]|\s+[-–—])\s+(.+)$/i;
/**
 * "the task 6 I have made it", "the laundry I have done it", "the gym task you can delete", "the task 5 delete it
 * please": the task, then without a comma a clause of the user's ("I …", "you can …") or a request, pointing back.
 */
const WORDS_THEN_CLAUSE =
  /^((?:the\s+)?(?:task|todo|number)\s+#?\d+|(?:the|this|that|my)\s+(?:[^\s,;:]+\s+){0,3}[^\s,;:]+?)\s+((?:i|we|you)\s+.+|(?:delete|remove|complete|finish|close|mark|tick|check|rename|move|tag|reopen)\s+(?:it|that)\b.*)$/i;
/** "you can delete", "you can close": a request with the task left out. */
const LEFT_OUT =
  /^(?:you|u)\s+(?:can|could|may)\s+(?:now\s+)?(?:delete|remove|close|complete|tick\s+off|check\s+off|mark\s+(?:as\s+)?done)$/i;

/** What the user says of the task after naming it ("the painting I do not need"): the task is before it. */
const SAID_OF_IT = /\s+(?:that\s+|which\s+)?(?:i|we|you)\s+.*$/i;

/** "as for the dishes, done": a state said alone is said of the task named first. */
const STATE_ALONE = /^(?:all\s+)?(?:done|sorted|finished|completed?|handled|dealt\s+with)(?:\s+(?:now|already|too))?$/i;

/** "the name of …", "the date of …": a field of the task, named before it. */
const FIELD_OF = /^(?:the|its)\s+(?:name|title|date|due\s+date|deadline|notes?|description|priority)\s+of\s+/i;
/** Points back at the task named first. */
const POINTS_BACK = /\b(?:it|its|that|this|them)\b/i;

/**
 * "we need milk, add it to groceries", "we're out of eggs - can you put them on the list": the thing needed said
 * first, then a request to add "it": the thing is the title, never a task "it" points at.
 */
const NEED_THEN_ADD =
  /^(?:(?:we|i)\s+(?:need|want|ran\s+out\s+of|have\s+run\s+out\s+of|are\s+out\s+of)|(?:we're|i'm|were|im)\s+out\s+of|out\s+of|need)\s+(?:some\s+|more\s+)?(?!to\s)(.+?)(?:\s*[,;.]|\s+[-–—])\s*(?:so\s+)?(?:please\s+|pls\s+)?(?:(?:can|could|would)\s+you\s+)?(?:add|put|stick|pop)\s+(?:it|them|that|those|some)\b(.*)$/i;

/**
 * "dentist move to friday", "gym task - move to 7am tomorrow", "invoice hendriks - change to high", "passport renew add
 * tag travel": a task's words, then a change said without "it" whose object is where it goes. The words hold no verb
 * of a clause ("is", "need", "to") and no one asking ("i", "you", "please"): a title's own verb ("call mom move to 5pm")
 * is part of it.
 */
const WORDS_THEN_CHANGE =
  /^(?!(?:i|we|you|u|please|pls|can|could|would|will|and|then|also|so|just|lets|let's|ok|okay|oh|hey|hi)\b)((?:[^\s,;:]+\s+){0,4}?[^\s,;:–—-]+)\s*(?:[-–—:]\s*)?\s(?:(move|push|shift|bump|change|reschedule|postpone)\s+((?:back\s+)?(?:to|till|until|into)\s+.+)|(add|remove)\s+(?:the\s+)?(?:tags?|labels?)\s+(#?[\p{L}\p{N}_-]+))$/iu;

/** The words of a clause, which a task's title said as a topic does not hold ("book flight to lisbon" is a title). */
const CLAUSE_WORD =
  /\b(?:is|are|was|were|be|been|am|i|we|you|u|it|they|he|she|need|needs|want|wants|have|has|had|should|must|can|could|will|would)\b/i;

function wordsThenChange(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const said = WORDS_THEN_CHANGE.exec(
    sentence
      .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (!said?.[1]) return undefined;
  const [, words, verb, where, tagVerb, tag] = said;
  if (CLAUSE_WORD.test(words)) return undefined;
  const target = parseTaskRef(words.replace(FIELD_OF, ''));
  const request = verb ? `${verb} it ${where}` : `${tagVerb} the tag ${tag} ${tagVerb?.toLowerCase() === 'add' ? 'to' : 'from'} it`;
  const reading = read(request);
  if (!target || reading.kind !== 'call' || !reading.target || !('last' in reading.target)) return undefined;
  return { ...reading, target };
}

/**
 * "the note on the dentist, remove it", "due date for the birthday card - clear it": a field of a task named first, then
 * taken off. "It" is the field, never the task: the task is not deleted.
 */
const FIELD_THEN_CLEARED =
  /^(?:the\s+|its\s+)?(notes?|description|details|due\s+date|date|deadline|reminders?)\s+(?:on|of|for|in|from)\s+(.+?)(?:\s*[,;:]|\s+[-–—])\s*(?:(?:please|pls|just|can\s+you|could\s+you)\s+)*(?:remove|delete|clear|drop|get\s+rid\s+of|take\s+off|take\s+away)\s+(?:it|that|them)(?:\s+(?:please|pls))?$/i;

function fieldThenCleared(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const said = FIELD_THEN_CLEARED.exec(sentence);
  const target = said?.[2] ? parseTaskRef(said[2]) : undefined;
  if (!said?.[1] || !target) return undefined;
  const reading = read(`remove the ${said[1]} from it`);
  if (reading.kind !== 'call' || !reading.target || !('last' in reading.target)) return undefined;
  return { ...reading, target };
}

export function readTopicFirst(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const cleared = fieldThenCleared(sentence, read);
  if (cleared) return cleared;
  const changed = wordsThenChange(sentence, read);
  if (changed) return changed;
  const needed = NEED_THEN_ADD.exec(sentence);
  if (needed?.[1]) {
    const reading = read(`add ${needed[1]}${needed[2] ?? ''}`);
    if (reading.kind === 'call' && reading.tool === 'add_task') return reading;
  }
  const said = TASK_THEN_WORDS.exec(sentence) ?? WORDS_THEN_TASK.exec(sentence) ?? bareTopic(sentence) ?? requestInClause(sentence);
  if (!said?.[1] || !said[2]) return wordsThenIt(sentence, read);
  // "the name of the vet task is off, change it to …": the field named first is the task's.
  const target = parseTaskRef(said[1].replace(SAID_OF_IT, '').replace(FIELD_OF, ''));
  if (!target) return undefined;
  // "remove": a verb alone acts on the task named first.
  let request = ownField(said[2]);
  // "remove the urgent tag", "add a home tag": the tag of the task named first.
  request = request
    .replace(
      /^((?:remove|delete|drop|clear|strip|take\s+off|get\s+rid\s+of)\s+(?:the\s+)?#?[\p{L}\p{N}_-]+\s+(?:tag|label))$/iu,
      '$1 from it',
    )
    .replace(/^((?:add|put|stick|slap|pop)\s+(?:the\s+|a\s+|an\s+)?#?[\p{L}\p{N}_-]+\s+(?:tag|label))$/iu, '$1 to it');
  // "add a note saying …": the notes of the task named first.
  request = request.replace(/^(\w+\s+(?:a|the|some)\s+(?:notes?|description|details?|comments?))(?!\s+(?:to|of|for|on)\b)/i, '$1 to it');
  // "the hotel one - notes: late check-in": the field named with a colon, then what it says.
  request = request.replace(/^(?:notes?|description|details?|comments?)\s*:\s*(?=\S)/i, 'add a note to it: ');
  if (!POINTS_BACK.test(request)) request = request.replace(/^(\S+(?:\s+(?:off|out|away|up))?)/i, '$1 it');
  const reading = read(request);
  if (reading.kind !== 'call' || !reading.target || !('last' in reading.target)) return undefined;
  return { ...reading, target };
}

/**
 * "change the description in: …", "put in the notes: …": the field of the task named first, never of another task
 * ("the").
 */
function ownField(request: string): string {
  return request.replace(
    /^(\w+)\s+((?:in|into|to|on)\s+)?the\s+(description|notes?|details?|title|name|priority|due\s+date|deadline|tags?)\b/i,
    '$1 $2its $3',
  );
}

/**
 * "rename the gym task: yoga", "delete the gym task, it is sorted": a first clause that is a request of its own says
 * the task; what follows says the new title (unless it points back: "rename the gym task, call it yoga") or why.
 */
const REQUEST_FIRST = /^(?:[a-z]+[,:]?\s+)?(?:(rename|retitle|reword)|delete|remove|bin|scrap|trash|drop|cancel)\s/i;

function requestInClause(sentence: string): RegExpExecArray | null {
  const said = TASK_IN_CLAUSE.exec(sentence);
  const request = REQUEST_FIRST.exec(sentence);
  if (said?.[2] && request && (!request[1] || !POINTS_BACK.test(said[2]))) return null;
  return said;
}

/** What a request after a topic said without "the" changes: a field of the task, never a verb's object read as a title. */
const FIELD_CHANGED =
  /^\S+(?:\s+(?:off|out|up))?\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:#?[\p{L}\p{N}_-]+\s+)?(?:tags?|labels?|notes?|description|title|name|priority|due\s+date|deadline)\b/iu;

/**
 * A topic said without "the" ("boiler thing: remove the urgent tag"), when the request changes one of its fields and
 * its words hold no verb ("delete this task: …" is a request; "work thing: call Bob" is no rename).
 */
function bareTopic(sentence: string): RegExpExecArray | null {
  const said = BARE_TOPIC.exec(sentence);
  if (!said?.[1] || !said[2] || !FIELD_CHANGED.test(said[2])) return null;
  return englishTerms(said[1]).some((term) => term.tags.includes('Verb')) ? null : said;
}

/** The reading of a few words said first and a clause pointing back at them, or undefined. */
function wordsThenIt(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const said = WORDS_THEN_IT.exec(sentence) ?? WORDS_THEN_CLAUSE.exec(sentence);
  if (!said?.[1] || !said[2]) return undefined;
  // "the report is submitted, close it": a clause of its own, read by the rules for reports, not a task's name.
  if (englishTerms(said[1]).some((term) => term.tags.includes('Verb') && !/^\d+$/.test(term.text))) return undefined;
  const request = LEFT_OUT.test(said[2].trim()) ? `${said[2].trim()} it` : ownField(said[2]);
  if (!POINTS_BACK.test(request) && !STATE_ALONE.test(request.trim())) return undefined;
  const target = parseTaskRef(said[1]);
  const reading = read(request);
  if (!target || reading.kind !== 'call' || !reading.target || !('last' in reading.target)) return undefined;
  // "the report, call it done": a state, never a new title.
  if (typeof reading.args.title === 'string' && /^(?:done|finished|complete(?:d)?)$/i.test(reading.args.title)) return undefined;
  return { ...reading, target };
}

/**
 * "lisbon flights - can we do them this weekend", "the flights. move those to next month": a task with a plural name
 * said first, pointed back at as "them"; one task, the one named, as "it" would be.
 */
const PLURAL_TOPIC_THEN_THEM =
  /^(?:(?:right|ok|okay|so|oh)[,\s]+)?(?!(?:show|list|find|get|give|sort|display|see|view|search|what|which|all)\b)((?:the\s+|my\s+)?(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+s)(?:\s*[,;:.]|\s+[-–—])\s+((?:(?:can|could)\s+(?:we|you|u)\s+|please\s+|pls\s+)?[\p{L}]+\s+)(?:them|those)\b/iu;

/** "you know the tap job? stick it in home projects": the task asked about first, then the request pointing back. */
const KNOWN_TOPIC_ASKED = /^(?:you\s+know|remember|re)\s+((?:the|my|that)\s+[^?]+?)\s*\?+\s*(?=\S)/i;

/** "weekly review: also tag it #habits": "also" after the topic adds nothing to the request. */
const ALSO_AFTER_TOPIC = /([:–—]\s*|\s-\s*|,\s*)also\s+(?=(?:tag|label|add|set|make|move|remind|put|change|rename|mark|give)\b)/i;
/** "invoice to acme: add tag #clients and #billing": several tags for the task named first. */
const TAGS_AFTER_TOPIC =
  /^([^:–—,]+?)\s*(?:[:–—,]|\s-)\s*add\s+(?:the\s+)?(?:tags?|labels?)\s+(#?[\p{L}\p{N}_-]+(?:\s*(?:,|and|&)\s*#?[\p{L}\p{N}_-]+)+)$/iu;

/** A task named first and pointed back at, said the way the topic rules read it: "the tap job - stick it in …". */
export function topicPointedBack(text: string): string {
  return text
    .replace(KNOWN_TOPIC_ASKED, '$1 - ')
    .replace(PLURAL_TOPIC_THEN_THEM, '$1 - $2it')
    .replace(ALSO_AFTER_TOPIC, '$1')
    .replace(TAGS_AFTER_TOPIC, (_all, topic: string, tags: string) => `tag ${topic} as ${tags.replace(/#/g, '')}`);
}
