// Work reported handed in with "in" alone: "lab report is in 🎉", "the application's in", "my essay is finally in".
// Said so, "in" is "handed in", which completes the task; "the parcel is in the kitchen" or "is in progress" says
// where or how a thing is, and is no such report.

const IS_IN =
  /^((?:the\s+|my\s+)?(?!(?:it|that|this|everything|all|nothing|he|she|they|we|i)\b)[\p{L}\p{N}][\p{L}\p{N}\s'-]*?)(?:\s+is|'s)\s+(?:now\s+|finally\s+|all\s+)?in(?:\s+now)?$/iu;

/** The sentence as a report of the work handed in, or undefined. */
export function handedIn(text: string): string | undefined {
  const said = IS_IN.exec(text.trim());
  return said?.[1] ? `${said[1].trim()} is handed in` : undefined;
}
