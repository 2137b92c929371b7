// News that someone paid, said by whoever was owed: "got paid by Acme!", "Mrs Patel finally paid", "payment from Bob
// came in", "been paid for the Henderson job". The task is the one about whoever paid (or the work paid for): done.

const ADVERBS = String.raw`(?:(?:just|finally|now|already|at\s+last)\s+)*`;
const PAID = [
  new RegExp(
    String.raw`^(?:(?:i|we)(?:'ve|\s+have)?\s+)?${ADVERBS}(?:got|been|was|were|get)\s+paid\s+(?:by|from|for)\s+(.+?)(?:\s+at\s+last)?$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:(?:i|we)(?:'ve|\s+have)?\s+)?${ADVERBS}(?:got|received|had)\s+(?:the\s+)?(?:payment|money|cash|cheque|check|transfer)\s+(?:from|for)\s+(.+)$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:the\s+)?(?:payment|money|cheque|check|transfer)\s+(?:from|for)\s+(.+?)\s+(?:has\s+)?${ADVERBS}(?:came\s+in|come\s+in|arrived|cleared|landed|is\s+in|went\s+through|gone\s+through)$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?!(?:i|we|you|it|that|this|they|he|she|who|what|which|whether|if|has|have|had|did|does|do|is|was|when|why|how)\s)(.+?)\s+(?:has\s+|have\s+)?${ADVERBS}paid(?:\s+(?:me|us|up|in\s+full|the\s+invoice|their\s+invoice|the\s+bill))?(?:\s+at\s+last)?$`,
    'i',
  ),
];

/** The words naming whoever paid (or the work paid for), or undefined when the sentence is no such news (or asks). */
export function paidSaid(text: string, message: string): string | undefined {
  if (/\?\s*$/.test(message)) return undefined;
  for (const shape of PAID) {
    const payer = shape.exec(text)?.[1]?.trim();
    // "the bills have been paid", "mark the rent as paid": a task said to be paid is read by the rules for states.
    if (payer && !/^(?:i|we|you|it|they|he|she)$|\b(?:is|are|was|were|been|be|as|not|mark(?:ed)?)\b|n't\b/i.test(payer)) return payer;
  }
  return undefined;
}
