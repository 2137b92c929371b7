import { type KnownNames, knownProject } from './project-names.ts';

// The order a listing is asked in, said in words: "the latest added first", "the newest ones at the top", "oldest
// deadlines first", "alphabetical".

/**
 * "what did I add yesterday", "what have I added today", "stuff created this week": no filter has when a task was added,
 * so the newest are shown first. Only said of what was done ("did I add", "added"): "add yesterday's receipts" adds.
 */
const ADDED_WHEN = String.raw`\b(?:(?:did|have)\s+(?:i|we)\s+(?:add(?:ed)?|create[d]?|made|make)|(?:i|we)\s+(?:added|created|made)|added|created)\s+(?:yesterday|today|earlier(?:\s+today)?|this\s+(?:morning|afternoon|week))\b(?!')`;

/** "the most recent thing I added", "the last task we made": the newest (or oldest) of what was added. */
const THING_ADDED = String.raw`(?:thing|task|one|item|todo)s?\s+(?:(?:that\s+)?(?:i|we)(?:'ve|\s+have)?\s+)?(?:added|created|made|put\s+(?:in|on|down))\b`;

/** "what's the oldest thing still open", "which is the newest task": the first of the list in that order. */
const OLDEST_ASKED = String.raw`^(?:what(?:'s|s|\s+is|\s+are)|which\s+(?:is|are))\s+(?:the|my)\s+(?:oldest|newest|latest)\s+(?:thing|task|one|item|todo)s?\b`;

/** "the latest added first", "the newest ones at the top", "oldest deadlines first": an order asked for. */
const ORDER_SAID = new RegExp(
  String.raw`\b(?:newest|oldest|latest|earliest|soonest|most\s+recent(?:ly)?|least\s+recent(?:ly)?|most\s+(?:urgent|important)|highest|lowest|least\s+(?:urgent|important))\b(?:\s+[\p{L}-]+){0,3}\s+(?:first|at\s+the\s+top|on\s+top)\b|^(?:in\s+)?(?:reverse\s+)?alphabetical(?:\s+order)?$|\balphabeti[sz]e\b|\bdue\s+first\b|^(?:what(?:'s|s|\s+is)|which\s+(?:task|one)\s+is)\s+(?:due|coming\s+up)\s+next$|\b(?:high|low)\s+first\b|\b(?:add(?:ed)?|created?|made|changed?|edit(?:ed)?|updated?|modified)\s+(?:last|(?:most\s+)?recently|lately)\b|^(?:(?:show|list|display|give|get)\s+(?:me\s+)?)?(?:my|the)\s+(?:newest|oldest|latest|most\s+recent)\s+(?:tasks|todos|items|ones)$|^(?:show|list|display|view|give\s+me|put|get)\b.*\b(?:alphabetical(?:ly)?|in\s+order|in\s+order\s+of\s+(?:urgency|importance|priority|deadline))$|\b(?:recently|lately)\s+(?:added|created|changed|edited|updated|modified)\b|${ADDED_WHEN}|\b(?:newest|oldest|latest|most\s+recent|last)\s+${THING_ADDED}|${OLDEST_ASKED}`,
  'iu',
);
const LATEST_FIRST = new RegExp(
  String.raw`\b(?:newest|latest|most\s+recent(?:ly)?|most\s+(?:urgent|important)|highest|high\s+first|(?:add(?:ed)?|created?|made|changed?|edit(?:ed)?|updated?|modified)\s+(?:last|(?:most\s+)?recently|lately)|(?:recently|lately)\s+(?:added|created|changed|edited|updated|modified))\b|${ADDED_WHEN}|\blast\s+${THING_ADDED}`,
  'i',
);
const EARLIEST_FIRST = /\b(?:oldest|earliest|soonest|least\s+recent(?:ly)?|lowest|low\s+first|least\s+(?:urgent|important)|due\s+first)\b/i;

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

/** "todays list, sorted by time": the time a task has is its due date ("sorted" is no report of one sorted out). */
export function sortedByTimeSaid(text: string): string {
  return text.replace(
    /\b(sort(?:ed)?|order(?:ed)?|arranged?)\s+by\s+(?:the\s+)?(?:time|times|when\s+(?:it'?s|they'?re|they\s+are)\s+due)\b/gi,
    '$1 by due date',
  );
}

/** "oldest deadlines first": the order word goes with the field named after it, never "oldest" as in created. */
export function withoutOrderWords(text: string): string {
  return (
    text
      .replace(/\balphabeti[sz]e\b/gi, 'alphabetical')
      .replace(/\burgency\b/gi, 'priority')
      .replace(/\b(?:last\s+)?(?:update|edit|modification)\b/gi, 'updated')
      .replace(/\b(?:deadlines?|due\s+dates?)\s+in\s+order\b/gi, 'by due date')
      .replace(
        /\b(add|create|change|edit|update)\s+(?=(?:most\s+)?(?:last|recently|lately)|yesterday|today|earlier|this\s+(?:morning|afternoon|week))/gi,
        (_all, verb: string) => `${verb.replace(/e$/i, '')}ed `,
      )
      .replace(/\bmost\s+recent(?:ly)?\s+(?!(?:changed|updated|modified|edited)\b)/gi, 'newest ')
      .replace(/\b(?:newest|oldest|latest|earliest)\s+(?=(?:deadlines?|due|dates?|priorit\w*|titles?|names?)\b)/gi, '')
      .replace(/\bmost\s+(?:urgent|important)\b/gi, 'priority')
      // "what's coming up next": what is due next.
      .replace(/\bcoming\s+up\s+next\b/gi, 'due next')
  );
}

/** "sort Home Projects by priority", "order the work list by due date", "sort my tasks in Work by date": the project sorted. */
const SORTED_NAMED =
  /^(?:sort|order|arrange|rank)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:list|project|tasks|todos|stuff))?\s+(?:by|alphabetically)\b/i;
// "what's still open in Work, most urgent first": the project ends at the comma before the order.
const SORTED_IN = /\b(?:in|from|of)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:list|project))?(?=\s+(?:by|alphabetically)\b|\s*,|$)/i;

/** "show my work tasks sorted by due date", "list my groceries by priority": the project shown, then how it is sorted. */
const SHOWN_SORTED =
  /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:show|list|display|give|get)\s+(?:me\s+)?(?:the\s+|my\s+|our\s+|all\s+(?:the\s+|my\s+)?)?(.+?)(?:\s+(?:list|project|tasks|todos|stuff|things|items))?\s+(?:(?:sorted|ordered|arranged|ranked)\s+)?(?:by|alphabetically)\b/i;

export function projectSorted(text: string, known: KnownNames): string | undefined {
  for (const shape of [SORTED_NAMED, SORTED_IN, SHOWN_SORTED]) {
    const named = shape.exec(text)?.[1];
    const project = named ? knownProject(named, known) : undefined;
    if (project) return project;
  }
  return undefined;
}

/** "sort by project", "order them by tag": an order the sort has no field for, asked about rather than guessed. */
const NO_SUCH_ORDER =
  /^(?:sort|order|arrange|rank|group)\b.*\bby\s+(?:(?:the|their|its)\s+)?(?:projects?|lists?|tags?|labels?|categor(?:y|ies)|assignees?|owners?|person|people|status|colou?rs?|size)$/i;

export function unsortableAsked(text: string): string | undefined {
  return NO_SUCH_ORDER.test(text.trim())
    ? 'I can sort by due date, priority, title, when a task was added or when it was changed: say for example "sort by due date".'
    : undefined;
}
