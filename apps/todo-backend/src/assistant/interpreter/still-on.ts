// Whether one task is still happening, asked of it: "is the budget review still on?", "is the offsite going ahead",
// "are we still doing the retro". Finding the task answers (its date and state show); nothing changes.

const STILL_ON = [
  /^(?:is|are)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s+still\s+(?:on|happening|going\s+ahead|planned|a\s+thing|on\s+track)$/i,
  /^(?:is|are)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:going\s+ahead|on\s+track)(?:\s+still)?$/i,
  /^are\s+we\s+still\s+(?:doing|having|holding|running)\s+(?:the\s+|our\s+)?(.+)$/i,
];

/** The words to search for when the sentence asks whether one task is still on, or undefined. */
export function stillOnAsked(text: string): string | undefined {
  const said = text.trim().replace(/[?!.\s]+$/, '');
  for (const pattern of STILL_ON) {
    const words = pattern.exec(said)?.[1]?.trim();
    if (words && !/^(?:it|that|this|everything|anything|all)$/i.test(words)) return words.replace(/\s+(?:task|todo|one)$/i, '');
  }
  return undefined;
}
