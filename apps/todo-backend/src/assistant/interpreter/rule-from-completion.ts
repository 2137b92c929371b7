import type { Interpretation } from './offline-interpreter.ts';

// "water the plants 3 days after I finish it", "make the gym repeat 2 days after I do it": a series counted from when
// each time is done. The chat's tools count a series from its due dates only, so such a sentence is asked about, never
// read as a title ("water the plants I finish it"), a due date ("3 days after") or a move. Quick add says it: "every!".

const DONE_VERB = String.raw`(?:finish|complete|do|did|done|tick|check|mark|clear)\w*`;
const FROM_COMPLETION = new RegExp(
  [
    // "3 days after I finish it", "a week after we've done it", "2 weeks from when I complete it".
    String.raw`\b(?:days?|weeks?|wks?|months?|years?)\s+(?:after|from\s+when|once)\s+(?:i|we|you)(?:'ve|\s+have)?\s+(?:last\s+)?${DONE_VERB}\b`,
    // "every 6 weeks from the last one", "every 2 weeks after I last did it": counted from the last time done.
    String.raw`\bevery\b.*?\s(?:from|after|since)\s+(?:the\s+last\s+(?:one|time)|(?:i|we)\s+last\s+${DONE_VERB})\b`,
    // "repeat it from completion", "every week counted from when I finish", "recurring after completion".
    String.raw`\b(?:repeat\w*|recur\w*|every\b.*?)\s+(?:(?:it|that|this)\s+)?(?:counted\s+|counting\s+)?(?:from|after)\s+(?:the\s+)?(?:completion|when\s+(?:i|we|it)\b)`,
  ].join('|'),
  'i',
);

const ASK =
  'Should it repeat counted from when you finish it? Here a series counts from its due dates only: say "every 3 days", or type it in quick add with "every!" ("water the plants every! 3 days").';

/** The question to ask when a series is said to count from completion, or undefined. */
export function fromCompletionAsked(text: string): Interpretation | undefined {
  return FROM_COMPLETION.test(text) ? { kind: 'help', reason: ASK } : undefined;
}
