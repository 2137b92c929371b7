import { errandSaid } from './errands.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { extractPriority } from './priority-words.ts';
import { ABOUT_A_TASK } from './vocabulary.ts';
import { englishTerms } from './word-roots.ts';

// A task to add said after a story about the day: "the printer ran out of ink halfway through the boarding passes,
// typical, add order more printer ink", "so my sister rang and I really need to send Jess the photos this weekend",
// "the decorator says he'll be done by the end of the month so add pay the decorator on the 31st". The story asks for
// nothing; the request after it does. Read whole, the story ends up in the title, is taken for a task done ("the
// letter came today") or leaves the sentence not understood, so the request is read alone.

/**
 * Where the story may end: a clause break, an emoji, or "and", "so", "but" before the request. Not a colon: words
 * before one label the request ("Groceries: add tomatoes").
 */
const STORY_END = /\s*[,;]\s+|\s*[.!?]+\s+|\s+[-–—]+\s+|\s*(?:\p{Extended_Pictographic}\uFE0F?)+\s+|\s+(?=(?:and|so|but)\s)/gu;

/**
 * "anyway, could you add …", "so add …", "remind me to …", "remind me at 7pm to …": a task asked for with a verb of
 * adding.
 */
const ADD_ASKED =
  /^(?:(?:and|so|but|anyway|then|ok(?:ay)?|right)[,:\s]+)*(?:(?:(?:can|could|would|will)\s+(?:you|u)|please|pls|just)\s+)*(?:add|put\s+down|jot\s+down|new\s+task|remind\s+me\s+(?:(?:at|on|in|by|tomorrow|tonight|today|this|next)\b[^,.;!?]*?\s+)?to)\s+\S/i;

/**
 * "and I really need to …", "so I need to …", "I've just remembered I need to …", "at some point I should …": a need
 * of the speaker's own, which the rules for a sentence said alone read as a task to add.
 */
const NEED_SAID =
  /^(?:(?:and|so|but|anyway)[,\s]+)*(?:(?:now|also|at\s+some\s+point|sometime|one\s+day)\s+)?(?:i(?:'ve|\s+have)?\s+(?:just\s+)?(?:remembered|realised|realized)\s+(?:that\s+)?)?i\s+(?:(?:really|still|just|also|definitely)\s+)*(?:need\s+to|have\s+to|must|should(?!\s+like\b)|ought\s+to|'d\s+better|had\s+better|gotta|'ve\s+got\s+to)\s+\S/i;

/**
 * A story that sets a condition on the request ("if it rains, …") changes it, and "before you do anything, …" holds it
 * back: never read past.
 */
const CONDITION =
  /\b(?<!(?:sure|know|wonder|wondering|asking|check)\s)(?:if|unless|when|once|in\s+case|as\s+soon\s+as|until|till|otherwise)\b|\bbefore\s+(?:you|u)\s+do\s+anything\b/i;

/**
 * A story that holds a request of ours is a second request ("delete the gym task, add …", "done the shopping and add
 * milk", "what do I have today and add bread"): asked as the whole is.
 */
const OUR_VERB =
  /\b(?:add|create|delete|remove|clear|wipe|erase|empty|mark|tick|complete|finish|reopen|move|reschedule|postpone|rename|set|change|update|tag|untag|remind|assign|share|cancel|list|show)\b|^(?:(?:so|ok(?:ay)?|oh|right)[,\s]+)*(?:done|finished|completed|sorted)\b|^(?:what|which|when|where|who|how|why|is|are|do|does|did|have|has|any)\b|\?/i;

/** Fillers that may open an errand said first: "ok so buy milk, add eggs" is two tasks. */
const OPENING = /^(?:(?:and|so|ok(?:ay)?|um+|uh+|oh|right|also|please|pls)[,\s]+)*/i;

const ADDS = new Set(['add_task', 'create_recurring']);

/** The words that joined the request to the story, and the remembering of a need: the request is what follows. */
const JOIN =
  /^(?:(?:and|so|but|anyway|then)[,:\s]+)*(?:(?:now|also|at\s+some\s+point|sometime|one\s+day)\s+)?(?:i(?:'ve|\s+have)?\s+(?:just\s+)?(?:remembered|realised|realized)\s+(?:that\s+)?)?/i;

/** "not urgent at all but …", "no rush on this one, whenever, but …": the story is only how much the task matters. */
function levelOfTheStory(story: string): ReturnType<typeof extractPriority>['priority'] {
  const level = extractPriority(` ${story.replace(/\s+on\s+this(?:\s+one)?|\s+at\s+all|[,\s]+whenever/gi, '')}`);
  return level.text.trim() === '' ? level.priority : undefined;
}

/** A cry said alone before the request: "eurgh, I've just remembered …". */
const CRY = /^(?:u+gh+|eu?r+gh+|ar+gh+|a+h+|o+mg|lol|phew|sigh|sorry|oops|blimey)\b/i;

/**
 * A story has a verb of its own ("the bus was late again") or starts with a cry ("ugh, long day"); words that only label
 * the request ("in Work, …", "groceries - …", "on friday, …") have neither, and words about a task or its tags
 * ("under the wedding task, …") say where the request goes.
 */
function isStory(story: string): boolean {
  if (CRY.test(story) || levelOfTheStory(story)) return true;
  if (/^(?:in|on|under|for|to|into|at)\s/i.test(story) || ABOUT_A_TASK.test(story)) return false;
  const terms = englishTerms(story).filter((term) => term.text !== '' || term.tags.includes('Verb'));
  return terms.length >= 2 && (terms[0]?.tags.includes('Expression') || terms.some((term) => term.tags.includes('Verb')));
}

/** The reading of the task asked for after a story, or the whole sentence's reading when no story comes first. */
export function addAfterStory(
  sentence: string,
  readWhole: (text: string) => Interpretation,
  readRequest: (request: string) => Interpretation,
): Interpretation {
  const said = sentence.trim();
  for (const end of said.matchAll(STORY_END)) {
    const story = said.slice(0, end.index).trim();
    const request = said.slice((end.index ?? 0) + end[0].length).trim();
    // "… and I need to book a repair by friday. add it please": the sentence after the need says what to do with it.
    if (!story || !(ADD_ASKED.test(request) || NEED_SAID.test(request)) || /[.!?]\s+\S/.test(request)) continue;
    if (!isStory(story) || CONDITION.test(story) || OUR_VERB.test(story) || errandSaid(story.replace(OPENING, ''))) break;
    // "I need to call the plumber and book the vet and sort the garage": several errands, asked as the whole is.
    const errands = request.split(/\s+and\s+(?:(?:then|also|honestly)\s+)?/i).slice(1);
    if (errands.some((errand) => errandSaid(errand))) break;
    const reading = readRequest(request.replace(JOIN, ''));
    if (reading.kind !== 'call' || !ADDS.has(reading.tool)) break;
    const level = levelOfTheStory(story);
    return level && !reading.args.priority ? { ...reading, args: { ...reading.args, priority: level } } : reading;
  }
  return readWhole(sentence);
}
