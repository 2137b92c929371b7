import { ASK_DEADLINE, deadlineSaid } from './deadline-not-done.ts';
import { lastClause } from './done-clauses.ts';
import { passiveDone, thingDone } from './past-tense.ts';
import { englishTerms } from './word-roots.ts';

// Completions and reopenings said in everyday ways the verb rules do not read: "that one's sorted", "mark the cards as
// sent", "the tap is fixed finally", "I ticked off the car tax by mistake", "make 6 pending again".

export type CompletionSaid = { ref: string; args: { completed?: false } } | { ask: string };

/**
 * A state a task is marked with that is not its end ("mark it as started" completes nothing); a state with "un" says
 * it is not done ("unfinished", "unpaid", "unsent"), never that it is.
 */
const NOT_AN_END =
  /^(?:un[a-z]+|started|postponed|delayed|blocked|scheduled|flagged|assigned|tagged|labell?ed|prioriti[sz]ed|pinned|starred|repeated|needed|wanted|planned|booked\s+in)$/i;
const QUESTION_WORD = /^(?:what|which|who|how\s+many|anything|everything|nothing|something)$/i;
/** A question word where the task would be, alone or after a heading ("yesterday - what"). */
const ASKED_WHAT = /(?:^|[\s,;:–—-])(?:what|which|who|how\s+many)$/i;
/** Words that say a thing was done to it: "sent", "paid", "fixed", "trimmed". */
const DONE_STATE = String.raw`(?:\p{L}+ed|sent|paid|bought|done|sorted|made|built|written|taken|given|got|gotten|put\s+up|handed\s+in)`;
const AFTER = String.raw`(?:\s+(?:finally|at\s+last|now|already|too|as\s+well))?`;

const REOPEN = [
  /^(?:put|set|move|turn|make|switch)\s+(.+?)\s+back\s+(?:to\s+|as\s+)?(?:open|pending|to\s?do|not\s+done|undone|unfinished|incomplete)$/i,
  /^(?:make|mark|set)\s+(.+?)\s+(?:as\s+)?(?:pending|open|active|undone|not\s+done|to\s?do|unfinished|incomplete)\s+again$/i,
  // "set 4 to open", "change 4 back to not done", "put 4 back on my list", "bring back task 4".
  /^(?:set|change|switch|turn|make)\s+(.+?)\s+(?:back\s+)?(?:to|as|into)\s+(?:open|pending|active|not\s+done|undone|unfinished|incomplete|to\s?do)$/i,
  /^(?:put|bring|add|move)\s+(.+?)\s+back\s+(?:on|onto|to|in|into)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list$/i,
  /^bring\s+back\s+(.+)$/i,
  // "undo complete on 4", "4 needs to be redone", "4 is not done actually".
  /^(?:undo|revert)\s+(?:the\s+)?(?:completion|complete|done|tick|check)\s+(?:on|of|for)\s+(.+)$/i,
  /^(.+?)\s+(?:needs|has)\s+to\s+be\s+(?:redone|done\s+again|reopened)$/i,
  /^(.+?)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t|was\s+not)\s+(?:done|finished|complete(?:d)?)(?:\s+(?:yet|actually|after\s+all))+$/i,
  /^i\s+(?:accidentally\s+|mistakenly\s+)?(?:ticked|checked|crossed|marked)\s+(?:off\s+)?(.+?)(?:\s+(?:off|as\s+done|done|complete))?\s+(?:by\s+(?:mistake|accident)|in\s+error|accidentally|mistakenly|too\s+early)$/i,
  /^i\s+(?:accidentally|mistakenly)\s+(?:ticked|checked|crossed|marked)\s+(?:off\s+)?(.+?)(?:\s+(?:off|as\s+done|done|complete))?$/i,
  // "the essay still needs work, untick it", "oops, the laundry wasn't done, reopen it".
  /^(?:(?:oops|ah|ok|hmm)[,\s]+)?(.+?)\s+(?:(?:needs|still\s+needs|needs\s+a\s+bit)\s+(?:more\s+)?(?:work|doing|time|fixing)|(?:wasn'?t|was\s+not|isn'?t|is\s+not|aren'?t|weren'?t)\s+(?:actually\s+|really\s+)?(?:done|finished|complete(?:d)?))\s*[,;]\s*(?:please\s+|so\s+)?(?:reopen|re-open|unmark|uncheck|untick|un-tick|un-check)\s+(?:it|that)$/i,
  // "reopen 4 please, I wasn't done": the reason after the task names no task.
  /^(?:reopen|re-open|unmark|uncheck|untick)\s+(.+?)(?:\s+please)?\s*,\s*(?:i|we)\s+(?:wasn'?t|was\s+not|weren'?t|haven'?t|have\s+not|am\s+not|'m\s+not)\b.*$/i,
  // "actually the milk isn't bought yet": what was to be done, said not done.
  new RegExp(
    String.raw`^(?:actually[,\s]+|oops[,\s]+)?(.+?)\s+(?:isn'?t|aren'?t|is\s+not|are\s+not|wasn'?t|weren'?t)\s+(?:actually\s+|really\s+)?(${DONE_STATE})(?:\s+(?:yet|after\s+all))?$`,
    'iu',
  ),
  /^(?:un-tick|un-check|un-mark|un-cross|untick|uncross)\s+(.+)$/i,
  // "its not done" (the apostrophe left out): of the task the conversation is about, never a task titled "its not".
  /^(?:it|that|this)()s\s+not\s+(?:actually\s+|really\s+)?(?:done|finished|complete(?:d)?)(?:\s+(?:yet|actually|after\s+all))*$/i,
  // "it's not done", "the essay's not finished yet": said of a task, as "isn't done" is.
  /^(.+?)'s\s+not\s+(?:actually\s+|really\s+)?(?:done|finished|complete(?:d)?)(?:\s+(?:yet|actually|after\s+all))*$/i,
];

const DONE = [
  // "done", "✅" (read as "done"), "sorted!", "done and dusted": said alone, of the task the conversation is about.
  /^()(?:done|sorted|finished|completed|done\s+and\s+dusted|job\s+done|done(?:[\s,!.]+done)+)$/i,
  // "im done with the laundry", "done w the report", "through with the essay" (in one clause: what follows a comma is
  // read by the rules for a report and its restatement).
  /^(?:(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?(?:(?:all|finally|just|now)\s+)?(?:done|finished|through)\s+(?:with|w\/?)\s+([^,;.]+?)(?:\s*,?\s+(?:finally|at\s+last|now|already|today))?$/i,
  // "gym done for today", "the laundry is finished for the week".
  /^(.+?)(?:'s|\s+(?:is|are))?\s+(?:all\s+)?(?:done|finished|complete(?:d)?)\s+for\s+(?:today|tonight|the\s+day|the\s+week|this\s+week|now)$/i,
  // "the gym session is over", "the meeting's over now", "the tax return is out of the way".
  /^(.+?)(?:'s|\s+(?:is|are))\s+(?:now\s+|finally\s+)?(?:over|out\s+of\s+the\s+way)(?:\s*,?\s+(?:now|finally|at\s+last))?$/i,
  // "the report got done", "4 finally got finished", "the MOT got done on tuesday" ("got" puts the day in the past).
  /^([^,;]+?)\s+(?:finally\s+)?got\s+(?:finally\s+)?(?:done|finished|completed)(?:\s+(?:now|at\s+last|today|yesterday|last\s+(?:week|night)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:ages|\S+\s+(?:days?|weeks?))\s+ago))?$/i,
  // "I want the report marked as done", "I'd like 4 ticked off": a wish for the state.
  /^(?:(?:i|we)\s+(?:want|need)|(?:i|we)'?d\s+like|(?:i|we)\s+would\s+like)\s+(.+?)\s+(?:marked|ticked|checked|crossed|set)\s+(?:off\s+)?(?:as\s+)?(?:done|complete|completed|finished|off)(?:\s+(?:please|now))?$/i,
  // "got the report out of the way".
  /^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:finally\s+|just\s+)?got\s+(.+?)\s+out\s+of\s+the\s+way(?:\s+(?:now|finally|at\s+last))?$/i,
  // "got through the laundry", "powered through the slides".
  /^(?:(?:i|we)\s+)?(?:finally\s+)?(?:got|made\s+it|powered|ploughed|plowed)\s+through\s+(.+)$/i,
  // "that one's sorted", "yep did that", "that's dealt with".
  /^(?:(?:yep|yes|yeah|ok|okay)[,\s]+)?(?:that|this)(?:\s+one)?(?:'s|\s+is|\s+has\s+been)\s+()(?:sorted|dealt\s+with|taken\s+care\s+of|handled|done|finished|complete)(?:\s+(?:now|too))?$/i,
  // "handled it", "we finished that one yesterday": any verb of finishing, with "it", reports it done.
  /^(?:(?:yep|yes|yeah|ok|okay)[,\s]+)?(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+|already\s+|finally\s+)?(?:did|done|finished|sorted(?:\s+out)?|made|completed|handled|dealt\s+with|took\s+care\s+of|taken\s+care\s+of|wrapped\s+up|nailed)\s+()(?:that|it|this)(?:\s+one)?(?:\s+(?:already|now|too|today|yesterday|earlier|this\s+morning|last\s+night))?$/i,
  // "put the report in done", "change the invoice to done", "make done the task 5".
  /^(?:put|move|set|change|switch|update|turn)\s+(.+?)\s+(?:in|into|to|as)\s+(?:done|complete|completed|finished)$/i,
  // "invoice = done", "invoice -> done": an arrow or an equals sign written for "is".
  /^([^=>→]+?)\s*(?:=|->|→|=>)\s*(?:done|finished|complete|completed)[!.]*$/i,
  // "invoice ticked off", "the gym is crossed off now"; never a question ("which ones have I ticked off") or a wish.
  /^(?!(?:which|what|who|how|did|do|does|is|are|have|has)\b)(?![^,;]*(?:\b(?:i|we|you|not|never|be|can|could|should|will)\b|n't\b|\?))([^,;]+?)\s+(?:(?:is|are|has\s+been|got)\s+)?(?:ticked|checked|crossed)\s+off(?:\s+(?:now|finally))?$/i,
  /^(?:make|put)\s+(?:as\s+)?(?:done|complete|completed|finished)\s+(.+)$/i,
  // "that's the hedge trimmed": the thing, then what was done to it.
  new RegExp(String.raw`^that'?s\s+(.+?)\s+${DONE_STATE}${AFTER}$`, 'iu'),
  // "mark the christmas cards as sent".
  new RegExp(String.raw`^(?:mark|set|tick)\s+(.+?)\s+as\s+(${DONE_STATE})$`, 'iu'),
  // "mark the electricity bill paid": without "as", only the words that say a chore was done.
  /^mark\s+(.+?)\s+(?:paid|sent|posted|submitted|sorted|handled|bought|booked|returned|filed|collected|delivered)$/i,
  // "done and dusted with the VAT return", "the ironing's done and dusted".
  /^(?:done\s+and\s+dusted|all\s+done|finally\s+done|job\s+done)(?:\s*[:–—-]\s*|\s+)(?:with\s+|on\s+)?(.+)$/i,
  /^(.+?)(?:'s|\s+is|\s+are)\s+(?:all\s+)?done\s+and\s+dusted$/i,
  // "consider the tax return handled", "i've sorted out the car insurance", "car insurance sorted".
  /^consider\s+(.+?)\s+(?:handled|sorted|dealt\s+with|taken\s+care\s+of|closed)$/i,
  // "consider the gutters cleaned".
  new RegExp(String.raw`^consider\s+(.+?)\s+${DONE_STATE}$`, 'iu'),
  /^(?:i(?:'ve|\s+have)?\s+|we(?:'ve|\s+have)?\s+)?(?:just\s+|finally\s+|already\s+)?(?:sorted\s+out|dealt\s+with|taken\s+care\s+of|took\s+care\s+of)\s+(.+?)(?:\s+(?:yesterday|today|this\s+morning|last\s+night|earlier|already))?$/i,
  // Only without "is"/"are" and in one clause: "the boiler is sorted" and "anyway, X is sorted" are read further on.
  /^(?!(?:show|list|what|which|get|display|tasks?|todos?|my\s+tasks)\b)(?!.*(?:\s(?:is|are|was|were|been)|'s)\s+(?:all\s+)?(?:sorted|handled|dealt|taken)\b)(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:finally|just)\s+)?(?:got|have|had)?\s*([^,.;:]+?)\s*:?\s+(?:all\s+)?(?:sorted|handled|dealt\s+with|taken\s+care\s+of)(?:\s+(?:out|now|finally|at\s+last))?$/i,
  // "i can tick off the thesis", "put a tick next to the laundry", "strike through the laundry".
  /^(?:i|you|we)\s+can\s+(?:now\s+)?(?:tick|check|cross)\s+off\s+(.+)$/i,
  /^(?:put|add)\s+a\s+(?:tick|check\s*mark|checkmark)\s+(?:next\s+to|by|on|against|beside)\s+(.+)$/i,
  /^(?:strike|cross)\s+through\s+(.+)$/i,
  // "wrap up the report", "check the report off my list".
  /^(?:wrap\s+up|finish\s+(?:off|up))\s+(.+)$/i,
  /^(?:check|tick|cross)\s+(.+?)\s+off\s+(?:of\s+)?(?:my|the)\s+(?:todo\s+|to-do\s+)?list$/i,
  // "the report task can be closed", "the gym one can be ticked off now".
  /^([^,;]+?)\s+can\s+be\s+(?:closed|completed|ticked\s+off|checked\s+off|crossed\s+off|marked\s+(?:as\s+)?(?:done|complete))(?:\s+now)?$/i,
  // "the report has been done", "the slides have finally been finished".
  /^(.+?)\s+(?:has|have)\s+(?:now\s+|finally\s+|just\s+|already\s+)?been\s+(?:done|finished|completed?|sorted(?:\s+out)?|handled|dealt\s+with|taken\s+care\s+of|seen\s+to|wrapped\s+up)(?:\s+(?:now|already|at\s+last|today))?$/i,
  // "the kitchen tap is fixed finally".
  new RegExp(
    String.raw`^(.+?)\s+(?:is|are|has\s+been|have\s+been|got)\s+(?:finally\s+|now\s+)?(${DONE_STATE})\s+(?:finally|at\s+last)$`,
    'iu',
  ),
];

/**
 * "maybe mark the report as done", "the report is done I think", "I'm pretty sure the essay is finished": a hedge
 * before or after a report or a request says how sure the user is, nothing of the task. A hedged deletion is left as
 * it is (the rules for deleting ask about it), and so is a task to add, whose title may end so.
 */
const HEDGE_FIRST =
  /^(?:maybe|perhaps|probably|i\s+(?:guess|believe|reckon|think)|(?:i'?m\s+|i\s+am\s+)?(?:pretty|fairly|quite)\s+sure|i'?m\s+sure)(?:\s+that(?!\s+one\b))?[,\s]+(?!(?:delete|remove|erase|trash|bin|scrap|drop|cancel|get\s+rid|add|create|new|put|remind)\b)(?=\S)/i;
const HEDGE_AFTER = /(?:\s*,\s*|\s+)(?:i\s+(?:think|guess|believe|reckon)|probably|apparently|i'?m\s+(?:pretty\s+)?sure)$/i;
/** "mark the report as done asap": how soon names neither the task nor a priority. */
const SOON_AFTER_DONE =
  /^((?:mark|tick|check|cross|close|complete|set)\b.*\b(?:done|complete|completed|finished|off))\s+(?:asap|right\s+away|immediately|at\s+once|straight\s+away|right\s+now)$/i;

export function withoutHedge(text: string): string {
  if (/^(?:add|create|new|put|remind|todo)\b/i.test(text)) return text;
  return text.replace(HEDGE_FIRST, '').replace(HEDGE_AFTER, '').replace(SOON_AFTER_DONE, '$1');
}

/** "check off the first one": a place in a list the user sees, not one the interpreter knows. */
const PLACE_IN_LIST = /^(?:the\s+)?(?:first|second|third|top|bottom|next|other)\s+(?:one|task|item)$/i;

export function readCompletion(text: string, asked = false): CompletionSaid | undefined {
  if (deadlineSaid(text)) return { ask: ASK_DEADLINE };
  for (const shape of REOPEN) {
    const match = shape.exec(text);
    // "the milk isn't needed" says nothing of it done; "what's not done yet" asks for a listing.
    if (match?.[1] === undefined || (match[2] && NOT_AN_END.test(match[2])) || QUESTION_WORD.test(match[1].trim())) continue;
    return { ref: match[1].trim() || 'it', args: { completed: false } };
  }
  for (const shape of DONE) {
    const match = shape.exec(text);
    if (!match || match[1] === undefined) continue;
    const state = match[2];
    if (state && NOT_AN_END.test(state)) return undefined;
    // "and completed?": a state alone, asked, is a follow-up question about the list, not "it is done".
    if (asked && !match[1].trim()) continue;
    // "what got done", "yesterday - what got finished": a question about what was done names no task.
    if (ASKED_WHAT.test(match[1].trim())) return undefined;
    // "just so you know, the report is out of the way": the task is named in the last clause.
    const ref = (/[,;.!]\s/.test(match[1]) ? lastClause(match[1]) : match[1].trim()) || 'it';
    // "all sorted", "everything's handled", "I'm done": no task named; it may as well end the chat.
    if (/^(?:all|everything|i'?m|im|i|we|we'?re)$/i.test(ref))
      return { ask: 'Done with which task? Say "done with <words of its title>" or its number.' };
    return { ref, args: {} };
  }
  // "lawn mowed ✅" (the tick read as "done"): the thing, then what was done to it.
  const ticked = /^(.+?)\s+done$/i.exec(text)?.[1];
  const reported = ticked ? passiveDone(ticked, ticked) : undefined;
  if (reported) return { ref: reported, args: {} };
  const placed = /^(?:check|tick|cross|mark)\s+(?:off\s+)?(.+?)(?:\s+(?:off|as\s+done|done))?$/i.exec(text)?.[1];
  if (placed && PLACE_IN_LIST.test(placed.trim())) return { ask: 'Which task? Give its number or words of its title.' };
  return undefined;
}

/**
 * "close #4?", "could you tick the dishes off?": a request with a question mark is still a request; "the report
 * done?" or "finished the slides?" asks how a task stands.
 */
export const requestedPlainly = (text: string) =>
  /^(?:mark|set|tick|check|cross|close|complete)\s+(?!(?:if|whether|what|which|how|when)\b|that\s+(?!(?:one|task)\b))/i.test(text);

const PART_OF = /\b(?:half|part|some|most|bits?|start|beginning)\s+of\b/i;

/**
 * "finish the report by friday", "complete the slides tomorrow": a deadline says it is not done yet (deadline-not-done.ts);
 * "I did the first half of the report": part of it is done. Asked, never closed.
 */
export function notAllDone(text: string): string | undefined {
  if (deadlineSaid(text)) return ASK_DEADLINE;
  if (PART_OF.test(text)) return 'Is all of it done? Say "done with <words of its title>" when it is.';
  // "the report should be done by now", "the slides must be finished": what ought to be, not what is.
  if (
    /\b(?:should|must|will|would|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:be|have\s+been)\s+(?:done|finished|completed?)\b/i.test(
      text,
    )
  )
    return 'Is it done already? Say "done with <words of its title>"; to give it a due date, say "<words of its title> is due <when>".';
  return undefined;
}

/** "…, tick it off", "…, mark it done": a closing clause that says the same of "it". */
const RESTATED =
  /\s*[,;]\s*(?:so\s+)?(?:(?:you\s+can|can\s+you|could\s+you|please)\s+)?(?:tick|mark|check|cross|close)\s+(?:it|that|this)(?:\s+(?:off|done|as\s+done|complete))?$/i;
/** When it was done: "did the dishes this morning". */
const WHEN_DONE = /\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|earlier(?:\s+today)?|already|just\s+now)$/i;

/**
 * "did the laundry", "did the weekly shop ✅": "did" with a thing and no verb after it reports the work done. With a
 * verb after the thing ("did the parcel arrive") or a question mark it is a question, and completes nothing.
 */
export function didSaid(text: string, said: string): string | undefined {
  const did = /^did\s+((?:the|my|our|a|an|all\s+the)\s+.+?|it|that|this)(?:\s+one)?(?:\s+done)?$/i.exec(
    text.replace(RESTATED, '').replace(WHEN_DONE, ''),
  );
  if (!did?.[1] || /\?\s*$/.test(said) || PART_OF.test(did[1])) return undefined;
  if (/^(?:it|that|this)$/i.test(did[1])) return 'it';
  // A verb after the thing makes a question ("did the parcel arrive"); "the shopping", "the hoovering" are things.
  if (englishTerms(did[1]).some((term) => term.tags.includes('Verb') && !/ing$/i.test(term.text))) return undefined;
  return thingDone(did[1]);
}
