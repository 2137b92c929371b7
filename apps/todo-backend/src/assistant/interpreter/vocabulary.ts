import { KIND_WORDS } from './list-filters-said.ts';

// The words the interpreter keys on to tell one kind of sentence from another: list nouns, question words about
// tasks, errands said without "add", edit verbs. Kept apart from the rules so each list reads as a whole.

export const NOT_TAGS = new Set([
  'my',
  'all',
  'the',
  'pending',
  'completed',
  'done',
  'open',
  'high',
  'low',
  'medium',
  'priority',
  'overdue',
  'recurring',
  'upcoming',
  'finished',
  'remaining',
  'outstanding',
  'unfinished',
  'incomplete',
  'urgent',
  'important',
  'late',
  'current',
  'any',
  'some',
  'other',
  'these',
  'those',
  'me',
  "today's",
  'todays',
  'of',
  'show',
  'list',
  'get',
  'see',
  'view',
  'display',
  'what',
  'which',
  'are',
  'is',
  'your',
  'our',
  'many',
  'much',
  'how',
  'all the',
  'have',
  'has',
  'had',
  'got',
  // "what reminders have I got set for today": the tasks with reminders, as the list shows them, never a tag.
  'reminder',
  'reminders',
  'alerts',
  'alarms',
  // "are there tasks for tomorrow?": the word of the question, never a tag.
  'there',
  // "just work stuff", "only home things": how much of the list, never a tag.
  'just',
  'only',
  // "anything high priority sitting in work", "like stuff past its date", "tagged errands and sort by due": how a
  // question goes on, never a tag.
  'sitting',
  'lying',
  'hanging',
  'lurking',
  'like',
  'sort',
  'sorted',
  'tagged',
  'labelled',
  'labeled',
  // "my undated tasks", "repeating stuff": a kind of task filter_tasks filters by.
  ...KIND_WORDS,
]);

/**
 * The verbs of everyday errands a sentence may start with when it is a task said without "add"; the verbs of a trade
 * that are nouns too ("invoice Acme by friday", "quote the Jones loft") only before words that do not say something
 * of them ("the invoice is paid").
 */
export const ERRAND =
  /^(?:(?:invoice|quote|chase|bill|translate|proofread|deliver|draft|measure|service)\s+(?!(?:is|are|was|were|has|have|had|got|gets|needs?|should|must|can|will|due|paid|sent|done|overdue|for\s+(?:the|this|next)\b))\S|(?:buy|grab|call|phone|ring|text|email|e-mail|pay|book|pick\s+up|drop\s+off|get|send|post|mail|return|renew|order|visit|see|meet|water|feed|walk|mow|vacuum|clean|wash|tidy|fix|repair|write|read|study|practi[cs]e|prepare|prep|pack|submit|print|sign|collect|bring|take|go\s+to|book|check|follow\s+up|cook|bake|make|hand\s+in|review|sort(?:\s+out)?|plan|organi[sz]e|arrange|hoover|iron|empty|defrost|replace|install|apply\s+for|register|ask|tell)\s+\S)/i;

/** Words about a task's tags, reminders or number: "take off the urgent tag from 4" is an edit, never an errand. */
export const ABOUT_A_TASK = /\b(?:tags?|labels?|reminders?|due\s+date|deadline|tasks?|todos?|subtasks?)\b|(?:\btask\s*|#)\d+\b/i;

/** A sentence starting so edits a task: "every …" in it is never a new recurring task. */
export const EDIT_VERB = /^(?:change|switch|set|update|move|rename|edit|reschedule|postpone|mark|tag|untag|delete|remove)\b/i;

/** Words that name the list itself, never a tag: "my high priority tasks", "low priority stuff", "the urgent bits". */
export const LIST_NOUNS =
  /^(?:tasks?|todos?|to-dos?|items?|stuff|things?|ones?|bits?|priority|prio|first|list|due|today|tomorrow|this|next)$/i;

/**
 * A question the fallback may read as a listing only when it is about the list: "what's the weather tomorrow" names no
 * task word and is not answered with the tasks due tomorrow.
 */
export const ABOUT_TASKS =
  /\b(?:tasks?|todos?|to-?dos?|to do|list|due|overdue|late|behind|pending|open|left|done|finished|completed?|priority|priorities|prio|urgent|important|tag(?:s|ged)?|labels?|have|got|plan|planned|agenda|schedule[d]?|next|everything|anything|remaining|outstanding|upcoming|stuff|things|items|errands|recurring|coming\s+up|happening|going\s+on|needs?\s+doing|can\s+wait|soon|agenda|work\s+on|tackle|focus\s+on|start\s+with|on\s+(?:my|for|today|tonight|tomorrow|this|next)|(?:must|should|shall)\s+(?:i|we)\s+do|supposed\s+to|meant\s+to|(?:day|week|weekend|today|tomorrow)\s+look(?:s|ing)?|waiting\s+(?:for|on)\s+(?:me|us)|(?:floating|hanging|lying|sitting)\s+around|no\s+(?:due\s+)?dates?)\b/i;

/**
 * "everything", "all my tasks", "every task", "everything on my list", "them all", "it all", "the lot": many tasks, never one
 * task so titled.
 */
export const MANY_TASKS =
  /^(?:everything|all|(?:it|them|these|those)\s+all|the\s+(?:whole\s+)?lot|every\s+(?:single\s+)?(?:task|todo|item|one)|all\s+(?:of\s+)?(?:my|the|them|these|those)?\s*(?:tasks|todos|items|things)?)(?:\s+(?:on|in)\s+(?:my|the)\s+(?:list|todo\s+list|to-do\s+list))?$/i;
