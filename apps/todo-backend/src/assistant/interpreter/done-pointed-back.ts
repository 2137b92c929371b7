// "weekly sync sent, tick it off", "daily vitamins taken - mark it done": news that a task is done, then a request
// pointing back at it. Said as "tick off <task>": a rule word in the title ("weekly", "daily") made it a new series.

const TICK_IT_OFF =
  /^(.+?)\s*[,;:.!–—-]+\s*(?:(?:so|please|pls|you\s+can|can\s+(?:you|u))\s+)*(?:(?:tick|check|cross)\s+(?:it|that|this)(?:\s+one)?\s+off|mark\s+(?:it|that|this)(?:\s+one)?\s+(?:as\s+)?(?:done|complete|completed|finished))(?:\s+(?:please|pls|thanks))?[.!]*$/i;
/** What was done to it: "sent", "paid", "handed in". */
const DONE_WORD =
  /\s+(?:(?:is|are|was|were|got|been|has\s+been|have\s+been)\s+)?(?:sent|done|paid|submitted|finished|taken|booked|posted|handed\s+in|sorted|cleared|cleaned|fixed|renewed|returned|called|emailed|bought|collected|picked\s+up|dropped\s+off|filed|signed|ordered|completed|delivered)$/i;
/** A person doing it ("I sent the report") is read by the rules for what someone did. */
const SOMEONE = /^(?:i|i'?ve|we|we'?ve|you|he|she|they|it|that|this)\b/i;
/** A rule word opening the title: the shape the rules misread. */
const RULE_WORD = /^(?:the\s+|my\s+)?(?:daily|weekly|monthly|yearly|annual|fortnightly|quarterly|nightly|bi-?weekly)\s/i;

export function donePointedBackSaid(text: string): string {
  const said = TICK_IT_OFF.exec(text.trim())?.[1];
  if (!said || SOMEONE.test(said) || !RULE_WORD.test(said)) return text;
  return `tick off ${said.replace(DONE_WORD, '')}`;
}
