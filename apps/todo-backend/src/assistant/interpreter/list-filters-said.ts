// Questions about the list that filter by what a task is rather than by its fields' values: done in a window of days
// ("what did I finish yesterday"), without a due date ("which tasks have no date"), repeating or one-off ("what
// repeats?"). filter_tasks has a filter for each; without one the chat would list every task.

export type CompletionWindow = 'today' | 'yesterday' | 'this_week' | 'last_week' | 'this_month' | 'last_month';

export interface KindFilters {
  completed?: CompletionWindow;
  has_due_date?: boolean;
  recurring?: boolean;
}

/** The words that make any of these a kind of task, never a tag ("my undated tasks", "recurring stuff"). */
export const KIND_WORDS = new Set([
  'recurring',
  'repeating',
  'undated',
  'unscheduled',
  'dated',
  'one-off',
  'non-recurring',
  'one-time',
  'routine',
  'routines',
  'habits',
  // "my weekly things", "the monthly stuff": how often names what repeats.
  'daily',
  'weekly',
  'fortnightly',
  'monthly',
  'quarterly',
  'yearly',
]);

const WINDOW_WORDS: [RegExp, CompletionWindow][] = [
  [/\byesterday\b/i, 'yesterday'],
  [/\blast\s+week\b/i, 'last_week'],
  [/\blast\s+month\b/i, 'last_month'],
  [/\b(?:this|the\s+past)\s+month\b|\bso\s+far\s+this\s+month\b/i, 'this_month'],
  [/\b(?:this|the\s+past)\s+week\b|\bso\s+far\s+this\s+week\b/i, 'this_week'],
  [/\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b/i, 'today'],
];

const NO_DUE_DATE =
  /\b(?:no|without(?:\s+an?)?|missing(?:\s+an?)?|lacking(?:\s+an?)?|(?:(?:haven'?t|hasn'?t|have\s+not|has\s+not)(?:\s+got)?|(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+have|(?:are|is)\s+not\s+having|not\s+having)\s+(?:an?\s+|any\s+)?)\s*(?:due\s+)?(?:dates?|deadlines?)\b|\bundated\b|\bunscheduled\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:scheduled|dated)\b/i;
const WITH_DUE_DATE =
  /\b(?:with|have|has|having)\s+(?:an?\s+)?(?:due\s+)?(?:dates?|deadlines?)(?!\s+(?:before|after|by|on|in|of|this|next|today|tomorrow))\b|\bdated\s+(?:tasks|ones)\b/i;
const ONE_OFF =
  /\b(?:one[\s-]?offs?|one[\s-]?time|non[\s-]?recurring|(?:don'?t|doesn'?t|do\s+not|does\s+not|never)\s+(?:repeat|recur)|not\s+(?:repeating|recurring))\b/i;
/**
 * "my routines", "my daily habits", "all my weekly things": what a person does again and again is what repeats (how
 * often is no filter).
 */
const REPEATING =
  /\b(?:recurring|repeating|repeats?|recurs?|repeated|routines?|habits)\b|\bon\s+repeat\b|\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly)\s+(?:tasks|todos|things|stuff|jobs|chores|ones)\b/i;

/**
 * The kind filters a question about the list names. A window of days counts as a completion window only when the
 * question is about what was done and says nothing of due dates: "what did I finish yesterday", not "what's due today".
 */
export function kindFiltersSaid(text: string, status: 'pending' | 'completed' | 'all' | undefined): KindFilters {
  const filters: KindFilters = {};
  if (status === 'completed' && !/\bdue\b|\bdeadlines?\b/i.test(text)) {
    const window = WINDOW_WORDS.find(([words]) => words.test(text))?.[1];
    if (window) filters.completed = window;
  }
  if (NO_DUE_DATE.test(text)) filters.has_due_date = false;
  else if (WITH_DUE_DATE.test(text)) filters.has_due_date = true;
  if (ONE_OFF.test(text)) filters.recurring = false;
  else if (REPEATING.test(text)) filters.recurring = true;
  return filters;
}

const WINDOW = String.raw`(yesterday|today|this\s+week|last\s+week|this\s+month|last\s+month|so\s+far\s+(?:this\s+week|this\s+month|today)|this\s+(?:morning|afternoon))`;
const DONE_VERB = String.raw`(?:finish(?:ed)?|complete[d]?|did|do(?:ne)?|(?:get|got)\s+(?:done|through)|(?:tick|check|cross|knock)(?:ed)?\s+off|accomplish(?:ed)?|achieved?|wrap(?:ped)?\s+up|clear(?:ed)?)`;
const ONES = '(?:tasks?|things?|stuff|items?|todos?|ones)';
const MINE = String.raw`(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?`;
const SHOW_DONE = String.raw`(?:show|list|see|view)\s+(?:me\s+)?${MINE}(?:completed|finished|done|ticked[\s-]off)(?:\s+${ONES})?`;
const DONE_ONES = String.raw`${MINE}(?:completed|finished|done|ticked[\s-]off)\s+${ONES}`;
/**
 * What was done in a window of days, never a task so titled or a completion: "tasks I finished yesterday", "tasks
 * finished today", "what did I knock off yesterday", "did I finish anything this week?".
 */
const DONE_IN_WINDOW = [
  new RegExp(
    String.raw`^(?:(?:show|list)\s+(?:me\s+)?)?(?:the\s+|all\s+(?:the\s+)?)?(?:tasks?|things?|stuff|items?|todos?|what|everything)\s+(?:that\s+|which\s+)?(?:(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?|(?:were|was|got|have\s+been|has\s+been)\s+)?${DONE_VERB}\s+${WINDOW}$`,
    'i',
  ),
  // "how many did I tick off yesterday": a count of them is the same listing.
  new RegExp(
    String.raw`^(?:what|which\s+tasks?|how\s+many(?:\s+(?:tasks|things))?)\s+(?:did|have)\s+(?:i|we)\s+(?:already\s+)?${DONE_VERB}\s+${WINDOW}$`,
    'i',
  ),
  new RegExp(String.raw`^(?:did|have)\s+(?:i|we)\s+${DONE_VERB}\s+(?:anything|any\s+tasks?)\s+${WINDOW}$`, 'i'),
  // "show completed for last month", "my finished tasks from yesterday": the done ones of a window, asked as a listing
  // ("completed yesterday" alone may be news of a task, so it needs "show" or a noun).
  new RegExp(String.raw`^(?:${SHOW_DONE}|${DONE_ONES})\s+(?:(?:for|from|in|during|over)\s+)?(?:the\s+)?${WINDOW}$`, 'i'),
];
/**
 * "what repeats?", "which tasks recur", "what's recurring", "anything on repeat?", "anything without a due date?", "what
 * has no deadline", "the ones without dates?".
 */
const KIND_ASKED =
  /^(?:(?:what|which)(?:'s|s|\s+is|\s+are)?|anything|stuff|tasks?|things?|(?:the\s+)?(?:ones|bits)|which\s+(?:tasks?|ones|of\s+my\s+tasks))\s+(?:(?:of\s+mine|do\s+i\s+have)\s+)?(?:(?:tasks?|ones|things)\s+)?(?:repeats?|recurs?|(?:is\s+|are\s+)?(?:recurring|repeating|on\s+repeat)|(?:has|have|with|without|lacks?)\s+(?:no\s+|an?\s+)?(?:due\s+)?(?:dates?|deadlines?)|(?:is|are)\s+(?:undated|unscheduled|one[\s-]?offs?|one[\s-]?time))(?:\s+(?:yet|at\s+all|set))?$/i;

/** "which tasks repeat weekly", "what have I got that doesn't repeat": a question about repeating, never a rule to set. */
const REPEATING_ASKED =
  /^(?:what|which(?:\s+(?:tasks?|ones|of\s+(?:my|the)\s+tasks))?|(?:show|list)(?:\s+me)?\s+(?:the\s+|my\s+)?(?:tasks?|ones|what)|anything|any\s+(?:tasks?|ones|things)|(?:tasks?|ones|things|stuff))\s+(?:(?:do\s+i\s+have|have\s+i\s+got|i\s+have|i'?ve\s+got)\s+)?(?:(?:that|which)\s+)?(?:(?:don'?t|doesn'?t|do\s+not|does\s+not|never)\s+)?(?:repeats?|recurs?)(\s+(?:daily|weekly|monthly|yearly|every\s+\S+))?$/i;

/**
 * "what's due every week", "what do I have every monday", "what do I do each morning": what happens again and again is
 * the repeating tasks (how often, or on which day, is no filter), never the week's agenda.
 */
const EVERY_ASKED =
  /^(?:what|which\s+tasks?|anything)(?:'s|s|\s+is|\s+are)?\s+(?:due|on|happens|happening|comes\s+up|planned|scheduled|(?:do|have|must|should)\s+(?:i|we)\s+(?:have|do|got)(?:\s+to\s+do)?)\s+(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|weekday|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/**
 * "what clubs have the kids got every week", "what does Mia do every saturday": the same asked of someone in the
 * household, with what they have named or not.
 */
const EVERY_ASKED_OF_SOMEONE =
  /^(?:what|which)(?:\s+[\p{L}-]+)?\s+(?:do|does|have|has)\s+(?:(?:the|my|our)\s+[\p{L}-]+|[\p{Lu}][\p{L}-]*)\s+(?:have|do|got|go\s+to)\s+(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|weekday|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/** The question to list when the sentence asks for a kind of task in a shape the other rules would read as a change. */
export function kindOfTaskAsked(text: string): string | undefined {
  const said = text.trim().replace(/[?!.]+$/, '');
  const doneIn = DONE_IN_WINDOW.map((shape) => shape.exec(said)?.[1]).find(Boolean);
  if (doneIn) return `show tasks completed ${doneIn}`;
  if (EVERY_ASKED.test(said) || EVERY_ASKED_OF_SOMEONE.test(said)) return 'show repeating tasks';
  // How often is not a filter: "every week" would otherwise read as what is due this week.
  const repeating = REPEATING_ASKED.exec(said);
  const question = repeating?.[1] ? said.slice(0, -repeating[1].length) : said;
  if (KIND_ASKED.test(said) || repeating) return `show ${question.replace(/^(?:show|list)\s+(?:me\s+)?/i, '')}`;
  return undefined;
}
