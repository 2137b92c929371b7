// "the gym is 👎 low prio", "mark the 🦷 dentist done": an emoji between the words of a change says a feeling, no word
// of it. A task to add keeps its emoji where it was typed ("add buy 🥛 and eggs").

const BETWEEN_WORDS = /(?<=[\p{L}\p{N}])\s+(?:\p{Extended_Pictographic}\uFE0F?)+(?=\s+[\p{L}\p{N}])/gu;
const ADDS = /^\s*(?:please\s+)?(?:add|create|new|put|todo|to-do|remind)\b/i;

/** The sentence without emoji between its words, unless it adds a task. */
export function withoutEmojiBetweenWords(text: string): string {
  return ADDS.test(text) ? text : text.replace(BETWEEN_WORDS, '');
}
