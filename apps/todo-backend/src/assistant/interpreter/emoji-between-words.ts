// "the gym is 👎 low prio", "mark the 🦷 dentist done": an emoji between the words of a change says a feeling, no word
// of it. A task to add keeps its emoji where it was typed ("add buy 🥛 and eggs"). A trolley first says what to get.

const BETWEEN_WORDS = /(?<=[\p{L}\p{N}])\s+(?:\p{Extended_Pictographic}\uFE0F?)+(?=\s+[\p{L}\p{N}])/gu;
const ADDS = /^\s*(?:please\s+)?(?:add|create|new|put|todo|to-do|remind)\b/i;

/** "the car's making that noise again 🙄 add book the garage": an emoji before a request ends what was said before it. */
const BEFORE_A_REQUEST = /(?<=[\p{L}\p{N}])\s+(?:\p{Extended_Pictographic}\uFE0F?)+\s+(?=(?:please\s+)?(?:add|remind\s+me)\s)/giu;

/** The sentence without emoji between its words, unless it adds a task. */
export function withoutEmojiBetweenWords(text: string): string {
  return ADDS.test(text) ? text : text.replace(BEFORE_A_REQUEST, '. ').replace(BETWEEN_WORDS, '');
}

/** "🛒 oat milk": a trolley before a thing, with no verb after it, puts the thing on the list as "add" would. */
const TROLLEY_FIRST = /^\s*🛒\uFE0F?\s*(?!(?:please\s+|pls\s+)?(?:add|put|create|new|remind)\b)(?=\p{L})/iu;

/** The message with a trolley first read as "add". */
export function trolleyAsAdd(text: string): string {
  return text.replace(TROLLEY_FIRST, 'add ');
}
