import { englishTerms } from './word-roots.ts';

// What people wrap a request in: greetings and fillers before it ("hey doable,", "um,", "ok so"), politeness before
// and after it ("could you", "please", "thanks"), a reaction emoji, "Add:" written as a label. Taken off before the
// sentence is read, so none of it ends up in a title or a task reference.

const LEAD_IN =
  /^(?:(?:hey+|heya|hiya|ugh+|argh+|meh|hi|hello|ok|okay|anyway|anyways|btw|by\s+the\s+way|quick\s+thing|finally(?=\s*[,!.])|um+|uh+|hmm+|hm+|so|yo|alright|yay|woo+hoo+|phew|lol|haha|morning|good\s+morning|thanks|thank\s+you|thx|ty|cheers|great|cool|now|and|then|also|oh|oops)(?:\s+doable)?\s*[,!.:-]*(?:\s*\p{Extended_Pictographic}\u{FE0F}?)*\s+)+/iu;
/** A clause before the request that only says why: "lol I forgot, add …". */
const WHY_FIRST = /^(?:i\s+(?:just\s+)?(?:forgot|remembered)|i\s+almost\s+forgot|before\s+i\s+forget)\s*[,!.:-]\s*/i;
const ASKING =
  /^(?:please|pls|plz|plese|pleas|kindly|(?:can|could|would|will)\s+(?:you|u)(?:\s+(?:please|maybe|just))?|i\s+want\s+to|i'?d\s+like\s+to|let'?s|you\s+can|go\s+ahead\s+and|be\s+so\s+kind\s+(?:and|as\s+to)|(?:i\s+)?wanna(?=\s+(?:add|create|make|put|delete|remove|rename|mark|move|tag|see|show|list|find|search)\b)|you(?=\s+(?:add|create|make|put|delete|remove|rename|mark)\b))\s+/i;
/** "…? thanks", "… please.": the question mark or full stop before the thanks goes with it. */
const TRAILING = /(?:[,.!?\s]+(?:please|pls|plz|thanks|thank\s+you|thx|ty|cheers)[.!]*)+$/i;
/** Any emoji before the words ("📞 call the vet"), a reaction after them; an emoji in or after a title is the user's and stays. */
const REACTION = /^(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+|(?:\s|👍|🙏|😊|🙂|😀|👌)+$/gu;
/** A tick before the words says "done", unless the words already say so ("✅ done with the dishes"). */
const DONE_MARK = /^(?:✅|✔\u{FE0F}?|☑\u{FE0F}?)+(?!\s*(?:done|finished|completed?)\b)\s*/iu;
const DONE_MARK_SAID = /^(?:✅|✔\u{FE0F}?|☑\u{FE0F}?)+\s*/u;

/** "would you mind adding …", "do you mind moving …": the verb after it is the request ("add …"). */
const MIND = /^(?:(?:would|do)\s+(?:you|u)\s+)?mind\s+([a-z]+ing)\b/i;

function requestAfterMind(text: string): string {
  const mind = MIND.exec(text);
  // Read in a sentence of its own, where compromise sees a verb ("moving" alone it takes for an adjective).
  const verb = mind?.[1] ? englishTerms(`i am ${mind[1]} it`)[2] : undefined;
  if (!mind || !verb?.tags.includes('Gerund') || !verb.root) return text;
  return verb.root + text.slice(mind[0].length);
}

export function stripPoliteness(text: string): string {
  let rest = text.replace(DONE_MARK, 'done ').replace(DONE_MARK_SAID, '').replace(REACTION, '').trim();
  for (let i = 0; i < 3; i++) {
    const before = rest;
    rest = requestAfterMind(rest.replace(LEAD_IN, '').replace(WHY_FIRST, '').replace(ASKING, '').replace(TRAILING, '').trim());
    if (rest === before) break;
  }
  // "Add: renew passport", "Done: pay rent": a verb written as a label.
  return rest.replace(/^(add|done|todo|delete|remove|complete|completed|finished|new)\s*:\s*/i, '$1 ');
}
