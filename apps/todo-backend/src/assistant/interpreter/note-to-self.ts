// "add a note to self: buy filler", "leave a quick note for myself - ring the council": a note to oneself is a task to
// add, never the notes of a task called "self". Said as the lead-in the rules for adding read ("note to self: …").

const NOTE_TO_SELF =
  /^(?:add|make|write|leave|put|jot(?:\s+down)?|take)\s+(?:a\s+|an\s+)?(?:quick\s+|little\s+|short\s+)?note\s+(?:to|for)\s+(?:self|myself|me)\b\s*(?::|[-–—]|,)?\s*(\S.*)$/i;

export function noteToSelfSaid(text: string): string {
  const said = NOTE_TO_SELF.exec(text.trim());
  return said?.[1] ? `note to self: ${said[1]}` : text;
}
