// A new task asked for in one sentence, its details in short sentences after it: "add task: return library books. due
// wednesday. low.", "Could you add a task to book the MOT before the 14th? Tag it car." Each short sentence is a detail
// of the task, read as the rules read details after a comma; never words of its title.

const ASKS_TO_ADD =
  /^(?:(?:please|pls|plz)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:add|create|new|put|todo|remind\s+me|set\s+(?:up\s+)?a\s+reminder)\b/i;
/** The end of a sentence inside the message: a full stop, question or exclamation mark and a space ("Dr. Patel" is none). */
const SENTENCE_END = /(?<=[\p{L}\p{N})'"”’])(?<!\b(?:dr|mr|mrs|ms|mx|st|prof|vs|etc|approx|no|e\.g|i\.e))[.?!]+\s+(?=\S)/iu;
/** A detail is short, and starts no story of its own ("and eggs", "but not today" go on the sentence before). */
const SHORT_DETAIL = /^(?!(?:and|but|or|also|then|so|because|as)\b)(?:\S+\s+){0,3}\S+$/i;

export function fieldSentencesJoined(text: string): string {
  const trimmed = text.trim();
  if (!ASKS_TO_ADD.test(trimmed)) return text;
  const [first, ...details] = trimmed.split(SENTENCE_END);
  if (!first || details.length === 0) return text;
  const plain = details.map((detail) => detail.replace(/[.?!]+$/, '').trim());
  // "add cancel dentist!!! 😤": a reaction after the marks is no detail.
  if (!plain.every((detail) => SHORT_DETAIL.test(detail) && /[\p{L}\p{N}]/u.test(detail))) return text;
  return [first, ...plain].join(', ');
}
