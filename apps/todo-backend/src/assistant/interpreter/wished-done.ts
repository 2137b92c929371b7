// "wish the tax return was done", "if only the report were finished", "I'd love to be done with taxes": a wish that a
// task were done is no report that it is. Nothing is completed; the chat asks.

const WISHED =
  /^(?:i\s+|we\s+)?(?:(?:really|so|just)\s+)?(?:wish|if\s+only|hope|hoping|(?:i'?d|i\s+would|would)\s+love|can'?t\s+wait|cannot\s+wait|dreaming\s+of)\b/i;

/** Whether the words start with a wish ("wish the tax return", "if only the report"). */
export function isWish(words: string): boolean {
  return WISHED.test(words.trim());
}

export const WISH_ASKED = 'Is it done? Say for example "mark the report as done" and I will tick it off.';
