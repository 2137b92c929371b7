// "the dentist is on friday?", "so the report is high priority?": a statement asked with a question mark checks what
// the list says; it changes nothing. Said as the question it is ("is the dentist on friday?"), which the question
// rules read as a search for the task.

const STATEMENT_ASKED =
  /^(?:(?:so|and|wait|oh|hang\s+on)[,\s]+)?((?:the|my|our)\s+[^,;:?]+?)\s+(is|are|'s)\s+(?!(?:it|that|this)\b)([^,;:?]+?)\s*\?+$/i;
/** A request inside the sentence ("… can you move it?") is read as one. */
const REQUEST = /\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:please|pls)\b/i;

export function statementAskedSaid(text: string): string {
  const said = STATEMENT_ASKED.exec(text.trim());
  if (!said?.[1] || !said[2] || !said[3] || REQUEST.test(text)) return text;
  const verb = said[2] === "'s" ? 'is' : said[2].toLowerCase();
  return `${verb} ${said[1]} ${said[3]}?`;
}
