// "the visa form is important, just not urgent", "the tax return isn't urgent but it is important": important and not
// urgent together is neither the top nor the bottom. Read as low, the task would sink; it is medium, said so before
// the rules for asides read "it is important" as a clause of its own.

const IS = "(?:is|'s|are|'re)";
const NOT = String.raw`(?:is\s+not|isn'?t|'s\s+not|are\s+not|aren'?t|'re\s+not)`;
const SHAPES = [
  new RegExp(
    String.raw`^(.+?)\s*${IS}\s+(?:very\s+|really\s+|still\s+)?important\s*(?:,\s*|\s+)(?:but\s+)?(?:just\s+|only\s+|simply\s+)?(?:not|isn'?t)\s+(?:very\s+|that\s+|so\s+)?urgent$`,
    'i',
  ),
  new RegExp(
    String.raw`^(.+?)\s*${NOT}\s+(?:very\s+|that\s+|so\s+)?urgent\s*(?:,\s*|\s+)(?:but\s+)(?:it|they|that)?\s*(?:${IS}|does\s+matter|matters)?\s*(?:very\s+|really\s+|still\s+)?(?:important)?$`,
    'i',
  ),
];

/** The sentence said as the change it asks ("make the visa form medium priority"), or as it came. */
export function importantNotUrgentSaid(text: string): string {
  const plain = text.trim().replace(/[.!]+$/, '');
  // The second shape must still say "important" or "matters": "the gym isn't urgent but" is no such thing.
  if (!/\b(?:important|matters?)\b/i.test(plain)) return text;
  for (const shape of SHAPES) {
    const said = shape.exec(plain);
    if (said?.[1]) return `make ${said[1].trim()} medium priority`;
  }
  return text;
}
