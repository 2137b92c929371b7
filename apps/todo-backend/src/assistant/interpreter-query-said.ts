import { LIST_NOUNS, NOT_TAGS } from './interpreter-vocabulary.ts';

// Questions about the list said in everyday words the filter's readers key on in their plain form: "what haven't I
// done" (pending), "which ones have I ticked off" (completed), "anything I should have done already" (overdue),
// "show me everything tagged shopping that isn't done" (a listing with a state, never a change to a task), and the
// order asked as "the latest added first" or "the latest deadlines at the top".

/** What was done, said as a verb of ticking off: "ticked off", "checked off", "got through", "wrapped up". */
const DONE_SAID = /\b(?:ticked|checked|crossed|knocked|struck)\s+off\b|\bgot\s+(?:done|through)\b|\bwrapped\s+up\b/gi;
/** What is still to do, said of its state: "haven't I done", "that isn't finished", "not completed yet". */
const PENDING_SAID =
  /\b(?:haven'?t|have\s+not|hasn'?t|didn'?t|did\s+not)\s+(?:i|we|you)\s+(?:yet\s+)?(?:done|finished|completed|do|finish|complete)\b|\bhave\s+(?:i|we)\s+not\s+(?:yet\s+)?(?:done|finished|completed)\b|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|not)\s+(?:yet\s+)?(?:done|finished|completed?)(?:\s+yet)?\b/gi;
/** What is still to be done, said as a need: "what needs doing", "what has to be done today". */
const NEEDED_SAID =
  /\b(?:needs?|has|have|got)\s+to\s+(?:be|get)\s+(?:done|finished|completed)\b|\bneeds?\s+doing\b|\bneed\s+to\s+get\s+(?:done|finished)\b/gi;
/** What is late, said as what should have been done: "I should have done already", "was supposed to finish". */
const LATE_SAID =
  /\b(?:(?:i|we)\s+(?:should|ought\s+to)|should\s+(?:i|we))(?:\s+have|'ve)\s+(?:done|finished|completed)(?:\s+(?:already|by\s+now))?|\b(?:should|ought\s+to)\s+(?:have\s+been|be)\s+(?:done|finished)\s+(?:already|by\s+now)|\b(?:i|we)\s+(?:was|were)\s+supposed\s+to\s+(?:have\s+)?(?:done|do|finish(?:ed)?)(?:\s+(?:already|by\s+now))?/gi;

/** "what is not urgent", "what can wait", "no rush": the low priority, never the level it negates. */
const NOT_URGENT = /\b(?:not|isn'?t|aren'?t)\s+(?:very\s+|that\s+|so\s+|too\s+)?(?:urgent|important)\b|\bno\s+rush\b|\bcan\s+wait\b/gi;
/** "my top priorities", "the most important tasks": what matters most is the high priority. */
const TOP_PRIORITY = /\b(?:top|most\s+(?:important|urgent))\s+(?:priorit(?:y|ies)|tasks?|ones|things|stuff)\b/gi;

/** What slipped past its date: "what have I let slip", "everything past its due date", "missed deadlines". */
const SLIPPED_SAID =
  /\blet\s+slip\b|\bslipped\s+through\b|\bpast\s+(?:its|their|the)\s+(?:due\s+dates?|deadlines?)\b|\bmissed\s+(?:the\s+)?(?:deadlines?|due\s+dates?)\b/gi;
/** What was done, said as what the user did: "the stuff I already did", "things we've done". */
const DID_SAID = /\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:did|done)$/gi;
/** A day's possessive typed without its apostrophe: "this weeks stuff", "todays tasks", "tomorrows plan". */
const DAY_POSSESSIVE = /\b(this|next)\s+weeks\b|\b(today|tomorrow)s\b/gi;
/** "high-priority items": the level, never a tag spelt "high-priority". */
const HYPHENED_LEVEL = /\b(high|medium|low|top)-(priority|prio)\b/gi;
/** "which tasks are under finance", "what have I filed under finance", "tagged both home and garden": tags. */
const FILED_UNDER =
  /\b(?:(?:is|are)\s+(?:filed\s+)?under|(?:(?:i|we)\s+)?(?:have\s+)?filed\s+(?:away\s+)?under)\s+(?=[\p{L}#])|\b(tagged|labell?ed)\s+both\s+/giu;

/** The question with its states said in the words the filter reads: "completed", "pending", "overdue". */
export function inPlainWords(sentence: string): string {
  return (
    sentence
      .replace(DAY_POSSESSIVE, (_all, which?: string, day?: string) => (day ? `${day}'s` : `${which} week's`))
      .replace(HYPHENED_LEVEL, '$1 $2')
      .replace(FILED_UNDER, (_all, tagged?: string) => `${tagged ?? 'tagged'} `)
      .replace(SLIPPED_SAID, 'overdue')
      .replace(DID_SAID, 'completed')
      .replace(/\bremains\b/gi, 'remaining')
      .replace(LATE_SAID, 'overdue')
      // As "what do I need to do": still open, or a day's agenda when a day is named.
      .replace(NEEDED_SAID, 'need to do')
      .replace(NOT_URGENT, 'low priority')
      .replace(TOP_PRIORITY, 'high priority')
      .replace(DONE_SAID, 'completed')
      .replace(PENDING_SAID, 'pending')
  );
}

/** "show …", "list …", "which …": a sentence asking to see tasks. */
const SEEING = /^(?:show|list|display|view|see|give\s+me|find\s+me|get\s+me|what|which)\b/i;
/** "… that isn't done", "… which are overdue", "… that have no date": the state of the tasks to show. */
const STATE_CLAUSE = /\b(?:that|which|who)\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t|have|has|haven'?t|hasn'?t|still)\b/i;

/** "today?", "plans for tomorrow", "what about next week": a day named alone asks what is due then. */
const DAY_ALONE =
  /^(?:(?:and\s+)?(?:what\s+about|how\s+about|plans?\s+for|anything\s+(?:for|on)|agenda\s+for|schedule\s+for)\s+)?(?:today|tonight|tomorrow|this\s+week|next\s+week)$/i;
/** "todo list", "my to-do list": the list named alone, never a task titled "list". */
const LIST_ALONE = /^(?:my\s+|the\s+)?(?:todo|to-do|to\s+do|task)\s+list$/i;
/**
 * "done tasks", "unfinished tasks", "completed tasks from this week": tasks of a state, never a task titled "tasks"
 * to complete.
 */
const STATE_ALONE =
  /^(?:the\s+|my\s+)?(?:done|finished|completed|unfinished|undone|open|pending|incomplete|remaining|outstanding|overdue)\s+(?:tasks|todos|to-dos|items|ones|stuff)(?:\s+(?:from|for|of|due|this|today|tomorrow|in|tagged|labell?ed|with)\b.*)?$/i;
/** "what did I finish yesterday", "what have I got done", "what remains", "what's remaining": what was or is left done. */
const WHAT_DONE_OR_LEFT =
  /^what\s+(?:(?:did|have)\s+(?:i|we)\s+(?:already\s+)?(?:finish(?:ed)?|complete(?:d)?|do(?:ne)?|(?:get|got)\s+(?:done|through)|tick(?:ed)?\s+off)\b|(?:remains|is\s+remaining|'s\s+remaining|s\s+remaining))/i;
/** "got anything high priority?", "have I got anything for tomorrow", "do we have anything overdue": a listing. */
const GOT_ANYTHING = /^(?:got|have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have|(?:i|we)\s+got)\s+(?:any|anything)\b/i;
/** "#errands", "#home #garden": tags named alone. */
const TAGS_ALONE = /^#[\p{L}\p{N}_-]+(?:\s+#[\p{L}\p{N}_-]+)*$/u;
/** "show me the stuff I already did": a listing of what was done, never a completion. */
const SEEING_DONE = /\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:did|done)$/i;
/** "do I have any errands", "got any chores": the kind of task asked about is a tag. */
const ANY_KIND = /^(?:do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|(?:i|we)\s+got|got)\s+any\s+([\p{L}][\p{L}_-]+)$/iu;
/** "just the first five", "only the top 3": how many to show. */
const FIRST_FEW = /^(?:just|only)\s+(?:the\s+)?(?:first|top)\s+\S+$/i;

/**
 * The sentence when it asks to see tasks in a way the verb rules would misread: in some state ("show me everything
 * tagged shopping that isn't done": "… that isn't done" says which tasks to show, never that a task is open again),
 * due on a day named alone ("tomorrow?"), or the list named alone ("todo list"). Otherwise undefined.
 */
export function listingAsked(text: string): string | undefined {
  const kind = ANY_KIND.exec(text)?.[1]?.toLowerCase();
  if (
    kind &&
    !NOT_TAGS.has(kind) &&
    !LIST_NOUNS.test(kind) &&
    !/^(?:plans|deadlines|reminders|news|updates|projects|lists|questions|ideas)$/i.test(kind)
  )
    return `show ${kind} tasks`;
  if (
    (SEEING.test(text) && (STATE_CLAUSE.test(text) || SEEING_DONE.test(text))) ||
    [DAY_ALONE, LIST_ALONE, STATE_ALONE, FIRST_FEW, WHAT_DONE_OR_LEFT, GOT_ANYTHING].some((alone) => alone.test(text))
  )
    return inPlainWords(text);
  if (TAGS_ALONE.test(text)) return `show ${text}`;
  return undefined;
}

/** "show me my labels", "tags?", "what labels have I got": the tags in use, not tasks. */
const TAGS_ASKED =
  /^(?:(?:show|list|display|give|get|see)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|your\s+)?(?:tags|labels)|(?:tags|labels)|(?:what|which)\s+(?:tags|labels)\s+(?:have|do|did|am|are)\b.*)$/i;

export function tagsAsked(text: string): boolean {
  return TAGS_ASKED.test(text.trim());
}

/** "the latest added first", "the newest ones at the top", "oldest deadlines first": an order asked for. */
const ORDER_SAID =
  /\b(?:newest|oldest|latest|earliest|soonest|most\s+recent(?:ly)?|least\s+recent(?:ly)?|most\s+(?:urgent|important))\b(?:\s+[\p{L}-]+){0,3}\s+(?:first|at\s+the\s+top|on\s+top)\b|^(?:in\s+)?(?:reverse\s+)?alphabetical(?:\s+order)?$/iu;
const LATEST_FIRST = /\b(?:newest|latest|most\s+recent(?:ly)?|most\s+(?:urgent|important))\b/i;
const EARLIEST_FIRST = /\b(?:oldest|earliest|soonest|least\s+recent(?:ly)?)\b/i;

/** Whether the sentence asks for an order ("show the most recently added first"), the sort's own words aside. */
export function orderAsked(text: string): boolean {
  return ORDER_SAID.test(text);
}

/** The direction an order said in words asks for, or undefined ("z to a" is from the end, "latest first" too). */
export function orderSaid(text: string): 'asc' | 'desc' | undefined {
  if (/\bz\s*(?:-|to)\s*a\b/i.test(text)) return 'desc';
  if (!ORDER_SAID.test(text)) return undefined;
  if (LATEST_FIRST.test(text)) return 'desc';
  if (EARLIEST_FIRST.test(text)) return 'asc';
  return undefined;
}

/** "oldest deadlines first": the order word goes with the field named after it, never "oldest" as in created. */
export function withoutOrderWords(text: string): string {
  return text
    .replace(/\b(?:newest|oldest|latest|earliest)\s+(?=(?:deadlines?|due|dates?|priorit\w*|titles?|names?)\b)/gi, '')
    .replace(/\bmost\s+(?:urgent|important)\b/gi, 'priority');
}
