// What a message typed like a text to a friend wraps its request in: a word held down ("pleaseee", "finallyyy",
// "sooo"), a hedge that only sets the tone ("ngl", "lowkey", "tbh", "fr", "nah", "bruh"), "wait" before a question,
// and a remark closed by a feeling emoji before the question ("so tired 😭 what's due today"). None of it is a task's
// name, a date or a request, so it goes before any rule reads the sentence.

/** Words that end in a doubled letter, kept so when the key was held down on it: "stilll" is "still", not "stil". */
const DOUBLED_LAST = new Set([
  'all',
  'still',
  'full',
  'well',
  'will',
  'till',
  'call',
  'tell',
  'off',
  'too',
  'see',
  'free',
  'miss',
  'less',
  'mess',
  'pass',
  'add',
  'odd',
  'egg',
  'buzz',
  'cool',
  'soon',
  'good',
  'need',
  'feel',
  'week',
  'book',
  'food',
]);

/** A letter typed three times or more: once at the end of a word ("pleaseee"), twice inside it ("soooon"). */
function unstretched(word: string): string {
  // "aaa batteries", "zzz", "XIII": one letter over and over, or capitals, are written so on purpose.
  if (!/(\p{L})\1{2,}/u.test(word) || new Set(word.toLowerCase()).size < 2 || word === word.toUpperCase()) return word;
  const inside = word.replace(/(\p{L})\1{2,}(?=\p{L})/gu, '$1$1');
  const once = inside.replace(/(\p{L})\1{2,}$/u, '$1');
  const twice = inside.replace(/(\p{L})\1{2,}$/u, '$1$1');
  return DOUBLED_LAST.has(twice.toLowerCase()) ? twice : once;
}

/**
 * Hedges that only set the tone. "nah" leads a request that corrects ("nah call it gym"), never names a task; "wait"
 * is a hedge only before a question said alone ("wait for the plumber" is a task to add; "wait what day is it. ok show
 * me the week" is a story before its request).
 */
const HEDGE = String.raw`(?:ngl|lowkey|highkey|tbh|tbf|fr|frfr|fr\s+fr|istg|deadass|bruh|bro|nah|ngl\s+tho|no\s+cap)`;
const HEDGE_FIRST = new RegExp(String.raw`^(?:${HEDGE}[,!.]*\s+)+`, 'i');
const WAIT_BEFORE_QUESTION =
  /^wait[,!.]*\s+(?=(?:what|whats|what's|wat|wats|when|where|wheres|which|who|how|is|are|do|did|does|have|has|any|anything)\b[^.?!]*[.?!]*$)/i;
/** "the essay is urgent fr", "i need to clean my room ngl 💀": the hedge last, with a reaction after it or not. */
const HEDGE_LAST =
  /(?<=\S)(?:[\s,]+(?:ngl|lowkey|tbh|tbf|fr|frfr|istg|deadass|bruh|no\s+cap|lmao|lol|rn|atm|right\s+now\s+lol)\b)+[\s.!?]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;
/**
 * "i lowkey need to …", "what did i even do": the hedge after who speaks says nothing of the task ("a lowkey birthday"
 * is the task's).
 */
const HEDGE_INSIDE = /(?<=\b(?:i|we|im|i'm|u|you)\s+)(?:lowkey|highkey|even)\s+(?=\S)/gi;

/** "hmm what else... oh yeah, cancel the trial": thinking aloud before the request, no question of its own. */
const WHAT_ELSE_FIRST =
  /^(?:(?:hmm+|um+|uh+|so|ok|okay|and)[,.\s]+)?what\s+else\s*(?:\.{2,}|…|[,?!-])\s*(?:(?:oh|ah)\s+)?(?:yeah|yes|right|yep)?[,!.]*\s+(?=\S)/i;

/** A feeling, then a question: "sooo tired 😭 whats due 2day", "exams 💀 what have i got tmrw". */
const FEELING_THEN_QUESTION =
  /^[^?!.]{1,40}?\s+(?:(?:😮‍💨|[😭💀😩😫🥲🙃😅😂🤣🙄😤🥺])\uFE0F?\s*)+(?=(?:what|whats|what's|wat|wats|when|where|wheres|which|how|anything|any|is\s+there|do\s+i|have\s+i|show|list)\b)/iu;

/** The message without what a texter wraps it in. */
export function withoutTextedAsides(message: string): string {
  const words = message.replace(/[\p{L}]+/gu, unstretched);
  const text = words
    .replace(FEELING_THEN_QUESTION, '')
    .replace(WHAT_ELSE_FIRST, '')
    .replace(HEDGE_FIRST, '')
    .replace(WAIT_BEFORE_QUESTION, '')
    .replace(HEDGE_INSIDE, '')
    .replace(HEDGE_LAST, '')
    .trim();
  return text || message;
}
