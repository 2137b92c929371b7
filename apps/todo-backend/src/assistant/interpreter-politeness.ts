// What people wrap a request in: greetings and fillers before it ("hey doable,", "um,", "ok so"), politeness before
// and after it ("could you", "please", "thanks"), a reaction emoji, "Add:" written as a label. Taken off before the
// sentence is read, so none of it ends up in a title or a task reference.

const LEAD_IN = /^(?:(?:hey|hi|hello|ok|okay|um+|uh+|so|yo|alright|yay|woo+hoo+|phew)(?:\s+doable)?\s*[,!.:-]?\s+)+/i;
const ASKING =
  /^(?:please|pls|plz|kindly|(?:can|could|would|will)\s+(?:you|u)(?:\s+please)?|i\s+want\s+to|i'?d\s+like\s+to|let'?s|you\s+can|go\s+ahead\s+and)\s+/i;
const TRAILING = /(?:[,\s]+(?:please|pls|plz|thanks|thank\s+you|thx|ty|cheers)[.!]*)+$/i;
/** Reactions at either end; an emoji inside a title is the user's and stays. */
const REACTION = /^(?:\s|👍|🙏|😊|🙂|😀|👌|🛒|📝|⭐\u{FE0F}?)+|(?:\s|👍|🙏|😊|🙂|😀|👌)+$/gu;
const DONE_MARK = /^(?:✅|✔\u{FE0F}?|☑\u{FE0F}?)+\s*/u;

export function stripPoliteness(text: string): string {
  let rest = text.replace(DONE_MARK, 'done ').replace(REACTION, '').trim();
  for (let i = 0; i < 3; i++) {
    const before = rest;
    rest = rest.replace(LEAD_IN, '').replace(ASKING, '').replace(TRAILING, '').trim();
    if (rest === before) break;
  }
  // "Add: renew passport", "Done: pay rent": a verb written as a label.
  return rest.replace(/^(add|done|todo|delete|remove|complete|completed|finished|new)\s*:\s*/i, '$1 ');
}
