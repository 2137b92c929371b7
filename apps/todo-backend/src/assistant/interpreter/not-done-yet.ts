// "haven't done the physio exercises yet, untick them", "didn't post the parcel, mark it not done": the work said not
// done by the caller, then a request to reopen it. Read as "the physio exercises aren't done, untick them",
// the words the rules for a task reopened read. Said alone ("I haven't done the ironing") it is news, left to them.

const NOT_DONE_THEN_REQUEST =
  /^(?:i\s+|we\s+)?(?:still\s+)?(?:haven'?t|have\s+not|didn'?t|did\s+not|hasn'?t|has\s+not)\s+(?:actually\s+)?[a-z]+\s+((?:the|my|our|his|her|their)\s+.+?)(?:\s+yet)?\s*([,;.]|\s+so\s)\s*(.+)$/i;

/** A request to reopen what was pointed back at: "untick them", "reopen it", "mark it not done", "put it back". */
const REOPEN =
  /^(?:(?:so|please|can\s+you|could\s+you)\s+)*(?:(?:untick|un-tick|uncheck|un-check|reopen|re-open|unmark)\s+(?:it|them|that|this)|(?:mark|set)\s+(?:it|them|that|this)\s+(?:as\s+)?(?:not\s+done|undone|open|incomplete|unfinished)|put\s+(?:it|them|that|this)\s+back)(?:\s+please)?$/i;

/** The sentence in the words that say the task is not done, or undefined when it is no such report and request. */
export function notDoneYetSaid(text: string): string | undefined {
  const said = NOT_DONE_THEN_REQUEST.exec(text.trim());
  if (!said?.[1] || !said[3] || !REOPEN.test(said[3].trim())) return undefined;
  return `${said[1]} isn't done, ${said[3]}`;
}
