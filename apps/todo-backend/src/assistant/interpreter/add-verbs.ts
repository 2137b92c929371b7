// Ways of asking for a new task besides "add …": verbs of writing something down ("put down", "jot down", "pencil in",
// "slot in"), the title given as a name ("create a new task, the name is …"), a label ("add to do: …") and a need
// said first with "add that" after it ("we need to return the form by monday, could you add that"). Each gives the
// words the task is made of; the caller reads dates, tags and priorities out of them as for "add …".

import { addAfterDay, taskUnderDay, wishedTask } from './add-labels.ts';
import { errandSaid } from './errands.ts';
import { ABOUT_A_TASK, EDIT_VERB } from './vocabulary.ts';

/** "put down …", "jot down: …", "pencil in …", "slot in …", "squeeze in …", "fit in …". */
const WRITE_DOWN =
  /^(?:(?:put|jot|write|note|scribble)\s+(?:(?:this|that)\s+)?down|note\s+(?:this|that)|(?:pencil|slot|squeeze|fit)\s+in)\s*:?\s+(.+)$/i;

/** "create a new task, the name is …", "add a todo - title: …". */
const NAME_IS =
  /^(?:add|create|make|new)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:task|todo|to-do|item)\s*[,:;-]?\s*(?:the\s+|its\s+)?(?:name|title)\s*(?:is|will\s+be|should\s+be|:)\s*:?\s+(.+)$/i;

/**
 * "need a task to call the plumber", "I want a reminder to renew the permit", "add a task for me to …": a task wished
 * for, what it is for after it.
 */
const TASK_WISHED =
  /^(?:(?:i|we)\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?:a|an|another)\s+(?:new\s+)?(?:task|todo|to-do|reminder)\s+(?:(?:for\s+(?:me|us)\s+)?to|for|about)\s+(.+)$|^(?:add|create|make|set\s+up)\s+(?:a|an)\s+(?:new\s+)?(?:task|todo|to-do|reminder)\s+for\s+(?:me|us)\s+to\s+(.+)$/i;

/** "add to do: …", "add todo - …", "new one: …", "quick add …": the words after the label. */
const LABEL = /^(?:add\s+(?:to\s?do|to-do|one\s+more|another(?:\s+one)?)|(?:new|another)\s+one|quick\s+add)(?:\s*[:-]\s*|\s+)(.+)$/i;
/** "make buy milk a task", "save buy milk as a task", "turn buy milk into a todo": the words made a task. */
const AS_A_TASK = /^(?:make|turn|save|put|add|log|keep)\s+(.+?)\s+(?:(?:as|into)\s+)?an?\s+(?:new\s+)?(?:task|todo|to-do|item)$/i;

/**
 * "I've got to call the vet", "mustn't forget to renew the permit", "I'm supposed to book flights", "I'd better ring the
 * optician": a need said first
 * ("got to" is no past tense of "get": nothing is reported done).
 */
const NEED_SAID =
  /^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:really|still)\s+)?(?:got\s+to|gotta|ought\s+to|(?:i'?d|we'?d|(?:i|we)\s+had)\s+better|(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:supposed|meant)\s+to|(?:(?:i'?m|we'?re)\s+)?(?:gonna|going\s+to)\s+(?:need|have)\s+to|(?:(?:need|have)\s+to\s+)?make\s+sure\s+(?:that\s+)?(?:i|we)(?:\s+(?:remember\s+to|(?:don'?t|do\s+not)\s+forget\s+to))?|(?:must\s+not|mustn'?t|can'?t|cannot|shouldn'?t)\s+forget\s+(?:to|about))\s+(.+)$/i;

/** "add book flights to my to do list", "add X to my todos", "put X on my to-do": where it goes is no part of it. */
const TO_THE_LIST =
  /^(?:add|put|pop|stick)\s+(.+?)\s+(?:to|on|onto|in|into)\s+(?:(?:my|the)\s+)?(?:(?:to[\s-]?do|task|todo)\s+list|to[\s-]?dos?)$/i;
/** "stick "check the oil and water" on the list": a quoted title put on the list is one task, whatever its words. */
const QUOTED_ON_THE_LIST = /^(?:add|put|pop|stick)\s+(["“][^"”]+["”])\s+(?:to|on|onto)\s+(?:my|the)\s+list$/i;

/**
 * "…, could you add that", "… . put it down please": the task is said in the clause before; "…, add it for tomorrow":
 * with its day.
 */
const ADD_THAT =
  /^(.+?)\s*[,;.]\s*(?:so\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:add|note|put\s+down|jot\s+down|put)\s+(?:that|it|this)(?:\s+(?:down|in))?(?:\s+(?:for\s+me|to\s+my\s+list|on\s+my\s+list))?(\s+(?:for|on|by|due)\s+[^,;.]+)?$/i;
/** "book a haircut, add it to my list", "haircut - add to list": the list named, the words before are the task. */
const ADD_TO_LIST_AFTER =
  /^(.+?)\s*(?:[,;:]|\s[-–—])\s*(?:so\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:add|put|pop|stick)(?:\s+(?:that|it|this))?\s+(?:to|on|onto)\s+(?:(?:my|the)\s+)?(?:todo\s+|to-do\s+|to\s+do\s+)?list(?:\s+(?:please|pls|thanks))?$/i;
/** "milk - add", "call the bank: add it": the words written first as a label, then the verb ("…, add that" is asked). */
const TASK_THEN_ADD = /^(.+?)\s*(?::|\s[-–—])\s*(?:add|put)(?:\s+(?:it|this|that))?(?:\s+(?:please|pls))?$/i;
/** "put milk down", "write the card down": the thing put down, with the particle after it. */
const PUT_DOWN_AFTER = /^(?:put|jot|write|note)\s+(.+?)\s+down$/i;

/** "add these: milk, eggs", "add the following three tasks: …": several tasks at once are said one at a time. */
const SEVERAL_LISTED =
  /^(?:add|create|put(?:\s+down)?|new)\s+(?:these|those|the\s+following|(?:these|the\s+following|some|a\s+few|\w+)\s+(?:tasks|todos|to-dos|things|items))(?:\s+(?:tasks|todos|things|items))?\s*(?::|[-–—])/i;

/**
 * "put the report at the top", "put task 4 at the bottom of the list", "put gym at the bottom of my priorities": a place
 * in the list, never a task so titled.
 */
const PUT_IN_PLACE =
  /^(?:put|stick|move|bring)\s+\S.*\s(?:at|on|to)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|front|end)(?:\s+of\s+(?:the|my)\s+(?:list|pile|stack|tasks|priorities|priority\s+list))?$/i;

/** In the clause before "add that": what someone needs to do ("we need to return the trip form by monday"). */
const NEED_TO =
  /(?:\b(?:i|we)\s+|^(?:(?:ugh|oh|oops|argh|damn|dang|so)[,!]?\s+)?)(?:really\s+|totally\s+|completely\s+)?(?:need|have|must|should|ought|gotta|got|forgot)\s+(?:to\s+)?(.+)$/i;

/**
 * Words that name a task already there or say a change to one ("pencil in task 4 for friday", "new one: delete task
 * 5", "we need to move the dentist to friday, add that"): never the title of a new task.
 */
const AN_EDIT = new RegExp(`${EDIT_VERB.source}|${ABOUT_A_TASK.source}`, 'i');

/** "set up a direct debit", "set up the new router": an errand's verb, never "set" of a field. */
const SET_UP_A_THING = /^set\s+up\s+(?=(?:an?|the|my|our|some|new)\s)/i;

export type AddRequest = { body: string } | { ask: string };

/** The task's words with the day said after "add it" ("…, add it for tomorrow"), when there are words. */
const withDay = (body: string | undefined, day: string | undefined) => (body && day ? `${body}${day}` : body);

/** "put down …", "jot down: …": never a task's field ("put down the priority of the gym") or a task by number. */
const DOWN_FIRST =
  /^(?:put|jot|write|scribble)\s+down\s*:?\s+(?!(?:the\s+)?(?:priority|prio|level|due\s+date|date)\b|(?:task\s*)?#?\d+\b)(.+)$/i;
/** "uhh can u …", "please …": the asking before a request to write something down. */
const ASKING_FIRST = /^(?:(?:uh+|um+|erm|so|ok|okay|oh)[,\s]+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?/i;

/**
 * "can u put down get passport photos done b4 the 5th": what is to be written down, read before any rule takes "put …
 * before" for a move or "… done" for news; undefined when the sentence asks for nothing written down.
 */
export function writtenDown(text: string): string | undefined {
  return DOWN_FIRST.exec(text.trim().replace(ASKING_FIRST, ''))?.[1];
}

/** The words of the task to add when the sentence asks for one in these ways, a question back, or undefined. */
export function readAddRequest(text: string): AddRequest | undefined {
  const said =
    WRITE_DOWN.exec(text) ??
    NAME_IS.exec(text) ??
    LABEL.exec(text) ??
    AS_A_TASK.exec(text) ??
    NEED_SAID.exec(text) ??
    TO_THE_LIST.exec(text) ??
    QUOTED_ON_THE_LIST.exec(text) ??
    PUT_DOWN_AFTER.exec(text);
  if (PUT_IN_PLACE.test(text)) {
    const [level, place, order] = /\s(?:bottom|end)\b/i.test(text) ? ['low', 'last', 'after'] : ['high', 'first', 'before'];
    return { ask: `Should it be ${level} priority, or ${place} in the list? Say "make … ${level} priority", or "move … ${order} …".` };
  }
  if (SEVERAL_LISTED.test(text)) return { ask: 'One task at a time, please: say "add …" for the first, then the next.' };
  const addThat = said ? undefined : ADD_THAT.exec(text);
  const toList = said ? undefined : (ADD_TO_LIST_AFTER.exec(text) ?? TASK_THEN_ADD.exec(text));
  const wished = TASK_WISHED.exec(text);
  const body =
    said?.[1]?.replace(/^for\s+/i, '') ??
    wished?.[1] ??
    wished?.[2] ??
    (toList?.[1] ? (NEED_TO.exec(toList[1])?.[1] ?? toList[1]) : undefined) ??
    (addThat?.[1] ? withDay(NEED_TO.exec(addThat[1])?.[1] ?? (errandSaid(addThat[1]) ? addThat[1] : undefined), addThat[2]) : undefined) ??
    wishedTask(text) ??
    taskUnderDay(text) ??
    addAfterDay(text);
  if (!body) return undefined;
  // "I need to set up a direct debit": "set up" with a thing after it makes something, it changes no task.
  if (AN_EDIT.test(body.replace(SET_UP_A_THING, '')))
    return { ask: 'Is that a new task, or a change to one you have? Say "add …" for a new one, or the change.' };
  return { body };
}
