// Completions and reopenings said in everyday ways the verb rules do not read: "that one's sorted", "mark the cards as
// sent", "the tap is fixed finally", "I ticked off the car tax by mistake", "make 6 pending again".

export type CompletionSaid = { ref: string; args: { completed?: false } } | { ask: string };

/** A state a task is marked with that is not its end ("mark it as started" completes nothing). */
const NOT_AN_END =
  /^(?:started|postponed|delayed|blocked|scheduled|flagged|assigned|tagged|labell?ed|prioriti[sz]ed|pinned|starred|repeated|needed|wanted|planned|booked\s+in)$/i;
/** Words that say a thing was done to it: "sent", "paid", "fixed", "trimmed". */
const DONE_STATE = String.raw`(?:\p{L}+ed|sent|paid|bought|done|sorted|made|built|written|taken|given|got|gotten|put\s+up|handed\s+in)`;
const AFTER = String.raw`(?:\s+(?:finally|at\s+last|now|already|too|as\s+well))?`;

const REOPEN = [
  /^(?:put|set|move|turn|make|switch)\s+(.+?)\s+back\s+(?:to\s+|as\s+)?(?:open|pending|to\s?do|not\s+done|undone|unfinished|incomplete)$/i,
  /^(?:make|mark|set)\s+(.+?)\s+(?:as\s+)?(?:pending|open|undone|not\s+done|to\s?do|unfinished|incomplete)\s+again$/i,
  /^i\s+(?:accidentally\s+|mistakenly\s+)?(?:ticked|checked|crossed|marked)\s+(?:off\s+)?(.+?)(?:\s+(?:off|as\s+done|done|complete))?\s+(?:by\s+(?:mistake|accident)|in\s+error|accidentally|mistakenly|too\s+early)$/i,
  /^i\s+(?:accidentally|mistakenly)\s+(?:ticked|checked|crossed|marked)\s+(?:off\s+)?(.+?)(?:\s+(?:off|as\s+done|done|complete))?$/i,
  /^(.+?)\s+(?:needs|still\s+needs|needs\s+a\s+bit)\s+(?:more\s+)?(?:work|doing|time|fixing)\s*[,;]\s*(?:please\s+)?(?:reopen|re-open|unmark|uncheck|untick)\s+(?:it|that)$/i,
];

const DONE = [
  // "that one's sorted", "yep did that", "that's dealt with".
  /^(?:(?:yep|yes|yeah|ok|okay)[,\s]+)?(?:that|this)(?:\s+one)?(?:'s|\s+is|\s+has\s+been)\s+()(?:sorted|dealt\s+with|taken\s+care\s+of|handled|done|finished|complete)(?:\s+(?:now|too))?$/i,
  /^(?:(?:yep|yes|yeah|ok|okay)[,\s]+)?(?:i\s+)?(?:did|done|finished|sorted)\s+()(?:that|it|this)(?:\s+one)?(?:\s+(?:already|now|too))?$/i,
  // "that's the hedge trimmed": the thing, then what was done to it.
  new RegExp(String.raw`^that'?s\s+(.+?)\s+${DONE_STATE}${AFTER}$`, 'iu'),
  // "mark the christmas cards as sent".
  new RegExp(String.raw`^(?:mark|set|tick)\s+(.+?)\s+as\s+(${DONE_STATE})$`, 'iu'),
  // "done and dusted with the VAT return".
  /^(?:done\s+and\s+dusted|all\s+done|finally\s+done)\s+(?:with\s+)?(.+)$/i,
  // "the kitchen tap is fixed finally".
  new RegExp(
    String.raw`^(.+?)\s+(?:is|are|has\s+been|have\s+been|got)\s+(?:finally\s+|now\s+)?(${DONE_STATE})\s+(?:finally|at\s+last)$`,
    'iu',
  ),
];

/** "check off the first one": a place in a list the user sees, not one the interpreter knows. */
const PLACE_IN_LIST = /^(?:the\s+)?(?:first|second|third|top|bottom|next|other)\s+(?:one|task|item)$/i;

export function readCompletion(text: string): CompletionSaid | undefined {
  for (const shape of REOPEN) {
    const ref = shape.exec(text)?.[1]?.trim();
    if (ref) return { ref, args: { completed: false } };
  }
  for (const shape of DONE) {
    const match = shape.exec(text);
    if (!match || match[1] === undefined) continue;
    const state = match[2];
    if (state && NOT_AN_END.test(state)) return undefined;
    const ref = match[1].trim() || 'it';
    return { ref, args: {} };
  }
  const placed = /^(?:check|tick|cross|mark)\s+(?:off\s+)?(.+?)(?:\s+(?:off|as\s+done|done))?$/i.exec(text)?.[1];
  if (placed && PLACE_IN_LIST.test(placed.trim())) return { ask: 'Which task? Give its number or words of its title.' };
  return undefined;
}
