import type { BulkAction, Interpretation } from './offline-interpreter.ts';
import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// Sentences the interpreter must not act on as they stand, read before any verb is: requests to change every task at
// once (confirmed first, with the count), questions about a task, and instructions not to do something (a question).

const CHANGE_VERB =
  '(?:delete|remove|clear|wipe|erase|empty|trash|purge|nuke|scrap|drop|cancel|complete|finish|close|mark|check\\s+off|tick\\s+off|cross\\s+off)';
/** "the whole groceries list", "my Garden Club list": a project's list, named before "list" (never "the dentist from my list"). */
const NAMED_LIST = String.raw`(?:my|the)\s+(?:whole\s+|entire\s+|full\s+)?((?:(?!(?:from|off|on|of|in|to|todo|to-do|task|whole|entire|full)\b)[\p{L}'-]+\s+){1,3}?)list[.!?]*$`;
/** "trash out every tuesday", "clear the gutters every spring": "every" before a rhythm is a rule, never every task. */
const RHYTHM_AFTER_EVERY =
  '(?:other|second|third|\\d+\\w*|day|night|morning|evening|week|weekday|weekend|month|year|fortnight|spring|summer|autumn|fall|winter|(?:mon|tue|wed|thu|fri|sat|sun)\\w*)';
/** "delete everything", "clear my list", "mark all as done", "remove all tasks from Groceries". */
const BULK = new RegExp(
  `^${CHANGE_VERB}\\s+(?:out\\s+)?(?:(?:all|every(?!\\s+(?:${RHYTHM_AFTER_EVERY})\\b)|everything|each)\\b(?!\\s+(?:the\\s+)?(?:tags?|labels?|reminders?)\\b)|(?:my|the)\\s+(?:whole\\s+|entire\\s+|full\\s+)?(?:todo\\s+|to-do\\s+|task\\s+)?list\\b|${NAMED_LIST})`,
  'iu',
);
const COMPLETING = /^(?:complete|finish|close|mark|check\s+off|tick\s+off|cross\s+off)\b/i;
/**
 * The bulk requests read as they are: every task, every completed one, or those of one project ("delete all completed
 * tasks", "remove all tasks from Groceries", "mark everything in the Work project as done", "clear my list"). Any other
 * selection ("delete all overdue tasks") is not guessed at: the user is asked to go one task at a time.
 */
const BULK_SELECTION = new RegExp(
  `^${CHANGE_VERB}\\s+(?:out\\s+)?(?:(?:all|every|everything|each)(?:\\s+(?:of\\s+)?(?:my|the))?(?:\\s+(completed|done|finished))?` +
    '(?:\\s+(?:tasks?|todos?|to-dos?|items?|things?))?(?:\\s+(?:from|in)\\s+(?:the\\s+|my\\s+)?(.+?)(?:\\s+(?:project|list))?)?' +
    '(?:\\s+as\\s+(?:done|complete|completed|finished))?|(?:my|the)\\s+(?:whole\\s+|entire\\s+|full\\s+)?(?:todo\\s+|to-do\\s+|task\\s+)?list|' +
    `${NAMED_LIST})[.!?]*$`,
  'iu',
);
/** "in my list", "from my todo list": the whole list, not a project. */
const WHOLE_LIST = /^(?:(?:todo|to-do|task)\s+)?(?:list|tasks|todos)$/i;
/**
 * "is the report done?", "did I finish the slides?", "should I delete the gym task?" ("is there …" is a search; "did
 * 14" says task 14 is done; "have to call the plumber" and "should call the plumber" say what is to be done).
 */
const QUESTION =
  /^(?:is|are|was|were|did|does|has|have(?!\s+to\b)|should(?=\s+(?:i|we|you|it|he|she|they|the|my|this|that|there)\b|\s+[a-z0-9'-]+(?:\s+(?!to\b)[a-z0-9'-]+){0,2}\s+(?:be|happen|repeat|recur|stay)\b)|shall)\s+(?!there\b|anything\b|(?:i|we)\s+got\s+any(?:thing)?\b|#?\d+$|(?:my\s+)?(?:today|tonight|tomorrow|this\s+week|next\s+week|the\s+weekend)\s+(?:busy|free|full|packed)$)\S+/i;
/** "leave the match as it is", "just leave the haircut where it is": nothing to change, whatever else is said. */
const LEFT_AS_IT_IS =
  /^(?:(?:no|nope|nah|wait|actually|ok|okay|please|pls|just)[,!.]?\s+)*leave\s+\S.*?\s+(?:as\s+(?:it|they)\s+(?:is|are)|as\s+is|alone|be|where\s+(?:it|they)\s+(?:is|are)|unchanged|untouched)\b/i;
/** "did I miss any deadlines?", "have we missed anything": what is overdue. */
const MISSED =
  /^(?:(?:did|have|has)\s+(?:i|we)\s+(?:miss(?:ed)?|forg[eo]t(?:ten)?)\s+(?:any\s+|a\s+)?(?:deadlines?|due\s+dates?|anything|something)|what\s+(?:did|have)\s+(?:i|we)\s+miss(?:ed)?|(?:am\s+i|are\s+we)\s+behind(?:\s+(?:on|with)\s+(?:anything|something|any\s+tasks?))?)$/i;
/** "no, …", "wait, …", "actually …": what a refusal may start with. */
const REFUSAL_LEAD = String.raw`(?:(?:no|nope|nah|wait|actually|hmm|oh|oops|ok|okay|please|pls)[,!.]?\s+)*`;
/** "don't delete the report", "no, do not mark 5 as done" ("don't remind me about …" and "don't forget to …" are read). */
const NEGATED = new RegExp(
  `^${REFUSAL_LEAD}(?:don'?t|do\\s+not|never)\\s+(?:${CHANGE_VERB}|move|rename|tag|untag|change|set|reschedule|postpone)\\b`,
  'i',
);

/**
 * "I don't want to mark anything done", "no need to delete it", "you don't have to mark 4 done", "there's no need to
 * set its priority", "don't bother deleting it": a change not wanted.
 */
const NOT_WANTED = new RegExp(
  `^${REFUSAL_LEAD}(?:(?:i|we)\\s+(?:don'?t|do\\s+not)\\s+(?:want|need)\\s+(?:you\\s+)?to|(?:there'?s\\s+|there\\s+is\\s+)?no\\s+need\\s+(?:for\\s+you\\s+)?to|(?:you|u)\\s+(?:don'?t|do\\s+not)\\s+(?:have|need)\\s+to|(?:you|u)\\s+need\\s*n'?t|(?:don'?t|do\\s+not)\\s+bother(?:\\s+to)?)\\s+(?:${CHANGE_VERB}|move|rename|tag|untag|change|set|reschedule|postpone|add|create)`,
  'i',
);
/**
 * "you marked the wrong task done", "you deleted the wrong one", "that's not what I asked": what the chat did, said
 * back; "undo" takes it back.
 */
const YOU_DID =
  /^(?:you|u)\s+(?:just\s+|accidentally\s+)?(?:marked|deleted|removed|completed|ticked|checked|closed|changed|moved|added|renamed|tagged)\b|^(?:that'?s|thats|that\s+is|this\s+is|it'?s|that\s+was)\s+not\s+what\s+(?:i|we)\s+(?:asked|meant|said|wanted|typed|wrote)\b/i;

/** "what tasks should I delete?", "which tasks can I get rid of?": a question about which task to change. */
const ADVICE = new RegExp(
  `^(?:what|which)\\b.*\\b(?:should|shall|could|can|do)\\s+(?:i|we)\\s+(?:${CHANGE_VERB}|move|reschedule|postpone|get\\s+rid\\s+of|bin|ditch|skip)\\b`,
  'i',
);

/**
 * "cancel that", "forget about it", "scratch that": as likely "never mind" as "delete the last task", so neither is
 * done ("scrap it", like "bin it", throws the task away).
 */
const CANCEL_LAST = /^(?:cancel|forget(?:\s+about)?)\s+(?:that|it|this)$|^scratch\s+that$/i;

/** "delete my account", "remove my profile": about the user's account, never a task whose title has the word. */
const ACCOUNT =
  /^(?:delete|remove|close|cancel|erase|wipe|deactivate|reset|change)\s+(?:my|the)\s+(?:account|profile|password|user|login|subscription|data|email\s+address)$/i;

/** "delete me from the project", "take sam@example.com off Work": a member taken out of a project, never a task. */
const MEMBER_REMOVED =
  /^(?:delete|remove|take|drop|kick|get)\s+(?:me|myself|us|ourselves|[^\s@]+@[^\s@]+\.[^\s@]+)\s+(?:out\s+)?(?:from|off|of)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i;

/**
 * The answer when the sentence takes a member out of a project, before any rule reads "me" away or a task in it. Only
 * off a project or a list: "take me off the report" unassigns a task.
 */
export function memberRemovalAsked(text: string, known: KnownNames): string | undefined {
  const place = MEMBER_REMOVED.exec(text.trim().replace(/^(?:please|pls|can\s+you|could\s+you)\s+/i, ''))?.[1]?.replace(/[?!.]+$/, '');
  if (!place) return undefined;
  const project = /\b(?:project|list|team|group|board)s?$/i.test(place) || knownProject(place, known) !== undefined;
  return project
    ? 'I cannot take anyone out of a project: in the app, a member leaves from the project’s header and its owner removes members under Share.'
    : undefined;
}

/** "delete Groceries", "rename Groceries to Shopping": a project named alone after a verb that deletes or renames. */
const PROJECT_NAMED_ALONE = /^(?:delete|remove|erase|trash|archive|rename)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:to|as|into)\s+\S.*)?$/i;
const PROJECT_NOT_CHANGED = 'I do not delete or rename projects; do that in the app. I can delete or rename a task.';

/**
 * The answer when a sentence deletes or renames one of the caller's projects by its name alone ("delete Groceries"):
 * never a task whose title has that word.
 */
export function projectChangeAsked(text: string, known: KnownNames): string | undefined {
  const said = text
    .trim()
    .replace(/^(?:please|pls|can\s+you|could\s+you)\s+/i, '')
    .replace(/[?!.]+$/, '');
  const named = PROJECT_NAMED_ALONE.exec(said)?.[1];
  return named && knownProject(named, known) !== undefined ? PROJECT_NOT_CHANGED : undefined;
}

/** "delete the Work project", "rename the Groceries list to Shopping": projects are changed in the app, not here. */
/** "the health tag off …", "#health from …": a tag taken off a task whose title may end in "project". */
const TAG_TAKEN_OFF = /\b(?:tags?|labels?)\s+(?:off|from)\b|(?:^|\s)#\S+\s+(?:(?:tag|label)\s+)?(?:off|from)\b/i;
const PROJECT_CHANGE =
  /^(?:delete|remove|erase|trash|archive|rename)\s+(?:the\s+|my\s+|our\s+)?\S.*?\s+(?:project|list)(?:\s+(?:to|as|into)\s+.+)?$/i;

/** "clear completed", "delete the done ones": every completed task, confirmed first as any bulk change. */
const CLEAR_COMPLETED =
  /^(?:clear|delete|remove|purge|wipe|clean\s+up|get\s+rid\s+of)\s+(?:out\s+)?(?:the\s+|my\s+)?(?:completed|done|finished|ticked(?:\s+off)?)(?:\s+(?:ones|tasks|todos|items|stuff|things))?$/i;

/** "can I delete tasks?", "could we share projects": a question about what the app does, answered with help. */
const CAN_I =
  /^(?:can|could|may)\s+(?:i|we)\s+(?:also\s+)?[a-z]+\s+(?:a\s+|my\s+|the\s+|several\s+|more\s+)?(?:(?:completed|done|finished|old|overdue|recurring|shared)\s+)?(?:tasks?|todos?|projects?|things|reminders?|tags?|labels?|lists?)(?:\s+(?:here|too|as\s+well|at\s+once))?$/i;
/**
 * "see you tomorrow", "talk to you later", "bye", "gotta go", "I'd better get going", "back in a bit": a goodbye,
 * whatever day it names. Leaving is said with the words of a need ("I need to go") but is no task.
 */
const GOODBYE =
  /^(?:see\s+(?:you|ya|u)|talk\s+(?:to\s+(?:you|u)\s+)?(?:later|tomorrow|soon)|(?:good)?\s*bye|good\s*night|catch\s+you)\b|^(?:(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s+)?(?:(?:got|have|need)\s+to|gotta|must|better)\s+(?:go|run|dash|fly|get\s+going|head\s+off|be\s+off)(?:\s+now)?$|^(?:i'?ll\s+be\s+)?back\s+(?:in\s+a\s+(?:bit|sec|second|minute|mo|moment|min)|soon|later)$/i;

/**
 * "nothing for now", "that's all", "not now", "maybe later", "that's me done for today": a reply that asks for nothing,
 * whatever time it names.
 */
const NOTHING_ASKED =
  /^(?:nothing(?:\s+(?:else|more))?(?:\s+(?:for\s+now|right\s+now|at\s+the\s+moment|today))?|(?:that'?s|that\s+is|that\s+will\s+be)\s+(?:all|it|everything)(?:\s+for\s+now)?|that'?s\s+me(?:\s+(?:done|finished|off|sorted))?(?:\s+for\s+(?:now|today|tonight|the\s+day|the\s+week))?|not\s+(?:now|yet|right\s+now|today)|maybe\s+later|later|no\s+thanks?|(?:(?:no|nope|nah)[,!\s]+)?not\s+(?:yet\s+)?(?:done|finished)(?:\s+yet)?|(?:all\s+)?good(?:\s+for\s+now)?|(?:i'?m|im)\s+good(?:\s+thanks)?)$/i;
/** "morning all", "hey there", "what's up": a greeting, whatever day part it names. */
const GREETING =
  /^(?:(?:good\s+)?(?:morning|afternoon|evening|day)|hi|hello|hey+|hiya|howdy|yo|sup|wass?up|what'?s\s+(?:up|good))(?:\s+(?:all|everyone|everybody|there|mate|guys|folks|doable))?$/i;
/** "what happens if I delete the gym task", "what if I mark it done": asking about a change, not asking for it. */
const WHAT_IF = /^(?:what\s+(?:happens|would\s+happen|will\s+happen)\s+(?:if|when)|what\s+if)\b/i;
/**
 * "how do I mark something as done", "how can I delete a task", "how do repeating tasks work", "can you show me how to
 * filter by tag", "what's the difference between a tag and a project", "is there a limit on how many tasks I can have":
 * how the app works, never the change itself or a list.
 */
const HOW_TO =
  /^how\s+(?:do|can|should|would|could)\s+(?:i|you|we|one)\b|^how\s+(?:do|does)\s+.+?\s+work\b|^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:show|tell|teach|explain\s+to)\s+me\s+how\s+(?:to|i|you|it|this)\b|^what(?:'s|s|\s+is|\s+are)\s+the\s+differences?\s+between\b|^is\s+there\s+(?:a\s+|any\s+)?(?:limit|maximum|max|cap)\s+(?:on|to|for)\b/i;

/**
 * A question about how the app works, whatever change it names ("how do I make a task repeat every other week?"): read
 * before any rule that reads a change, so the words after "how do I" are never a task to change.
 */
export function howToAsked(text: string): boolean {
  return HOW_TO.test(text);
}
/** "I should have called mom", "we could've booked it": what might have been, no work done and none asked for. */
const MIGHT_HAVE_BEEN = /^(?:i|we)\s+(?:should|could|would|might|must)(?:\s+have|'ve|\s+of)\s+/i;
/**
 * "the report is almost done", "nearly finished the slides", "the report might as well be done": not done yet, or only
 * said to be as good as done, so nothing to mark.
 */
const NOT_QUITE_DONE =
  /\b(?:almost|nearly|not\s+quite|half(?:way)?|partly|partially|mostly)\s+(?:done|finished|complete(?:d)?|through)\b|\b(?:might|may|could|would)\s+(?:as\s+well|just|well)\s+be\s+(?:done|finished|complete(?:d)?)\b/i;

/** "wait, before you do anything, …": the user is not asking yet, whatever follows. */
const NOT_YET_ASKING = /\bbefore\s+(?:you|u)\s+do\s+anything\b/i;

/** "I want the report done", "we need the garage sorted": a wish that it were done, not news that it is. */
const WISHED_DONE =
  /^(?:(?:i|we)\s+(?:want|need)|(?:i|we)'?d\s+like|(?:i|we)\s+would\s+like)\s+.+?\s+(?:done|finished|completed|sorted)(?:\s+(?:please|asap|soon|now))?[.!]*$/i;
/** "I want the report marked as done": the wish is for the state, a completion the rules for it read. */
const MARKED = /\b(?:marked|ticked|checked|crossed|set)\s+(?:off\s+)?(?:as\s+)?(?:done|complete|completed|finished|off)\b/i;

/**
 * "what's the weather going to be like on saturday", "will it rain tomorrow", "look up the weather in Leeds", "search
 * the web for a plumber", "find my phone", "any news?": the world, not the list (searching the list for them would
 * answer something else).
 */
const ABOUT_THE_WORLD =
  /^(?:what(?:'s|s|\s+is|\s+will)|how(?:'s|s|\s+is|\s+will))\s+(?:the\s+)?(?:weather|forecast|temperature|traffic|score|news)\b|^will\s+it\s+(?:rain|snow|be\s+(?:sunny|cold|warm|hot))\b|^(?:search|look\s+up|look|check|find|google)\s+(?:for\s+|on\s+)?(?:the\s+)?(?:web|internet|net|online|weather|forecast|news|traffic)\b|^(?:find|locate|ring|track)\s+my\s+(?:phone|mobile|iphone|ipad|tablet|watch|keys|airpods|car|wallet)$|^(?:any\s+)?(?:news|updates?)$/i;

export function guardSentence(text: string): Interpretation | undefined {
  if (ABOUT_THE_WORLD.test(text)) return { kind: 'help', reason: 'I only know about your tasks and projects.' };
  if (
    CAN_I.test(text) ||
    GOODBYE.test(text) ||
    NOTHING_ASKED.test(text) ||
    NOT_YET_ASKING.test(text) ||
    GREETING.test(text) ||
    WHAT_IF.test(text) ||
    howToAsked(text)
  )
    return { kind: 'help' };
  if (MIGHT_HAVE_BEEN.test(text)) return { kind: 'help', reason: 'Should I add it as a task? Say "add …".' };
  if (WISHED_DONE.test(text) && !MARKED.test(text))
    return { kind: 'help', reason: 'Is it done already, or should I add it to your list? Say "done with …" or "add …".' };
  if (NOT_QUITE_DONE.test(text))
    return { kind: 'help', reason: 'Nothing changed: I will mark it done when it is. Say "done with <words of its title>" then.' };
  if (CLEAR_COMPLETED.test(text)) return { kind: 'bulk', action: 'delete', completedOnly: true };
  if (ACCOUNT.test(text)) {
    return { kind: 'help', reason: 'I look after your tasks and projects; your account and password are in the settings.' };
  }
  if (CANCEL_LAST.test(text)) {
    return { kind: 'help', reason: 'Nothing changed. To delete the task we were talking about, say "delete it".' };
  }
  if (BULK.test(text)) {
    const selection = BULK_SELECTION.exec(text);
    if (!selection) {
      return {
        kind: 'help',
        reason:
          'I change many tasks at once only as all of them, all completed ones, or all of one project; otherwise say which task (its number or words of its title).',
      };
    }
    const action: BulkAction = COMPLETING.test(text) ? 'complete' : 'delete';
    const named = selection[2] ?? selection[3]?.trim();
    const project = named && !WHOLE_LIST.test(named) ? named : undefined;
    return {
      kind: 'bulk',
      action,
      ...(selection[1] && action === 'delete' ? { completedOnly: true } : {}),
      ...(project ? { project } : {}),
    };
  }
  // After the bulk requests: "delete all tasks in my list" is one of those.
  // "remove the dentist from my list" takes a task off the list; "remove the health tag from the patio project" a tag off a task.
  if (
    PROJECT_CHANGE.test(text) &&
    !/\b(?:task|todo|item)\b|\s(?:from|off)\s+(?:of\s+)?(?:my|the)\s+(?:todo\s+|to-do\s+)?list$/i.test(text) &&
    !TAG_TAKEN_OFF.test(text)
  ) {
    return { kind: 'help', reason: PROJECT_NOT_CHANGED };
  }
  if (NEGATED.test(text) || NOT_WANTED.test(text) || LEFT_AS_IT_IS.test(text))
    return { kind: 'help', reason: 'Then I will leave it as it is. What should I do instead?' };
  if (YOU_DID.test(text)) return { kind: 'help', reason: 'Say "undo" to take back my last change, then tell me which task you meant.' };
  // "what tasks should I delete?", "which ones should we move?": asking for advice, never a listing taken as the answer.
  if (ADVICE.test(text)) return { kind: 'help', reason: 'That is for you to choose; I can show your tasks ("show my tasks") to help.' };
  if (MISSED.test(text)) return { kind: 'call', tool: 'filter_tasks', args: { due: 'overdue' } };
  if (QUESTION.test(text)) {
    return { kind: 'help', reason: 'I can show you: try "search <words>" or "show my tasks"; I change a task only when you ask me to.' };
  }
  return undefined;
}
